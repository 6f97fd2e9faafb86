"""An editorial team's checks: the draft must agree with the wire copy it rewrites.

Run with ``python -m pytest docs/editorial-example`` from the repository root (the
claimcheck pytest plugin is loaded automatically once claimcheck is installed). The
stories are the invented ferry accident in ``fixtures/editorial/``: a wire story, and a
draft that miscopies one figure.
"""

from pathlib import Path

import pytest

from claimcheck.testing import assert_claim

# The stories beside the repository's fixtures; a newsroom would keep its own folder.
STORIES = Path(__file__).resolve().parents[2] / "fixtures" / "editorial"


def test_draft_agrees_with_wire(claim_checker, claimcheck_documents):
    """Every figure in the draft must match the wire copy."""
    stories = claimcheck_documents(STORIES)
    claim_checker.assert_consistent(stories["wire.txt"], stories["draft.txt"])


@pytest.mark.claimcheck(fail_on="high", kinds=["count"])
def test_no_serious_count_errors(claim_checker, claimcheck_documents):
    """A looser gate for late edits: only high-severity disagreements on counts."""
    stories = claimcheck_documents(STORIES)
    claim_checker.assert_consistent(stories["wire.txt"], stories["draft.txt"])


def test_draft_keeps_the_toll(claimcheck_documents):
    """The headline figures must be in the draft, however they are spelled."""
    draft = claimcheck_documents(STORIES)["draft.txt"]
    assert_claim(draft, subject="people", predicate="killed", value=19)
    assert_claim(draft, subject="people", predicate="missing", value=8)
