"""Loading and validating rulebooks: one YAML file per ITA fiscal year under ``rules/rulebooks``.

Every mistake is reported with its file, item and key, and a broken rulebook is refused whole:

>>> load_rulebook(2566).items[7].code
'O8'
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from rules.checks import CHECKS
from rules.thai import Term, Text

RULEBOOK_DIR = Path(__file__).parent / "rulebooks"


class RulebookError(ValueError):
    """A rulebook with mistakes; ``problems`` lists each one as "file: item: key: what is wrong"."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("rulebook has {} problem(s):\n  {}".format(len(problems), "\n  ".join(problems)))


@dataclass
class Item:
    code: str
    number: int
    subindicator: str
    title_th: str
    title_en: str
    components_th: list[str]
    terms: list[Term]
    exclude: list[Term]
    url_patterns: list[re.Pattern]
    link_hosts: list[str]
    checks: list[dict]
    broken_th: str = ""
    broken_en: str = ""
    site_furniture: bool = False  # the site's header/footer may show it (contact data, social links)


@dataclass
class Rulebook:
    year: int
    version: str
    name_th: str
    name_en: str
    provisional: bool
    source: str
    path: Path
    index_terms: list[Term]
    subindicators: dict[str, dict]
    items: list[Item] = field(default_factory=list)

    def item(self, code: str) -> Item:
        return next(i for i in self.items if i.code == code.upper())

    def focus_terms(self) -> list[Term]:
        """Terms that make a link worth following first: index terms and every item's terms."""
        return self.index_terms + [t for item in self.items for t in item.terms]


def available_years() -> list[int]:
    return sorted(int(p.stem[3:]) for p in RULEBOOK_DIR.glob("ita*.yaml") if p.stem[3:].isdigit())


def rulebook_path(year: int | str) -> Path:
    return RULEBOOK_DIR / f"ita{year}.yaml"


def _str_list(value, where: str, problems: list[str], required: bool = False) -> list[str]:
    if value is None:
        if required:
            problems.append(f"{where}: missing")
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: must be a list of non-empty strings")
        return []
    if required and not value:
        problems.append(f"{where}: must not be empty")
    return value


def _check_params(spec: dict, where: str, problems: list[str]) -> None:
    name = spec.get("check")
    if name not in CHECKS:
        problems.append(f"{where}: unknown check {name!r} (known: {', '.join(sorted(CHECKS))})")
        return
    params = CHECKS[name].params
    for key, value in spec.items():
        if key == "check":
            continue
        if key not in params:
            problems.append(f"{where}: check {name} has no parameter {key!r} (parameters: {', '.join(params) or 'none'})")
        elif not params[key](value):
            problems.append(f"{where}: {key}: invalid value {value!r} for check {name}")


def parse_rulebook(data: object, path: Path) -> Rulebook:
    """Build a Rulebook from parsed YAML, or raise RulebookError listing every problem."""
    name, problems = path.name, []
    if not isinstance(data, dict):
        raise RulebookError([f"{name}: the file must be a mapping with 'year' and 'items'"])
    year = data.get("year")
    if not isinstance(year, int) or not 2500 <= year <= 2700:
        problems.append(f"{name}: year: must be a B.E. year such as 2566, got {year!r}")
    subs = data.get("subindicators") or {}
    if not isinstance(subs, dict):
        problems.append(f"{name}: subindicators: must be a mapping")
        subs = {}
    index_terms = _str_list(data.get("index_terms"), f"{name}: index_terms", problems, required=True)
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        problems.append(f"{name}: items: must be a non-empty list")
        raw_items = []
    items, seen = [], set()
    for n, raw in enumerate(raw_items, start=1):
        code = raw.get("code") if isinstance(raw, dict) else None
        where = f"{name}: item {code or '#' + str(n)}"
        if not isinstance(raw, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        unknown = set(raw) - {"code", "subindicator", "title_th", "title_en", "components_th", "find", "checks",
                              "broken_th", "broken_en", "note"}
        for key in sorted(unknown):
            problems.append(f"{where}: unknown key {key!r}")
        match = re.fullmatch(r"O(\d{1,2})", str(code or ""))
        if not match:
            problems.append(f"{where}: code: must look like O1..O99, got {code!r}")
        elif code in seen:
            problems.append(f"{where}: code: duplicate {code}")
        seen.add(code)
        if str(raw.get("subindicator")) not in subs:
            problems.append(f"{where}: subindicator: {raw.get('subindicator')!r} is not in subindicators")
        if not isinstance(raw.get("title_th"), str) or not raw.get("title_th", "").strip():
            problems.append(f"{where}: title_th: missing")
        find = raw.get("find")
        if not isinstance(find, dict):
            problems.append(f"{where}: find: must be a mapping with terms")
            find = {}
        for key in sorted(set(find) - {"terms", "exclude", "url_patterns", "link_hosts", "site_furniture"}):
            problems.append(f"{where}: find: unknown key {key!r}")
        terms = _str_list(find.get("terms"), f"{where}: find.terms", problems, required=True)
        exclude = _str_list(find.get("exclude"), f"{where}: find.exclude", problems)
        hosts = _str_list(find.get("link_hosts"), f"{where}: find.link_hosts", problems)
        for term in terms:
            for word in exclude:
                if Text(term).contains(Term(word)):
                    problems.append(f"{where}: find.exclude: {word!r} excludes the item's own term {term!r}")
        patterns = []
        for p in _str_list(find.get("url_patterns"), f"{where}: find.url_patterns", problems):
            try:
                patterns.append(re.compile(p, re.I))
            except re.error as exc:
                problems.append(f"{where}: find.url_patterns: {p!r} is not a valid regular expression ({exc})")
        checks = raw.get("checks") or []
        if not isinstance(checks, list):
            problems.append(f"{where}: checks: must be a list")
            checks = []
        for k, spec in enumerate(checks):
            if not isinstance(spec, dict):
                problems.append(f"{where}: checks[{k}]: must be a mapping with 'check'")
            else:
                _check_params(spec, f"{where}: checks[{k}]", problems)
        if match:
            items.append(Item(
                code=code, number=int(match.group(1)), subindicator=str(raw.get("subindicator")),
                title_th=str(raw.get("title_th", "")), title_en=str(raw.get("title_en", "")),
                components_th=list(raw.get("components_th") or []),
                terms=[Term(t) for t in terms], exclude=[Term(t) for t in exclude], url_patterns=patterns,
                link_hosts=[h.lower() for h in hosts], checks=[c for c in checks if isinstance(c, dict)],
                broken_th=str(raw.get("broken_th", "")), broken_en=str(raw.get("broken_en", "")),
                site_furniture=bool(find.get("site_furniture", False)),
            ))
    if problems:
        raise RulebookError(problems)
    return Rulebook(
        year=year, version=str(data.get("version", year)), name_th=str(data.get("name_th", "")),
        name_en=str(data.get("name_en", "")), provisional=bool(data.get("provisional", False)),
        source=str(data.get("source", "")), path=path, index_terms=[Term(t) for t in index_terms],
        subindicators={str(k): v for k, v in subs.items()}, items=items,
    )


def load_rulebook(year_or_path: int | str | Path) -> Rulebook:
    """Load the rulebook for a B.E. year (``2566``) or from a file path, validating it fully."""
    path = Path(year_or_path) if not str(year_or_path).isdigit() else rulebook_path(year_or_path)
    if not path.exists():
        years = ", ".join(map(str, available_years()))
        raise RulebookError([f"{path.name}: no rulebook for {year_or_path} (available years: {years})"])
    return _load(path.resolve(), path.stat().st_mtime_ns)


@lru_cache(maxsize=16)
def _load(path: Path, mtime_ns: int) -> Rulebook:
    """Parse once per file version: an edited rulebook (new mtime) is read again."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise RulebookError([f"{path.name}:{at}: not valid YAML: {getattr(exc, 'problem', exc)}"]) from exc
    return parse_rulebook(data, path)
