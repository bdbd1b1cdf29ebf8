"""The SQLite store every part of OIT Watch reads and writes (sqlite-utils)."""
from storage.db import open_db

__all__ = ["open_db"]
