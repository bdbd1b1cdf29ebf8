"""``/``: the latest complete run at a glance: pass rates, newly failing items, the status mix, the province map."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, g

from web import data
from web.formats import respond

bp = Blueprint("dashboard", __name__)


@bp.get("/")
def dashboard() -> Any:
    run = data.latest_complete(g.db)
    if run is None:
        return respond("dashboard.html", run=None)
    board = data.dashboard(g.db)
    items = data.item_rates(g.db, run["id"])
    passed, total = sum(i["passed"] for i in items), sum(i["total"] for i in items)
    newly, newly_count = data.newly_failing(g.db, run["id"], board["previous"]["id"], run["year"]) if board["previous"] else ([], 0)
    return respond("dashboard.html", **(board | {"items": items, "newly": newly, "newly_count": newly_count,
                           "pass_rate": round(100 * passed / total, 1) if total else 0.0}),
                   titles=data.item_titles(run["year"]), mix=data.status_mix(g.db),
                   heat=data.province_heat(g.db, run))
