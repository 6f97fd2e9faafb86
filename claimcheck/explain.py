"""``claimcheck explain``: how one sentence is read, rule by rule."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from .extract import extract


def explain(sentence: str, published: Optional[dt.date] = None) -> str:
    """A readable account of every claim found in ``sentence`` and the rule behind it."""
    claims = extract(sentence, published)
    if not claims:
        return "no quantitative claim found\n"
    lines = []
    for c in claims:
        v = c.value
        value = c.date_value if c.kind == "date" else (f"{v.low:g}" if v.low == v.high else f"{v.low:g} to {v.high:g}")
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
