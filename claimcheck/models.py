"""The data contract of claimcheck: frozen pydantic models.

Their JSON schema (``claimcheck schema``) is the output format. Records hold plain
numbers and unit strings, never live pint quantities, so they serialise, hash and
can be stored in a database or shuffled between processes unchanged.
"""

from __future__ import annotations

import datetime as _dt
import enum
import hashlib
from typing import Any, Literal, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field


class Kind(enum.StrEnum):
    """The kind of a figure: what sort of quantity it is, which fixes its canonical unit and
    how it is compared. A member is a ``str`` equal to its value (``Kind.COUNT == "count"``),
    so the JSON output holds the plain string and the lexicon's ``kind:`` strings compare
    equal to it. A new kind of figure starts here (docs/adding-a-kind.md)."""

    COUNT = "count"
    PERCENTAGE = "percentage"
    DURATION = "duration"
    DISTANCE = "distance"
    DATE = "date"
    RATIO = "ratio"
    MONEY = "money"
    MEASURE = "measure"


Qualifier = Literal["exact", "approximately", "more than", "at least", "nearly", "at most", "vague"]
Severity = Literal["info", "low", "medium", "high"]
SEVERITIES: tuple[str, ...] = ("info", "low", "medium", "high")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(_Frozen):
    """One news report. ``text`` is the original, never modified."""

    id: str = Field(description="Stable identifier: the file name for files.")
    text: str
    outlet: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[_dt.date] = None
    published_source: Optional[Literal["argument", "meta", "record", "dateline"]] = Field(
        default=None, description="Where `published` came from."
    )


class Span(_Frozen):
    """Evidence: where a claim was read, as offsets into the document's original text."""

    doc: str = Field(description="Document id.")
    start: int = Field(description="Start offset (Python str index) into Document.text.")
    end: int
    text: str = Field(description="Document.text[start:end].")
    sentence: str = Field(description="The sentence containing the span, as in the original.")
    sentence_start: int = 0


class Value(_Frozen):
    """A stated figure and the interval it means.

    ``low``/``high`` are what the text states (equal for a point); ``point`` is set
    for a single figure. ``min``/``max`` bound the interval the statement allows
    once the qualifier is applied (None = unbounded).
    """

    point: Optional[float] = None
    low: float
    high: float
    qualifier: Qualifier = "exact"
    min: Optional[float] = None
    max: Optional[float] = None

    @property
    def is_range(self) -> bool:
        return self.point is None


class Normalized(_Frozen):
    """The value in the canonical unit of its kind (km, year, percent, person, USD...)."""

    unit: str
    low: float
    high: float
    min: Optional[float] = None
    max: Optional[float] = None


class TimeRef(_Frozen):
    """The date or period a figure holds for, as ISO strings of day, month or year
    precision ("2017-11-03", "2017-08", "2014")."""

    as_of: Optional[str] = None
    since: Optional[str] = None
    text: Optional[str] = Field(default=None, description="The words it was read from.")
    source: Literal["sentence", "published", "none"] = "none"
    resolved: bool = True


class Claim(_Frozen):
    """One quantitative claim with its evidence."""

    id: str
    kind: Kind
    value: Value
    unit: Optional[str] = Field(default=None, description="Canonical unit of the stated value.")
    surface_unit: Optional[str] = Field(default=None, description="The unit as written.")
    normalized: Optional[Normalized] = None
    subject: Optional[str] = Field(default=None, description="Canonical class of what is counted or measured (lexicon); "
                                   "for a date, the action it dates ('convicted': events.yaml actions).")
    compare_as: Optional[str] = Field(default=None, description="The class the claim is compared under, when wider than "
                                      "its subject ('population' for people, civilians and residents trapped or displaced), "
                                      "for a distance where it is measured from ('from Goma'), or for a count of a thing no "
                                      "class names its noun phrase ('noun:undersea cable').")
    concept: Optional[str] = Field(default=None, description="What the figure measures, as written (head noun).")
    holder: Optional[str] = Field(default=None, description="Whose figure it is: the named entity or noun phrase the clause "
                                  "is about; for a date, the folded surname of whom its action is about.")
    predicate: Optional[str] = None
    scope: Optional[str] = Field(default=None, description="Canonical place, narrowed when the text narrows it.")
    place: Optional[str] = Field(default=None, description="Canonical place without the narrowing.")
    time: TimeRef = TimeRef()
    attribution: Optional[str] = None
    hedges: tuple[str, ...] = ()
    part_of: Optional[str] = Field(default=None, description="Id of the whole this figure is a part of.")
    parts: tuple[str, ...] = Field(default=(), description="Ids of stated parts (compound durations).")
    date_value: Optional[str] = Field(default=None, description="For kind=date: the ISO date it resolves to.")
    revision: bool = Field(default=False, description="The text presents the figure as a revision.")
    change: Optional[Literal["from", "to", "by"]] = Field(default=None, description="The start ('from') or the end ('to') of a "
                                                          "stated change: 'rose from 5% to 7%' gives one claim of each; "
                                                          "'by' is the amount of a change stated with its new level "
                                                          "('rose by 2 points to 7%').")
    event: Optional[str] = Field(default=None, description="The incident the figure belongs to, as "
                                 "'<type>|<place>|<date>' ('earthquake|Van|2023-05-04'; '-' where unknown): the "
                                 "article's event, a background event its sentence dates, or None for a standing "
                                 "fact (see docs/events.md).")
    background: bool = Field(default=False, description="The event is one the article recalls, not the one it reports.")
    partial: bool = Field(default=False, description="The figure counts part or the rest of a group ('seven other "
                                                     "workers', 'the remaining three'), never the whole.")
    role: Optional[str] = Field(default=None, description="The part the claim's person plays in its event, when the "
                                "sentence says: 'arrested' for the suspect ('Ada Corbin, 61, was arrested'; events.yaml "
                                "suspect_verbs), or a role the event has one of ('gunman' for 'The gunman, Carl "
                                "Benner, 27,'; events.yaml unique_roles). The age of a suspect no report names ('a "
                                "60-year-old woman was arrested'), or of 'the gunman, 24,', is compared with the one "
                                "person the other reports name so.")
    evidence: Span
    rule: str = Field(description="Name of the grammar rule that produced the claim.")
    grammar: Optional[str] = Field(default=None, description="Version of the grammar that read the claim "
                                   "(claimcheck.pipeline.version.GRAMMAR_VERSION, e.g. 'en-1'): a claim of another "
                                   "version, or None (read before versions were recorded), is stale and may read "
                                   "differently if its document is extracted again.")

    @property
    def doc(self) -> str:
        return self.evidence.doc

    @property
    def text(self) -> str:
        return self.evidence.text

    @property
    def key(self) -> Optional[str]:
        """The comparable key: a plain string for a database index or a shuffle.

        ``kind|subject|predicate|scope|event`` (the event's three parts included), None
        when the claim cannot be compared (no subject, or a date).
        """
        if self.subject is None and self.compare_as is None or self.kind == Kind.DATE:
            return None
        return "|".join((self.kind, self.compare_as or self.subject, self.predicate or "-", self.scope or "-",
                         self.event or "-|-|-"))

    def flat(self) -> dict:
        """The JSONL record of ``claimcheck extract``."""
        return {
            "id": self.id,
            "doc": self.evidence.doc,
            "start": self.evidence.start,
            "end": self.evidence.end,
            "text": self.evidence.text,
            "kind": self.kind,
            "subject": self.subject,
            "concept": self.concept,
            "holder": self.holder,
            "predicate": self.predicate,
            "scope": self.scope,
            "value": {"low": self.value.low, "high": self.value.high, "point": self.value.point},
            "unit": self.unit,
            "qualifier": self.value.qualifier,
            "normalized": self.normalized.model_dump() if self.normalized else None,
            "as_of": self.time.as_of,
            "since": self.time.since,
            "date": self.date_value,
            "attribution": self.attribution,
            "hedges": list(self.hedges),
            "part_of": self.part_of,
            "change": self.change,
            "event": self.event,
            "background": self.background,
            "partial": self.partial,
            "sentence": self.evidence.sentence,
            "rule": self.rule,
            "grammar": self.grammar,
            "key": self.key,
        }


class Quantity(_Frozen):
    """One quantity mention as the number grammar reads it, bound to nothing: no subject,
    predicate, place or time (``claimcheck.quantities``). A figure read from a fraction
    ("two thirds of", "one in four") has kind percentage and its value in percent, as a
    claim does; ``fraction`` says so."""

    text: str = Field(description="The mention as written: text[start:end] of the original.")
    start: int = Field(description="Start offset (Python str index) into the original text.")
    end: int
    kind: Kind
    value: Value
    unit: Optional[str] = Field(default=None, description="Canonical unit of the stated value (None for a bare number).")
    surface_unit: Optional[str] = Field(default=None, description="The unit as written.")
    per: Optional[str] = Field(default=None, description="A rate's denominator: '$58 per barrel' -> 'barrel'.")
    fraction: bool = Field(default=False, description="Read from a fraction; the value is in percent (50 for 'half of').")
    rule: str = Field(description="Name of the grammar rule that read it.")
    grammar: Optional[str] = Field(default=None, description="Version of the grammar that read it (see Claim.grammar).")


def claim_id(doc: str, start: int, end: int, kind: str) -> str:
    """A stable id: the same claim in the same document always gets the same id."""
    digest = hashlib.blake2s(f"{doc}\x00{start}\x00{end}\x00{kind}".encode(), digest_size=6).hexdigest()
    return f"c-{digest}"


class ClaimRef(_Frozen):
    """A claim as cited by a conflict: enough to quote it without the report."""

    id: str
    doc: str
    outlet: Optional[str] = None
    quote: str = Field(description="The sentence the claim was read from.")
    text: str = Field(description="The figure as written.")
    start: int
    end: int
    low: float = Field(description="Lower end of the normalized stated value.")
    high: float
    unit: Optional[str] = None
    qualifier: Qualifier = "exact"
    as_of: Optional[str] = None
    attribution: Optional[str] = None
    hedged: bool = False


class Side(_Frozen):
    """One position in a disagreement: a figure and every claim that states it."""

    label: str = Field(description='The figure as a reader would say it, e.g. "60,000".')
    claims: tuple[str, ...]
    outlets: tuple[str, ...]
    attributions: tuple[str, ...] = ()


class Conflict(_Frozen):
    """Figures that cannot all be true; shaped like pydantic's error records."""

    id: str
    type: str = Field(description="Stable code of the rule, e.g. 'value_conflict'.")
    rule: str = Field(description="Registered rule name, e.g. 'claimcheck.value_conflict.v1'.")
    severity: Severity
    key: Optional[str] = Field(default=None, description="Comparable key of the claims.")
    loc: tuple[str, ...] = Field(description="Ids of the claims involved.")
    claims: tuple[ClaimRef, ...]
    sides: tuple[Side, ...] = ()
    compared: dict[str, float] = Field(default_factory=dict, description="The numbers compared, canonical units.")
    unit: Optional[str] = None
    explanation: str = Field(description="One plain sentence.")
    notes: tuple[str, ...] = ()
    event: Optional[str] = Field(default=None, description="The event the figures belong to, resolved across articles "
                                 "('<type>|<place>|<date>'; see Claim.event).")


class DocumentSummary(_Frozen):
    id: str
    outlet: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[_dt.date] = None
    published_source: Optional[str] = None
    chars: int = 0


class Report(_Frozen):
    """The result of ``claimcheck.check``: documents, their claims, and conflicts."""

    version: str = "1"
    documents: tuple[DocumentSummary, ...]
    claims: tuple[Claim, ...]
    conflicts: tuple[Conflict, ...]
    rules: tuple[str, ...] = Field(default=(), description="Rules that ran.")

    def at_least(self, severity: str) -> list[Conflict]:
        """Conflicts of this severity or worse."""
        floor = SEVERITIES.index(severity)
        return [c for c in self.conflicts if SEVERITIES.index(c.severity) >= floor]


_M = TypeVar("_M", bound=BaseModel)
# the set of fields given, which pydantic keeps per record: one set per model, shared by the
# records built here (never mutated: model_copy copies it before it adds to it)
_ALL_FIELDS: dict[type, set[str]] = {}


def trusted(model: type[_M], values: dict[str, Any]) -> _M:
    """A record built from values this package typed itself, ``values`` giving every field of
    ``model`` in its order: what ``model.model_construct(**values)`` gives (no validation, the
    same ``model_fields_set``), without its walk over each field's aliases and defaults, in a
    third of the time. Extraction builds four records a figure; the tests check that the
    result equals ``model_construct``'s and that real output meets the JSON schema."""
    m = model.__new__(model)
    fields = _ALL_FIELDS.get(model)
    if fields is None:
        fields = _ALL_FIELDS[model] = set(model.model_fields)
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", fields)
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m
