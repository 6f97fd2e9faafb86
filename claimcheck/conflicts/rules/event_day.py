"""Rule 6, ``event_day``: two reports of one event give its day a day apart ("the quake
struck early Tuesday" against "Monday night's quake").

Extraction marks the date that names the day of an article's event beside the event's word
(``Claim.event`` set on a date claim: "the earthquake struck on Monday night", "Tuesday's
fire"; see pipeline/events.py ``main_event``). The engine groups those dates by the event
their articles report, resolved across articles (``group_by = "event"``). Within a group,
two days exactly one apart, stated by rival reports of the same type of event, are the slip
of a time zone or a copy. Days further apart are taken as reports of two events that the
grouping joined, and a lasting event (a siege, a war) has no one day.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ...models import Claim, Conflict
from ...pipeline.events import event_id, split_event
from ..registry import register
from .base import BaseRule, RuleContext, date_side, event_words, gap_days, rivals, say


@register
class EventDay(BaseRule):
    name = "claimcheck.event_day.v1"
    type = "event_day"
    default_severity = "low"  # often a time zone: a late-night event is the next day elsewhere
    group_by = "event"
    description = "Two reports of one event give its day a day apart."

    def check(self, claims: Sequence[Claim], ctx: RuleContext) -> list[Conflict]:
        # by the type each article gives its event: a death's day is not its fire's
        by_type: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c in claims:
            type_ = split_event(c.event or "")[0]
            if type_ and c.date_value and len(c.date_value) == 10 and type_ not in ctx.lexicon.lasting_event_types:
                by_type[type_][c.date_value].append(c)
        out = []
        for by_day in by_type.values():
            days = sorted(by_day)
            for a, b in zip(days, days[1:]):
                if gap_days(a, b) == 1 and rivals(by_day[a], by_day[b]):
                    out.append(self._conflict(by_day[a], by_day[b], ctx))
        return out

    def _conflict(self, early: list[Claim], late: list[Claim], ctx: RuleContext) -> Conflict:
        event = ctx.event(early[0])
        type_, place, _ = split_event(event)
        # named without its day, which is what is in doubt: "the Gulf of Aden hijacking"
        what = event_words(event_id(type_, place, None), ctx.lexicon) or "the event"
        side_a, side_b = date_side(late, ctx), date_side(early, ctx)
        expl = (f"{say(side_a)} {what} happened on {side_a.label}; {say(side_b)} on {side_b.label}: "
                f"one day apart.")
        return ctx.conflict(early + late, expl, sides=(side_a, side_b), key=f"day|{event}", event=event,
                            notes=("the day of one event a day apart: a slip, or a time zone",))
