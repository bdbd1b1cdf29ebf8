"""The application layer: what OIT Watch does with a run, over the engine (``rules/``), the store (``storage/``)
and the crawler (``crawler/``) — judge a stored run (``judge``), make a run with a pluggable crawl back-end
(``runs``), score a run's agencies (``scores``). The command line, the scheduler and the demo call it; it imports
nothing above it (tests/test_architecture.py)."""
