"""The per-kind corpus is the grammar's test suite (Duckling-style): every example must
be read as exactly one claim covering its span, with the expected fields; every negative
must yield no claim of the kind. Rows marked ``xfail`` are known failures and must stay
failing (strict), so fixing one is noticed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from claimcheck import extract

from corpus_check import claim_diffs

CORPUS = Path(__file__).parent / "corpus"


def _rows():
    for path in sorted(CORPUS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kind = data["kind"]
        for i, ex in enumerate(data.get("examples", [])):
            marks = [pytest.mark.xfail(reason=ex["xfail"], strict=True)] if ex.get("xfail") else []
            yield pytest.param(kind, ex, id=f"{kind}-{i}", marks=marks)


def _negatives():
    for path in sorted(CORPUS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, ex in enumerate(data.get("negatives", [])):
            marks = [pytest.mark.xfail(reason=ex["xfail"], strict=True)] if ex.get("xfail") else []
            yield pytest.param(data["kind"], ex, id=f"{data['kind']}-neg-{i}", marks=marks)


def _published(ex):
    p = ex.get("published")
    return dt.date.fromisoformat(str(p)) if p else None


@pytest.mark.parametrize("kind,example", list(_rows()))
def test_example(kind, example):
    text = example["text"]
    claims = [c for c in extract(text, _published(example)) if c.kind == kind]
    problems = []
    for exp in example["claims"]:
        at = text.find(exp["span"])
        assert at >= 0, f"corpus error: span {exp['span']!r} not in text"
        hits = [c for c in claims if c.evidence.start == at and c.evidence.end == at + len(exp["span"])]
        if len(hits) != 1:
            found = [(c.text, c.evidence.start) for c in claims]
            problems.append(f"{exp['span']!r}: expected one {kind} claim exactly there, found {found}")
            continue
        for d in claim_diffs(hits[0], exp, rel=0.005 if isinstance(exp.get("value"), list) else 1e-4):
            problems.append(f"{exp['span']!r}: {d}")
    assert not problems, f"{text}\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("kind,example", list(_negatives()))
def test_negative(kind, example):
    text = example["text"]
    found = [c.text for c in extract(text, _published(example)) if c.kind == kind]
    assert not found, f"{text}\n  must not yield a {kind} claim, found {found} ({example.get('why', '')})"
