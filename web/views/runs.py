"""``/runs``: recent runs, their state, how long each took and the rulebooks that judged them."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, g

from web import data
from web.formats import respond

bp = Blueprint("runs", __name__)


@bp.get("/runs")
def runs() -> Any:
    return respond("runs.html", runs=data.run_list(g.db))
