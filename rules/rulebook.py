"""Loading and validating rulebooks: one YAML file per family and fiscal year under ``rules/rulebooks``.

A file is named ``<family><year>.yaml``: ``ita2569.yaml`` (the NACC's OIT list, items O1…) and
``moit2569.yaml`` (the Ministry of Public Health's MOIT list, items MOIT1…). Each says how sure it is
(``status``: verified / provisional / unverified), its item codes' prefix, and how it is scored.
Every mistake is reported with its file, item and key, and a broken rulebook is refused whole:

>>> load_rulebook(2566).items[7].code
'O8'
>>> load_rulebook(2569, family="moit").items[0].code
'MOIT1'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import yaml

from rules import periods  # noqa: F401  (registers the year-rule checks)
from rules.checks import CHECKS
from rules.thai import Term, Text

RULEBOOK_DIR = Path(__file__).parent / "rulebooks"
DEFAULT_FAMILY = "ita"
STATUSES = ("verified", "provisional", "unverified")
SCORING_METHODS = ("mean_of_indicators", "mean_of_items")
FILE_NAME = re.compile(r"([a-z]+)(\d{4})")


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
    url_patterns: list[re.Pattern[str]]
    link_hosts: list[str]
    checks: list[dict[str, Any]]
    broken_th: str = ""
    broken_en: str = ""
    site_furniture: bool = False  # the site's header/footer may show it (contact data, social links)
    confidence: str = ""  # how sure the rulebook's author is of this item: high, medium, low, …
    source: str = ""  # where its title, components and year rule come from
    note: str = ""
    section_th: str = ""  # its sub-indicator's name, which sites print above the item as a heading


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
    subindicators: dict[str, dict[str, Any]]
    items: list[Item] = field(default_factory=list)
    family: str = DEFAULT_FAMILY
    status: str = "verified"  # verified | provisional | unverified
    code_prefix: str = "O"
    family_name_th: str = ""
    family_name_en: str = ""
    agency_types: list[str] = field(default_factory=list)  # registry types judged by this family by default
    scoring: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """``ITA 2569`` or ``MOIT 2569``, with the status when it is not verified: ``ITA 2570 (unverified)``."""
        name = f"{self.family.upper()} {self.year}"
        return name if self.status == "verified" else f"{name} ({self.status})"

    def item(self, code: str) -> Item:
        return next(i for i in self.items if i.code == code.upper())

    def focus_terms(self) -> list[Term]:
        """Terms that make a link worth following first: index terms and every item's terms."""
        return self.index_terms + [t for item in self.items for t in item.terms]

    def code_prefixes(self) -> list[str]:
        return [self.code_prefix]


def rulebook_files() -> list[Path]:
    """Every bundled rulebook file, by family then year."""
    return sorted((p for p in RULEBOOK_DIR.glob("*.yaml") if FILE_NAME.fullmatch(p.stem)),
                  key=lambda p: (p.stem.rstrip("0123456789"), p.stem))


def available_years(family: str = DEFAULT_FAMILY) -> list[int]:
    return sorted(int(m.group(2)) for p in rulebook_files() if (m := FILE_NAME.fullmatch(p.stem)) and m.group(1) == family)


def families() -> list[str]:
    return sorted({m.group(1) for p in rulebook_files() if (m := FILE_NAME.fullmatch(p.stem))})


def rulebook_path(year: int | str, family: str = DEFAULT_FAMILY) -> Path:
    return RULEBOOK_DIR / f"{family}{year}.yaml"


def _str_list(value: object, where: str, problems: list[str], required: bool = False) -> list[str]:
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


def _check_params(spec: dict[str, Any], where: str, problems: list[str]) -> None:
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
    family = data.get("family", DEFAULT_FAMILY)
    if not isinstance(family, str) or not re.fullmatch(r"[a-z]+", family):
        problems.append(f"{name}: family: must be a lower-case word such as ita or moit, got {family!r}")
    elif (named := FILE_NAME.fullmatch(path.stem)) and named.group(1) != family:
        problems.append(f"{name}: family: {family!r} does not match the file name")
    status = data.get("status", "provisional" if data.get("provisional") else "verified")
    if status not in STATUSES:
        problems.append(f"{name}: status: must be one of {', '.join(STATUSES)}, got {status!r}")
    elif "provisional" in data and bool(data["provisional"]) != (status != "verified"):
        problems.append(f"{name}: provisional: {data['provisional']!r} contradicts status {status!r}")
    prefix = data.get("code_prefix", "O")
    if not isinstance(prefix, str) or not re.fullmatch(r"[A-Z]+", prefix):
        problems.append(f"{name}: code_prefix: must be capital letters such as O or MOIT, got {prefix!r}")
        prefix = "O"
    agency_types = _str_list(data.get("agency_types"), f"{name}: agency_types", problems)
    scoring = data.get("scoring") or {}
    if not isinstance(scoring, dict):
        problems.append(f"{name}: scoring: must be a mapping")
        scoring = {}
    for key in sorted(set(scoring) - {"method", "pass_mark", "weight_in_ita", "note_th", "note_en"}):
        problems.append(f"{name}: scoring: unknown key {key!r}")
    if scoring.get("method", SCORING_METHODS[0]) not in SCORING_METHODS:
        problems.append(f"{name}: scoring.method: must be one of {', '.join(SCORING_METHODS)}")
    if not isinstance(scoring.get("pass_mark", 85), (int, float)) or not 0 < scoring.get("pass_mark", 85) <= 100:
        problems.append(f"{name}: scoring.pass_mark: must be a number from 1 to 100")
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
                              "broken_th", "broken_en", "note", "confidence", "source"}
        for key in sorted(unknown):
            problems.append(f"{where}: unknown key {key!r}")
        match = re.fullmatch(re.escape(prefix) + r"(\d{1,2})", str(code or ""))
        if not match:
            problems.append(f"{where}: code: must look like {prefix}1..{prefix}99, got {code!r}")
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
                code=str(code), number=int(match.group(1)), subindicator=str(raw.get("subindicator")),
                title_th=str(raw.get("title_th", "")), title_en=str(raw.get("title_en", "")),
                components_th=list(raw.get("components_th") or []),
                terms=[Term(t) for t in terms], exclude=[Term(t) for t in exclude], url_patterns=patterns,
                link_hosts=[h.lower() for h in hosts], checks=[c for c in checks if isinstance(c, dict)],
                broken_th=str(raw.get("broken_th", "")), broken_en=str(raw.get("broken_en", "")),
                site_furniture=bool(find.get("site_furniture", False)),
                confidence=str(raw.get("confidence", "")), source=str(raw.get("source", "")),
                note=str(raw.get("note", "")),
                section_th=next((str(v.get("th", "")) for k, v in subs.items()
                                  if str(k) == str(raw.get("subindicator")) and isinstance(v, dict)), ""),
            ))
    if problems:
        raise RulebookError(problems)
    return Rulebook(
        year=cast(int, year), version=str(data.get("version", year)), name_th=str(data.get("name_th", "")),
        name_en=str(data.get("name_en", "")), provisional=status != "verified",
        source=str(data.get("source", "")), path=path, index_terms=[Term(t) for t in index_terms],
        subindicators={str(k): v for k, v in subs.items()}, items=items, family=family, status=status,
        code_prefix=prefix, family_name_th=str(data.get("family_name_th", "")),
        family_name_en=str(data.get("family_name_en", "")), agency_types=agency_types, scoring=dict(scoring),
    )


def load_rulebook(year_or_path: int | str | Path, family: str = DEFAULT_FAMILY) -> Rulebook:
    """Load the rulebook of ``family`` for a B.E. year (``2566``) or from a file path, validating it fully."""
    path = Path(str(year_or_path)) if not str(year_or_path).isdigit() else rulebook_path(str(year_or_path), family)
    if not path.exists():
        years = ", ".join(map(str, available_years(family)))
        what = year_or_path if family == DEFAULT_FAMILY else f"{family.upper()} {year_or_path}"
        raise RulebookError([f"{path.name}: no rulebook for {what} (available years: {years})"])
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
