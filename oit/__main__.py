"""``python -m oit`` is the ``oit`` command."""
from oit.cli import main

main()
