"""The typed binding of one figure, and the claim record built from it.

``extract`` reads: sentences -> mentions -> bindings -> claims. A :class:`Binding` holds what
one figure of a sentence is bound to (subject, predicate, place, time, source...). It stays
mutable while the relations of its sentence refine it (ellipsis, parts of a whole, the two
ends of a change, shared units); :func:`claim_of` then turns it into the frozen
:class:`~claimcheck.models.Claim` the output is made of.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from ..lexicon import Lexicon
from ..models import Claim, Kind, Normalized, Span, TimeRef, Value, claim_id, trusted
from ..text import NormText
from .normalize.units import to_canonical
from .version import GRAMMAR_VERSION

if TYPE_CHECKING:  # only named in annotations: the grammar's modules stay free to move
    from .bind.subject import Interval
    from .mentions import Mention

SINCE_RULE = "since <date>"
"""The rule of a duration counted from a start date up to publication: a range, never a point."""


@dataclass(slots=True, eq=False)
class Binding:
    """One figure and what it is bound to, in the normalized text of its document."""

    # -- the figure as read
    start: int
    end: int
    kind: Kind
    low: float
    high: float
    qualifier: str
    rule: str                           # the grammar rule that read it, or the binder's own name
    point: Optional[float] = None
    unit: Optional[str] = None          # canonical unit of the stated value ("km", "USD per barrel")
    surface: Optional[str] = None       # the unit as written
    noun: Optional[str] = None          # the counted noun ("miners"): the surface unit of a count
    noun_end: Optional[int] = None      # where the counted noun, or the "of" phrase of a share, ends
    # -- what it is about
    subject: Optional[str] = None       # the lexicon's class of what is counted or measured
    predicate: Optional[str] = None     # what happened to it ("killed")
    scope: Optional[str] = None         # the place, narrowed when the text narrows it
    place: Optional[str] = None         # the place without the narrowing
    concept: Optional[str] = None       # what the figure measures, as written
    holder: Optional[str] = None        # whose figure it is
    compare_as: Optional[str] = None    # the class it is compared under, when not its subject
    subgroup: Optional[str] = None      # where the group was: "49 people on board" -> "aboard"
    interval: Optional[Interval] = None  # a gap's action, what it came after, the action's offset (bind/subject.py)
    role: Optional[str] = None          # the part its person plays in the event ("arrested")
    hedges: tuple[str, ...] = ()
    change: Optional[str] = None        # "from", "to" or "by": an end of a stated change
    # -- when and who says so (bound once the sentence's relations are read)
    time: Optional[TimeRef] = None
    attribution: Optional[str] = None
    revision: bool = False
    # -- relations
    mention: Optional[Mention] = None          # the grammar's mention; None for a figure computed here
    part_of_mention: Optional[Mention] = None  # the whole it is a part of, in this sentence
    part_of: Optional[str] = None              # ... or the id of that whole
    parts: tuple[str, ...] = ()                # ids of its stated parts

    @classmethod
    def of(cls, m: Mention, kind: Kind, qualifier: str, rule: str, unit: Optional[str]) -> "Binding":
        """A binding of the grammar's mention ``m``, bound to nothing yet."""
        return cls(m.start, m.end, kind, m.low, m.high, qualifier, rule, point=m.point, unit=unit,
                   surface=m.surface_unit, mention=m)


def claim_of(b: Binding, doc_id: str, nt: NormText, lex: Lexicon, sentence: tuple[str, int]) -> Claim:
    """The claim of a binding; ``sentence`` is its sentence in the original text, and where it starts."""
    o_s, o_e = nt.orig_span(b.start, b.end)
    low, high, qualifier, unit = b.low, b.high, b.qualifier, b.unit
    point = b.point
    if point is None and low == high and b.rule != SINCE_RULE:
        point = low
    value = trusted(Value, {"point": point, "low": low, "high": high, "qualifier": qualifier, **bounds(qualifier, low, high)})
    normalized = None
    udef = lex.unit_by_name.get(unit) if unit else None
    if udef is not None:
        cu, (nlo, nhi) = to_canonical(lex, b.kind, udef, [low, high])
        normalized = trusted(Normalized, {"unit": cu or unit, "low": nlo, "high": nhi, **bounds(qualifier, nlo, nhi)})
    elif b.kind == Kind.COUNT:
        normalized = trusted(Normalized, {"unit": unit or "item", "low": low, "high": high, **bounds(qualifier, low, high)})
    compare_as = b.compare_as or lex.compare_as(b.subject, b.predicate)
    text, ss = sentence
    evidence = trusted(Span, {"doc": doc_id, "start": o_s, "end": o_e, "text": nt.original[o_s:o_e], "sentence": text,
                              "sentence_start": ss})
    return trusted(Claim, {
        "id": claim_id(doc_id, o_s, o_e, b.kind), "kind": b.kind, "value": value, "unit": unit,
        "surface_unit": b.surface or b.noun, "normalized": normalized, "subject": b.subject,
        "compare_as": compare_as if compare_as != b.subject else None, "concept": b.concept, "holder": b.holder,
        "predicate": b.predicate, "scope": b.scope, "place": b.place, "time": b.time, "attribution": b.attribution,
        "hedges": tuple(b.hedges), "part_of": b.part_of, "parts": tuple(b.parts), "date_value": None,
        "revision": b.revision, "change": b.change, "event": None, "background": False, "partial": False,
        "role": b.role, "evidence": evidence, "rule": b.rule, "grammar": GRAMMAR_VERSION,
    })


def date_claim_of(doc_id: str, nt: NormText, span: tuple[int, int], sentence: tuple[str, int], low: float, high: float,
                  time: TimeRef, iso: Optional[str], rule: str,
                  action: tuple[Optional[str], Optional[str], Optional[str]] = (None, None, None)) -> Claim:
    """The claim of a date at ``span`` of the original text: its value is the interval of days
    it names, as ordinals (0 when it does not resolve), ``iso`` the date it resolves to,
    ``action`` what it dates, who that is about and what for ("convicted", "corbin", "fraud";
    see bind/action.py), recorded as its subject, holder and concept."""
    o_s, o_e = span
    text, ss = sentence
    return trusted(Claim, {
        "id": claim_id(doc_id, o_s, o_e, Kind.DATE), "kind": Kind.DATE,
        "value": trusted(Value, {"point": low if low == high else None, "low": low, "high": high, "qualifier": "exact",
                                 "min": low, "max": high}),
        "unit": "date", "surface_unit": None, "normalized": None, "subject": action[0], "compare_as": None, "concept": action[2],
        "holder": action[1], "predicate": None, "scope": None, "place": None, "time": time, "attribution": None, "hedges": (),
        "part_of": None, "parts": (), "date_value": iso, "revision": False, "change": None, "event": None,
        "background": False, "partial": False, "role": None,
        "evidence": trusted(Span, {"doc": doc_id, "start": o_s, "end": o_e, "text": nt.original[o_s:o_e], "sentence": text,
                                   "sentence_start": ss}),
        "rule": rule, "grammar": GRAMMAR_VERSION,
    })


def bounds(qualifier: str, low: float, high: float) -> dict:
    """The interval a qualifier allows, before any tolerance: ``min`` and ``max``."""
    if qualifier in ("more than", "at least"):
        return {"min": high, "max": None}
    if qualifier in ("at most", "nearly"):
        return {"min": None, "max": high}
    return {"min": low, "max": high}
