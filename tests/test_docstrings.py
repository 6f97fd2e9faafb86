"""The examples in the package's docstrings run, and print what they say they print."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import claimcheck

MODULES = sorted(m.name for m in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} docstring examples in {name} failed (run pytest --doctest-modules {name})"
