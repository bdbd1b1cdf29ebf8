"""Item pipeline: every fetched page goes into the database at once, in small transactions, so a crawl
that dies part-way keeps what it fetched; an agency's outcome record (links left unvisited when its page
budget ran out) goes to ``run_agencies``."""
from __future__ import annotations

import json

from storage import open_db


class StoragePipeline:
    batch_size = 20

    def __init__(self, db_path: str):
        self.db_path = db_path
        self.pending: list[dict] = []

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("OIT_DB"))

    def open_spider(self, spider=None):
        self.db = open_db(self.db_path)

    def process_item(self, item, spider=None):
        if item.get("outcome"):
            self.flush()
            with self.db.conn:
                self.db["run_agencies"].upsert({"run_id": item["run_id"], "agency_id": item["agency_id"],
                                                "unvisited": item["unvisited"]}, pk=("run_id", "agency_id"))
            return item
        row = dict(item)
        row["links"] = json.dumps(row.get("links") or [], ensure_ascii=False)
        self.pending.append(row)
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if self.pending:
            with self.db.conn:
                self.db["pages"].insert_all(self.pending)
            self.pending = []

    def close_spider(self, spider=None):
        self.flush()
        self.db.conn.close()
