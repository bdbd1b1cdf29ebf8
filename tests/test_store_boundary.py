"""All SQL lives in storage/ (issue 20, "one store"): no SQL text, no query call on a connection and no sqlite-utils
table access (``db["runs"]``, ``.rows_where``, ``.insert``, ``.upsert``…) anywhere else in the product's modules.
A reader outside the store calls one of its named functions, so "complete runs only" and "the previous complete
run covering this agency" are each written once (storage/runs.py)."""
from __future__ import annotations

import ast
import re
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
NOT_PRODUCT = {"tests", "benchmarks", "farm", "storage", "build", "dist", ".venv", "venv"}


SQL = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|"
                 r"TRIGGER|VIEW)|DROP\s+(TABLE|INDEX|TRIGGER)|PRAGMA\s+\w+)\b", re.S)
QUERY_CALLS = {"execute", "executemany", "executescript", "query"}
TABLE_CALLS = {"rows_where", "insert", "insert_all", "upsert", "upsert_all", "table", "create_table", "delete_where",
               "pks_and_rows_where", "enable_fts", "add_column", "create_index"}
CONNECTION = re.compile(r"(^|_)(db|conn|connection|database)$")


def _receiver(node: ast.AST) -> str:
    """The last name of what a method is called on: ``g.db`` -> ``db``, ``self._db`` -> ``_db``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _is_table(node: ast.AST) -> bool:
    """``db["runs"]`` (any connection-like name subscripted by a string)."""
    return (isinstance(node, ast.Subscript) and CONNECTION.search(_receiver(node.value)) is not None
            and isinstance(node.slice, (ast.Constant, ast.JoinedStr)))


def store_access(source: str) -> list[tuple[int, str]]:
    """(line, what) of every SQL string, query call and sqlite-utils table access in a module's source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append((node.lineno, f"SQL text {node.value[:60]!r}"))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
            if SQL.search(text):
                found.append((node.lineno, f"SQL text {text[:60]!r}"))
        elif isinstance(node, ast.Subscript) and _is_table(node):
            found.append((node.lineno, "table access db[...]"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name, on = node.func.attr, node.func.value
            if name in QUERY_CALLS and CONNECTION.search(_receiver(on)):
                found.append((node.lineno, f"{_receiver(on)}.{name}()"))
            elif name in TABLE_CALLS and _is_table(on):
                found.append((node.lineno, f"db[...].{name}()"))
        elif isinstance(node, ast.Attribute) and node.attr in ("rows", "count", "columns_dict") and _is_table(node.value):
            found.append((node.lineno, f"db[...].{node.attr}"))
    return sorted(set(found))


def product_modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py")
                  if not NOT_PRODUCT & set(p.relative_to(ROOT).parts[:-1] or ["."]) and "site-packages" not in p.parts)


def test_the_check_sees_sql_and_table_access():
    source = ('db.execute("SELECT 1 FROM runs")\nrows = g.db["runs"].rows_where("id = 1")\n'
              'self.db["pages"].insert_all(rows)\nx = f"DELETE FROM alerts WHERE id = {n}"\nn = db["alerts"].count\n'
              'pipe.expire(key, 5).execute()\nwords = "select the agencies from the list"\n')
    lines = {line for line, _ in store_access(source)}
    assert lines == {1, 2, 3, 4, 5}  # a Redis pipeline's execute() and English prose are not SQL


def test_no_sql_outside_storage():
    modules = product_modules()
    assert any(p.relative_to(ROOT).as_posix() == "web/data.py" for p in modules)
    offences = {}
    for path in modules:
        name = path.relative_to(ROOT).as_posix()
        found = store_access(path.read_text(encoding="utf-8"))
        if found:
            offences[name] = found
    assert not offences, "SQL outside storage/ (add a named function to storage/ and call it):\n" + "\n".join(
        f"  {name}:{line}: {what}" for name, found in offences.items() for line, what in found)
