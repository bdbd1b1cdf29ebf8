"""Plain words for crawl failures: they live in ``rules/causes.py`` over the domain vocabulary (one owner)."""
from rules.causes import cause, plain_reason

__all__ = ["cause", "plain_reason"]
