"""The auditors' web interface: read-only pages over the same SQLite store the CLI reads."""
