"""``claimcheck explain``: how one sentence is read, rule by rule: the quantities the
grammar finds, then the claims they become once bound to their context."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from .models import Kind
from .pipeline.extract import extract
from .quantities import quantities


def explain(sentence: str, published: Optional[dt.date] = None) -> str:
    """A readable account of every quantity and claim found in ``sentence``, with the rules."""
    return _quantity_lines(sentence) + _claim_lines(sentence, published)


def _quantity_lines(sentence: str) -> str:
    found = quantities(sentence)
    if not found:
        return "quantities: none\n"
    lines = ["quantities:"]
    for q in found:
        v = q.value
        value = f"{v.low:g}" if v.low == v.high else f"{v.low:g} to {v.high:g}"
        lines.append(f"  {q.text!r} [{q.start}:{q.end}]  {q.kind} value={value} unit={q.unit} qualifier={v.qualifier}"
                     + ("  (a fraction, in percent)" if q.fraction else "") + f"  rule: {q.rule}")
    return "\n".join(lines) + "\n"


def _claim_lines(sentence: str, published: Optional[dt.date]) -> str:
    claims = extract(sentence, published)
    if not claims:
        return "claims: no quantitative claim found\n"
    lines = ["claims:"]
    for c in claims:
        v = c.value
        value = c.date_value if c.kind == Kind.DATE else (f"{v.low:g}" if v.low == v.high else f"{v.low:g} to {v.high:g}")
        lines.append(f"{c.text!r} [{c.evidence.start}:{c.evidence.end}]  rule: {c.rule}")
        lines.append(f"    kind={c.kind} value={value} unit={c.unit} qualifier={v.qualifier}")
        if c.normalized and c.normalized.unit != c.unit:
            lines.append(f"    normalized: {c.normalized.low:g}-{c.normalized.high:g} {c.normalized.unit}")
        lines.append(f"    subject={c.subject} predicate={c.predicate} scope={c.scope} as_of={c.time.as_of}"
                     + (f" since={c.time.since}" if c.time.since else ""))
        if c.attribution or c.hedges:
            lines.append(f"    attribution={c.attribution} hedges={list(c.hedges)}")
        if c.part_of or c.parts:
            lines.append(f"    part_of={c.part_of} parts={list(c.parts)}")
        lines.append(f"    key={c.key}")
    return "\n".join(lines) + "\n"
