"""Rule 5, ``dated_action``: two reports date the same action of the same one a day, a
month or a year apart ("Vale was expelled in 2002" against "... in 2003").

A date claim records the action beside it and who it is about (``subject`` and
``holder``; ``pipeline/bind/action.py``). Within one (action, who), two resolved dates of
the same precision exactly one unit apart, stated by rival documents, are the classic
slip of a copied fact. Dates further apart are taken as two occurrences (a second
indictment years later), unless the action happens once to anyone (a birth, a death:
events.yaml ``once``), and so is a pair one document states itself, or a pair whose
actions are for other things ("convicted of beating a neighbour" in 2005, "a 2006
conviction of fraud": the claims' ``concept``). In undated
articles, days of a month with no year ("November 18", "November 19") are compared as
days of one year. A year counted back from publication ("two decades ago") states no year
exactly, and is left out.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Optional, Sequence

from ...kinds.date import claim_rule
from ...lexicon import fold
from ...pipeline.bind.words import STOP
from ...text.forms import as_written
from ...models import Claim, Conflict
from ...text.rx import _rx
from ..registry import register
from .base import BaseRule, RuleContext, date_side, rivals, say

_UNIT = {4: "year", 7: "month", 10: "day"}
_MONTH_DAY = _rx(r"(?P<m1>[A-Za-z]{3,9}\.?)\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9}\.?)")


@register
class DatedAction(BaseRule):
    name = "claimcheck.dated_action.v1"
    type = "dated_action"
    default_severity = "medium"
    group_by = "action"
    description = "Two reports date the same action of the same one a day, a month or a year apart."

    def check(self, claims: Sequence[Claim], ctx: RuleContext) -> list[Conflict]:
        by_date: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            when = c.date_value or _month_day(c, ctx.lexicon)
            if when and (len(when) in _UNIT or when.startswith("--")) and not _years_ago(c, when):
                by_date[when].append(c)
        action = ctx.lexicon.events.actions.get(claims[0].subject or "") if claims else None
        once = action is not None and action.once
        pairs = _candidate_pairs(sorted(by_date), once)
        out = []
        for a, b in pairs:
            apart = _apart(a, b)
            if apart is None or apart[0] > 1 and not (once and _named(by_date[a]) and _named(by_date[b])):
                continue
            if rivals(by_date[a], by_date[b]) and _one_charge(by_date[a], by_date[b], ctx.lexicon):
                out.append(self._conflict(by_date[a], by_date[b], apart, ctx))
        return out

    def _conflict(self, early: list[Claim], late: list[Claim], apart: tuple[int, str], ctx: RuleContext) -> Conflict:
        c0 = early[0]
        gap, unit = apart
        distance = f"one {unit}" if gap == 1 else f"{gap} {unit}s"
        who = _as_written(c0.holder, early + late) if c0.holder else "it"
        side_a, side_b = (date_side(x, ctx) for x in (early, late))
        on = "on" if unit == "day" or len(c0.date_value or "") == 10 else "in"  # "on 27 June 1973", a month from July
        expl = (f"{say(side_a)} {who} {ctx.lexicon.action_label(c0.subject) or c0.subject} {on} {side_a.label}; "
                f"{say(side_b)} {side_b.label}: {distance} apart.")
        return ctx.conflict(early + late, expl, sides=(side_a, side_b), key=f"date|{c0.subject}|{c0.holder}",
                            notes=(f"the same action of {who} {distance} apart: a slip, unless it happened twice",))


def _years_ago(c: Claim, when: str) -> bool:
    """A year counted back from publication ("retired two decades ago", "four years ago"):
    a round count of years, not a year the report states (2004 may be "two decades ago" in
    2023)."""
    return c.rule == _AGO_RULE and len(when) == 4


_AGO_RULE = claim_rule("ago")


def _candidate_pairs(dates: list[str], once: bool) -> list[tuple[str, str]]:
    """The pairs of (sorted) dates that may conflict: any two of an action that happens once
    (a birth, a death); else those of one year or the next, as dates a unit apart are at
    most a year apart (a long archive may date one action on hundreds of days)."""
    if once:
        return [(a, b) for i, a in enumerate(dates) for b in dates[i + 1:]]
    by_year: dict[str, list[str]] = defaultdict(list)
    for when in dates:
        by_year[when[:4]].append(when)
    return [(a, b) for year, same in sorted(by_year.items()) for i, a in enumerate(same)
            for b in same[i + 1:] + (by_year.get(str(int(year) + 1), []) if year.isdigit() else [])]


def _named(claims: list[Claim]) -> bool:
    """Whether a sentence of the claims names whom the action is about, not a pronoun ("He,
    too, died in 2002" may be another man's death): a far-apart date must be named."""
    return any(c.holder and as_written(c.holder, c.evidence.sentence) for c in claims)


def _as_written(holder: str, claims: list[Claim]) -> str:
    """A folded name as a sentence of the claims writes it ("dupree" -> "DuPree")."""
    return next((w for w in (as_written(holder, c.evidence.sentence) for c in claims) if w), holder.title())


def _month_day(c: Claim, lex) -> Optional[str]:
    """ "November 19" in an undated article, as ISO 8601 writes a day of no known year:
    "--11-19"."""
    m = _MONTH_DAY.fullmatch(c.text.strip())
    if m is None:
        return None
    month = lex.month_of.get(fold((m.group("m1") or m.group("m2")).rstrip(".")))
    day = int(m.group("d1") or m.group("d2"))
    return f"--{month:02d}-{day:02d}" if month and 1 <= day <= 31 else None


def _apart(a: str, b: str) -> Optional[tuple[int, str]]:
    """How many units two dates are apart, read at the coarser precision of the two:
    "2002" and "2003" (1, years), "2007-09" and "2008" (1, years), "2008-11-18" and
    "2008-11-19" (1, days), "--11-18" and "--11-19" (days of one month in undated articles);
    None when they agree ("2007" and "2007-09") or cannot be told apart."""
    if a.startswith("--") or b.startswith("--"):
        same_month = a.startswith("--") and b.startswith("--") and a[:5] == b[:5]
        gap = abs(int(a[5:]) - int(b[5:])) if same_month else 0
        return (gap, "day") if gap else None
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    if n == 4:
        gap = abs(int(a) - int(b))
    elif n == 7:
        gap = abs((int(a[:4]) * 12 + int(a[5:])) - (int(b[:4]) * 12 + int(b[5:])))
    else:
        gap = abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    return (gap, _UNIT[n]) if gap else None


def _one_charge(a: list[Claim], b: list[Claim], lex) -> bool:
    """Whether the two dates may date one action: it is for the same thing on both sides, or
    one side does not say what for. "convicted of beating a neighbour" and "a conviction of
    fraud" are two convictions: what they are for shares no word."""
    if not all(c.concept for c in a) or not all(c.concept for c in b):
        return True
    words_a = [_charge_words(x.concept, lex) for x in a]
    words_b = [_charge_words(y.concept, lex) for y in b]
    return any(wa & wb for wa in words_a for wb in words_b)


def _charge_words(phrase: str, lex) -> set[str]:
    """The content words of what an action was for, cut to their first five letters so that
    "obstruction" and "obstruct" meet: not function words, units ("years") or the words of
    charging itself (events.yaml ``not_charges``: "count", "charge")."""
    return {w[:5] for w in _rx(r"[a-z]{4,}").findall(phrase.lower())
            if w not in STOP and w not in lex.unit_form and w not in lex.not_charges}
