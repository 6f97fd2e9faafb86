"""``check`` keeps the claims it extracts packed (conflicts/store.py) and rebuilds them as
they are read: the rebuilt claims are the records extraction gave, and the report is the
same as from the records."""

from __future__ import annotations

from pathlib import Path

from claimcheck import Document, check
from claimcheck.conflicts import check as engine
from claimcheck.conflicts.store import ClaimStore, pack, unpack
from claimcheck.models import Claim
from claimcheck.pipeline.extract import extract_many
from claimcheck.report import iter_json, render_json

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
DOCS = [Document(id=p.stem, outlet=p.stem.split("_")[0], text=p.read_text(encoding="utf-8"), published="2023-10-14")
        for p in sorted(FIXTURES.glob("*.txt"))]


def test_a_packed_claim_is_rebuilt_as_it_was():
    claims = extract_many(DOCS)
    packed = [pack(c) for c in claims]
    assert all(isinstance(p, bytes) for p in packed)
    for c, p in zip(claims, packed):
        again = unpack(p)
        assert again == c and type(again.kind) is type(c.kind)
        assert again.model_fields_set == c.model_fields_set and again.value.model_fields_set == c.value.model_fields_set
        assert again.model_dump_json() == c.model_dump_json()


def test_a_claim_that_would_not_be_rebuilt_exactly_is_kept():
    c = extract_many(DOCS[:1])[0]
    partial = Claim.model_validate(c.model_dump(exclude_defaults=True))  # fewer fields set
    assert pack(partial) is partial
    store = ClaimStore([c, partial])
    assert store[1] is partial and store[0] == c and list(store.by_id()) == [c.id]


def test_the_report_from_packed_claims_is_the_report_from_records(monkeypatch):
    records = check(DOCS, claims=extract_many(DOCS))  # the caller's records, never packed
    report = check(DOCS)
    assert isinstance(report.claims, tuple)
    assert report == records
    packed = engine.check_packed(DOCS)
    assert isinstance(packed.claims, ClaimStore)
    assert "".join(iter_json(packed)) == render_json(records)
    # a document's claims given to its rules as a view rebuilding each as it is read
    monkeypatch.setattr(engine, "_VIEW_ABOVE", 0)
    assert check(DOCS) == records
