"""Rule 4, ``duration_parts``: a stated total against its stated parts ("under siege for
7 years - two under the militia and five under the army" adds up; "for 7 years - three
under A and three under B" does not).

A total is a claim whose ``parts`` lists the ids of its parts. The parts must add up to
the total within the tolerance, and no part may be longer than the total.

The other half of issue 3's rule 4 - a duration derived from a start date ("besieged
since 2015") against a stated one in another report ("a three-year siege") - is a
comparison across sources of the same key, so ``value_conflict`` reports it, once,
with an explanation in these terms ("'Besieged since 2015' means about 5.2-6.2 years by
March 2021, not 3 years"); likewise a compound total that another source contradicts
("the first source counts 2 more years (2 years under the militia)").
"""

from __future__ import annotations

from typing import Sequence

from pydantic import BaseModel, ConfigDict, Field

from ...models import Claim, Conflict, Side
from ..registry import register
from . import intervals as iv
from ...text.forms import num
from .base import BaseRule, RuleContext, stated_label, unit_word


class DurationPartsSettings(BaseModel):
    """Settings of ``claimcheck.duration_parts.v1``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: iv.Tolerance = Field(iv.Tolerance(exact=0.0, rounding=0.25),
                                    description="Parts and total are whole figures of the same text: a quarter unit.")


@register
class DurationParts(BaseRule):
    name = "claimcheck.duration_parts.v1"
    type = "duration_parts"
    default_severity = "low"
    Settings = DurationPartsSettings
    group_by = "document"
    description = "A stated total duration whose stated parts do not add up to it."

    def check(self, claims: Sequence[Claim], ctx: RuleContext) -> list[Conflict]:
        tol: iv.Tolerance = ctx.settings.tolerance
        # two passes, holding only the totals and their parts: the claims of a long
        # document may be a view that rebuilds each as it is read (conflicts/store.py)
        totals = [c for c in claims if c.parts and c.normalized is not None]
        wanted = {p for t in totals for p in t.parts}
        by_id = {c.id: c for c in claims if c.id in wanted} if wanted else {}
        out = []
        for total in totals:
            parts = [by_id[p] for p in total.parts if p in by_id and by_id[p].normalized is not None]
            if len(parts) != len(total.parts):
                continue
            t = iv.interval(total, tol)
            lo = sum(iv.interval(p, tol)[0] for p in parts)
            hi = sum(iv.interval(p, tol)[1] for p in parts)
            longest = max(parts, key=lambda p: p.normalized.low)
            s = sum(p.normalized.low for p in parts)
            unit = total.normalized.unit
            words = " + ".join(num(p.value.low) for p in parts)
            sides = (Side(label=f"total: {stated_label(total)}", claims=(total.id,), outlets=(ctx.outlet(total),)),
                     Side(label=f"parts: {words}", claims=tuple(p.id for p in parts), outlets=(ctx.outlet(total),)))
            compared = {"total.low": total.normalized.low, "total.high": total.normalized.high, "parts_sum": s}
            if iv.interval(longest, tol)[0] > t[1]:
                expl = f"{ctx.outlet(total)} gives a total of {stated_label(total)} but one part alone is {stated_label(longest)}."
                out.append(ctx.conflict([total, *parts], expl, severity="medium", sides=sides, compared=compared, unit=unit,
                                        key=total.key))
            elif hi < t[0] or lo > t[1]:
                expl = (f"{ctx.outlet(total)} gives a total of {stated_label(total)} but its parts add up to {words} = "
                        f"{num(round(s, 2))} {unit_word(unit, s)}.")
                out.append(ctx.conflict([total, *parts], expl, sides=sides, compared=compared, unit=unit, key=total.key))
        return out
