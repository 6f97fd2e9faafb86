"""Shared test helpers: where the third-party seed articles live, and loading a folder
in the format of expected.yaml."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # corpus_check, expected_format

REPO = Path(__file__).resolve().parents[1]


def seeds_dir() -> Path:
    """The seed articles: $CLAIMCHECK_SEEDS, else ../shared/seeds beside the repository."""
    return Path(os.environ.get("CLAIMCHECK_SEEDS", REPO.parent / "shared" / "seeds"))


@pytest.fixture
def seeds() -> Path:
    """The seeds folder; skips with a reason where it is absent (fails under
    CLAIMCHECK_REQUIRE_SEEDS=1, as CI sets)."""
    d = seeds_dir()
    if not (d / "expected.yaml").exists():
        msg = f"seed articles not found at {d} (set CLAIMCHECK_SEEDS)"
        if os.environ.get("CLAIMCHECK_REQUIRE_SEEDS") == "1":
            pytest.fail(msg)
        pytest.skip(msg)
    return d


@pytest.fixture
def fixtures_dir() -> Path:
    """Our own articles of an invented event (fixtures/)."""
    return REPO / "fixtures"
