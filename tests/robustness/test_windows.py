"""A long document is read in windows of whole sentences (pipeline/extract.py): the grammar
scans one window (and its margins) at a time, and the claims are those of a scan of the
whole text."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import Document
from claimcheck.pipeline import extract as ex

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ARTICLES = [p.read_text(encoding="utf-8") for folder in (FIXTURES, FIXTURES / "quake") for p in sorted(folder.glob("*.txt"))]
# every fixture article, one after another: headlines, datelines, quotes and places
# ("the town of X", named once and recurring) fall on every side of a window's edges
LONG = Document(id="long", text="\n\n".join(ARTICLES), published="2023-10-14")


def _claims(monkeypatch, window: int, margin: int) -> list[dict]:
    monkeypatch.setattr(ex, "WINDOW_CHARS", window)
    monkeypatch.setattr(ex, "MARGIN_CHARS", margin)
    return [c.model_dump() for c in ex.iter_claims(LONG)]


@pytest.mark.parametrize("window,margin", [(4_000, 2_000), (1_500, 300)])
def test_windowed_claims_are_those_of_the_whole_text(monkeypatch, window, margin):
    whole = _claims(monkeypatch, 10**9, 0)
    assert len(whole) > 100
    assert _claims(monkeypatch, window, margin) == whole


def test_the_grammar_scans_a_window_at_a_time(monkeypatch):
    scanned: list[int] = []
    scan = ex.scan

    def recording(text, *args):
        scanned.append(len(text))
        return scan(text, *args)

    monkeypatch.setattr(ex, "scan", recording)
    claims = _claims(monkeypatch, 4_000, 500)
    assert claims
    longest = max(e - s for s, e in ex.sentences(ex.normalize(LONG.text).text))
    # windows of whole sentences: at most the window, one sentence more and both margins
    assert len(scanned) > len(LONG.text) // 8_000
    assert max(scanned) <= 4_000 + longest + 2 * 500
    assert sum(scanned) < 1.5 * len(LONG.text)
