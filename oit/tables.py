"""Tables on the terminal, aligned by display width: a Thai vowel or tone mark above or below its letter takes
no column, so padding by ``len()`` misaligns every Thai row (tabulate measures with wcwidth when it is installed)."""
from __future__ import annotations

from typing import Iterable, Sequence

import tabulate as _tabulate



def table(rows: Iterable[Sequence], headers: Sequence[str], align: Sequence[str] | None = None) -> str:
    """Rows under headers, columns separated by two spaces and a dashed rule (``simple`` format); numbers right."""
    return _tabulate.tabulate([["-" if v is None else v for v in row] for row in rows], headers=list(headers),
                              tablefmt="simple", colalign=align, disable_numparse=align is not None)


def shorten(text: str | None, width: int = 48) -> str:
    """``text`` cut to about ``width`` display columns with an ellipsis (item titles can be long)."""
    from wcwidth import wcswidth
    text = text or ""
    if wcswidth(text) <= width:
        return text
    cut = text
    while cut and wcswidth(cut) > width - 1:
        cut = cut[:-1]
    return cut.rstrip() + "…"
