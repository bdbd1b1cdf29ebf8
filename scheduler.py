"""``python scheduler.py [--once] [--db DB] [--config FILE] [--cron EXPR] [--proxy URL] [--allow-private]``: the
nightly schedule, exactly ``oit schedule`` (oit/scheduler.py). A shim, kept because the README documents this
command; it also keeps ``scheduler:nightly_job`` — the reference jobs stored by older versions hold — resolvable
until the next start replaces them."""
from __future__ import annotations

import sys

from oit.scheduler import nightly_job  # noqa: F401  (jobs stored by older versions refer to it by this module)


def main(argv: list[str] | None = None) -> int:
    """Run ``oit [--config FILE] schedule ARGS``: ``--config`` belongs to the ``oit`` group, the rest to ``schedule``."""
    from oit.cli import main as oit

    args = list(sys.argv[1:] if argv is None else argv)
    config: list[str] = []
    for i, arg in enumerate(args):
        if arg.startswith("--config="):
            config = args[i:i + 1]
        elif arg == "--config":
            config = args[i:i + 2]
        if config:
            del args[i:i + len(config)]
            break
    try:
        oit([*config, "schedule", *args], prog_name="scheduler.py")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
