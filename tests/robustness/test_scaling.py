"""check stays near-linear in the claims: figures repeated across many documents (or many
times in one) are compared once per distinct figure, with the same conflicts as comparing
every pair."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimcheck import Document, check
from claimcheck.pipeline.extract import extract_many
from claimcheck.conflicts.rules import value_conflict

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ARTICLES = [p.read_text(encoding="utf-8") for folder in (FIXTURES, FIXTURES / "quake") for p in sorted(folder.glob("*.txt"))]


def _copies(n: int) -> list[Document]:
    return [Document(id=f"a{k}", outlet=f"Outlet {k % 7}", text=ARTICLES[k % len(ARTICLES)], published="2023-10-14")
            for k in range(n)]


@pytest.mark.parametrize("docs", [_copies(24), [Document(id="long", text="\n\n".join(ARTICLES * 3), published="2023-10-14"),
                                                Document(id="short", text=ARTICLES[0])]], ids=["many", "one-long"])
def test_collapsed_comparison_finds_what_every_pair_finds(monkeypatch, docs):
    claims = extract_many(docs)
    monkeypatch.setattr(value_conflict, "_COLLAPSE_ABOVE", 10**12)
    every_pair = check(docs, claims=claims).model_dump_json()
    monkeypatch.setattr(value_conflict, "_COLLAPSE_ABOVE", 0)
    assert check(docs, claims=claims).model_dump_json() == every_pair


def test_the_rules_take_time_near_linear_in_the_claims():
    small, big = _copies(30), _copies(120)
    small_claims, big_claims = extract_many(small), extract_many(big)

    def rules(docs, claims) -> float:
        t0 = time.perf_counter()
        check(docs, claims=claims)
        return time.perf_counter() - t0

    t_small = min(rules(small, small_claims) for _ in range(2))
    t_big = rules(big, big_claims)
    # every pair compared took 16 times as long, and over 3 s for the 120 documents
    assert t_big < 2.5 * 4 * max(t_small, 0.1), (t_small, t_big)


def _peak_extracting(cli, folder: Path) -> int:
    import tracemalloc

    tracemalloc.start()
    try:
        code, _, err = cli("extract", folder, "--output", folder.parent / f"{folder.name}.jsonl")
        assert code == 0, err
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_folder_is_extracted_in_the_memory_of_its_largest_document(tmp_path, cli):
    cli("extract", FIXTURES)  # lexicons and patterns built before measuring
    peaks = []
    for n in (6, 24):
        folder = tmp_path / f"docs{n}"
        folder.mkdir()
        for k in range(n):
            (folder / f"a{k:03d}.txt").write_text(ARTICLES[k % len(ARTICLES)], encoding="utf-8")
        peaks.append(_peak_extracting(cli, folder))
    assert peaks[1] < 1.3 * peaks[0] + 1_000_000, peaks  # four times the documents, not four times the memory


def test_documents_are_read_one_at_a_time(tmp_path):
    from claimcheck.documents import iter_documents

    (tmp_path / "a.txt").write_text("About 40 people died.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")  # would fail if it were read up front
    docs = iter_documents(tmp_path)
    assert next(docs).id == "a.txt"
