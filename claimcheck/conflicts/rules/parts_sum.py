"""Rule 2, ``parts_sum``: within one document, parts that exceed or fail to add up to a
stated whole ("Nine of the 14 trucks are stuck at the bridge ... four trucks turned
back": 9 + 4 = 13 of 14).

A whole is a claim other claims point to through ``part_of``. Checked, in order:

* a part larger than its whole: conflict (medium: it cannot be true);
* two or more parts with *different* predicates (stuck / retreated: groups that cannot
  overlap) whose sum exceeds the whole (medium) or falls short of it (low: one group is
  unaccounted for, which may be an omission rather than an error).

A single part ("of the 5,000 guards, 1,200 were officers") or parts sharing a predicate
(which may overlap) are never summed. Compound durations ("5 years - two under A and
three under B": a whole with ``parts``) are the ``duration_parts`` rule's.
"""

from __future__ import annotations

from typing import Sequence

from pydantic import BaseModel, ConfigDict, Field

from ...models import Claim, Conflict, Side
from ..registry import register
from . import intervals as iv
from ...text.forms import num
from .base import BaseRule, RuleContext, join_names, unique


class PartsSumSettings(BaseModel):
    """Settings of ``claimcheck.parts_sum.v1``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: iv.Tolerance = Field(iv.Tolerance(exact=0.0), description="Counts of parts are exact by default.")


@register
class PartsSum(BaseRule):
    name = "claimcheck.parts_sum.v1"
    type = "parts_sum"
    default_severity = "low"
    Settings = PartsSumSettings
    group_by = "document"
    description = "Within one document, parts that exceed or do not add up to their stated whole."

    def check(self, claims: Sequence[Claim], ctx: RuleContext) -> list[Conflict]:
        # two passes, holding only the parts and their wholes: the claims of a long
        # document may be a view that rebuilds each as it is read (conflicts/store.py)
        parts = [c for c in claims if c.part_of is not None]
        wanted = {c.part_of for c in parts}
        by_id = {c.id: c for c in claims if c.id in wanted} if wanted else {}
        parts_of: dict[str, list[Claim]] = {}
        for c in parts:
            if c.part_of in by_id:
                parts_of.setdefault(c.part_of, []).append(c)
        out = []
        for whole_id, parts in parts_of.items():
            whole = by_id[whole_id]
            if whole.parts:  # a compound total: duration_parts checks it
                continue
            if whole.value.qualifier == "vague" or any(p.value.qualifier == "vague" for p in parts):
                continue  # "dozens of frigates from several navies" states no sum
            c = self._whole(whole, parts, ctx)
            if c is not None:
                out.append(c)
        return out

    def _whole(self, whole: Claim, parts: list[Claim], ctx: RuleContext) -> Conflict | None:
        tol: iv.Tolerance = ctx.settings.tolerance
        w = iv.interval(whole, tol)
        who = ctx.outlet(whole)
        noun = whole.subject or ""
        too_big = [p for p in parts if iv.interval(p, tol)[0] > w[1]]
        if too_big:
            p = too_big[0]
            return ctx.conflict([whole, *too_big], f"{who} says {num(p.value.low)} of {num(whole.value.low)} {noun} were "
                                f"{p.predicate or 'counted'}: a part larger than its whole.", severity="medium",
                                sides=_sides(whole, too_big, ctx), compared=_compared(whole, too_big), key=whole.key)
        with_pred = [p for p in parts if p.predicate]
        preds = [p.predicate for p in with_pred]
        if len(with_pred) < 2 or len(set(preds)) != len(preds):
            return None
        lo = sum(iv.interval(p, tol)[0] for p in with_pred)
        hi = sum(iv.interval(p, tol)[1] for p in with_pred)
        total = sum(p.value.low for p in with_pred)
        listing = join_names([f"{num(p.value.low)} {p.predicate}" for p in with_pred])
        sum_words = " + ".join(num(p.value.low) for p in with_pred)
        if lo > w[1]:
            return ctx.conflict([whole, *with_pred], f"{who} says {num(whole.value.low)} {noun} in all, then {listing}: "
                                f"{sum_words} = {num(total)}, more than the {num(whole.value.low)}.", severity="medium",
                                sides=_sides(whole, with_pred, ctx), compared=_compared(whole, with_pred), key=whole.key)
        if hi < w[0]:
            missing = whole.value.low - total
            verb = "is" if missing == 1 else "are"
            return ctx.conflict([whole, *with_pred], f"{who} says {num(whole.value.low)} {noun} in all, then {listing}: "
                                f"{sum_words} = {num(total)} of {num(whole.value.low)} {noun}; {num(missing)} {verb} "
                                f"unaccounted for.", severity=None, sides=_sides(whole, with_pred, ctx),
                                compared=_compared(whole, with_pred), key=whole.key)
        return None


def _sides(whole: Claim, parts: list[Claim], ctx: RuleContext) -> tuple[Side, Side]:
    return (Side(label=f"whole: {num(whole.value.low)}", claims=(whole.id,), outlets=(ctx.outlet(whole),),
                 attributions=unique([whole.attribution])),
            Side(label="parts: " + " + ".join(num(p.value.low) for p in parts) + f" = {num(sum(p.value.low for p in parts))}",
                 claims=tuple(p.id for p in parts), outlets=unique(ctx.outlet(p) for p in parts),
                 attributions=unique(p.attribution for p in parts)))


def _compared(whole: Claim, parts: list[Claim]) -> dict[str, float]:
    out = {"whole": whole.value.low, "parts_sum": float(sum(p.value.low for p in parts))}
    for k, p in enumerate(parts):
        out[f"part{k + 1}"] = p.value.low
    return out
