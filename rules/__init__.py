"""Rulebooks (one YAML file per ITA year) and the engine that judges a crawl against them."""
import os

# Some pythainlp helpers download corpora at run time; fail fast instead of hanging on a closed network.
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
