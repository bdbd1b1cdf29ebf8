"""Which agencies are done: the crawler (a child process) tells the process that started it each agency whose
crawl has ended and whose pages are stored, so that process — idle until now — judges it meanwhile, on the
machine's other core (service/judge.py: RunEvaluation).
"""
from __future__ import annotations

import json
import os
import queue
import threading
from typing import Iterator


def done_lines(fd: int) -> Iterator[str]:
    """Agency ids the crawler writes to ``fd`` (one JSON string a line) as each is done, until it closes it.

    A thread drains the pipe, so a crawler never blocks on a full pipe while an agency is being judged."""
    lines: queue.Queue[str | None] = queue.Queue()

    def drain() -> None:
        with os.fdopen(fd, "r", encoding="utf-8") as pipe:
            for line in pipe:
                lines.put(line)
        lines.put(None)

    threading.Thread(target=drain, name="oit-done-agencies", daemon=True).start()
    while (line := lines.get()) is not None:
        yield json.loads(line)


def tell_done(fd: int | None, agency_id: str) -> None:
    """The crawler's side of :func:`done_lines`."""
    if fd is not None:
        os.write(fd, (json.dumps(agency_id) + "\n").encode())
