"""The farm in a process of its own for benchmarks: its CPU is then neither the crawler's nor the evaluator's."""
from __future__ import annotations

import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def farm_process(sites: Path, latency: str = "", hang_seconds: float = 60.0) -> Iterator[str]:
    """Serve ``sites`` (``latency``: ``MEDIAN_MS:SIGMA:HANG_SHARE``, see farm/latency.py); yields the proxy URL."""
    command = [sys.executable, "-m", "oit", "farm", "serve", "--port", "0", "--sites", str(sites),
               "--hang-seconds", str(hang_seconds)] + (["--latency", latency] if latency else [])
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if not found:
            raise RuntimeError(f"the farm did not start: {line!r}")
        yield found.group(0)
    finally:
        process.terminate()
        process.wait(10)
