"""Rule 3, ``unit_restatement``: a figure restated in other units in the same sentence
that does not match ("about 15 km (9 miles)" matches: 15 km is 9.3 miles;
"15 km (20 miles)" does not).

Two claims of one kind, in one sentence, the second in parentheses (or brackets) right
after the first, written in different units with the same canonical unit: their
normalized intervals, widened by the tolerance, must overlap. A restatement is rounded
to whole units of its own ("6 miles" for 9.66 km), hence ``rounding``.
"""

from __future__ import annotations

import regex

from ...text.rx import bound_all
from typing import Sequence

from pydantic import BaseModel, ConfigDict, Field

from ...models import Claim, Conflict, Kind, Side
from ..registry import register
from . import intervals as iv
from ...text.forms import num
from .base import BaseRule, RuleContext, stated_label, unit_word

_BETWEEN = regex.compile(r"^\s*[(\[]\s*(?:about|around|roughly|some|approximately|or)?\s*$", regex.IGNORECASE)


class UnitRestatementSettings(BaseModel):
    """Settings of ``claimcheck.unit_restatement.v1``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: iv.Tolerance = Field(iv.Tolerance(exact=0.05, rounding=0.5),
                                    description="Exact figures 5%, plus half a stated unit for whole figures.")


@register
class UnitRestatement(BaseRule):
    name = "claimcheck.unit_restatement.v1"
    type = "unit_restatement"
    default_severity = "medium"
    Settings = UnitRestatementSettings
    group_by = "sentence"
    description = "A figure restated in other units in the same sentence that does not match."

    def check(self, claims: Sequence[Claim], ctx: RuleContext) -> list[Conflict]:
        tol: iv.Tolerance = ctx.settings.tolerance
        ordered = sorted((c for c in claims if c.normalized is not None and c.kind != Kind.DATE), key=lambda c: c.evidence.start)
        out = []
        for a, b in zip(ordered, ordered[1:]):
            if a.kind != b.kind or a.unit == b.unit or a.normalized.unit != b.normalized.unit:
                continue
            between = a.evidence.sentence[a.evidence.end - a.evidence.sentence_start:b.evidence.start - b.evidence.sentence_start]
            if not _BETWEEN.match(between):
                continue
            ia, ib = iv.interval(a, tol), iv.interval(b, tol)
            if iv.overlap(ia, ib):
                continue
            n = b.normalized
            conv = num(round(n.low, 1)) if n.low == n.high else f"{num(round(n.low, 1))}-{num(round(n.high, 1))}"
            expl = (f"{ctx.outlet(a)} writes {stated_label(a)} ({stated_label(b)}), but {stated_label(b).removeprefix('about ')} "
                    f"is about {conv} {unit_word(n.unit) or n.unit}, not {stated_label(a).removeprefix('about ')}.")
            out.append(ctx.conflict([a, b], expl, sides=(
                Side(label=stated_label(a), claims=(a.id,), outlets=(ctx.outlet(a),)),
                Side(label=stated_label(b), claims=(b.id,), outlets=(ctx.outlet(b),))),
                compared={"first.low": a.normalized.low, "first.high": a.normalized.high, "restated.low": n.low,
                          "restated.high": n.high}, unit=n.unit))
        return out

bound_all(globals())  # its pattern reads the document text between two figures
