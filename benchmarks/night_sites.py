"""A national night's mix of sites for ``benchmarks/night.py`` (issue 25): copies of the model site, and copies of
the farm's script-built and outside-publishing sites under generated host names, each with outside pages of its own.

* script-built: ``www.phothong.go.th`` (every page the same ``<div id="app">`` shell; app.js builds menus, news and
  the ITA index from JSON): every page is rendered by the browser (crawler/render.py);
* outside publishing, half each: ``www.thachang-sao.go.th`` (the OIT section is a Google Site,
  sites.google.com/view/…, with Drive files and previews) and ``www.huaiphueng.go.th`` (ITA rows link Google
  Docs/Sheets published pages, AnyFlip flipbooks, Drive, YouTube, Facebook posts through link wrappers).

Each copy gets its own Google Site, Drive ids, Docs ids, flipbook and Facebook page (the template's names with a
copy number), so the run-wide caches of outside pages and checks do not serve one fetch to every copy: a national
night does not have 2,000 agencies sharing one Google Site. The farm's own sites are only read, never rewritten.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from farm.make_sites import SITES, generate_variants, registry_rows, write_registry
from farm.server import SITES_DIR

OUTSIDE_DIRS = ("sites.google.com", "drive.google.com", "docs.google.com", "online.anyflip.com", "www.youtube.com",
                "www.facebook.com", "l.facebook.com", "www.google.com", "accounts.google.com", "maps.google.com",
                "line.me")
# template host, host prefix of its copies, names of its own outside spaces (renamed per copy)
TEMPLATES = {
    "script": ("www.phothong.go.th", "spa", ()),
    "gsite": ("www.thachang-sao.go.th", "gsite", ("thachang-ita2569",)),
    "outside": ("www.huaiphueng.go.th", "ohost", ("hpwxq", "huaiphueng.city", "Hp69Prachakhom")),
}
# Drive file and folder ids, published Docs/Sheets ids, Forms ids of the farm's builders (farm/builders/)
IDS = re.compile(r"(?:1rD69|1hO69|2PACX-1vRd69|1FAIpQLSrD69)[0-9a-f]{8,}")


def _text(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data[:4096]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _outside_files(root: Path) -> list[Path]:
    return [p for host in OUTSIDE_DIRS if (root / host).exists() for p in (root / host).rglob("*") if p.is_file()]


def _owned(root: Path, host: str, names: tuple[str, ...], outside: list[Path]) -> tuple[set[str], list[Path]]:
    """The template's own outside names and ids, and the outside files that hold them (a closure: a Google
    Site's pages name the Drive files it shows)."""
    tokens = set(names)
    for path in (root / host).rglob("*"):
        if path.is_file():
            tokens.update(IDS.findall(_text(path) or ""))
    files: set[Path] = set()
    while True:
        found = {p for p in outside if any(t in str(p.relative_to(root)) for t in tokens)} - files
        if not found:
            return tokens, sorted(files)
        files |= found
        for path in found:
            tokens.update(IDS.findall(_text(path) or ""))


def _copy(src: Path, dest: Path, replace) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    text = _text(src)
    if text is None:
        shutil.copyfile(src, dest)
    else:
        dest.write_text(replace(text), encoding="utf-8")


def mixed_farm(dest: Path, count: int, script_share: float = 0.05, outside_share: float = 0.20) -> tuple[Path, dict]:
    """Write ``count`` sites under ``dest``: the model site's copies, ``script_share`` script-built copies and
    ``outside_share`` outside-publishing copies; returns the registry CSV and the number of each kind."""
    kinds = {"script": round(count * script_share), "gsite": round(count * outside_share / 2)}
    kinds["outside"] = round(count * outside_share) - kinds["gsite"]
    kinds["plain"] = count - sum(kinds.values())
    generate_variants(dest, kinds["plain"], own_outbound=True)
    model = next(s for s in SITES if s["id"] == "bansample")
    rows = [dict(registry_rows([model])[0], id=f"bench{k:04d}", url=f"http://www.bench{k:04d}.go.th/",
                 name_th=f"{model['name_th']} {k}", contact_email="") for k in range(kinds["plain"])]
    outside = _outside_files(SITES_DIR)
    for host in OUTSIDE_DIRS:  # what the templates link that is nobody's own (login pages, wrappers)
        if (SITES_DIR / host).exists() and not (dest / host).exists():
            shutil.copytree(SITES_DIR / host, dest / host)
    for kind in ("script", "gsite", "outside"):
        template, prefix, names = TEMPLATES[kind]
        tokens, files = _owned(SITES_DIR, template, names, outside)
        old_stem = template.removeprefix("www.")
        for k in range(kinds[kind]):
            tag = f"{k:04d}"
            host = f"www.{prefix}{tag}.go.th"
            renames = sorted(((t, t + tag if IDS.fullmatch(t) else f"b{tag}{t}") for t in tokens),
                             key=lambda pair: -len(pair[0]))

            def replace(text: str, host=host, renames=renames, old_stem=old_stem) -> str:
                text = text.replace(old_stem, host.removeprefix("www."))
                for old, new in renames:
                    text = text.replace(old, new)
                return text

            for path in (SITES_DIR / template).rglob("*"):
                if path.is_file() and path.name != "expected.yaml":
                    _copy(path, dest / host / path.relative_to(SITES_DIR / template), replace)
            for path in files:
                _copy(path, dest / replace(str(path.relative_to(SITES_DIR))), replace)
            rows.append(dict(registry_rows([model])[0], id=f"{prefix}{tag}", url=f"http://{host}/",
                             name_th=f"{model['name_th']} {prefix} {k}", contact_email=""))
    write_registry(dest / "agencies.csv", rows)
    return dest / "agencies.csv", kinds
