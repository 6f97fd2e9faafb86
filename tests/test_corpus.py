"""The per-kind corpus is the grammar's test suite (Duckling-style): every example must
be read as exactly one claim covering its span, with the expected fields (and, where the
row names one, by the expected ``rule``); every negative must yield no claim of the kind.
Rows marked ``xfail`` are known failures and must stay failing (strict), so fixing one is
noticed. Each kind's corpus sits beside its rules: ``claimcheck/kinds/<kind>/corpus.yaml``."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
import yaml

from claimcheck import extract
from claimcheck.kinds import KINDS, corpus_path

from corpus_check import claim_diffs

CORPORA = [corpus_path(kind) for kind in KINDS]


def _rows_of(path, section: str, needs: tuple[str, ...]):
    """The rows of one section of a corpus, each checked to be a mapping with ``needs``: a
    malformed row names its file and place instead of failing collection obscurely."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for i, ex in enumerate(data.get(section) or []):
        if not isinstance(ex, dict) or any(k not in ex for k in needs):
            raise ValueError(f"{path}: {section}[{i}] must be a mapping with {', '.join(needs)}: {ex!r}")
        yield data["kind"], i, ex


def _rows():
    for path in CORPORA:
        for kind, i, ex in _rows_of(path, "examples", ("text", "claims")):
            marks = [pytest.mark.xfail(reason=ex["xfail"], strict=True)] if ex.get("xfail") else []
            yield pytest.param(kind, ex, id=f"{kind}-{i}", marks=marks)


def _negatives():
    for path in CORPORA:
        for kind, i, ex in _rows_of(path, "negatives", ("text", "why")):
            marks = [pytest.mark.xfail(reason=ex["xfail"], strict=True)] if ex.get("xfail") else []
            yield pytest.param(kind, ex, id=f"{kind}-neg-{i}", marks=marks)


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


def test_a_row_read_by_another_rule_fails():
    """The rule check can fail: a row names the rule that must read it, and a claim read
    by any other rule is a difference."""
    kind, example = next((k, ex) for k, ex in (p.values for p in _rows()) if not ex.get("xfail")
                         and any("rule" in c for c in ex["claims"]))
    exp = next(c for c in example["claims"] if "rule" in c)
    at = example["text"].find(exp["span"])
    claim = next(c for c in extract(example["text"], _published(example))
                 if c.kind == kind and c.evidence.start == at and c.evidence.end == at + len(exp["span"]))
    assert claim_diffs(claim, exp) == []
    assert claim_diffs(claim, dict(exp, rule=exp["rule"] + " <unit>")) == [f"rule {exp['rule']!r} != {exp['rule'] + ' <unit>'!r}"]


def test_corpus_rules_are_the_kinds_rules():
    """Every rule a corpus row names is one of the kinds' rules, or one of them with a
    unit, a range or an age read after it (names the figure reader composes)."""
    names = {r.name for kind in KINDS for r in importlib.import_module(f"claimcheck.kinds.{kind}").RULES}
    named = {c["rule"] for path in CORPORA for ex in yaml.safe_load(path.read_text(encoding="utf-8")).get("examples", [])
             for c in ex["claims"] if "rule" in c}
    composed = ("<unit>", " to <number>", " and <number>", "aged ", "<date:", "since <date>", "one of the <noun>")
    unknown = sorted(n for n in named if n not in names and not any(part in n for part in composed))
    assert unknown == []
