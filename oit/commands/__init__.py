"""The ``oit`` sub-commands, one module per concern; each a thin shell over functions in storage/, rules/,
crawler/, reports/ or alerts/. oit/cli.py puts them on the ``oit`` group; none of them imports it."""
