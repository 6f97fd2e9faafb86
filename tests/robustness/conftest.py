"""Shared helpers of the robustness tests: running the command line in this process, and
a modest hypothesis profile (the whole folder stays well under a minute)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from claimcheck.cli import main

settings.register_profile("claimcheck", max_examples=30, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("claimcheck")

# what a float that is not a number looks like in each output format
NOT_A_NUMBER = re.compile(r"Infinity|NaN|(?<![\w])-?inf(?![\w])|(?<![\w])nan(?![\w])")


@pytest.fixture
def cli(capsys):
    """Run ``claimcheck ARGS`` in this process: (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def leftovers(folder: Path) -> list[Path]:
    """Temporary files an output left behind."""
    return list(folder.glob(".claimcheck-*"))
