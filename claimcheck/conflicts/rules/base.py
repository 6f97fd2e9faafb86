"""What every rule shares: the context it runs in, how a Conflict record is built, and
the small formatting helpers that keep explanations consistent between rules."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Iterable, Mapping, Optional, Sequence

from pydantic import BaseModel, ConfigDict

from ...pipeline.events import split_event
from ...lexicon import Lexicon
from ...pipeline.normalize.dates import date_interval
from ...models import SEVERITIES, Claim, ClaimRef, Conflict, Kind, Side
from ...pipeline.bind.words import noun_plural
from ...text.forms import MONTHS, num, plural

AUXILIARIES = {"has", "have", "had", "been", "was", "were", "is", "are", "be", "being"}


class NoSettings(BaseModel):
    """Settings of a rule that has none."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class DocInfo:
    """What a rule may know of a document without its text."""

    id: str
    outlet: Optional[str] = None
    published: Optional[dt.date] = None

    @property
    def label(self) -> str:
        return self.outlet or self.id


@dataclass
class RuleContext:
    """Everything a rule's ``check`` may use besides its claims.

    One context per rule per run: ``settings`` is that rule's validated settings and
    ``severity`` its configured override (None: the rule decides).
    """

    rule: Any
    settings: Any
    lexicon: Lexicon
    claims_by_id: Mapping[str, Claim]
    documents: Mapping[str, DocInfo]
    severity: Optional[str] = None
    event_of: Optional[Callable[[Claim], str]] = None

    def event(self, claim: Claim) -> str:
        """The claim's event, resolved across articles (see claimcheck.conflicts.event_groups)."""
        return self.event_of(claim) if self.event_of is not None else (claim.event or "-|-|-")

    def outlet(self, claim: Claim) -> str:
        """The outlet of the claim's document, else the document id."""
        info = self.documents.get(claim.doc)
        return info.label if info else claim.doc

    def ref(self, claim: Claim) -> ClaimRef:
        """A claim as a conflict cites it: the sentence as quote, the figure, where."""
        n = claim.normalized
        low, high, unit = (n.low, n.high, n.unit) if n else (claim.value.low, claim.value.high, claim.unit)
        return ClaimRef(id=claim.id, doc=claim.doc, outlet=self.outlet(claim), quote=claim.evidence.sentence.strip(),
                        text=claim.evidence.text, start=claim.evidence.start, end=claim.evidence.end, low=low, high=high,
                        unit=unit, qualifier=claim.value.qualifier, as_of=claim.time.as_of, attribution=claim.attribution,
                        hedged=bool(claim.hedges))

    def conflict(self, claims: Sequence[Claim], explanation: str, *, severity: Optional[str] = None,
                 sides: Iterable[Side] = (), compared: Optional[dict[str, float]] = None, key: Optional[str] = None,
                 unit: Optional[str] = None, notes: Iterable[str] = (), event: Optional[str] = None) -> Conflict:
        """A Conflict of this context's rule; a configured severity wins over the computed one."""
        ids = tuple(dict.fromkeys(c.id for c in claims))
        explanation = explanation[:1].upper() + explanation[1:]  # outlets may be named in lower case
        return Conflict(id=conflict_id(self.rule.name, ids), type=self.rule.type, rule=self.rule.name,
                        severity=self.severity or severity or self.rule.default_severity, key=key, loc=ids,
                        claims=tuple(self.ref(c) for c in {c.id: c for c in claims}.values()), sides=tuple(sides),
                        compared=dict(compared or {}), unit=unit, explanation=explanation, notes=tuple(notes),
                        event=event)


class BaseRule:
    """Convenience base for rules: set the class attributes, write ``check``.

    ``group_by`` tells the engine how to cut the claims before calling ``check``:
    "key" (claims sharing Claim.key; claims without a key are never passed),
    "document", "sentence", or None (every claim in one call).
    """

    name: ClassVar[str] = ""
    type: ClassVar[str] = ""
    default_severity: ClassVar[str] = "low"
    Settings: ClassVar[type[BaseModel]] = NoSettings
    group_by: ClassVar[Optional[str]] = None
    enabled_by_default: ClassVar[bool] = True
    description: ClassVar[str] = ""

    def check(self, claims: Sequence[Claim], ctx: RuleContext) -> list[Conflict]:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<rule {self.name}>"


def conflict_id(rule: str, claim_ids: Iterable[str]) -> str:
    """Stable: the same rule over the same claims always gets the same id."""
    digest = hashlib.blake2s("\x00".join([rule, *sorted(claim_ids)]).encode(), digest_size=6).hexdigest()
    return f"k-{digest}"


# -- severity ---------------------------------------------------------------------------
def lower(severity: str, steps: int = 1) -> str:
    """``steps`` steps less severe, never below info."""
    return SEVERITIES[max(0, SEVERITIES.index(severity) - steps)]



# -- dates ------------------------------------------------------------------------------
def gap_days(a: Optional[str], b: Optional[str]) -> Optional[int]:
    """Days between two ISO periods (0 when they overlap); None when one is unknown."""
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return None
    return max(0, (ib[0] - ia[1]).days, (ia[0] - ib[1]).days)


def month_year(iso: Optional[str]) -> str:
    """"September 2017" from "2017-09-04"; the year alone for year precision."""
    span = date_interval(iso)
    if span is None:
        return ""
    if len(iso or "") == 4:
        return str(span[0].year)
    return f"{MONTHS[span[0].month - 1]} {span[0].year}"


def day_month_year(iso: Optional[str]) -> str:
    """"4 May 2023" from "2023-05-04"; coarser dates as :func:`month_year` writes them."""
    span = date_interval(iso)
    if span is None or len(iso or "") != 10:
        return month_year(iso)
    return f"{span[0].day} {MONTHS[span[0].month - 1]} {span[0].year}"


def event_words(event: Optional[str], lex: Lexicon) -> Optional[str]:
    """An event as a reader names it: "the Van earthquake of 4 May 2023", "the Gulf of Aden
    hijacking"; None when its type is unknown."""
    if not event:
        return None
    type_, place, date = split_event(event.split("#")[0])  # "#2": a second event that reads alike
    label = lex.event_label(type_)
    if label is None:
        return None
    when = day_month_year(date)
    return f"the {place + ' ' if place else ''}{label}{' of ' + when if when else ''}"


def date_side(claims: list[Claim], ctx: RuleContext) -> Side:
    """One side of a disagreement over a date: the day as a reader writes it, and its outlets."""
    c = claims[0]
    return Side(label=day_month_year(c.date_value) if c.date_value else c.text.strip(), claims=tuple(x.id for x in claims),
                outlets=unique(ctx.outlet(c) for c in claims))


def say(side: Side) -> str:
    """ "reuters.com says", "bbc.com and cnn.com say"."""
    names = list(side.outlets)
    return f"{join_names(names)} {'say' if len(names) > 1 else 'says'}"


def rivals(a: Sequence[Claim], b: Sequence[Claim]) -> bool:
    """Different documents state the two dates, and no document states both (then they
    are two occurrences it tells apart)."""
    docs_a, docs_b = {c.doc for c in a}, {c.doc for c in b}
    return not docs_a & docs_b


# -- numbers and words ------------------------------------------------------------------
_UNIT_WORDS = {"person": "", "item": "", "vehicle": "", "percent": "%", "year": "years", "month": "months", "week": "weeks",
               "day": "days", "hour": "hours", "minute": "minutes", "km": "km", "mile": "miles", "ratio": "times",
               "year of age": "years old", "month of age": "months old", "week of age": "weeks old"}


def unit_word(unit: Optional[str], value: float = 2.0) -> str:
    """The unit after a number ("3 years", "40%", "10 km"); empty for people and things."""
    if unit is None:
        return ""
    w = _UNIT_WORDS.get(unit, unit)
    if w.endswith("s") and value == 1 and unit in ("year", "month", "week", "day", "hour", "minute", "mile"):
        w = w[:-1]
    elif value == 1 and w.endswith("s old"):
        w = w[:-len("s old")] + " old"  # "1 year old"
    elif unit not in _UNIT_WORDS and value != 1:
        w = plural(w, noun_plural)  # "200 feet"
    return w


def with_unit(text: str, unit: Optional[str], value: float = 2.0, signs: Mapping[str, str] = {}) -> str:
    """A figure with its unit: "40%", "3 years"; with ``signs`` (``Lexicon.unit_sign``) a
    unit the lexicon writes before the figure goes there: "$4.2 billion", "magnitude 6.1"."""
    sign = signs.get(unit or "")
    if sign:
        return f"{sign}{text}" if not sign[-1:].isalpha() else f"{sign} {text}"
    w = unit_word(unit, value)
    if not w:
        return text
    return text + w if w == "%" else f"{text} {w}"


_PREFIX = {"approximately": "about ", "more than": "over ", "at least": "at least ", "nearly": "nearly ", "at most": "at most ",
           "exact": "", "vague": ""}


def stated_label(claim: Claim, unit: Optional[str] = None, signs: Mapping[str, str] = {}) -> str:
    """The claim's figure in its stated unit with its qualifier: "over 100,000", "1,500-2,500",
    "about $900 million" (see ``with_unit`` for ``signs``)."""
    v = claim.value
    if v.qualifier == "vague":
        text = claim.evidence.text.strip()
        ev = claim.evidence
        head = ev.sentence[:max(0, ev.start - ev.sentence_start)].rstrip()
        if (not head or head.endswith(("\u2014", "\u2013", "-", ":", '"', "\u201c"))) and text[1:2].islower():
            text = text[:1].lower() + text[1:]  # "Tens of thousands marched" quoted mid-sentence
        return text
    # a count's unit is its noun ("building" for homes), which the sentence names as the subject
    u = unit if unit is not None else None if claim.kind == Kind.COUNT else claim.unit
    body = num(v.low) if v.low == v.high else f"{num(v.low)}-{num(v.high)}"
    return _PREFIX.get(v.qualifier, "") + with_unit(body, u, v.high, signs)


def join_names(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def unique(items: Iterable[Optional[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


def words_before(claim: Claim, n: int = 2) -> str:
    """Up to ``n`` words right before the figure in its sentence, auxiliaries dropped
    ("blockaded" before "since 2019" in "has been blockaded since 2019")."""
    ev = claim.evidence
    head = ev.sentence[: max(0, ev.start - ev.sentence_start)]
    words = [w.strip(",;:\"'“”‘’") for w in head.split()][-n:]
    while words and words[0].lower() in AUXILIARIES:
        words.pop(0)
    return " ".join(w for w in words if w)


def words_after(claim: Claim, limit: int = 4) -> str:
    """The phrase that qualifies a figure right after it ("under the militia" after
    "two years"), up to a comma or a linking word."""
    ev = claim.evidence
    tail = ev.sentence[max(0, ev.end - ev.sentence_start):]
    out: list[str] = []
    for w in tail.split():
        clean = w.strip(",;:.\"'“”‘’()")
        if clean.lower() in ("and", "followed", "then", "plus", "but", "while") or not clean:
            break
        if not out and claim.unit and clean.lower().rstrip("s") == (claim.unit or "").rstrip("s"):
            continue  # the unit word itself ("two years under ...": skip "years" when the span stopped short)
        out.append(clean)
        if w != clean and w.rstrip()[-1:] in ",;:.)" or len(out) >= limit:
            break
    return " ".join(out)
