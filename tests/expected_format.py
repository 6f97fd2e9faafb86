"""Check extraction against a folder described by an expected.yaml (the seeds' format):
every listed claim must be extracted with the same kind, subject, predicate, scope,
qualifier, unit and value (a range within 1%)."""

from __future__ import annotations

from pathlib import Path

import yaml

from claimcheck import extract
from claimcheck.documents import document_from_text
from claimcheck.models import Claim, Document

from corpus_check import best_match


def load(folder: Path) -> tuple[dict, dict[str, Document]]:
    exp = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    docs = {}
    for name, meta in exp["documents"].items():
        text = (folder / name).read_text(encoding="utf-8")
        docs[name] = document_from_text(text, name, {k: v for k, v in meta.items() if k in ("published", "outlet", "url", "title")})
    return exp, docs


def locate(doc: Document, quote: str) -> tuple[int, int]:
    at = doc.text.find(quote)
    if at < 0:
        raise AssertionError(f"expected.yaml quote not in {doc.id}: {quote!r}")
    return at, at + len(quote)


def overlapping(claims: list[Claim], span: tuple[int, int], kind: str) -> list[Claim]:
    s, e = span
    return [c for c in claims if c.kind == kind and c.evidence.start < e and s < c.evidence.end]


def claim_problems(folder: Path) -> tuple[int, list[str]]:
    """(number of expected claims, one line per claim not read as expected)."""
    exp, docs = load(folder)
    extracted = {name: extract(doc) for name, doc in docs.items()}
    problems = []
    for want in exp["claims"]:
        doc = docs[want["file"]]
        span = locate(doc, want["quote"])
        cands = overlapping(extracted[want["file"]], span, want["kind"])
        best, diffs = best_match(cands, want, rel=0.01, absent_is_none=("subject", "predicate"),
                                 checked=("qualifier", "unit", "subject", "predicate", "scope"))
        if diffs:
            got = f" (closest: {best.text!r})" if best else ""
            problems.append(f"{want['id']}: {want['quote']!r}{got}: " + "; ".join(diffs))
    return len(exp["claims"]), problems
