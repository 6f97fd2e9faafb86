"""``check``: run the enabled conflict rules over the claims of several documents.

    >>> from claimcheck import Document
    >>> from claimcheck import check
    >>> docs = [Document(id="a", outlet="Daily A", text="Rescuers said 250 miners were trapped in Zonguldak."),
    ...         Document(id="b", outlet="Daily B", text="Officials said 600 miners were trapped in Zonguldak.")]
    >>> [c.type for c in check(docs).conflicts]
    ['value_conflict']

Rules are cut their input by the engine (``rule.group_by``: per comparable key, per
document, per sentence, or all at once), so each call sees a small group and the whole
run stays close to linear in the number of claims.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple, Optional, Sequence, Union

import yaml

import tomllib
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import registry
from ..errors import ConfigError, InputError
from ..lexicon import Lexicon, default_lexicon
from ..pipeline.bind.person import SUSPECT_ROLE
from ..pipeline.bind.referent import is_open_noun
from ..pipeline.events import ATTENDANCE, counts_a_crowd, split_event
from .event_groups import NO_EVENTS, EventSettings, article_names, events_across, name_stopwords, names_its_day
from ..pipeline.extract import iter_claims
from ..models import SEVERITIES, Claim, Conflict, Document, DocumentSummary, Kind, Report, Severity, trusted
from .store import ClaimStore
from .rules.base import DocInfo, RuleContext


class RuleConfig(BaseModel):
    """How one rule runs: on or off, a fixed severity, and its settings."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: Optional[bool] = Field(None, description="None: the rule's default (built-in rules are on).")
    severity: Optional[Severity] = Field(None, description="Give every conflict of this rule this severity.")
    settings: dict[str, Any] = Field(default_factory=dict, description="Overrides of the rule's Settings defaults.")


class Config(BaseModel):
    """Which rules run and how. Keys of ``rules`` are registered names
    ("claimcheck.value_conflict.v1") or type codes ("value_conflict").

        >>> Config().disable("unit_restatement").tune("value_conflict", time_window_days=30).enabled_rules()[0]
        'claimcheck.dated_action.v1'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: dict[str, RuleConfig] = Field(default_factory=dict)
    events: EventSettings = Field(default_factory=EventSettings, description="How articles' events are told apart.")

    def _with(self, name: str, **update: Any) -> "Config":
        rule = registry.get(name)
        old = self._entry(rule.name)
        new = old.model_copy(update=update)
        rules = {k: v for k, v in self.rules.items() if _resolve_name(k) != rule.name}
        return Config(rules={**rules, rule.name: new}, events=self.events)

    def _entry(self, full: str) -> RuleConfig:
        for k, v in self.rules.items():
            if _resolve_name(k) == full:
                return v
        return RuleConfig()

    def enable(self, name: str) -> "Config":
        """A copy with the rule switched on."""
        return self._with(name, enabled=True)

    def disable(self, name: str) -> "Config":
        """A copy with the rule switched off."""
        return self._with(name, enabled=False)

    def tune(self, name: str, *, severity: Optional[str] = None, **settings: Any) -> "Config":
        """A copy with settings of one rule changed (merged over earlier ones)."""
        rule = registry.get(name)
        merged = _override_settings(dict(self._entry(rule.name).settings), settings)
        update: dict[str, Any] = {"settings": merged}
        if severity is not None:
            if severity not in SEVERITIES:
                raise ConfigError(f"severity {severity!r} is not one of {', '.join(SEVERITIES)}", type="config.invalid_value")
            update["severity"] = severity
        cfg = self._with(name, **update)
        cfg.resolve()  # fail now, not at check time
        return cfg

    def enabled_rules(self) -> list[str]:
        """Names of the rules that would run, sorted."""
        return [r.name for r, _, _ in self.resolve()]

    def resolve(self, source: Optional[str] = None) -> list[tuple[Any, BaseModel, Optional[str]]]:
        """(rule, validated settings, severity override) for every enabled rule.

        Raises ConfigError (naming ``source`` when given) for an unknown rule or setting.
        """
        where = f"{source}: " if source else ""
        entries: dict[str, RuleConfig] = {}
        for key, rc in self.rules.items():
            try:
                entries[registry.get(key).name] = rc
            except ConfigError as exc:
                raise ConfigError(f"{where}{exc}", type=exc.type) from None
        out = []
        for name in registry.available():
            rule = registry.get(name)
            rc = entries.get(name, RuleConfig())
            enabled = rc.enabled if rc.enabled is not None else getattr(rule, "enabled_by_default", True)
            settings = _settings(rule, rc.settings, where)
            if enabled:
                out.append((rule, settings, rc.severity))
        return out


def _resolve_name(key: str) -> str:
    try:
        return registry.get(key).name
    except ConfigError:
        return key


def _override_settings(base: dict, extra: Mapping) -> dict:
    """Settings with overrides: tables merge key by key, any other value (a list too) is
    replaced (vocabularies, unlike settings, grow: lexicon._extend_vocabulary)."""
    out = dict(base)
    for k, v in extra.items():
        out[k] = _override_settings(out[k], v) if isinstance(v, Mapping) and isinstance(out.get(k), dict) else v
    return out


def _settings(rule: Any, overrides: Mapping[str, Any], where: str) -> BaseModel:
    """The rule's settings: its defaults with the overrides merged in (nested tables merge
    key by key, so ``tolerance.count.exact = 0.05`` keeps the other tolerances)."""
    defaults = rule.Settings().model_dump()
    try:
        return rule.Settings.model_validate(_override_settings(defaults, overrides))
    except ValidationError as exc:
        problems = []
        unknown = all(e["type"] == "extra_forbidden" for e in exc.errors())
        for e in exc.errors():
            loc = ".".join(str(p) for p in e["loc"])
            if e["type"] == "extra_forbidden":
                known = ", ".join(rule.Settings.model_fields)
                problems.append(f"unknown setting {loc!r} (known: {known})")
            else:
                problems.append(f"setting {loc!r}: {e['msg']}")
        raise ConfigError(f"{where}rule {rule.name}: " + "; ".join(problems),
                          type="config.unknown_setting" if unknown else "config.invalid_setting") from None


# -- config files -------------------------------------------------------------------------
def load_config(path: Union[str, os.PathLike]) -> Config:
    """A Config from a TOML (.toml) or YAML (.yaml/.yml; also the fallback) file.

    The file holds a ``rules`` table keyed by rule name or type code::

        [rules.value_conflict]
        severity = "high"              # optional: fixed severity
        [rules.value_conflict.settings]
        time_window_days = 90
        [rules.unit_restatement]
        enabled = false

    Every problem is a ConfigError naming the file (and the line for syntax errors).
    """
    p = Path(path)
    try:
        if p.is_file() and p.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{p}: config file is over {MAX_CONFIG_BYTES:,} bytes: not a rules configuration", type="config.too_large")
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found", type="config.not_found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read config: {exc}", type="config.unreadable") from None
    data = _parse(text, p)
    _check_size(data, p)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: config must be a mapping with a 'rules' table, not {type(data).__name__}", type="config.invalid")
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        problems = []
        unknown = all(e["type"] == "extra_forbidden" for e in exc.errors())
        for e in exc.errors():
            loc = ".".join(str(x) for x in e["loc"])
            problems.append(f"unknown key {loc!r}" if e["type"] == "extra_forbidden" else f"{loc}: {e['msg']}")
        raise ConfigError(f"{p}: " + "; ".join(problems) + " (expected: [rules.<name>] with enabled, severity, settings)",
                          type="config.unknown_key" if unknown else "config.invalid_value") from None
    cfg.resolve(str(p))
    return cfg


MAX_CONFIG_BYTES = 1024 * 1024
MAX_CONFIG_NODES = 10_000
"""A rules configuration is a few dozen values; a YAML file whose aliases expand past
this many values ("billion laughs") is refused before anything walks it."""


def _check_size(data: Any, p: Path) -> None:
    """Count the values of parsed config data, through YAML aliases, up to the limit."""
    seen, todo = 0, [data]
    while todo:
        node = todo.pop()
        seen += 1
        if seen > MAX_CONFIG_NODES:
            raise ConfigError(f"{p}: config expands to over {MAX_CONFIG_NODES:,} values (YAML aliases?): not a rules configuration",
                              type="config.too_large")
        if isinstance(node, dict):
            todo.extend(node.keys())
            todo.extend(node.values())
        elif isinstance(node, (list, tuple)):
            todo.extend(node)


def _parse(text: str, p: Path) -> Any:
    try:
        return _parse_text(text, p)
    except RecursionError:
        raise ConfigError(f"{p}: config nested too deeply", type="config.too_deep") from None


def _parse_text(text: str, p: Path) -> Any:
    if p.suffix.lower() == ".toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            line = f", line {m.group(1)}" if m else ""
            raise ConfigError(f"{p}{line}: malformed TOML: {str(exc).split(' (at')[0]}", type="config.malformed") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{p}{line}: malformed YAML: {getattr(exc, 'problem', None) or exc}", type="config.malformed") from None


def _coerce(config: Union[None, Config, Mapping[str, Any], str, os.PathLike]) -> tuple[Config, Optional[str]]:
    if config is None:
        return Config(), None
    if isinstance(config, Config):
        return config, None
    if isinstance(config, (str, os.PathLike)):
        return load_config(config), str(config)
    try:
        return Config.model_validate(config), None
    except ValidationError as exc:
        raise ConfigError(f"invalid config: {exc}", type="config.invalid") from None


# -- the engine -----------------------------------------------------------------------------
def _what(c: Claim) -> str:
    return "|".join((c.kind, c.compare_as or c.subject or "-", c.predicate or "-"))


def _key(c: Claim, scope: Optional[str], event: str) -> str:
    return "|".join((_what(c), scope or "-", event))


def _placed_keys(claims: Sequence[Claim], event_of) -> dict[tuple[str, str], set[str]]:
    """(kind|subject|predicate, event) -> the places (not narrowed to a part of one:
    "northern Hodeidah", "the Hodeidah port") that the claims give it."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        if c.scope is not None and c.key is not None:
            out[(_what(c), event_of(c))].add(c.scope if c.scope == c.place else "")  # a narrowed one makes it ambiguous
    return out


def _named_in_roles(claims: Sequence[Claim], event_of) -> dict[str, set[str]]:
    """event -> the named people whose age a report gives as the event's suspect's ("Ada
    Corbin, 61, was arrested": ``role`` arrested, ``compare_as`` "age of ada corbin"); and
    "event|role" -> those a report names in a role the event has one of ("The gunman, Kyle
    Dorsey, 25": ``role`` gunman)."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.role == SUSPECT_ROLE and c.compare_as and not c.compare_as.startswith(_UNNAMED_SUSPECT):
            out[event_of(c)].add(c.compare_as)
        elif c.role and c.compare_as:
            out[f"{event_of(c)}|{c.role}"].add(c.compare_as)
    return out


_UNDATED = "undated"
"""The month of an age in the reports of an event no report dates."""

_AGE_OF = "age of "
_UNNAMED_SUSPECT = f"{_AGE_OF}{SUSPECT_ROLE} "
"""How the age of a suspect no report names is keyed ("age of arrested woman")."""


def _as_the_one_named(c, named_in: dict[str, set[str]], event_of):
    """The age of a suspect a report does not name ("officers arrested a 57-year-old woman") as
    the age of the one suspect the event's other reports name ("Ada Corbin, 61, was
    arrested"), and the age of a role the event has one of ("the gunman, 24,") as the age of
    the one person the reports name in it ("The gunman, Kyle Dorsey, 25,"); with two or more
    named, or none, it keeps its role's key."""
    if c.compare_as is None or not c.compare_as.startswith(_AGE_OF):
        return c
    if c.compare_as.startswith(_UNNAMED_SUSPECT):
        named = named_in.get(event_of(c), ())
    else:  # "the gunman, 24,": the one the event's reports name as its gunman
        named = named_in.get(f"{event_of(c)}|{c.compare_as[len(_AGE_OF):]}", ())
    return c._replace(compare_as=next(iter(named))) if len(named) == 1 else c


def _comparable_key(c: Claim, placed: dict[tuple[str, str], set[str]], event_of, lex: Lexicon) -> Optional[str]:
    """The claim's key with its event resolved across articles; a claim whose sentence and
    article name no place is about the place the other reports give the same figure of the
    same event, when they give exactly one ("Turnout was 74.38 percent" beside "turnout in
    Poland reached 74.4%"). A figure of the event itself (its magnitude) has the event's
    place, whatever place its sentence names."""
    if c.key is None:
        return None
    event = event_of(c)
    if is_open_noun(c.compare_as):
        return _open_noun_key(c, event, lex)
    if counts_a_crowd(lex, c, event) and not c.background and not c.partial:
        return _event_key(c.kind, ATTENDANCE, event)  # "a crowd of 17,846" at a game, wherever the sentence puts it
    if c.subject in lex.game_result_subjects and split_event(c.event or "")[2] is None:
        return None  # an undated report's score or stoppage: a team plays many games, whose reports share its names
    if c.subject in lex.event_properties and event != NO_EVENTS:
        # the event's own figure, of the event families it describes ("a depth" of a quake,
        # not of a mine disaster, which has many)
        family = lex.event_family(split_event(event)[0])
        return _key(c, None, event) if family is None or family in lex.event_properties[c.subject] else None
    if c.subject in lex.personal_properties:
        # one person's figure, inside one event of a known type; an age only between reports
        # of one month, as it changes with the years (a trial's report gives it two years on),
        # or between reports of an event that none of them dates; one that never changes (a
        # place in a line of a title's holders) in any event
        if lex.personal_properties[c.subject].standing and c.compare_as:
            return _key(c, None, NO_EVENTS)
        if split_event(event)[0] is None or not c.compare_as:
            return None  # nobody's ("a 12-year-old girl", "the minimum sentence")
        prop = lex.personal_properties[c.subject]
        if prop.families and lex.event_family(split_event(event)[0]) not in prop.families or prop.one_day and _another_day(c, event):
            return None  # a player's points outside a game, or in the game of another day
        if not prop.within_month:
            return _key(c, None, event)
        # as of the event reported, not of what the sentence dates ("Dunn, 45, was fired last
        # month"), unless the figure is of a background event ("in 1998 Dunn, 30, was jailed")
        month = ((c.as_of if c.background else _reported_day(c.event, event, lex) or c.as_of) or "")[:7]
        if not month and not c.background and split_event(event)[2] is None:
            month = _UNDATED  # reports of one event that none of them dates: of its one time, unknown
        return f"{_key(c, None, event)}|{month}" if len(month) == 7 or month == _UNDATED else None
    if lex.per_holder(c.subject, c.kind) and (lex.same_day(c.subject, c.kind, c.predicate) or lex.of_one(c.subject, c.kind)):
        # a record of one day is its holder's wherever the game was played; a climber's fall
        # is the climber's wherever the report is written
        return _key(c, None, event)
    if c.scope is not None:
        scope = _in_the_events_place(c.scope, event, lex)
        if scope == c.scope:
            scope = _one_other_place(c.scope, placed.get((_what(c), event), set()), event, lex)
        return _key(c, scope, event)
    named = placed.get((_what(c), event), ())
    return _key(c, next(iter(named)) if len(named) == 1 and "" not in named else None, event)


def _another_day(c: "_Facts", event: str) -> bool:
    """Whether the claim's sentence dates it to a day other than its event's ("scored 30 on
    Saturday" in the report of Tuesday's game), or to a day of an event that has none."""
    day = c.said_day
    return bool(day) and len(day) == 10 and day != split_event(event)[2]


def _in_the_events_place(scope: str, event: str, lex: Lexicon) -> str:
    """A figure's place, or the event's when the figure names only the state or country the
    event's town lies in ("kills three at Ohio warehouse" of a shooting in Dayton): a town the
    lexicon does not know may lie in it, one it knows must."""
    place = split_event(event)[1]
    return place if place is not None and place != scope and lex.may_lie_in(place, scope) else scope


def _one_other_place(scope: str, places: set[str], event: str, lex: Lexicon) -> str:
    """The event's place for a figure whose place is the one other place the reports give
    the same figure of the event, in the same country ("killed 75 in Padang" beside "105
    killed in Sumatra" of the Sumatra quake); with a third place ("30 in Padang", "20 in
    Pariaman") each place keeps its own figure."""
    place = split_event(event)[1]
    if place is None or places != {scope, place}:
        return scope
    a, b = lex.place_info(scope), lex.place_info(place)
    same_country = a is None or b is None or (a.country or scope) == (b.country or place)
    return place if same_country else scope


def _reported_day(own: Optional[str], resolved: str, lex: Lexicon) -> Optional[str]:
    """When an undated report was written: the day its lede gives its event, else the day
    the other reports give that event, if it names an incident of the same type (a trial's
    report, merged by its names with the crime's, was written years after it; a trial, an
    arrest or a death has steps months apart: a plea, then a verdict)."""
    (own_type, _, own_day), (type_, _, day) = split_event(own or NO_EVENTS), split_event(resolved)
    # (not of a game: a team plays many, whose reports share its names)
    same = own_type == type_ and (lex.incident(own_type) and own_type not in lex.one_day_event_types
                                  or own_type in lex.once_event_types)  # (a death's report: of the death's time)
    return own_day or (day if same else None)


def _open_noun_key(c: Claim, event: str, lex: Lexicon) -> Optional[str]:
    """A count of a noun no lexicon class covers ("three undersea cables") counts the same
    thing as another only inside one event of a known type: the noun phrase alone names no
    referent across events, places or standing facts. Inside the event its place stands
    for the figure's, which the sentence often names more narrowly ("off Alexandria"), and a
    list's first item may miss the verb its last one has ("six rifles, 12 magazines and 300
    rounds were confiscated"). Not in an event whose sides each have their own (a game's
    "two games won", events.yaml ``open_nouns``)."""
    type_ = split_event(event)[0]
    if c.partial or type_ is None or type_ in lex.sided_event_types:
        return None
    # its predicate is told apart by value_conflict, where a figure with none joins those with one
    return _event_key(c.kind, c.compare_as, event)


def _event_key(kind: str, what: str, event: str) -> str:
    """A key of what a figure counts inside its event, with no predicate or place."""
    return "|".join((kind, what, "-", "-", event))


class _Facts(NamedTuple):
    """What the engine reads of a claim to group it by key, under the claim's own names (so
    :func:`_comparable_key` and ``event_of`` read it as they read a claim; ``as_of`` is its
    ``time.as_of``): kept while the claims themselves are packed."""

    kind: str
    compare_as: Optional[str]
    subject: Optional[str]
    predicate: Optional[str]
    scope: Optional[str]
    place: Optional[str]
    key: Optional[str]
    event: Optional[str]
    background: bool
    doc: str
    partial: bool
    as_of: Optional[str]
    role: Optional[str]
    said_day: Optional[str] = None  # the day its sentence names, not its article's publication


class _Dated(NamedTuple):
    """What ``event_of`` reads of a date that names its article's event's day."""

    event: str
    background: bool
    doc: str


class _Grouping:
    """The positions of the claims by what the rules' ``group_by`` cuts them by, gathered as
    they are extracted (``hows``: the cuts the enabled rules use), and the first claim of
    each document with a main event: the claims are not read again to group them."""

    def __init__(self, hows: set[Optional[str]]):
        self.hows, self.count = hows, 0
        self.keyed: list[tuple[int, _Facts]] = []
        self.by: dict[str, dict[Any, list[int]]] = {"document": defaultdict(list), "sentence": defaultdict(list),
                                                    "action": defaultdict(list)}
        self.dated_events: list[tuple[int, _Dated]] = []  # the dates that name their article's event's day
        self.eventful: dict[str, Claim] = {}
        self.day_named: dict[str, Claim] = {}  # a claim of each document whose sentence names its event's day

    def add(self, c: Claim) -> None:
        i, self.count = self.count, self.count + 1
        if "key" in self.hows and c.key is not None:
            self.keyed.append((i, _Facts(c.kind, c.compare_as, c.subject, c.predicate, c.scope, c.place, c.key, c.event,
                                         c.background, c.doc, c.partial, c.time.as_of, c.role,
                                         c.time.as_of if c.time.source == "sentence" else None)))
        if "document" in self.hows:
            self.by["document"][c.evidence.doc].append(i)
        if "sentence" in self.hows:
            self.by["sentence"][(c.evidence.doc, c.evidence.sentence_start)].append(i)
        if "action" in self.hows and c.kind == Kind.DATE and c.subject and c.holder:
            self.by["action"][(c.subject, c.holder)].append(i)  # what a date dates, and whom it is about
        if "event" in self.hows and c.kind == Kind.DATE and c.event is not None:
            self.dated_events.append((i, _Dated(c.event, c.background, c.doc)))  # "the quake struck on Monday"
        if c.event is not None and not c.background:
            self.eventful.setdefault(c.doc, c)
            if names_its_day(c):
                self.day_named.setdefault(c.doc, c)

    def groups(self, how: Optional[str], event_of, lex: Lexicon) -> list[list[int]]:
        """The groups of ``how``, as positions, in the order their first claims came."""
        if how is None:
            return [list(range(self.count))]
        if how in self.by:
            return list(self.by[how].values())
        if how == "event":  # the days of the events the articles report, by the event resolved across them
            by_event: dict[str, list[int]] = defaultdict(list)
            for i, d in self.dated_events:
                by_event[event_of(d)].append(i)
            return list(by_event.values())
        if how != "key":
            raise ConfigError(f"unknown group_by {how!r}: use 'key', 'document', 'sentence', 'action', 'event' or None",
                              type="rule.invalid")
        facts = [f for _, f in self.keyed]
        placed = _placed_keys(facts, event_of)
        named = _named_in_roles(facts, event_of)
        groups: dict[str, list[int]] = defaultdict(list)
        for i, f in self.keyed:
            k = _comparable_key(_as_the_one_named(f, named, event_of), placed, event_of, lex)
            if k is not None:
                groups[k].append(i)
        return list(groups.values())


# a group of more claims than this is given to its rule as a view that rebuilds each claim as
# it is read (a rule that groups by document sees every claim of a long document), a smaller
# one as a list of records
_VIEW_ABOVE = 10_000


def check(documents: Iterable[Document], config: Union[None, Config, Mapping[str, Any], str, os.PathLike] = None, *,
          lexicon: Optional[Lexicon] = None, claims: Optional[Iterable[Claim]] = None) -> Report:
    """Find the figures that cannot all be true.

    ``documents`` gives outlets and dates (and the text to extract from unless
    ``claims`` is given); ``config`` is a Config, a mapping of the same shape, or the
    path of a TOML/YAML file. Conflicts come most severe first, then by id.
    """
    report = check_packed(documents, config, lexicon=lexicon, claims=claims)
    return Report(documents=report.documents, claims=tuple(report.claims), conflicts=report.conflicts, rules=report.rules)


def check_packed(documents: Iterable[Document], config: Union[None, Config, Mapping[str, Any], str, os.PathLike] = None, *,
                 lexicon: Optional[Lexicon] = None, claims: Optional[Iterable[Claim]] = None) -> Report:
    """:func:`check`, but the report's ``claims`` is a :class:`~claimcheck.conflicts.store.ClaimStore`
    (a sequence that rebuilds each claim as it is read) instead of a tuple of records: the
    command line writes the report of a long document from it claim by claim, in a fraction
    of the memory (docs/reliability.md)."""
    cfg, source = _coerce(config)
    plan = cfg.resolve(source)
    lex = lexicon or default_lexicon()
    grouping = _Grouping({getattr(rule, "group_by", None) for rule, _, _ in plan})
    summaries, info, store, names_of = _read(documents, lex, claims, grouping)
    by_id = store.by_id()
    published_of = {d.id: d.published for d in info.values()}
    # the first claim of each document with a main event, and one that names its day: all
    # events_across reads of the claims
    firsts = list(grouping.eventful.values()) + list(grouping.day_named.values())
    event_of = events_across(names_of, published_of, firsts, cfg.events, lex).event_of
    cache: dict[Optional[str], list[list[int]]] = {}
    found: dict[str, Conflict] = {}
    for rule, settings, severity in plan:
        how = getattr(rule, "group_by", None)
        if how not in cache:
            cache[how] = grouping.groups(how, event_of, lex)
        ctx = RuleContext(rule=rule, settings=settings, lexicon=lex, claims_by_id=by_id, documents=info, severity=severity,
                          event_of=event_of)
        for group in cache[how]:
            for conflict in rule.check(store.view(group) if len(group) > _VIEW_ABOVE else [store[i] for i in group], ctx):
                found.setdefault(conflict.id, conflict)
    conflicts = sorted(found.values(), key=lambda c: (-SEVERITIES.index(c.severity), c.id))
    return trusted(Report, {"version": "1", "documents": tuple(summaries), "claims": store, "conflicts": tuple(conflicts),
                            "rules": tuple(r.name for r, _, _ in plan)})


def _read(documents: Iterable[Document], lex: Lexicon, given: Optional[Iterable[Claim]],
          grouping: _Grouping) -> tuple[list[DocumentSummary], dict[str, DocInfo], ClaimStore, dict[str, Counter[str]]]:
    """Summaries, rule infos, the claims (``given``, else extracted and packed), and the
    proper names of the documents, read one at a time: never the texts of all the documents
    at once."""
    summaries: list[DocumentSummary] = []
    info: dict[str, DocInfo] = {}
    claims = ClaimStore(packed=given is None)
    names_of: dict[str, Counter[str]] = {}
    stop = name_stopwords(lex)
    for d in documents:
        names_of[d.id] = article_names(d, stop)
        if d.id in info:  # one id, two texts: their claims would merge into one source
            raise InputError(d.id, "two documents share this id; give each its own", type="input.duplicate_id")
        info[d.id] = DocInfo(d.id, d.outlet, d.published)
        summaries.append(DocumentSummary(id=d.id, outlet=d.outlet, title=d.title, url=d.url, published=d.published,
                                         published_source=d.published_source, chars=len(d.text)))
        for c in iter_claims(d, lexicon=lex) if given is None else ():
            claims.append(c)
            grouping.add(c)
    for c in given or ():
        claims.append(c)
        grouping.add(c)
    return summaries, info, claims, names_of
