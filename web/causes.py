"""Plain words for crawl failures: they live in ``rules/causes.py`` (one owner for failure kinds)."""
from rules.causes import cause, plain_reason

__all__ = ["cause", "plain_reason"]
