"""The examples in the crawler's and the engine's docstrings are kept true: each is a small case of what its function
decides (a registry address gone and where a person goes next, a certificate's names, an index row's denial, a body
nobody here reads), run here so that a docstring cannot drift from its code."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["crawler.spiders.agency", "rules.index", "crawler.extract", "crawler.textformats", "crawler.scriptmove",
           "crawler.outbound", "crawler.legacy_text"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0 and result.attempted > 0
