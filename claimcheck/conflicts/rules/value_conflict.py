"""Rule 1, ``value_conflict``: sources that give incompatible figures for the same thing.

Claims are compared only inside one comparable key (kind, subject, predicate, scope;
see ``Claim.key``), and only between rival sources: two documents, or two sources one
document names. Within a key:

1. every claim becomes an interval (``intervals.interval``: qualifier + tolerance);
2. agreeing figures form *sides*: plain figures (exact / approximately) are cut into
   groups that share a common value (greedy interval stabbing, O(n log n), so every
   side's claims mutually overlap); bounds ("over", "at least", "nearly", "at most"),
   vague figures and derived durations ("since 2013") keep a side per figure, so
   "over 70,000" is never merged into a "115,000" side it merely does not contradict;
3. each pair of sides with at least one incompatible pair of claims from different
   documents (after the time rules) is one Conflict naming every outlet on each side.

Severity comes from the ratio of the nearest stated figures and drops one step for each
of: a hedged claim, a vague figure, a derived duration, figures too far apart in time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from pydantic import BaseModel, ConfigDict, Field

from ..event_groups import NO_EVENTS
from ...pipeline.events import split_event
from ...lexicon import fold
from ...models import SEVERITIES, Claim, Conflict, Kind, Side
from ..registry import register
from . import intervals as iv
from ...pipeline.events import counts_a_crowd
from ...pipeline.normalize.dates import date_interval
from ...pipeline.bind.referent import OPEN_NOUN, is_open_noun, is_rest_of_list, phrase_words
from ...pipeline.bind.words import noun_plural, noun_singular
from ...text.forms import num
from ...text.rx import _rx
from .base import (BaseRule, RuleContext, event_words, gap_days, join_names, lower, month_year, stated_label, unique,
                   unit_word, with_unit, words_after, words_before)


class ValueConflictSettings(BaseModel):
    """Settings of ``claimcheck.value_conflict.v1``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: dict[str, iv.Tolerance] = Field(default_factory=lambda: dict(iv.DEFAULT_TOLERANCES),
                                               description="Per subject that has its own (magnitude), else per claim kind; "
                                                           "'default' for the others.")
    time_window_days: int = Field(120, ge=0, description="Stock figures further apart than this: severity drops a step.")
    high_ratio: float = Field(1.75, gt=1, description="Ratio of the stated figures from which a conflict is high.")
    medium_ratio: float = Field(1.05, gt=1, description="... medium; below it, low.")
    max_conflicts_per_key: int = Field(25, ge=1, description="Most severe conflicts kept per comparable key: a key "
                                                              "with hundreds of distinct figures stays readable.")
    ignore_hedges: tuple[str, ...] = Field(("estimated", "estimate", "estimates"),
                                           description="Hedge words that do not lower severity (an estimate is already "
                                                       "widened by the 'approximately' tolerance).")


@dataclass
class _Item:
    claim: Claim
    iv: tuple[float, float]      # allowed values, tolerance included
    st: tuple[float, float]      # stated values, canonical units
    derived: bool
    hedged: bool
    pos: int                     # order by document and place: stable tie-breaks
    risen: bool = False          # a revision, or a figure its document gives as one ("rose to 17" ... "of the 17 dead")
    earlier: tuple = ()          # the levels its document says a changed figure came from ("100, up from 40")
    level_changed: bool = False  # the level a change ends at ("doubled their reward to £100,000")

    @property
    def vague(self) -> bool:
        return self.claim.value.qualifier == "vague"


@dataclass
class _Pair:
    lo: _Item                    # the claim with the smaller figure
    hi: _Item
    how: str                     # "near" | "far" | "same" | "fell" | "unknown" | "rose" (a toll risen the same day)
    days: Optional[int]


@register
class ValueConflict(BaseRule):
    name = "claimcheck.value_conflict.v1"
    type = "value_conflict"
    default_severity = "medium"
    Settings = ValueConflictSettings
    group_by = "key"
    description = "Sources give incompatible figures for the same subject, predicate, place and time."

    def check(self, claims: Sequence[Claim], ctx: RuleContext) -> list[Conflict]:
        s: ValueConflictSettings = ctx.settings
        items = []
        starts: dict[str, list[tuple[float, float]]] = {}  # per document, the levels its changes came from
        # ties are broken by document and place, not by the order the documents came in
        for k, c in enumerate(sorted(claims, key=lambda c: (c.doc, c.evidence.start, c.id))):
            # parts are compared through their whole; dates have their own semantics
            # the start of a stated change ("rose from 4,000 to 9,000") is an earlier state, not a rival figure,
            # and its amount ("rose by 2 points to 7%") is no level either; a forecast is no fact
            if _not_a_rival_figure(c):
                if c.change == "from" and c.kind != Kind.DATE:
                    starts.setdefault(c.doc, []).append(iv.stated(c))
                continue
            tol = iv.tolerance_for(s.tolerance, c.kind, iv.TALLY if c.subject in ctx.lexicon.game_stat_names else c.subject)
            hedged = bool({h.lower() for h in c.hedges} - {h.lower() for h in s.ignore_hedges})
            read = _starting_price(c) if _version_price(c) else c
            items.append(_Item(c, iv.interval(read, tol), iv.stated(read), iv.derived(c), hedged, k))
        if not items:
            return []
        _mark_risen(items)
        _take_stated_bounds(items)
        _mark_earlier(items, starts)
        _mark_level_changed(items, ctx.lexicon)
        ptype = ctx.lexicon.predicate_type(items[0].claim.predicate) or "stock"
        out = []
        for group in _comparable_groups(items, ctx):
            group = _unambiguous(group)
            if len(group) < 2 or len({_voice(i.claim) for i in group}) < 2:
                continue
            sides = _sides(group)
            for i in range(len(sides)):
                for j in range(i + 1, len(sides)):
                    c = self._compare(sides[i], sides[j], ptype, ctx)
                    if c is not None:
                        out.append(c)
        if len(out) > s.max_conflicts_per_key:
            # the pairs of sides grow with the square of the distinct figures of a key;
            # an archive-sized key keeps its most severe disagreements
            out.sort(key=lambda c: (-SEVERITIES.index(c.severity), -c.compared.get("ratio", 1.0), c.id))
            out = out[:s.max_conflicts_per_key]
        return out

    # -- one pair of sides ------------------------------------------------------------
    def _compare(self, a: list[_Item], b: list[_Item], ptype: str, ctx: RuleContext) -> Optional[Conflict]:
        s: ValueConflictSettings = ctx.settings
        pairs, cross, members = _pairs(a, b, ptype, s.time_window_days, ctx)
        if not cross:
            return None
        scored = [(self._severity(p, s, ctx.lexicon), p) for p in cross]
        (sev, ratio, drops), best = max(scored, key=lambda t: (SEVERITIES.index(t[0][0]), not t[1].lo.hedged and not t[1].hi.hedged,
                                                               -t[1].lo.pos - t[1].hi.pos))
        involved = {id(m) for p in pairs for x in (p.lo, p.hi) for m in members.get(id(x), (x,))}
        lo_side = [i for i in (a if best.lo in a else b) if id(i) in involved]
        hi_side = [i for i in (b if best.lo in a else a) if id(i) in involved]
        lo_side.sort(key=lambda i: i is not best.lo)
        hi_side.sort(key=lambda i: i is not best.hi)
        claim0 = best.lo.claim
        compared = {"lower.low": best.lo.st[0], "lower.high": best.lo.st[1], "upper.low": best.hi.st[0],
                    "upper.high": best.hi.st[1]}
        if ratio != iv.INF:
            compared["ratio"] = round(ratio, 4)
        if best.days is not None:
            compared["days_apart"] = float(best.days)
        notes = [f"severity lowered: {d}" for d in drops]
        # the key with a place, when a place-less claim joined it, and the event across articles
        # (see check._comparable_key)
        placed = next((i.claim for i in lo_side + hi_side if i.claim.scope), claim0)
        event = ctx.event(claim0)
        key = "|".join((*placed.key.split("|")[:4], event))
        return ctx.conflict([i.claim for i in lo_side + hi_side], _explain(best, lo_side, hi_side, ratio, ptype, s, ctx),
                            severity=sev, sides=(_side(lo_side, ctx), _side(hi_side, ctx)), compared=compared,
                            key=key, unit=claim0.normalized.unit if claim0.normalized else claim0.unit, notes=notes,
                            event=None if event == NO_EVENTS else event)

    def _severity(self, p: _Pair, s: ValueConflictSettings, lex) -> tuple[str, float, list[str]]:
        r = iv.ratio(p.lo.st, p.hi.st)
        base = "high" if r >= s.high_ratio else "medium" if r >= s.medium_ratio else "low"
        drops = []
        if p.lo.hedged or p.hi.hedged:
            drops.append("a side is hedged (" + ", ".join(unique(h for i in (p.lo, p.hi) for h in i.claim.hedges)) + ")")
        if p.lo.vague or p.hi.vague:
            drops.append("a side is vague")
        if p.lo.derived or p.hi.derived:
            # a duration counted from a start date rests on reading "since" as continuous
            drops.append("a duration derived from a start date")
        if p.how == "far":
            drops.append(f"the figures are {p.days} days apart")
        if p.how == "rose":
            drops.append("the larger is given as a toll risen that day: the smaller may be of earlier that day")
        if p.how == "unknown":
            drops.append("a report is undated: the toll may have grown between them")
        if _generic(p.lo.claim, lex) and _generic(p.hi.claim, lex):
            drops.append("the referent is uncertain: no verb says what happened to them")
        if _open_noun(p.lo.claim):
            # no class of the lexicon says these are the same things: only the words do
            drops.append(f"the referent is uncertain: only the words '{_referent_words(p.lo.claim)}' tie the figures")
        return lower(base, len(drops)), r, drops


# -- what can be compared ---------------------------------------------------------------
def _not_a_rival_figure(c: Claim) -> bool:
    """Figures no other source's figure can contradict: dates (their own semantics), parts
    (compared through their whole), a part or the rest of a group ("seven other workers"),
    the start of a stated change ("rose from 4,000 to 9,000": an earlier state) and its
    amount ("rose by 2 points"), forecasts, and a passing moment of a level that moves through
    the day ("up 3% in morning trading")."""
    return (c.kind == Kind.DATE or c.part_of is not None or c.key is None or c.partial or c.change in ("from", "by")
            or "forecast" in c.hedges or "passing" in c.hedges)


def _open_noun(c: Claim) -> bool:
    """A figure compared by the words of its noun phrase, or a price by its product's version."""
    return is_open_noun(c.compare_as)


def _version_price(c: Claim) -> bool:
    """A price of one version of a product (pipeline/bind/price.py)."""
    return c.kind == Kind.MONEY and _open_noun(c)


def _starting_price(c: Claim) -> Claim:
    """A version's prices read as its starting price: "$899 to $1,099" are the prices of
    its configurations, and what another report's "starts at $949" contradicts is the
    lowest (pipeline/bind/price.py reads a plain price as the starting one too)."""
    if c.value.low == c.value.high:
        return c
    value = c.value.model_copy(update={"high": c.value.low, "point": c.value.low})
    n = c.normalized
    normalized = n.model_copy(update={"high": n.low}) if n is not None else None
    return c.model_copy(update={"value": value, "normalized": normalized})


def _price_label(c: Claim, ctx: RuleContext) -> str:
    """A figure as stated; a version's range of prices with the starting price it is
    compared by: "$899-1,099 (from $899)"."""
    label = stated_label(c, signs=ctx.lexicon.unit_sign)
    start = _starting_price(c) if _version_price(c) else c
    return label if start is c else f"{label} (from {stated_label(start, signs=ctx.lexicon.unit_sign)})"


def _referent_words(c: Claim) -> str:
    """What ties open-noun figures, in words: "undersea cables", "price of the 14-inch Slate
    Book", "screen size of the Nova 7" (a line's price or specification, as its concept says)."""
    return c.concept if (_version_price(c) or c.kind == Kind.DISTANCE) and c.concept else _counted_words(c, 2)


def _counted_words(c: Claim, n: float) -> str:
    """What an open-noun count counts, as its sentence writes it ("AK-47 rifles"), else made
    from its key for ``n`` of them ("undersea cables")."""
    words = c.compare_as[len(OPEN_NOUN):].split()
    at = c.evidence.end - c.evidence.sentence_start
    if is_rest_of_list(c.compare_as):
        return _other_words(c, words[0], at) or _from_key(words, n)
    written = phrase_words(c.evidence.sentence, at, at + 200)[:len(words) + 1]
    if n == c.value.low and len(written) > len(words) and all(fold(w.group()).startswith(k[:3]) for w, k in zip(written, words)):
        # the noun as written follows when the key left it out ("AK-47 rifles" under "ak 47")
        last = written[len(words)] if written[len(words)].group() == c.surface_unit else written[len(words) - 1]
        return c.evidence.sentence[written[0].start():last.end()]
    return _from_key(words, n)


def _other_words(c: Claim, head: str, at: int) -> Optional[str]:
    """ "other assault rifles" as the sentence writes the rest of its list's class."""
    written = phrase_words(c.evidence.sentence, at, at + 60)[:4]
    end = next((w.end() for w in written if fold(w.group()).startswith(head[:4])), None)
    return c.evidence.sentence[written[0].start():end] if end is not None else None


def _from_key(words: list[str], n: float) -> str:
    return " ".join(words[:-1] + [noun_plural(words[-1]) if n != 1 else words[-1]])


def _referents(c: Claim, lex, per_holder: bool) -> list[str]:
    """The groups a figure is compared in, inside its key (none: it is not compared).

    - subjects that belong to a holder each (votes, seats, pledges): its holder; for a
      standing that changes daily (a team's games won), its holder on one known day;
    - a state that changes daily (a fire's containment, the crews on its line, the
      missing, whom searchers find or add to): its day;
    - a count with no predicate and a generic noun ("four people in Texas", "two
      children") names no referent beyond its article: it is compared with rival sources
      inside that article, and with other articles only through a named holder ("EDS's
      350 employees"); a vague one ("several people") not even there;
    - a distance from a place names what lies that far only by its noun ("the building is
      15 miles north of Dayton", not "a driver stopped 50 miles north of Dayton"): without one
      it is not compared.
    """
    if _generic(c, lex):
        if c.value.qualifier == "vague":
            return []  # "a blend of several people": a vague count of a generic noun names no group at all
        named = _holder(c) if _proper_name(c.holder, lex) else ""
        return [f"doc:{c.doc}"] + ([named] if named else [])
    if _open_noun(c) and c.kind == Kind.COUNT and c.predicate is None and " " not in c.compare_as:
        # a bare noun no class names, with no verb ("he had 12 games", "22 carries"), names
        # no referent beyond its article, as a generic one does (an amount of a substance,
        # "3.2 tonnes of cocaine", is the event's)
        return [f"doc:{c.doc}"]
    if _located_by_noun(c):
        return [fold(c.concept)] if c.concept else []
    daily = lex.same_day(c.subject, c.kind, c.predicate) or lex.daily_in(c.predicate, split_event(c.event or "")[0])
    day = f"@{c.time.as_of}" if c.time.as_of and len(c.time.as_of) == 10 else None
    if per_holder:
        holder = _holder(c) if not _a_people_or_place(c.holder, lex) else ""  # "an Australian climber fell": whose?
        aged = _aged(c) if lex.of_one(c.subject, c.kind) else None
        if aged:  # "a 36-year-old climber fell 150 metres", "Ada Vance, 36, fell 60 metres": one person of the event
            return [holder, aged] if holder else [aged]
        if holder and daily:
            # "the Hawks (10-5)": a standing of one day, and none of an unknown day but the day
            # of the event the article reports (a record given with a fight's result), by the
            # holder's last word ("Ada Vance (31-2)", "Vance (32-2)"); an article
            # that dates no event is compared only with others that date none
            when = day or (f"@event {split_event(c.event)[2] or 'undated'}" if c.event and not c.background else None)
            return [holder.split()[-1] + when] if when else []
        return [holder] if holder else []
    if daily:  # "15 percent contained", "850 firefighters": a state of one day
        return [day] if day else []
    return [""]


# a person's age as the sentence gives it before the figure: "a 36-year-old climber",
# "Ada Vance, 36,", "Vance, aged 36,", "Vance, now 36," (as pipeline/bind/person.py reads ages)
_AGE_BEFORE = _rx(r"\b(?P<n>\d{1,3})-year-old\b|\b[A-Z][\w'’-]+,\s+(?:aged\s+|now\s+)?(?P<m>\d{1,3}),")


def _aged(c: Claim) -> Optional[str]:
    """The one age its sentence gives before the figure, as a referent: a person whom one
    report names and another picks out by age ("a 36-year-old climber") is one person of the
    event; with two ages before it, whose is unknown."""
    ev = c.evidence
    ages = {m.group("n") or m.group("m") for m in _AGE_BEFORE.finditer(ev.sentence, 0, max(0, ev.start - ev.sentence_start))}
    return f"aged {ages.pop()}" if len(ages) == 1 else None


def _holder_words(holder: Optional[str]) -> list[str]:
    """A holder's words, possessive and article left out: "the Red Cross's" -> Red, Cross."""
    return [w for w in (holder or "").replace("'s", "").replace("’s", "").split() if w.lower() not in ("the", "a", "an")]


def _a_people_or_place(holder: Optional[str], lex) -> bool:
    """A nationality or a place as a holder ("Australian", "Texas"): no one figure's own."""
    name = " ".join(_holder_words(holder))
    return name in lex.demonym_of or name in lex.place_alias


def _proper_name(holder: Optional[str], lex) -> bool:
    """ "Hewlett-Packard", "EDS", "the Red Cross's" name someone; "Indian warship", "Indian"
    and "Texas" (a nationality, a place) do not."""
    words = _holder_words(holder)
    return bool(words) and not _a_people_or_place(holder, lex) and all(w[:1].isupper() for w in words)


def _located_by_noun(c: Claim) -> bool:
    """A distance from a place whose scope is that place or none: what lies that far is
    only told by the noun before it."""
    frm = c.compare_as or ""
    return c.kind == Kind.DISTANCE and frm.startswith("from ") and (c.scope is None or frm == f"from {c.scope}")


def _generic(c: Claim, lex) -> bool:
    """A count with no predicate and a generic noun ("four people", "two children")."""
    return c.kind == Kind.COUNT and c.predicate is None and (c.subject or "").lower() in lex.generic_subjects


# -- pairs of claims ----------------------------------------------------------------------
_COLLAPSE_ABOVE = 4096
"""Pairs of claims in two sides from which claims equal in all that is compared are
compared once (a long document repeating its figures; an archive): the pairs would grow
with the square of the claims."""


def _pairs(a: list[_Item], b: list[_Item], ptype: str, window: int,
           ctx: RuleContext) -> tuple[list[_Pair], list[_Pair], dict[int, list[_Item]]]:
    """The pairs (one of ``a``, one of ``b``) that contradict unless time explains them; those
    of them between rival sources; and, for a collapsed comparison, the claims each compared
    one stands for (by ``id``)."""
    if len(a) * len(b) <= _COLLAPSE_ABOVE:
        pairs = _all_pairs(a, b, ptype, window, ctx)
        return pairs, [p for p in pairs if _rivals(p.lo.claim, p.hi.claim)], {}
    ca, cb = _classes(a, ctx), _classes(b, ctx)
    members = {id(c[0]): c for c in ca + cb}
    pairs = _all_pairs([c[0] for c in ca], [c[0] for c in cb], ptype, window, ctx)
    cross = [r for r in (_rival_pair(p, members) for p in pairs) if r is not None]
    return pairs, cross, members


def _classes(side: list[_Item], ctx: RuleContext) -> list[list[_Item]]:
    """The claims of a side, grouped by all a comparison reads (first position first)."""
    classes: dict[tuple, list[_Item]] = {}
    for i in side:
        classes.setdefault(_signature(i, ctx), []).append(i)
    return [sorted(c, key=lambda i: i.pos) for c in classes.values()]


def _signature(i: _Item, ctx: RuleContext) -> tuple:
    """Everything a comparison of two claims reads, but their position and document."""
    c = i.claim
    return i.iv, i.st, i.derived, i.hedged, c.value.qualifier, c.time.as_of, _toll_date(c, ctx), c.revision, c.attribution, c.hedges


def _rival_pair(p: _Pair, members: dict[int, list[_Item]]) -> Optional[_Pair]:
    """The first pair of rival claims (lowest positions) among those ``p``'s two claims stand
    for. One source in both classes: only claims of two documents are rivals."""
    if _rivals(p.lo.claim, p.hi.claim):
        return p
    doc = p.lo.claim.doc
    x = next((i for i in members[id(p.lo)] if i.claim.doc != doc), None)
    y = next((i for i in members[id(p.hi)] if i.claim.doc != doc), None)
    options = [(lo, hi) for lo, hi in ((p.lo, y), (x, p.hi)) if lo is not None and hi is not None]
    if not options:
        return None
    lo, hi = min(options, key=lambda q: q[0].pos + q[1].pos)
    return _Pair(lo, hi, p.how, p.days)


def _all_pairs(a: list[_Item], b: list[_Item], ptype: str, window: int, ctx: RuleContext) -> list[_Pair]:
    pairs: list[_Pair] = []
    for x in a:
        for y in b:
            o = iv.order(x.iv, y.iv)
            if o is None:
                continue
            lo, hi = (x, y) if o < 0 else (y, x)
            if _was_earlier(lo, hi) or _was_earlier(hi, lo):
                continue  # "100 residents, up from 40" against another report's 40: the level before the change
            if _worlds_apart(lo, hi):
                continue
            p = _time_verdict(lo, hi, ptype, window, ctx)
            if p is not None:
                pairs.append(p)
    return pairs


_WORLDS_APART = 100.0
"""Two counts this many times apart count different things ("four trucks" a fleet reported,
"1.1 million trucks" recalled), unless their digits agree (a slip of scale: "1.1 million"
against "1.1 billion")."""


def _worlds_apart(lo: _Item, hi: _Item) -> bool:
    """Whether two counts are too far apart to count one thing (see ``_WORLDS_APART``)."""
    r = iv.ratio(lo.st, hi.st)
    if lo.claim.kind != Kind.COUNT or r < _WORLDS_APART or r == iv.INF:
        return False
    return abs(math.log10(r) - round(math.log10(r))) > 0.01


# -- sides ------------------------------------------------------------------------------
def _unambiguous(items: list[_Item]) -> list[_Item]:
    """Drop a document's figures for a key when that document itself gives two figures for
    it, at one time, that cannot both hold ("won 52.2% of the vote ... against 47.8% for his
    rival"): the key names more than one thing there, and another source's figure cannot
    be told which it contradicts."""
    by_doc: dict[str, list[_Item]] = {}
    for it in items:
        by_doc.setdefault(it.claim.doc, []).append(it)
    keep = []
    for doc_items in by_doc.values():
        if _version_price(doc_items[0].claim):
            doc_items = _lowest_prices(doc_items)
        if not _self_clash(doc_items):
            keep.extend(doc_items)
    return keep


def _lowest_prices(items: list[_Item]) -> list[_Item]:
    """A document's prices of one version, read as its starting price: the lowest it
    gives ("will sell for $1,299" beside "comes in $1,499 and $1,899 models"), as one range
    is read by its start (:func:`_starting_price`); the dearer ones price configurations."""
    start = min(i.st[0] for i in items)
    return [i for i in items if i.st[0] == start]


def _self_clash(items: list[_Item]) -> bool:
    """Whether two figures of one document, at one time, cannot both hold and come from one voice."""
    if len(items) <= 64:
        return any(a.claim.time.as_of == b.claim.time.as_of and _disjoint(a.iv, b.iv) and not _rivals(a.claim, b.claim)
                   for k, a in enumerate(items) for b in items[k + 1:])
    by_time: dict[Optional[str], list[_Item]] = {}
    for it in items:
        by_time.setdefault(it.claim.time.as_of, []).append(it)
    return any(_clash_at_one_time(group) for group in by_time.values())


def _disjoint(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[1] < y[0] or y[1] < x[0]


def _clash_at_one_time(items: list[_Item]) -> bool:
    """:func:`_self_clash` for one time without comparing every pair: a figure with no
    source clashes with any figure outside its interval, and figures of one source (or of
    two names of one source) clash when the lowest top is under the highest bottom.
    Linear in the figures, quadratic only in the distinct sources."""
    by_voice: dict[str, list[_Item]] = {}
    for it in items:
        by_voice.setdefault(it.claim.attribution or "", []).append(it)
    span = {v: (min(i.iv[1] for i in its), max(i.iv[0] for i in its)) for v, its in by_voice.items()}
    top, bottom = min(t for t, _ in span.values()), max(b for _, b in span.values())
    if "" in span and (span[""][0] < bottom or top < span[""][1]):
        return True
    voices = [v for v in span if v]
    return any(_same_source(v, w) and (span[v][0] < span[w][1] or span[w][0] < span[v][1])
               for k, v in enumerate(voices) for w in voices[k:])


def _comparable_groups(items: list[_Item], ctx: RuleContext) -> list[list[_Item]]:
    """The items of one key that can be compared with each other: one unit (dollars with
    dollars, no exchange rates; a change in percentage points with none of the levels),
    and one referent (see :func:`_referents`)."""
    c0 = items[0].claim
    per_holder = ctx.lexicon.per_holder(c0.subject, c0.kind)
    # an open noun's key leaves its predicate out: a figure with one is compared with those
    # of the same predicate, a figure with none with those of the one predicate the others
    # give (with two or more, which one it shares is unknown: it stays with those with none)
    predicates = {it.claim.predicate for it in items if _open_noun(it.claim) and it.claim.predicate}
    only = next(iter(predicates)) if len(predicates) == 1 else ""
    groups: dict[tuple[str, str, str], list[_Item]] = {}
    for it in items:
        c = it.claim
        if counts_a_crowd(ctx.lexicon, c, ctx.event(c)):
            groups.setdefault(("", "", ""), []).append(it)  # "a crowd of 17,846", "18,102 fans": the game's one crowd
            continue
        verb = c.predicate or (only if _open_noun(c) else "")
        # an open noun's count is in items of its noun as written ("guns", "rifles", "AK-47s"):
        # its referent is the key's phrase, so the unit tells nothing apart
        unit = "" if _open_noun(c) and c.kind == Kind.COUNT else c.normalized.unit if c.normalized else c.unit or ""
        for referent in _referents(c, ctx.lexicon, per_holder):
            groups.setdefault((unit, referent, verb), []).append(it)
    return list(groups.values())


def _holder(c: Claim) -> str:
    """A holder in comparable form: "Poland's ruling party" -> "poland ruling party"."""
    h = (c.holder or "").lower().replace("'s", "").replace("’s", "")
    words = [w.rstrip("'’") for w in h.split() if w not in ("the", "a", "an")]  # "the Hawks' record": hawks
    return " ".join(words)


def _voice(c: Claim) -> tuple[str, str]:
    """Who gives a figure: the document, and the source it quotes."""
    return c.doc, (c.attribution or "").lower()


def _rivals(a: Claim, b: Claim) -> bool:
    """Figures that can contradict each other: from two documents, or from two sources one
    document names ("the ministry said 1,320 ...; the United Nations said 465")."""
    return a.doc != b.doc or bool(a.attribution and b.attribution and not _same_source(a.attribution, b.attribution))


def _same_source(a: str, b: str) -> bool:
    """ "health ministry spokesman Orhan Demirel" and "Demirel", "the health ministry" and
    "the ministry": one names the other by its last words (but "the interior ministry" is
    not "the finance ministry"); "Orrin Mobile" and "Orrin": a name by its first words."""
    x, y = ([w for w in s.lower().split() if w not in ("the", "a", "an")] for s in (a, b))
    short, long_ = sorted((x, y), key=len)
    if not short:
        return False
    return long_[len(long_) - len(short):] == short or long_[:len(short)] == short and a[:1].isupper() and b[:1].isupper()


def _sides(items: list[_Item]) -> list[list[_Item]]:
    point = [i for i in items if i.claim.value.qualifier in iv.POINTISH and not i.derived]
    rest = [i for i in items if not (i.claim.value.qualifier in iv.POINTISH and not i.derived)]
    sides = _stab(point)
    by_figure: dict[tuple, list[_Item]] = {}
    for i in rest:
        q = i.claim.value.qualifier
        cls = "lower" if q in iv.LOWER_BOUNDS else "upper" if q in iv.UPPER_BOUNDS else q
        by_figure.setdefault((cls, round(i.st[0], 6), round(i.st[1], 6), i.derived), []).append(i)
    return sides + list(by_figure.values())


def _stab(items: list[_Item]) -> list[list[_Item]]:
    """Cut intervals into groups sharing a common point (greedy stabbing by right end):
    the fewest groups in which every two intervals overlap."""
    n = len(items)
    by_hi = sorted(range(n), key=lambda k: (items[k].iv[1], items[k].iv[0]))
    by_lo = sorted(range(n), key=lambda k: items[k].iv[0])
    taken = [False] * n
    p = 0
    out = []
    for k in by_hi:
        if taken[k]:
            continue
        point, side = items[k].iv[1], []
        while p < n and items[by_lo[p]].iv[0] <= point:
            m = by_lo[p]
            p += 1
            if not taken[m]:
                taken[m] = True
                side.append(items[m])
        out.append(sorted(side, key=lambda i: i.pos))
    return out


def _time_verdict(lo: _Item, hi: _Item, ptype: str, window: int, ctx: RuleContext) -> Optional[_Pair]:
    """None when the time explains the difference; else how the two figures relate."""
    days = gap_days(lo.claim.time.as_of, hi.claim.time.as_of)
    if ptype == "cumulative":
        t_lo, t_hi = date_interval(_toll_date(lo.claim, ctx)), date_interval(_toll_date(hi.claim, ctx))
        if t_lo and t_hi:
            if t_lo[1] < t_hi[0]:
                return None            # the smaller toll is the earlier one: it grew
            if t_hi[1] < t_lo[0]:
                return None if lo.risen else _Pair(lo, hi, "fell", days)
            if hi.risen:
                return _Pair(lo, hi, "rose", days)  # "bringing the number hurt to three" the same day: it may have grown
        if days is None and (hi.risen or lo.risen):
            return None                # "the toll rose to 40": later than an undated lower toll, or one step of a growing toll
        if days is None and hi.claim.time.as_of is None and lo.claim.time.as_of is not None:
            # an undated report's larger toll may be a later one: it grew (the follow-up that
            # recalls "five workers died"); an undated smaller one stays a doubt (lowered)
            return None
        return _Pair(lo, hi, "same" if days is not None else "unknown", days)
    if _changed_since(lo, hi) or _changed_since(hi, lo):
        return None  # "the insurers doubled their reward to £100,000": a later level, not a rival
    if lo.derived and _grew_into(lo, hi, days):
        return None  # "offline since Saturday" in an earlier report: the outage went on ("nine days offline")
    far = days is not None and days > window
    if far and lo.claim.event is None and hi.claim.event is None:
        return None  # a standing fact years apart ("employs 11,000" in 2019, "now employs 13,500" in 2022): it changed
    return _Pair(lo, hi, "far" if far else "near", days)


def _span_words(span: tuple[float, float]) -> str:
    """A span of years as a reader counts it: "5.2-6.2 years"; under a year in days ("3-4 days")."""
    lo, hi = span
    if hi >= 1:
        return f"{lo:.1f}-{hi:.1f} years"
    a, b = round(lo * 365.25), round(hi * 365.25)
    return f"{a} days" if a == b else f"{a}-{b} days"


def _grew_into(so_far: _Item, later: _Item, days: Optional[int]) -> bool:
    """Whether a duration counted to its report from a start date ("offline since Saturday",
    in years) may have grown into a later report's figure by that report's date ("nine days
    offline" nine days on; not "six years" of a siege five days after "since 2019")."""
    a, b = so_far.claim.time.as_of, later.claim.time.as_of
    return bool(a and b and a < b and days is not None and so_far.iv[1] + days / 365.25 >= later.iv[0])


def _changed_since(new: _Item, old: _Item) -> bool:
    """Whether ``new`` is the level a change ends at that its report gives later than
    ``old``'s, or undated ("rose to 9-5" against another report's 10-5 of the same day is a
    rival)."""
    a, b = new.claim.time.as_of, old.claim.time.as_of
    return new.level_changed and (a is None or b is None or a > b)


def _mark_level_changed(items: list[_Item], lex) -> None:
    """Mark the figures a change ends at, a few words after its verb and "to" ("doubled their
    reward to £100,000", attribution.yaml ``level_changes``): read once per figure, not per pair."""
    if lex.level_change_before is None:
        return
    for i in items:
        ev = i.claim.evidence
        at = ev.start - ev.sentence_start
        i.level_changed = lex.level_change_before.search(ev.sentence, max(0, at - 60), at) is not None


def _take_stated_bounds(items: list[_Item]) -> None:
    """A figure its own article also gives as a bound ("killing nine" in the headline, "at
    least nine people were killed" in the lede) allows what the bound allows: a headline
    drops the qualifier its story states."""
    bounds: dict[tuple[str, tuple[float, float]], tuple[float, float]] = {}
    for i in items:
        if i.claim.value.qualifier in iv.LOWER_BOUNDS + iv.UPPER_BOUNDS:
            bounds.setdefault((i.claim.doc, i.st), i.iv)
    for i in items:
        if i.claim.value.qualifier == "exact" and (i.claim.doc, i.st) in bounds:
            i.iv = bounds[(i.claim.doc, i.st)]


def _mark_risen(items: list[_Item]) -> None:
    """A figure a document also gives as a revision ("the toll rose to 17 ... Of the 17 dead,
    six were children") is that risen figure wherever the document repeats it."""
    revised = {(i.claim.doc, i.st) for i in items if i.claim.revision}
    for i in items:
        i.risen = i.claim.revision or (i.claim.doc, i.st) in revised


def _mark_earlier(items: list[_Item], starts: dict[str, list[tuple[float, float]]]) -> None:
    """Give each changed figure ("rose to 100", "100, up from 40") the levels its document
    says it came from (``starts``: the change's "from" figures, never compared themselves)."""
    if starts:
        for i in items:
            if i.claim.change == "to":
                i.earlier = tuple(starts.get(i.claim.doc, ()))


def _was_earlier(changed: _Item, other: _Item) -> bool:
    """Whether ``other`` gives the level ``changed``'s own document says it changed from."""
    return any(other.iv[0] <= hi and lo <= other.iv[1] for lo, hi in changed.earlier)


def _toll_date(c: Claim, ctx: RuleContext) -> Optional[str]:
    """When a toll was counted: "Tuesday's quake killed 31" dates the quake, not the count,
    which is as of the report (its publication date). A recalled disaster's toll is final."""
    info = ctx.documents.get(c.doc)
    event_date = (c.event or "").rsplit("|", 1)[-1]
    if not c.background and info is not None and info.published is not None and c.time.as_of == event_date:
        return max(event_date, info.published.isoformat())
    return c.time.as_of


def _side(items: list[_Item], ctx: RuleContext) -> Side:
    return Side(label=_side_label(items, ctx), claims=tuple(i.claim.id for i in items),
                outlets=unique(ctx.outlet(i.claim) for i in items), attributions=unique(i.claim.attribution for i in items))


def _label(c: Claim, ctx: RuleContext) -> str:
    text = stated_label(c, signs=ctx.lexicon.unit_sign)
    if iv.derived(c):
        return f"{text} ({c.evidence.text.strip()})"
    parts = [ctx.claims_by_id[p] for p in c.parts if p in ctx.claims_by_id]
    if parts:
        return f"{text} ({' + '.join(num(p.value.low) for p in parts)})"
    return text


def _side_label(items: list[_Item], ctx: RuleContext) -> str:
    labels, seen = [], set()
    for i in items:
        figure = (i.st, i.claim.value.qualifier in iv.LOWER_BOUNDS, i.claim.value.qualifier in iv.UPPER_BOUNDS)
        if figure not in seen:
            seen.add(figure)
            labels.append(_label(i.claim, ctx))
    return labels[0] + (f" (also {', '.join(labels[1:])})" if len(labels) > 1 else "")


# -- the sentence -------------------------------------------------------------------------
def _who(items: list[_Item], ctx: RuleContext) -> tuple[str, bool]:
    """The outlets of a side, rep first, and whether the verb is plural."""
    outlets = unique(ctx.outlet(i.claim) for i in items)
    return join_names(outlets), len(outlets) > 1


def _says(items: list[_Item], ctx: RuleContext) -> str:
    """ "Gulf Blog says", "Gulf Blog quotes a senior official saying", or
    "Daily A (citing the mayor) and Daily B say"."""
    cited: dict[str, list[str]] = {}
    for i in items:
        names = cited.setdefault(ctx.outlet(i.claim), [])
        if i.claim.attribution and i.claim.attribution not in names:
            names.append(i.claim.attribution)
    outlets = list(cited)
    if len(outlets) == 1:
        attr = cited[outlets[0]]
        return f"{outlets[0]} quotes {join_names(attr)} saying" if attr else f"{outlets[0]} says"
    names = [f"{o} (citing {join_names(cited[o])})" if cited[o] else o for o in outlets]
    return f"{join_names(names)} say"


def _phrase(c: Claim, label: str, ctx: RuleContext) -> str:
    """The figure in words: "4,000 residents were trapped in Mosul", "31 people were killed
    in the Van earthquake of 4 May 2023"."""
    where = _where(c, ctx)
    subject = c.subject or c.kind
    if counts_a_crowd(ctx.lexicon, c, ctx.event(c)):
        return f"the crowd{where} was {label}"  # "the crowd in the Tulsa game of ... was 17,846 people"
    if c.kind == Kind.COUNT and c.subject in ctx.lexicon.event_properties:
        return f"the {subject}{where} was {label}"  # "the winning score in the Tulsa game of ... was 78"
    if c.subject in ctx.lexicon.personal_properties and c.concept:
        # "the age of Dale Corbin in ... was 37 years old", "the sentence of Ray Dunn in the
        # Boston trial ... was 12 years": the person's event, not the sentence's place
        named = event_words(ctx.event(c), ctx.lexicon)
        what = ctx.lexicon.personal_properties[c.subject].phrase.format(subject=subject, who=c.concept)
        return f"{what}{f' in {named}' if named else where} was {label}"
    if c.kind == Kind.DURATION:
        return f"the {subject}{where} lasted {label}"
    if c.kind == Kind.DISTANCE and c.compare_as and not _open_noun(c):
        # "Sake is 25 km from Goma"; "the epicentre is 35 km from Herat" when the place is the reference
        what = c.scope if c.scope and c.compare_as != f"from {c.scope}" else f"the {c.concept}" if c.concept else "it"
        return f"{what} is {label} {c.compare_as}"
    if c.kind == Kind.PERCENTAGE:
        share = ctx.lexicon.share_def(c.subject)
        if share is not None and share.rate:  # "inflation in Turkey was 61.4%", not "61.4% of the inflation"
            return f"{subject}{where} was {label}"
        verb = f" was {c.predicate}" if c.predicate else ""
        return f"{label} of the {subject}{verb}{where}"
    if c.kind in (Kind.MEASURE, Kind.MONEY, Kind.DISTANCE):
        # "the area burned in Castaic was 12,000 acres", "the damage in Florida was $4.2 billion", "the depth ... was 10 km"
        verb = f" {c.predicate}" if c.predicate else ""
        if _open_noun(c):
            subject = _referent_words(c)  # "the price of the 14-inch Slate Book in ... was $899"
        if c.unit and c.unit == c.subject:
            label = label.replace(f"{c.unit} ", "", 1)  # "the magnitude was 5.7", not "was magnitude 5.7"
        return f"the {subject}{verb}{where} was {label}"
    if _open_noun(c):
        subject = _counted_words(c, c.value.low)
    one = c.value.low == c.value.high == 1
    if one and not _open_noun(c):
        subject = noun_singular(subject)  # "1 person was killed", not "1 people were"
    if c.compare_as and c.subject and c.compare_as.startswith(f"{c.subject} ") and not _open_noun(c):
        subject += c.compare_as[len(c.subject):]  # a subgroup or a group with the gunman: "48 people aboard were killed"
    verb = f" {'was' if one else 'were'} {c.predicate}" if c.predicate else ""
    of = " of" if c.value.qualifier == "vague" and label.endswith("s") else ""  # "tens of thousands of residents"
    return f"{label}{of} {subject}{verb}{where}"


def _where(c: Claim, ctx: RuleContext) -> str:
    """ " in Mosul", or the event it happened in when its type is known (a duration's
    subject is usually the event itself: "the siege lasted")."""
    # (not where the report puts one person's figure: "the fall in Christchurch" of a climber
    # who fell on a mountain; subjects.yaml ``of_one``)
    place = f" in {c.scope}" if c.scope and not ctx.lexicon.of_one(c.subject, c.kind) else ""
    named = event_words(ctx.event(c), ctx.lexicon) if c.kind != Kind.DURATION else None
    if named is None:
        return place
    event_place = ctx.event(c).split("|")[1]
    return f"{place if c.scope and c.scope != event_place else ''} in {named}"


def _compare_words(ratio: float, kind: Kind, bound: bool) -> str:
    more = {Kind.COUNT: "as many", Kind.DURATION: "as long", Kind.DISTANCE: "as far"}.get(kind, "as much")
    pre = "at least " if bound else ""
    if ratio == iv.INF:
        return "far more"
    if ratio >= 100:
        return f"{pre}{ratio:,.0f} times {more}"  # "1,600,000 times as many", not "1600000.0"
    if ratio >= 1.5:
        return f"{pre}{ratio:.1f} times {more}"
    return f"{pre}{(ratio - 1) * 100:.0f}% {'longer' if kind == Kind.DURATION else 'farther' if kind == Kind.DISTANCE else 'more'}"


def _explain(p: _Pair, lo_side: list[_Item], hi_side: list[_Item], ratio: float, ptype: str, s: ValueConflictSettings,
             ctx: RuleContext) -> str:
    lo, hi = p.lo.claim, p.hi.claim
    lab_lo, lab_hi = _price_label(lo, ctx), _price_label(hi, ctx)
    when_lo = when_hi = ""
    if (p.days or 0) > 0 and month_year(lo.time.as_of) != month_year(hi.time.as_of):
        when_lo, when_hi = f" ({month_year(lo.time.as_of)})", f" ({month_year(hi.time.as_of)})"
    bound = hi.value.qualifier in iv.LOWER_BOUNDS or lo.value.qualifier in iv.UPPER_BOUNDS
    diff = _compare_words(ratio, lo.kind, bound)
    if p.how == "far":
        diff += f", though the figures are {p.days} days apart, beyond the {s.time_window_days}-day window"

    derived_side = lo_side if p.lo.derived else hi_side if p.hi.derived else None
    if derived_side is not None:
        d, other = (p.lo, hi_side) if p.lo.derived else (p.hi, lo_side)
        o = other[0].claim
        wb = words_before(d.claim)
        quote = f"{wb} {d.claim.evidence.text.strip()}".strip()
        who_d, _ = _who([d], ctx)
        who_o, plural = _who(other, ctx)
        parts = _parts_words(o, ctx)
        return (f"\"{quote[:1].upper()}{quote[1:]}\" ({who_d}) means about {_span_words(d.st)} by "
                f"{month_year(d.claim.time.as_of)}, not {stated_label(o)}{parts} as {who_o} {'say' if plural else 'says'}.")

    if ptype == "cumulative" and p.how == "fell":
        who_lo, pl = _who(lo_side, ctx)
        return (f"{_says(hi_side, ctx)} {_phrase(hi, lab_hi, ctx)}{when_hi}; {who_lo} {'give' if pl else 'gives'} a lower "
                f"figure, {lab_lo}{when_lo}, later, yet a {hi.predicate} toll only grows unless it is revised.")

    compound = next((i for i in hi_side if i.claim.parts), None)
    if compound is not None and lo.kind == Kind.DURATION:
        c = compound.claim
        extra = hi.normalized.low - lo.normalized.high if hi.normalized and lo.normalized else 0
        parts = [ctx.claims_by_id[x] for x in c.parts if x in ctx.claims_by_id]
        match = next((q for q in parts if q.normalized and abs(q.normalized.low - extra) < 0.26), None)
        detail = f" ({_part_text(match)})" if match else ""
        unit = unit_word(c.unit, extra)
        return (f"{_says(hi_side, ctx)} {_phrase(c, stated_label(c), ctx)}{_parts_words(c, ctx)}; {_says(lo_side, ctx)} "
                f"{lab_lo}: the first source counts {num(round(extra, 1))} more {unit}{detail}.")

    return f"{_says(lo_side, ctx)} {_phrase(lo, lab_lo, ctx)}{when_lo}; {_says(hi_side, ctx)} {lab_hi}{when_hi}: {diff}."


def _part_text(part: Claim) -> str:
    """ "2 years under the militia" for the part "two years" of a compound duration."""
    after = words_after(part)
    return f"{with_unit(num(part.value.low), part.unit, part.value.low)}{' ' + after if after else ''}"


def _parts_words(c: Claim, ctx: RuleContext) -> str:
    parts = [ctx.claims_by_id[x] for x in c.parts if x in ctx.claims_by_id]
    if not parts:
        return ""
    return " (" + " + ".join(_part_text(p) for p in parts) + ")"
