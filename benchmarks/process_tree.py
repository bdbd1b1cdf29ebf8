"""Measure a command as its user pays for it: wall time, CPU of its whole process tree (children and
grandchildren: crawler, document workers, browser) and peak resident memory of the tree, sampled from /proc.

>>> usage = run_measured([sys.executable, "-c", "print(1)"])
>>> usage.returncode, usage.wall > 0
(0, True)
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Usage:
    returncode: int
    wall: float
    cpu: float  # seconds, user + system, of every process of the tree
    peak_rss_mb: float  # the most the tree held at once
    stdout: str


def _tree(root: int) -> list[int]:
    """``root`` and its descendants, from /proc/<pid>/task/<tid>/children."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                todo.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                continue
    return found


def _stat(pid: int) -> tuple[float, float] | None:
    """CPU seconds of the process itself and its resident bytes."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    utime, stime = int(fields[11]), int(fields[12])
    return (utime + stime) / TICKS, int(fields[21]) * PAGE


def run_measured(command: list[str], env: dict | None = None, every: float = 0.1) -> Usage:
    """Run ``command`` to its end, sampling its process tree every ``every`` seconds.

    CPU is the kernel's account of every descendant reaped (RUSAGE_CHILDREN), or the sampled sum of the tree's
    processes when that is larger (a grandchild its parent never waited for)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    cpu_by_pid: dict[int, float] = {}
    peak = 0
    while child.poll() is None:
        rss = 0
        for pid in _tree(child.pid):
            stat = _stat(pid)
            if stat is not None:
                cpu_by_pid[pid] = max(cpu_by_pid.get(pid, 0.0), stat[0])
                rss += stat[1]
        peak = max(peak, rss)
        time.sleep(every)
    out = child.stdout.read() if child.stdout else ""
    child.wait()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    kernel = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Usage(child.returncode, wall, max(kernel, sum(cpu_by_pid.values())), peak / 1e6, out)


if __name__ == "__main__":
    print(run_measured(sys.argv[1:]))
