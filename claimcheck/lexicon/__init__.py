"""Vocabularies as schema-checked data, loaded once.

Every word the extractor knows (number words, qualifiers, units, subjects, predicates,
places, calendar words, attribution verbs) lives in ``claimcheck/lexicon/en/*.yaml``.
A :class:`Lexicon` is immutable; :meth:`Lexicon.extend` returns a new one with a user's
additions, so extraction stays a pure function of (document, lexicon, settings).
"""

from __future__ import annotations

import bisect
from array import array
import copy
import functools
import re
from importlib import resources
from typing import Any, Optional

import regex
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from ..text import rx as _rx
from ..errors import LexiconError
from ..text.forms import plural_word
from .trie import plain_alternation, trie_alternation

# libyaml's loader reads the lexicon ten times faster where PyYAML was built with it.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SECTIONS = ("numbers", "qualifiers", "units", "subjects", "predicates", "places", "dates", "attribution", "grammar", "events")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NumbersData(_Strict):
    ones: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    scale_abbreviations: dict[str, int]
    singles: dict[str, int]
    fractions: dict[str, float]
    # ordinals that are fractions only after a number word ("one fourth", "three eighths";
    # not "the Fourth of July")
    counted_fractions: dict[str, float] = {}
    vulgar_fractions: dict[str, float] = {}
    # words before a fraction that make it a period ("the past three quarters")
    not_fraction_before: list[str] = []
    half_alone_after: list[str] = []
    period_fractions: list[str] = []
    counted_scales: dict[str, int] = {}
    spaced_scale_abbreviations: list[str] = []
    signs: dict[str, int] = {}
    sign_not_after: list[str] = []
    decimal_words: list[str] = []
    ordinals: dict[str, int] = {}
    # units of time before "-long" or "long" ("decade-long", "weeklong"): one of the unit
    long_units: list[str] = []
    # units of time an ordinal counts so far ("its third week")
    ordinal_units: list[str] = []
    vague: dict[str, tuple[float, float]]
    vague_multipliers: dict[str, tuple[float, float]]
    identifier_words: list[str] = []
    identifier_hyphened: list[str] = []
    # words after "10m" that keep it ten metres rather than ten million
    metre_words: frozenset[str] = frozenset()
    # words after ".45" that make it a gun's calibre
    calibre_words: list[str] = []
    video_lines: list[int] = []
    idioms: list[str] = []
    # ages: nouns a "<noun>, 58," appositive is the age of; verbs after which "at 91" is an
    # age ("died at 91") and verbs an age directly follows ("turned 68")
    age_nouns: list[str] = []
    age_noun_pronouns: dict[str, list[str]] = {}
    age_at_verbs: list[str] = []
    decade_age_words: dict[str, int] = {}
    decade_age_parts: dict[str, tuple[int, int]] = {}
    decade_age_owners: list[str] = []
    age_verbs: list[str] = []
    # "a father of five": his children, not what the clause counts ("hitting a father of five")
    parent_nouns: dict[str, str] = {}
    # words before "745-4811" that make it a telephone number (an area code does too)
    phone_words: list[str] = []
    # a hyphened pair of bare numbers before or after these words is a score or a record
    score_after: list[str] = []
    score_before: list[str] = []
    record_now_before: list[str] = []
    record_before: list[str] = []
    record_after: list[str] = []
    record_part_after: list[str] = []
    record_apposed_not_after: list[str] = []
    record_counts: list[str] = []
    final_score_verbs: list[str] = []
    final_score_won: list[str] = []
    final_score_nouns: list[str] = []
    final_score_part_after: list[str] = []
    final_score_counts: list[str] = []
    age_bound_verbs: list[str] = []
    stoppage_verbs: list[str] = []
    stoppage_nouns: list[str] = []
    stoppage_count: Optional[str] = None
    line_titles: list[str] = []
    line_count: Optional[str] = None
    clock_left_after: list[str] = []
    # the grammar's own words (see numbers.yaml): verbs of change, comparisons after "three
    # times", what a rate can be per, words that keep "a week" a length, function words
    change_verbs: list[str] = []
    comparison_words: list[str] = []
    rate_nouns: list[str] = []
    not_rate_before: list[str] = []
    function_words: frozenset[str] = frozenset()


class QualifiersData(_Strict):
    exact: list[str] = []
    approximately: list[str]
    more_than: list[str]
    at_least: list[str]
    nearly: list[str]
    at_most: list[str]
    after: dict[str, str]
    lead_ins: list[str] = []  # between a verb and its figure: "cut another 2,000 jobs"
    estimate_words: list[str]


class UnitDef(_Strict):
    unit: str
    kind: str
    pint: Optional[str] = None
    forms: list[str]
    prefix: list[str] = []
    # ASCII stand-ins a transliterator leaves for the sign ("PS3.4m" for £3.4m, "Y=410" for
    # ¥410); read only glued to an amount of two digits or more, so "PS5" stays a console
    ascii_prefix: list[str] = []
    as_unit: Optional[str] = None   # stated in another unit: "a decade" -> 10 year
    factor: float = 1
    # what a figure in this unit measures when the sentence names nothing else ("magnitude
    # 6.3"); with `subject_needs_predicate`, only when a predicate says what happened to it
    # ("burned 12,000 acres": the area destroyed; "a 400-hectare park" stays unkeyed)
    subject: Optional[str] = None
    subject_needs_predicate: bool = False
    # an amount of a substance: "3.2 tonnes of cocaine" is keyed by what follows "of"
    of_substance: bool = False
    # nouns a bare decimal right before stands in this unit for ("a 7.0 quake": a magnitude,
    # while "7 quakes" stays a count)
    event_nouns: list[str] = []
    # letter codes glued to a decimal that stand for this unit ("M6.2"); not a prefix, so the
    # unit is still written back as its prefix ("magnitude 6.2")
    glued_codes: list[str] = []


class CompoundDef(_Strict):
    """A length or weight written in two units, the whole then its parts ("6 ft 3 in")."""

    whole: str         # unit name of the first figure
    part: str          # unit name of the second
    per: int           # parts in one whole
    part_forms: list[str] = []   # forms of the part read only after a whole ("in")


class UnitsData(_Strict):
    canonical: dict[str, str]
    # a measure keyed by its unit's subject is compared in one unit: area -> hectare
    canonical_subjects: dict[str, str] = {}
    units: list[UnitDef]
    case_sensitive: list[str] = []
    # words near a bare "pounds" that make it a weight, not money (stems)
    mass_cues: list[str] = []
    # words right before "pounds" that make it money whatever is near ("cost 40 pounds")
    money_cues: list[str] = []
    # nouns after "<number>-pound" that make it money ("a 50-pound note"), not a weight
    money_nouns: list[str] = []
    compounds: list[CompoundDef] = []


class ByVerbDef(_Strict):
    verbs: list[str]
    nouns: list[str]


class CountedDef(_Strict):
    unit: str
    words: list[str]
    # each party or candidate has its own figure ("won 194 seats"): figures are compared only
    # between claims about the same holder
    per_holder: bool = False
    # a standing that changes from one day to the next (a team's games won): compared only
    # between claims that hold on the same known day
    same_day: bool = False
    # "cut 4,000 jobs": a count of one of `nouns` right after one of `verbs` is this subject
    by_verb: Optional[ByVerbDef] = None


class ShareDef(_Strict):
    words: list[str]
    context_scope: bool = True
    # a national figure ("inflation", "the key rate"): with no place in its sentence it is
    # about the article's country, not its city
    national: bool = False
    # a rate, not a share of something: "inflation was 61.4%", not "61.4% of the inflation"
    rate: bool = False
    per_holder: bool = False  # as for counted subjects: "won 35.4% of the vote"
    same_day: bool = False  # as for counted subjects: "15 percent contained" holds for one day


class DurationSubjectDef(_Strict):
    words: list[str]
    # words right before the figure that name it whatever noun follows ("served a 4-month
    # prison term": the time served)
    before: list[str] = []


class DistanceSubjectDef(_Strict):
    """What a distance measures, told by the words right around it: "a depth of 10 km"
    (``before``), "10 km deep" (``after``)."""

    before: list[str] = []
    after: list[str] = []
    per_holder: bool = False  # "the bus plunged 200 metres": the bus's, compared by holder
    # one of the event's people or things, wherever its sentence puts it; a person the
    # sentence picks out by age ("a 36-year-old climber fell") is compared as that age
    of_one: bool = False


class MoneyDef(_Strict):
    words: list[str]
    per_holder: bool = False  # "the US pledged $500m": each donor its own figure
    after: list[str] = []  # verbs the amount right after is this ("stole $4.2m": loot)


class PricesData(_Strict):
    """subjects.yaml ``prices``: how a price of one version of a product is told
    (``pipeline/bind/price.py``)."""

    cues: list[str] = []       # the words right before a price: "starts at", "costs", "sells for"
    changes: list[str] = []    # a change that ends at the price: "dropped $50 to $949"
    variants: dict[str, list[str]] = {}  # a version's measure and how it follows its number: inch: ["-inch", '"']
    dearer: list[str] = []     # words of a dearer version, whose price is not the product's: "upgraded"
    starting: list[str] = []   # the words of a line's starting price: "starts at", "prices starting at"
    model_suffixes: list[str] = []  # words after a model number that name another line: "Nova 7 Pro"
    specs: dict[str, list[str]] = {}  # a line's specification by the noun after its size: "a 6.4-inch display"


class BoughtForDef(_Strict):
    """The money subject a price after a verb of buying is ("buy Tallin for $2.1bn": a deal)."""

    subject: str
    verbs: list[str]
    valuing: list[str] = []  # "values Tallin at $2.4bn"
    name_suffixes: list[str] = []  # "Tallin Systems": the name is Tallin
    paying: list[str] = []  # "will pay $1.4bn for Tallin": the name after the price


class TimeInPrisonDef(_Strict):
    """ "will spend 10 years in prison" (a sentence), "spent 10 years in prison" (time served):
    the verb before the figure names the subject, when a place of prison follows it."""

    verbs: dict[str, list[str]]  # duration subject -> the verbs before the figure that give it
    places: list[str]


class SubjectsData(_Strict):
    population: list[str] = []
    counted: dict[str, CountedDef]
    shares: dict[str, ShareDef]
    durations: dict[str, DurationSubjectDef]
    money: dict[str, MoneyDef] = {}
    # words that value the noun before them ("gems worth $3m"): that noun is what the money
    # is, even inside a prepositional phrase ("got away with gems worth $3m")
    valued_by: list[str] = []
    bought_for: Optional[BoughtForDef] = None  # "buy Tallin for $2.1bn": the price of what was bought
    distances: dict[str, DistanceSubjectDef] = {}
    prices: PricesData = PricesData()
    modifiers: list[str]
    # where a group of people was, written right after the noun ("49 people on board", "one
    # person on the ground"): a subgroup of its own, by canonical name
    subgroups: dict[str, list[str]] = {}
    time_in_prison: Optional[TimeInPrisonDef] = None

    @model_validator(mode="after")
    def _bought_subject_exists(self) -> "SubjectsData":
        if self.bought_for is not None and self.bought_for.subject not in self.money:
            raise ValueError(f"bought_for names no money subject {self.bought_for.subject!r}")
        return self


class PredicateDef(_Strict):
    type: str
    words: list[str]
    duration: Optional[str] = None
    priority: int = 1
    of_people: Optional[str] = None
    population: bool = False
    # a bare count with this predicate counts people: "at least 50 were killed"
    counts_people: bool = False
    # words that govern only a figure after them: "a bus carrying 45 passengers", not "four
    # trucks carrying flour"
    before_only: list[str] = []
    as_people: list[str] = []  # "60,000 protesters rallied": a count of people
    same_day: bool = False  # a state that changes from day to day (the missing): compared on one known day only
    # the same, inside an incident that is over in a day (miners trapped after a blast are
    # rescued or found dead by the day), not inside a lasting event (a siege's besieged)
    same_day_in_incidents: bool = False


class ImpliedPredicateDef(_Strict):
    """What a noun says happened to what it counts ("18 lives": killed), and the vaguer
    classes it overrides ("18 lives were lost" is a toll, not a stock that was lost)."""

    predicate: str
    over: list[str] = []


class PredicatesData(_Strict):
    classes: dict[str, PredicateDef]
    implied_by_noun: dict[str, ImpliedPredicateDef] = {}

    @model_validator(mode="after")
    def _implied_classes_exist(self) -> "PredicatesData":
        for noun, d in self.implied_by_noun.items():
            unknown = [c for c in [d.predicate, *d.over] if c not in self.classes]
            if unknown:
                raise ValueError(f"implied_by_noun {noun!r} names no predicate class {', '.join(unknown)}")
        return self


_WIDE_PLACES = ("region", "province", "country")


class PlaceDef(_Strict):
    type: str = "place"
    country: Optional[str] = None
    aliases: list[str] = []
    demonyms: list[str] = []


class PlacesData(_Strict):
    places: dict[str, PlaceDef]
    join_word: str = "and"
    directions: list[str]
    compass: list[str] = []
    facilities: dict[str, list[str]]
    place_nouns: list[str]
    place_suffixes: list[str] = []
    title_ranks: list[str] = []  # "Deputy District Attorney": a title, no place
    anaphors: list[str]
    nationwide: list[str] = []
    worldwide: list[str] = []
    org_heads: list[str] = []   # "Bank of England": a name, not a place
    org_tails: list[str] = []
    origin_nouns: list[str] = []  # "a climber from Munich": where a person is from
    destination_words: list[str] = []  # "a vessel bound for Tangier": where a vehicle was going


class RelativeDef(_Strict):
    days: int = 0
    months: int = 0
    years: int = 0
    weekend: bool = False
    precision: str


class DatesData(_Strict):
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, RelativeDef]
    date_preps: list[str]
    eras: list[str] = []   # "A.D. 1000", "300 BC": the number is a year
    # one step of each unit for "<n> <unit>s ago" ("three weeks ago", "20 years ago"), n up to `ago_max`
    ago: dict[str, RelativeDef] = {}
    ago_max: int = 200
    start_verbs: list[str] = []  # "began four years ago": the start of a period
    # zone abbreviations that make "03.31 BST" or "0300 GMT" a clock time
    time_zones: list[str] = ["GMT", "UTC"]
    end_verbs: list[str] = []    # "... and ended in 2015": a period that no longer lasts
    future_words: list[str] = []  # "will host ... on March 10": a day of the coming year when its date has passed


class AttributionData(_Strict):
    speech_verbs: list[str]
    saying_verbs: list[str] = []
    not_before_figures: list[str] = []
    according_to: list[str]
    hedges: list[str]
    revisions: list[str]
    level_changes: list[str] = []
    pronouns: list[str]
    titles: list[str]
    source_nouns: list[str] = []
    forecast_words: list[str] = []
    passing_moments: list[str] = []


class VerbsData(_Strict):
    regular: list[str]
    forms: list[str]


class GrammarData(_Strict):
    verbs: VerbsData
    modals: list[str]
    pronouns: list[str]
    spacing_nouns: list[str] = []


class EventTypeDef(_Strict):
    family: str
    label: str
    words: list[str]
    participants: list[str] = []  # who takes part: the type of an article's event, no incident of their own
    weak: list[str] = []  # words that type an article's event only when its headline and lede name no other
    follow_up: bool = False
    open_nouns: bool = True  # a count of a noun no class covers is compared by its noun inside such an event
    one_day: bool = False  # it happens on one day (a game): reports of two days are of two events
    in_play: list[str] = []  # families whose words, in a report of it, are its play ("shooting 8 of 14")
    lasting: bool = False  # it goes on for days or months (a siege, a fire): its reports name many of its days
    lasts_days: Optional[int] = None  # at most how long one lasts: reports published further apart are of two
    once: bool = False  # it happens once to its person (a death): an undated report of it tells of that time
    one_person: bool = False  # its report is about one person (who died, who won a race): "the 27-year-old" is that one


class ActionDef(_Strict):
    """One dated action: how an explanation says it ("was indicted"), and the verb forms and
    nouns that name it ("indicted", "indictment")."""

    label: str
    words: list[str]
    nouns: list[str] = []
    once: bool = False  # it happens once to anyone (a birth, a death): two dates of it conflict however far apart
    event: Optional[str] = None  # the event type whose report's own step it is ("died" of a death)


class PersonalPropertyDef(_Strict):
    """A figure about one person (an age, a prison sentence): ``within_month`` when it
    changes with the years and is compared only between reports of one month."""

    within_month: bool = False
    needs_whom: bool = False   # the subject stands only with a person
    not_after: list[str] = []
    families: list[str] = []   # compared only inside events of these families (a player's points: in a game)
    one_day: bool = False      # of the event's day: a figure its sentence dates to another day is another's
    standing: bool = False     # it does not change: compared across events (a place in a line of title holders)
    phrase: str = "the {subject} of {who}"  # how an explanation says it ("the age of Tom Hale")


class StatByWordDef(_Strict):
    """A stat of a noun of many ("yards"), named by a verb or word near the figure."""

    nouns: list[str]
    words: list[str]


class GameStatsData(_Strict):
    """A player's figures in one game (events.yaml ``game_stats``): the stats by canonical
    name and their nouns, and the words that make a figure one of the game, of a career, or
    neither."""

    family: str
    stats: dict[str, list[str]]
    by_word: dict[str, "StatByWordDef"] = {}
    career_only: list[str] = []
    verbs: list[str]
    from_words: list[str] = []
    career: list[str] = []
    career_after: list[str] = []
    not_after: list[str] = []
    season: list[str] = []
    crowd: dict[str, list[str]] = {}  # subjects, predicates: the count of a game's crowd


class IntervalWordsData(_Strict):
    """How a gap between two steps of a story is written: "died eight days after (suffering)
    a stroke": the words after the figure (``after``) and those before the noun
    phrase that name no step (``skip``)."""

    after: list[str]
    skip: list[str] = []
    step_verbs: list[str] = []  # "suffered a stroke nine days earlier": the step named before the figure


class SubsetWordsData(_Strict):
    before: list[str]
    after: list[str]


class EventsData(_Strict):
    """events.yaml: event types, and the words that tell a figure's event and referent."""

    types: dict[str, EventTypeDef]
    not_events: list[str] = []
    background_days: int = 45
    incident_background_days: Optional[int] = None  # the same, for an incident of a day
    standing_verbs: list[str] = []
    tally_periods: list[str] = []
    past_moment_after: list[str] = []
    strongest_words: list[str] = []
    offence_verbs: list[str] = []
    origin_words: list[str] = []
    subset: SubsetWordsData
    generic_subjects: list[str] = []
    not_names: list[str] = []
    event_properties: dict[str, list[str]] = {}
    personal_properties: dict[str, PersonalPropertyDef] = {}
    unique_roles: list[str] = []
    suspect_verbs: list[str] = []
    named_events: dict[str, list[str]] = {}  # name_suffixes, name_titles: "the Cedar Gulch Fire", "Hurricane Ida"
    relations: dict[str, list[str]] = {}
    spouse_verbs: list[str] = []
    survivor_verbs: list[str] = []
    spouse_nouns: dict[str, str] = {}
    marriage_verbs: list[str] = []
    interval: Optional[IntervalWordsData] = None
    actions: dict[str, ActionDef] = {}
    not_charges: list[str] = []
    strike_verbs: list[str] = []
    happening_verbs: list[str] = []  # "the quake struck on Monday": between an event's word and its day
    game_stats: Optional[GameStatsData] = None
    other_incident_after: list[str] = []  # "three months after a reactor blast ...": another incident
    other_incident_after_long: list[str] = []  # "five years after the bridge collapsed": another incident
    kin: list[list[str]] = []  # types one incident is reported as by different articles


class BindingData(_Strict):
    """binding.yaml: the grammar words the binders (``pipeline/bind/``) read a sentence with.

    Read once per language by :func:`binding_words`, not a :class:`Lexicon` section: the
    binders hold them as module constants (a set lookup on the hot path), so
    ``Lexicon.extend`` could not change them."""

    stop_words: frozenset[str]
    verbs: frozenset[str]
    not_nouns: frozenset[str]
    determiners: frozenset[str]
    not_concepts: frozenset[str]
    not_holders: frozenset[str]
    prepositions: frozenset[str]
    collective_nouns: frozenset[str]
    ly_nouns: frozenset[str]
    partitive_determiners: frozenset[str]
    copulas: frozenset[str]
    temporal_conjunctions: frozenset[str]
    superlatives: frozenset[str]
    first_person: frozenset[str]
    possessives: frozenset[str]
    object_pronouns: frozenset[str]
    dimensions: frozenset[str]
    not_purposes: frozenset[str]
    third_person: frozenset[str]
    not_referent_words: frozenset[str]
    restrictive_prepositions: frozenset[str]
    generic_heads: frozenset[str]
    vehicles: frozenset[str]
    carried_in: frozenset[str]
    structures: frozenset[str] = frozenset()
    floors: frozenset[str] = frozenset()
    located_between: frozenset[str] = frozenset()
    irregular_plurals: dict[str, str]


_SCHEMAS: dict[str, type[BaseModel]] = {
    "numbers": NumbersData,
    "qualifiers": QualifiersData,
    "units": UnitsData,
    "subjects": SubjectsData,
    "predicates": PredicatesData,
    "places": PlacesData,
    "dates": DatesData,
    "attribution": AttributionData,
    "grammar": GrammarData,
    "events": EventsData,
}


def _event_day_gap(verbs: list[str]) -> "_rx.Pattern":
    """What may stand between an event's word and the day it happened on, on one line: a verb
    of happening, a place, an adverb, a preposition ("struck near Paruro early on", "broke
    out shortly after")."""
    sp = r"[^\S\n]+"
    verb = rf"(?:{sp}(?:was{sp}|were{sp})?{alternation(verbs)})?" if verbs else ""
    word = r"(?-i:\p{Lu}[\w'-]*)"  # a place's name: "Paruro", "the Gulf of Aden"
    place = rf"(?:{sp}(?:in|near|off|at|outside){sp}(?:the{sp})?{word}(?:{sp}(?:of{sp})?{word}){{0,2}})?"
    return _rx.compile(rf"(?i){verb}{place}(?:{sp}(?:early|late|shortly|just|overnight))?(?:{sp}(?:on|in|at|before|after|around|by))?[^\S\n]*")


def alternation(words, *, boundary: bool = True, lead: bool = True, reverse: bool = False, ignore_case: bool = False,
                literal: bool = False) -> str:
    """A regex alternation of literal phrases, longest first; spaces match any run of
    spaces and hyphens in a phrase match a hyphen or a space. Written as a trie, which
    ``regex`` runs faster than the phrases one by one (:mod:`claimcheck.lexicon.trie`);
    ``reverse``: for a pattern compiled with ``regex.REVERSE``, the phrases one by one;
    ``ignore_case``: for a pattern compiled IGNORECASE (letters of either case share a branch);
    ``literal``: spaces and hyphens match only themselves."""
    if reverse:
        return plain_alternation(words, boundary=boundary, lead=lead, literal=literal)
    return trie_alternation(words, boundary=boundary, lead=lead, ignore_case=ignore_case, literal=literal)


def fold(phrase: str) -> str:
    """The lookup form of a matched phrase: lower case, single spaces."""
    return " ".join(phrase.lower().replace("-", " ").split())


def verb_forms(verb: str) -> tuple[str, ...]:
    """A regular verb and its -s, -ed and -ing forms: "warn" -> warns, warned, warning;
    "rely" -> relies, relied; "prove" -> proves, proved, proving; "plan" is not doubled
    (the lexicon lists only verbs whose forms follow these rules)."""
    v = verb.lower()
    if v.endswith("ee"):
        return v, v + "s", v + "d", v + "ing"
    if v.endswith("e"):
        return v, v + "s", v + "d", v[:-1] + "ing"
    if v.endswith("y") and v[-2:-1] not in "aeiou":
        return v, v[:-1] + "ies", v[:-1] + "ied", v + "ing"
    if v.endswith(("s", "sh", "ch", "x", "z")):
        return v, v + "es", v + "ed", v + "ing"
    return v, v + "s", v + "ed", v + "ing"


class Lexicon:
    """All vocabularies of one language, validated (the grammar compiles its patterns from
    them: ``claimcheck.pipeline.mentions.patterns_for``).

    Build it with :func:`default_lexicon` (cached) or ``Lexicon(data)``.
    """

    def __init__(self, data: dict[str, Any]):
        self.data = data
        try:
            self.numbers = NumbersData.model_validate(data["numbers"])
            q = dict(data["qualifiers"])
            for cls in ("more than", "at least", "at most"):
                q[cls.replace(" ", "_")] = q.pop(cls, [])
            self.qualifiers = QualifiersData.model_validate(q)
            self.units = UnitsData.model_validate(data["units"])
            self.subjects = SubjectsData.model_validate(data["subjects"])
            self.predicates = PredicatesData.model_validate(data["predicates"])
            self.places = PlacesData.model_validate(data["places"])
            self.dates = DatesData.model_validate(data["dates"])
            self.attribution = AttributionData.model_validate(data["attribution"])
            self.grammar = GrammarData.model_validate(data["grammar"])
            self.events = EventsData.model_validate(data["events"])
        except KeyError as exc:
            raise LexiconError(f"lexicon section {exc.args[0]!r} is missing") from None
        except ValidationError as exc:
            raise LexiconError(f"lexicon data is invalid: {exc}") from None
        self._index()

    # -- construction -------------------------------------------------------------
    def extend(self, **sections: dict[str, Any]) -> "Lexicon":
        """A new lexicon with additions merged in, e.g.
        ``lex.extend(places={"places": {"Gotham": {"type": "city", "aliases": ["Gotham City"]}}})``.

        Mappings merge key by key (recursively); lists are extended.
        """
        unknown = set(sections) - set(SECTIONS)
        if unknown:
            raise LexiconError(f"unknown lexicon section(s): {', '.join(sorted(unknown))}; known: {', '.join(SECTIONS)}")
        data = copy.deepcopy(self.data)
        for name, extra in sections.items():
            data[name] = _extend_vocabulary(data[name], extra)
        return Lexicon(data)

    # -- indexes ------------------------------------------------------------------
    def _index(self) -> None:
        n = self.numbers
        self.word_values: dict[str, int] = {**n.ones, **n.tens}
        q = self.qualifiers
        self.qualifier_of: dict[str, str] = {}
        for cls, words in (("exact", q.exact), ("approximately", q.approximately), ("more than", q.more_than), ("at least", q.at_least),
                           ("nearly", q.nearly), ("at most", q.at_most)):
            for w in words:
                self.qualifier_of[fold(w)] = cls
        self.qualifier_after = {fold(k): v for k, v in q.after.items()}
        # what may stand between a verb and the figure it governs ("cut another 2,000 jobs"); a
        # qualifier is the figure's own ("stole about $4m": the figure reads "about $4m")
        self.verb_to_figure = r"\s+(?:(?:" + alternation(q.lead_ins, boundary=False) + r")\s+)*\Z" if q.lead_ins else r"\s+\Z"

        self.unit_by_name: dict[str, UnitDef] = {}
        self.unit_form: dict[str, UnitDef] = {}      # folded form -> unit
        self.unit_form_cs: dict[str, UnitDef] = {}   # exact-case forms
        self.unit_prefix: dict[str, UnitDef] = {}
        cs = set(self.units.case_sensitive)
        for u in self.units.units:
            self.unit_by_name.setdefault(u.unit, u)
            for f in u.forms:
                if f in cs:
                    self.unit_form_cs.setdefault(f, u)
                else:
                    self.unit_form.setdefault(fold(f), u)
            for p in u.prefix:
                self.unit_prefix.setdefault(p, u)
        g = self.grammar
        # verb forms and pronouns: where a noun phrase read for a holder or a concept stops
        self.verb_forms: frozenset[str] = frozenset(
            [f for v in g.verbs.regular for f in verb_forms(v)] + [f.lower() for f in g.verbs.forms] + [m.lower() for m in g.modals])
        self.pronouns: frozenset[str] = frozenset(p.lower() for p in g.pronouns)
        self.speech_forms: frozenset[str] = frozenset(w.lower() for w in self.attribution.speech_verbs if " " not in w)
        self.ascii_prefix: dict[str, UnitDef] = {p: u for u in self.units.units for p in u.ascii_prefix}
        # how a unit read before a figure is written back there: its shortest prefix ("$", "₹", "magnitude")
        self.unit_sign: dict[str, str] = {}
        for u in self.units.units:
            if u.prefix:
                self.unit_sign.setdefault(u.unit, min(u.prefix, key=len))

        self._index_subjects(self.subjects)

        # the first class that lists a word names it
        self.predicate_of = {fold(w): name for name, d in reversed(self.predicates.classes.items()) for w in d.words + d.before_only}
        self.predicate_before_only = frozenset(fold(w) for d in self.predicates.classes.values() for w in d.before_only)

        p = self.places
        self.place_alias: dict[str, str] = {}
        self.demonym_of: dict[str, str] = {}
        for name, d in p.places.items():
            for a in [name] + d.aliases:
                self.place_alias.setdefault(a, name)
            for dm in d.demonyms:
                self.demonym_of.setdefault(dm, name)
        self.facility_of: dict[str, str] = {}
        for name, words in p.facilities.items():
            for w in words:
                self.facility_of[fold(w)] = name

        self.month_of = {fold(k): v for k, v in self.dates.months.items()}
        # a future tense before a day and month in its sentence: "will host next year's awards on March 10"
        self.future_before = _rx.compile(r"(?i)(?<![\w])(?:" + alternation(self.dates.future_words, boundary=False)
                                         + r")(?![\w])[^.;!?]{0,80}\Z") if self.dates.future_words else None
        self.weekday_of = {fold(k): v for k, v in self.dates.weekdays.items()}
        self.relative_of = {fold(k): v for k, v in self.dates.relative.items()}

        self._index_events()

    def _index_subjects(self, s: SubjectsData) -> None:
        """What figures are of, by their words (subjects.yaml)."""
        self._index_counted(s)
        self.share_of: dict[str, str] = {}
        for name, d in s.shares.items():
            for w in d.words:
                self.share_of.setdefault(fold(w), name)
        self._index_money(s)
        self.valued_by = _rx.compile(r"(?i)(?<![\w])(?P<noun>[a-z]+)\s+(?:" + alternation(s.valued_by, boundary=False)
                                       + r")\s+(?:[a-z]+\s+){0,2}\Z") if s.valued_by else None
        self._index_deals(s)
        self._index_durations(s.durations)
        self.modifiers = {fold(m) for m in s.modifiers}
        where = {fold(w): name for name, words in s.subgroups.items() for w in words}
        self.subgroup_of = where
        self.subgroup_after = _rx.compile(r"(?i)[ \t]+(?:who[ \t]+(?:were|was)[ \t]+)?(?P<w>" + alternation(where, boundary=False)
                                          + r")(?![\w])") if where else None
        self._index_prices(s.prices)
        self._index_distances(s.distances)

    def _index_counted(self, s: SubjectsData) -> None:
        """What a count counts, by its noun (subjects.yaml ``counted``)."""
        self.counted_of: dict[str, tuple[str, str]] = {}
        for name, d in s.counted.items():
            for w in d.words + [name]:
                self.counted_of.setdefault(fold(w), (name, d.unit))
        # "cut 4,000 jobs", "eliminate 4,500 positions": the verb makes the count a subject
        self.counted_by_verb = [(name, frozenset(fold(n) for n in d.by_verb.nouns),
                                 _rx.compile(r"(?i)(?<![\w])" + alternation(d.by_verb.verbs, boundary=False) + self.verb_to_figure))
                                for name, d in s.counted.items() if d.by_verb]

    def _index_money(self, s: SubjectsData) -> None:
        """What an amount of money is, by the words around it (subjects.yaml ``money``)."""
        self.money_subject_of: dict[str, str] = {fold(w): name for name, d in s.money.items() for w in d.words}
        # "stole $4.2m", "stealing an estimated $4m": the verb right before the amount says what it is
        self.money_after = {fold(w): name for name, d in s.money.items() for w in d.after}
        self.money_after_verb = _rx.compile(r"(?i)(?<![\w])(?P<verb>" + alternation(list(self.money_after), boundary=False)
                                            + r")" + self.verb_to_figure) if self.money_after else None

    def _index_deals(self, s: SubjectsData) -> None:
        """ "buy Tallin Systems for about $2.1bn", "values Tallin at $2.4bn", "a $2bn deal for
        Tallin": the price of what was bought (subjects.yaml ``bought_for``)."""
        self.bought_subject = s.bought_for.subject if s.bought_for else None
        self.name_suffixes = frozenset(s.bought_for.name_suffixes) if s.bought_for else frozenset()
        b = s.bought_for
        valuing = (r"|(?:" + alternation(b.valuing, boundary=False) + r")\s+(?P<what>[^.;:]{1,60}?)\s+at") if b and b.valuing else ""
        # (what was bought may hold an abbreviation's point: "acquire Tallin Data Corp. for"),
        # or "acquire Tallin in a deal valued at": the deal's words after what was bought
        deal_words = alternation(s.money[b.subject].words, boundary=False) if b and b.subject in s.money else None
        in_a_deal = r"|in\s+an?\s+(?:[\w-]+\s+)?(?:" + deal_words + r")" if deal_words else ""
        bought = (r"(?i)(?<![\w])(?:(?:" + alternation(b.verbs, boundary=False) + r")\s+(?P<what>(?:[^.;:]|\.(?=[ \t]+[a-z])){1,60}?)\s+(?:for"
                  + in_a_deal + r")" + valuing + r")\s+") if b else None
        self.bought_for = _rx.compile(bought + r"(?:[a-z]+\s+){0,2}\Z") if bought else None
        self.bought_for_any = _rx.compile(bought) if bought else None  # anywhere before a price per share
        # "will pay $1.4bn for Tallin", "paid $2bn in cash for Tallin": a paying verb before, the name after
        self.paying_before = _rx.compile(r"(?i)(?<![\w])(?:" + alternation(b.paying, boundary=False) + r")" + self.verb_to_figure) \
            if b and b.paying else None
        self.paid_for_after = _rx.compile(r"(?:[ \t]+in[ \t]+(?:cash|stock)(?:[ \t]+and[ \t]+(?:cash|stock))?)?[ \t]+for[ \t]+(?:the[ \t]+)?"
                                          r"(?P<what>(?:[A-Z][\w&'’.-]*[ \t]*){1,4})")
        # "a $2.4bn deal for Tallin": the deal word right after the price (its money words)
        deal_words = s.money[b.subject].words if b else []
        self.deal_word_after = _rx.compile(r"(?i)[ \t]+(?:[\w-]+[ \t]+)?(?:" + alternation(deal_words, boundary=False)
                                           + r")(?![\w])") if deal_words else None

    def _index_durations(self, durations: dict[str, DurationSubjectDef]) -> None:
        """What a duration measures, by the words after it ("a three-year siege") and right
        before it ("served a 4-month prison term")."""
        self.duration_subject_of: dict[str, str] = {}
        for name, d in durations.items():
            for w in d.words + [name]:
                self.duration_subject_of.setdefault(fold(w), name)
        self.duration_first_words = frozenset(k.split()[0] for k in self.duration_subject_of)
        before = {fold(w): name for name, d in durations.items() for w in d.before}
        self.duration_before = (_rx.compile(r"(?i)(?<![\w])(?P<w>" + alternation(before, boundary=False) + r")\s+\Z"),
                                before) if before else None
        prison = self.subjects.time_in_prison
        self.prison_verb = {fold(v): name for name, verbs in prison.verbs.items() for v in verbs} if prison else {}
        self.prison_verb_before = _rx.compile(r"(?i)(?<![\w])(?P<w>" + alternation(list(self.prison_verb), boundary=False)
                                              + r")" + self.verb_to_figure) if prison else None
        self.prison_after = _rx.compile(r"(?i)\s+(?:" + alternation(prison.places, boundary=False) + r")(?![\w])") if prison else None

    def _index_other_times(self, ev: "EventsData") -> None:
        """The words that put a sentence's incident at another time than the article's."""
        # "41 years ago", "two decades ago": a past the sentence points to, dated or not
        long_ago = [u for u, d in self.dates.ago.items() if d.years or d.months]
        plurals = [plural_word(u) for u in long_ago]
        self.long_ago = _rx.compile(r"(?i)\b(?:\w+[\s-]+)?" + alternation(long_ago + plurals) + r"\s+ago\b")
        # "three months after a reactor blast": another incident, of another time (not "hours")
        # ("five years after the bridge collapsed": with a month or more, "the" too)
        units = [u for u, d in self.dates.ago.items() if d.precision != "day" or d.days]
        long = [u for u, d in self.dates.ago.items() if d.precision in ("month", "year")]
        shifts = [(units, ev.other_incident_after), (long, ev.other_incident_after_long)]
        self.other_incident_after = _rx.compile(r"(?i)\b(?:\w+[\s-]+)(?:" + "|".join(
            alternation(us + [plural_word(u) for u in us]) + r"\s+" + alternation(words)
            for us, words in shifts if us and words) + r")\s+") if ev.other_incident_after else None

    def _index_game_stats(self, g: Optional["GameStatsData"]) -> None:
        """A player's figures in one game: each stat and its career total a personal property
        of the game's day, and the patterns that tell a figure of the game from a career's."""
        self.game_stat_of: dict[str, str] = {fold(w): name for name, words in (g.stats if g else {}).items() for w in words}
        by_word = g.by_word if g else {}
        # noun -> [(stat, the words that name it)]: "yards" -> rushing yards after "rushed for"
        self.game_stat_by_word: dict[str, list[tuple[str, Any]]] = {}
        for name, d in by_word.items():
            said = _rx.compile(r"(?i)(?<![\w-])(?:" + alternation(d.words, boundary=False) + r")(?![\w-])")
            for noun in d.nouns:
                self.game_stat_by_word.setdefault(fold(noun), []).append((name, said))
        self.game_stat_by_word_names = frozenset(by_word)
        stats = list(g.stats if g else ()) + list(by_word)
        self.game_stat_names = frozenset(name for n in stats for name in (n, f"career {n}"))
        self.career_only_stats = frozenset(g.career_only if g else ())
        # the counts of a game the grammar reads (its final score, its stoppage round)
        n = self.numbers
        self.game_result_subjects = frozenset([fold(c) for c in n.final_score_counts] + ([fold(n.stoppage_count)] if n.stoppage_count else []))
        crowd = g.crowd if g else {}
        self.crowd_of_game = (g.family if g else "", frozenset(crowd.get("subjects", ())),
                              frozenset(crowd.get("predicates", ())) | {None})
        parts = crowd.get("parts")
        # "a paid attendance of" before the figure, "paying fans" after it: a part of the crowd
        self.crowd_part_before = _rx.compile(r"(?i)(?<![\w-])(?:" + alternation(parts, boundary=False)
                                             + r")\s+\w+\s+(?:of\s+)?(?:about\s+|some\s+|nearly\s+)?\Z") if parts else None
        self.crowd_part_after = _rx.compile(r"(?i)\s+(?:" + alternation(parts, boundary=False) + r")(?![\w-])") \
            if parts else None
        self.career_only_stats_of = frozenset(f"career {n}" for n in self.career_only_stats)  # their subjects
        self._index_final_score_cue(g)
        if g is None:
            return
        for name in list(g.stats) + list(g.by_word):
            # a tally of the game is compared in a game; a career's in any event (a player's
            # obituary, a game), of its one day
            for subject, families in ((name, [g.family]), (f"career {name}", [])):
                self.personal_properties.setdefault(subject, PersonalPropertyDef(
                    needs_whom=True, families=families, one_day=True, phrase="{who}'s tally of {subject}"))
        # a verb of the game's play, then at most three words (no sentence's end): "scored a game-high"
        self.game_stat_verb = _rx.compile(r"(?i)(?<![\w])" + alternation(g.verbs, boundary=False)
                                          + r"(?:\s+[\w'’-]+){0,4}?\s+\Z")
        self.game_stat_owner = _rx.compile(r"(?<![\w])[A-Z][\w'.-]*['’]s\s+(?:[\w-]+\s+)?\Z")  # "Pike's 21 points"
        self.game_stat_from = _rx.compile(r"\s+(?i:" + alternation(g.from_words, boundary=False)
                                          + r")\s+(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})") if g.from_words else None
        self.game_stat_career = _rx.compile(r"(?i)(?<![\w-])" + alternation(g.career, boundary=False) + r"(?![\w-])")
        self.game_stat_career_after = _rx.compile(r"(?i)\s+" + alternation(g.career_after, boundary=False) + r"(?![\w-])") \
            if g.career_after else _rx.compile(r"(?!)")
        self.game_stat_not_after = _rx.compile(r"(?i)(?<![\w-])" + alternation(g.not_after, boundary=False) + r"(?![\w-])")
        self.game_stat_season = _rx.compile(r"(?i)(?<![\w-])" + alternation(g.season, boundary=False) + r"(?![\w-])")

    def _index_events(self) -> None:
        ev = self.events
        self.event_type_of = {fold(w): name for name, d in ev.types.items() for w in d.words + d.participants + d.weak}
        self.weak_event_words = frozenset(fold(w) for d in ev.types.values() for w in d.weak)
        self.sided_event_types = frozenset(name for name, d in ev.types.items() if not d.open_nouns)  # a game's sides
        self.one_day_event_types = frozenset(name for name, d in ev.types.items() if d.one_day)
        self.lasting_event_types = frozenset(name for name, d in ev.types.items() if d.lasting)
        self.once_event_types = frozenset(name for name, d in ev.types.items() if d.once)
        self.one_person_event_types = frozenset(name for name, d in ev.types.items() if d.one_person)
        self.event_lasts_days = {name: d.lasts_days for name, d in ev.types.items() if d.lasts_days}
        self.in_play = {name: frozenset(d.in_play) for name, d in ev.types.items() if d.in_play}
        # a type -> the name of its kin: the types one incident is reported as (events.yaml `kin`)
        self.event_kin = {t: " ".join(group) for group in ev.kin for t in group}
        self.participant_words = frozenset(fold(w) for d in ev.types.values() for w in d.participants)
        self.not_charges = frozenset(fold(w) for w in ev.not_charges)
        # "assault rifles", "fire engines": longer phrases that hide the event word they hold
        self.event_phrases = PhraseMatcher(list(self.event_type_of) + ev.not_events)
        self.event_day_gap = _event_day_gap(ev.strike_verbs + ev.happening_verbs)  # "the quake struck on Monday"
        # "doubled their reward to ": a change that ends at the figure after it
        changes = self.attribution.level_changes
        self.level_change_before = _rx.compile(r"(?i)" + alternation(changes) + r"(?:\s+[\w'’-]+){0,3}\s+to\s+(?:US\s*)?\W?\Z") \
            if changes else None
        self._index_statistics(ev)
        # "has about 50 employees", "is home to some 12,000 people"; not "has lasted 5 years"
        self.standing_verbs = _rx.compile(r"(?i)" + alternation(ev.standing_verbs) + r"\s+(?:(?!\w+(?:ed|en)\s)\w+\s+){0,2}$")
        # "arrested a 57-year-old in the 1981 killings": the clause's verb before the figure
        self.offence_verb = _rx.compile(r"(?i)" + alternation(ev.offence_verbs)) if ev.offence_verbs else None
        # "Born in 1931 in Hull, Rourke married twice", "Tallin, founded in 2007, has 140 staff":
        # a birth or a founding date dates that alone
        self.origin_before = _rx.compile(r"(?i)" + alternation(ev.origin_words) + r"\s+(?:in\s+|on\s+)?\Z") if ev.origin_words else None
        self.subset_before = _rx.compile(r"(?i)" + alternation(ev.subset.before) + r"\s+$")
        self.subset_after = _rx.compile(r"(?i)^\s*" + alternation(ev.subset.after))
        self.generic_subjects = frozenset(fold(w) for w in ev.generic_subjects)
        self.spacing_nouns = frozenset(fold(w) for w in self.grammar.spacing_nouns)
        self._index_other_times(ev)
        self.event_properties = {name: frozenset(families) for name, families in ev.event_properties.items()}
        self.personal_properties = dict(ev.personal_properties)
        self._index_game_stats(ev.game_stats)
        self.personal_not_after = {name: _rx.compile(r"(?i)" + alternation(d.not_after)) for name, d in ev.personal_properties.items()
                                   if d.not_after}
        self.unique_roles = frozenset(fold(w) for w in ev.unique_roles)
        # capitalised words that name no one: months, weekdays and events.yaml not_names ("Police", "The")
        self.name_stopwords = frozenset(set(self.month_of) | set(self.weekday_of) | {fold(w) for w in ev.not_names})
        suffixes, titles = ev.named_events.get("name_suffixes", []), ev.named_events.get("name_titles", [])
        self.named_event_cues = tuple(w.split()[0] for w in suffixes + titles)  # a cheap test before the pattern
        name = r"[A-Z][a-z][\w-]*"
        self.named_event = _rx.compile(
            r"(?<![\w'’])(?:(?P<n1>" + name + r"(?:\s+" + name + r"){0,2})\s+(?-i:" + alternation(suffixes, boundary=False)
            + r")|(?-i:" + alternation(titles, boundary=False) + r")\s+(?P<n2>" + name + r"))(?![\w-])") if suffixes or titles else None
        # the suspect's verb before an age's person ("arrested a 57-year-old", "arrested Ada
        # Corbin, 61,") or after it ("a 57-year-old woman accused", "Corbin, 61, was arrested")
        verbs = alternation(ev.suspect_verbs, boundary=False) if ev.suspect_verbs else None
        self.suspect_before = _rx.compile(r"(?i)(?<![\w])" + verbs + r"\s+(?:an?\s+|the\s+|(?-i:(?:[A-Z][\w'.-]*\s+){0,3}"
                                          r"[A-Z][\w'.-]*),\s+(?:aged\s+)?)?\Z") if verbs else None
        # where a person is from (places.yaml origin_nouns): "a climber from Munich", "Albrecht,
        # 34, of Munich", "who had been living in Cardiff"; a demonym before the noun: "a German
        # climber"; and where a vehicle was going ("bound for Tangier", destination_words)
        nouns = alternation(self.places.origin_nouns, boundary=False) if self.places.origin_nouns else "(?!)"
        self.home_before = _rx.compile(r"(?i)(?<![\w])(?:" + nouns + r"\s+(?:originally\s+)?from|\d{1,3},\s+(?:originally\s+)?"
                                         r"(?:from|of)|originally\s+from|(?:who|but)\s+(?:had\s+been\s+|has\s+been\s+|was\s+)?(?:living|lives|lived)\s+in"
                                         r"|native\s+of" + ("|" + alternation(self.places.destination_words, boundary=False)
                                                              if self.places.destination_words else "") + r")\s+(?:the\s+)?\Z")
        self.home_after = _rx.compile(r"(?i)\s+(?:[\w-]+\s+)?" + nouns + r"(?![\w])")
        self.suspect_after = _rx.compile(r"(?i),?(?:\s+[\w'.-]+){0,4}?\s+(?:(?:was|were|is|has\s+been|had\s+been|have\s+been)\s+)?"
                                         + verbs + r"(?![\w])") if verbs else None
        self.relation_of = {fold(w): name for name, words in ev.relations.items() for w in words}
        self.survivor_verb = _rx.compile(r"(?i)\s+" + alternation(ev.survivor_verbs) + r"(?![\w])") if ev.survivor_verbs else None
        self.spouse_before = _rx.compile(r"(?i)" + alternation(ev.spouse_verbs) + r"\s+\Z") if ev.spouse_verbs else None
        # "married three times", "had wed twice": the count of a person's marriages
        self.marriage_before = _rx.compile(r"(?i)" + alternation(ev.marriage_verbs) + r"\s+\Z") if ev.marriage_verbs else None
        self._index_ages()
        self.action_of = {fold(w): name for name, d in ev.actions.items() for w in d.words + d.nouns}
        self.action_nouns = frozenset(fold(w) for d in ev.actions.values() for w in d.nouns)
        self.action_words = _rx.compile(r"(?i)" + alternation(list(self.action_of)))
        self.action_of_event = {d.event: name for name, d in ev.actions.items() if d.event}
        self._index_intervals(ev)

    def _index_final_score_cue(self, g: Optional["GameStatsData"]) -> None:
        """A game's final score in a headline or lede ("lifts Hollis Tech past Ardmore,
        27-20", "Ardmore 20, Hollis Tech 27"), which names a game as its strongest word does
        (numbers.yaml ``final_score_*``; the event type of the game family)."""
        n = self.numbers
        self.score_event_type = next((name for name, d in self.events.types.items() if g and d.family == g.family), None)
        if self.score_event_type is None or not n.final_score_verbs:
            self.final_score_cue = None
            return
        score = r"\d{1,3}-\d{1,3}(?![\w-]|[.,]\d)"
        verbs = alternation(n.final_score_verbs + n.final_score_won, boundary=False)
        self.final_score_cue = _rx.compile(
            r"(?<![\w])(?i:" + verbs + r")\s+(?:[\w'.&-]+,?\s+){0,5}?" + score + r"(?!\s+[a-z]+s\b)"
            r"|(?<![\w.,/:-])" + score + r"\s+(?i:" + alternation(n.final_score_nouns, boundary=False) + r")(?![\w])"
            r"|(?m:^(?:[A-Z][\w.'&-]*[ \t]+){1,4}\d{1,3},[ \t]+(?:[A-Z][\w.'&-]*[ \t]+){1,4}\d{1,3}[ \t]*$)")

    def _index_statistics(self, ev: EventsData) -> None:
        """The words that make a figure one of another event or of none: a count over a
        period, a property a superlative picks out, a person's figure of a recalled moment
        (events.yaml ``tally_periods``, ``strongest_words``, ``past_moment_after``)."""
        self.strongest_before = _rx.compile(r"(?i)(?<![\w])(?:" + alternation(ev.strongest_words, boundary=False)
                                            + r")(?![\w])[^,.;:]{0,25}\Z") if ev.strongest_words else None
        self.past_moment_after = _rx.compile(r"(?i)\s+(?:" + alternation(ev.past_moment_after, boundary=False)
                                             + r")(?![\w])") if ev.past_moment_after else None
        periods = alternation(ev.tally_periods, boundary=False) if ev.tally_periods else "(?!)"
        # (a year of four digits after "since" and a few words: "since its first ascent in 1865")
        self.tally_opens = _rx.compile(r"(?i)\W*(?:" + periods + r")(?![\w])")
        self.tally_after = _rx.compile(r"(?i)[^,;:.]{0,60}?(?<![\w])(?:(?:" + periods
                                       + r")(?![\w])|since\s+(?:[\w'’-]+\s+){0,5}?(?:1[5-9]|20)\d\d(?![\w]))")

    def _index_intervals(self, ev: EventsData) -> None:
        """The words of a gap between two steps of a story (events.yaml ``interval``)."""
        # "died eight days after (suffering) a stroke"
        iv = ev.interval
        self.interval_after = _rx.compile(
            r"(?i)\s+" + alternation(iv.after) + r"\s+(?:" + alternation(iv.skip) + r"\s+)*"
            r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})") if iv else None
        # "suffered a stroke nine days earlier", "a stroke suffered a week ago": the step before the figure
        dets = r"(?:a|an|the|his|her|their)\s+"
        np = r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
        steps = alternation(iv.step_verbs) if iv and iv.step_verbs else None
        self.interval_step_before = _rx.compile(
            r"(?i)(?<![\w])(?:(?P<v>" + steps + r")\s+(?:" + dets + r")?(?P<np>" + np + r")|" + dets + r"(?P<np2>" + np
            + r")\s+(?P<v2>" + steps + r"))\s+\Z") if steps else None
        self.interval_later = _rx.compile(r"(?i)\s+(?:earlier|ago|before)(?![\w-])(?!\s+(?:the|a|an|his|her|their|its|he|she|it|they)\b)")
        # "had married 12 days before the attack", "was married 12 days ago": an action
        # right before the figure, and the article's event (an incident word) or publication after it
        self.action_right_before = _rx.compile(r"(?i)(?<![\w-])(?P<w>" + alternation(list(self.action_of))
                                               + r")\s+(?:[\w'-]+\s+){0,2}?\Z")
        incidents = [w for d in ev.types.values() for w in d.words]
        self.before_the_event = _rx.compile(r"(?i)\s+(?:ago(?![\w-])|before\s+(?:[\w'-]+\s+){0,4}?(?:"
                                            + alternation(incidents) + r"))")

    def _index_ages(self) -> None:
        """The words around a person's age and the people named with one."""
        self.person_titles = frozenset(t for title in self.attribution.titles for t in (title, title.capitalize()))
        # role nouns a name may open with ("Actress Mara Quell"): not part of the name
        self.role_titles = frozenset(w.capitalize() for w in self.numbers.age_nouns)
        self.age_nouns = frozenset(self.numbers.age_nouns)
        # "a 34-year-old man ... identified him as": the pronoun that stands for an age's noun
        self.age_noun_pronoun = {fold(n): p for p, nouns in self.numbers.age_noun_pronouns.items() for n in nouns}
        # "died on Sunday at 91", "died in hospital at the age of 89": an age whose person is the
        # verb's subject (numbers.yaml age_at_verbs)
        ages_at = self.numbers.age_at_verbs
        self.age_at_verbs = frozenset(fold(w) for w in ages_at)
        self.age_at_before = _rx.compile(r"(?i)(?<![\w])" + alternation(ages_at, boundary=False) + r"(?![\w])[^.;,\d]{0,30}?"
                                         r"(?<![\w])at\s+(?:the\s+age\s+of\s+)?\Z") if ages_at else None
        # "four of those arrested were under 18": a bound after a copula, with no noun after, is an age
        verbs = self.numbers.age_bound_verbs
        self.age_bound_before = _rx.compile(r"(?i)(?<![\w])" + alternation(verbs, boundary=False) + r"\s+\Z") if verbs else None
        # "She was 85.", "Quell is 44", "his first officer, Ines Calado, is 33": the person a bare
        # number closing a clause is the age of (not "Kessel, who was 26 at the time of the
        # killings": an age at another time)
        self.person_was_before = _rx.compile(r"(?<![\w'-])(?P<who>[Hh]e|[Ss]he|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
                                             r",?\s+(?:was|is)\s+\Z")

    def _index_distances(self, distances: dict[str, DistanceSubjectDef]) -> None:
        """The words around a distance that say what it measures: "at a depth of about 10 km"
        (the qualifier is the figure's own), "10 km (6 miles) deep"."""
        self.distance_before = [(name, _rx.compile(r"(?i)(?<![\w-])" + alternation(d.before) + r"(?:\s+(?:was|is|of|at))?\s+\Z"))
                                for name, d in distances.items() if d.before]
        self.distance_after = [(name, _rx.compile(r"(?i)(?:\s*\([^()]{0,30}\))?\s+" + alternation(d.after) + r"(?![\w-])"))
                               for name, d in distances.items() if d.after]

    def _index_prices(self, p: PricesData) -> None:
        """The patterns of pipeline/bind/price.py: a cue ending right before a price, a
        version's size ("14-inch", '14"'), and "for the base 14-inch version" after one."""
        self.price_cue = _rx.compile(r"(?i)" + alternation(p.cues) + r"\s+(?:US\s*)?\Z") if p.cues else None
        self.price_change = _rx.compile(r"(?i)" + alternation(p.changes) + r"\s+(?:by\s+)?(?:US\s*)?[$€£]\s?[\d.,]+"
                                        r"(?:\s*(?:million|billion|m|bn))?\s+to\s+(?:US\s*)?\Z") if p.changes else None
        forms = {f: unit for unit, fs in p.variants.items() for f in fs}
        self.variant_unit = {fold(f.strip(" -")) or f: unit for f, unit in forms.items()}
        suffix = "|".join(regex.escape(f).replace(r"\ ", r"\s") for f in sorted(forms, key=len, reverse=True))
        self.variant = _rx.compile(r"(?<![\w.,$])(?P<n>\d{1,3}(?:\.\d)?)(?P<u>" + suffix + r")(?![\w-])") if forms else None
        self.price_dearer = frozenset(fold(w) for w in p.dearer)
        # a product line's name with its model number: "Nova 7", "Galaxy S24", "Nova 7 Pro"
        suffixes = r"(?:[ \t]+(?:" + alternation(p.model_suffixes) + r"))?" if p.model_suffixes else ""
        self.price_model_name = _rx.compile(r"(?<![\w-])[A-Z][a-z]\w*(?:[ \t]+[A-Z][a-z]\w*)?[ \t]+[A-Z]{0,2}\d{1,3}[A-Za-z]?"
                                            + suffixes + r"(?![\w-])") if p.starting or p.specs else None
        self.spec_of = {fold(w): name for name, words in p.specs.items() for w in words}
        self.spec_after = _rx.compile(r"(?i)\s+(?:[\w-]+\s+)?(?P<noun>" + alternation(list(self.spec_of)) + r")(?![\w-])") \
            if p.specs else None
        self.price_starting = _rx.compile(r"(?i)(?<![\w-])" + alternation(p.starting) + r"\s+(?:US\s*)?\Z") if p.starting else None

    def action_label(self, action: Optional[str]) -> Optional[str]:
        """How an explanation says a dated action: "was indicted"."""
        d = self.events.actions.get(action or "")
        return d.label if d else None

    def event_label(self, type_: Optional[str]) -> Optional[str]:
        d = self.events.types.get(type_ or "")
        return d.label if d else None

    def incident(self, type_: Optional[str]) -> bool:
        """An event of its own (a quake, a fire), not a step after one (an arrest)."""
        d = self.events.types.get(type_ or "")
        return bool(d and not d.follow_up)

    def event_family(self, type_: Optional[str]) -> Optional[str]:
        d = self.events.types.get(type_ or "")
        return d.family if d else None

    def place_info(self, name: str) -> Optional[PlaceDef]:
        return self.places.places.get(name)

    def wide_place(self, name: Optional[str]) -> bool:
        """A state, a province or a country: a place towns lie in."""
        info = self.places.places.get(name or "")
        return info is not None and info.type in _WIDE_PLACES

    def may_lie_in(self, town: str, wide: str) -> bool:
        """Whether ``town`` lies in the state or country ``wide``, or may (the lexicon does
        not know the town). The lexicon knows a place's country, not its state, so a known
        town lies only in its country."""
        info = self.places.places.get(town)
        return self.wide_place(wide) and not self.wide_place(town) and (info is None or info.country == wide)

    def per_holder(self, subject: Optional[str], kind: str) -> bool:
        """Whether figures of this subject belong to a holder each (votes, seats, support,
        pledges of aid)."""
        table = {"count": self.subjects.counted, "percentage": self.subjects.shares, "money": self.subjects.money,
                 "distance": self.subjects.distances}.get(kind, {})
        d = table.get(subject or "")
        return bool(d and d.per_holder)

    def of_one(self, subject: Optional[str], kind: str) -> bool:
        """Whether a figure of this subject is one person's or thing's of the event, wherever
        its sentence places it (how far someone fell): ``of_one`` distances."""
        d = self.subjects.distances.get(subject or "") if kind == "distance" else None
        return bool(d and d.of_one)

    def daily_in(self, predicate: Optional[str], event_type: Optional[str]) -> bool:
        """Whether a figure of this predicate, in an event of this type, is compared on one
        known day only: ``same_day_in_incidents`` outside the lasting event types."""
        d = self.predicates.classes.get(predicate or "")
        return bool(d and d.same_day_in_incidents and event_type and event_type not in self.lasting_event_types)

    @functools.cached_property
    def _same_day(self) -> frozenset[tuple[str, str]]:
        return frozenset([("count", n) for n, d in self.subjects.counted.items() if d.same_day]
                         + [("percentage", n) for n, d in self.subjects.shares.items() if d.same_day])

    @functools.cached_property
    def _same_day_predicates(self) -> frozenset[str]:
        return frozenset(n for n, d in self.predicates.classes.items() if d.same_day)

    def same_day(self, subject: Optional[str], kind: str, predicate: Optional[str] = None) -> bool:
        """Whether figures of this subject, or of this predicate, are compared only on one
        known day (a team's record, a fire's containment, the crews on a fire line, the
        missing)."""
        return (kind, subject) in self._same_day or predicate in self._same_day_predicates

    def share_def(self, subject: Optional[str]) -> Optional[ShareDef]:
        return self.subjects.shares.get(subject or "")

    def context_scope(self, subject: Optional[str]) -> bool:
        d = self.share_def(subject)
        return True if d is None else d.context_scope

    def predicate_type(self, predicate: Optional[str]) -> Optional[str]:
        d = self.predicates.classes.get(predicate or "")
        return d.type if d else None

    def predicate_priority(self, predicate: Optional[str]) -> int:
        d = self.predicates.classes.get(predicate or "")
        return d.priority if d else 0

    def compare_as(self, subject: Optional[str], predicate: Optional[str]) -> Optional[str]:
        """The subject a claim is compared under: "population" for the people of a place
        when the predicate is about all of them (trapped, displaced...), else the subject."""
        d = self.predicates.classes.get(predicate or "")
        if d is not None and d.population and subject in self.subjects.population:
            return "population"
        return subject

    def predicate_of_noun(self, noun: Optional[str], predicate: Optional[str]) -> Optional[str]:
        """The predicate a counted noun implies, when no verb says otherwise: "claimed 18
        lives" and "18 lives were lost" are killed, "saved 45 lives" stays rescued."""
        d = self.predicates.implied_by_noun.get(fold(noun)) if noun else None
        if d is not None and (predicate is None or predicate in d.over):
            return d.predicate
        return predicate

    def predicate_for_people(self, predicate: Optional[str]) -> Optional[str]:
        """The class a predicate takes when people are the subject ("stuck" -> trapped)."""
        d = self.predicates.classes.get(predicate or "")
        return (d.of_people or predicate) if d else predicate

    def counts_people(self, predicate: Optional[str]) -> bool:
        d = self.predicates.classes.get(predicate or "")
        return bool(d and d.counts_people)

    def predicate_duration_subject(self, predicate: Optional[str]) -> Optional[str]:
        d = self.predicates.classes.get(predicate or "")
        return d.duration if d else None


def _extend_vocabulary(base: Any, extra: Any) -> Any:
    """``extra`` added to a vocabulary: tables merge key by key and word lists grow (a user
    extends a list; settings, unlike vocabularies, replace theirs: conflicts.check)."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _extend_vocabulary(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    return extra


def load_section(name: str, lang: str = "en") -> dict[str, Any]:
    """Read one lexicon file shipped with the package."""
    try:
        text = resources.files("claimcheck").joinpath(f"lexicon/{lang}/{name}.yaml").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"no lexicon file {lang}/{name}.yaml") from None
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon file {lang}/{name}.yaml is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon file {lang}/{name}.yaml must hold a mapping")
    return data


@functools.lru_cache(maxsize=4)
def default_lexicon(lang: str = "en") -> Lexicon:
    """The shipped lexicon, loaded and compiled once per process."""
    return Lexicon({name: load_section(name, lang) for name in SECTIONS})


@functools.lru_cache(maxsize=4)
def binding_words(lang: str = "en") -> BindingData:
    """The grammar words of the binders (``lexicon/<lang>/binding.yaml``), loaded and checked once."""
    try:
        return BindingData.model_validate(load_section("binding", lang))
    except ValidationError as exc:
        raise LexiconError(f"lexicon file {lang}/binding.yaml is invalid: {exc}") from None


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


class PhraseMatcher:
    """Find lexicon phrases in ASCII-lowered text by dictionary lookup, word by word.

    One big regex alternation is tried at every position; a dict keyed by first word is
    tried only at word starts and stops after one lookup for most words, which makes
    scanning sentences for predicates, hedges and speech verbs many times faster.
    """

    def __init__(self, phrases):
        self.index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for p in phrases:
            words = tuple(_WORD.findall(fold(p)))
            if words:
                self.index.setdefault(words[0], []).append((words, fold(p)))
        self.first_words = frozenset(self.index)
        for v in self.index.values():
            v.sort(key=lambda wk: len(wk[0]), reverse=True)
        # what scan reads after a first word: the rest of each phrase, built once per matcher
        # (a one-word phrase, the common case, then costs no call of _continues)
        self._rests = {first: [(words[1:], key) for words, key in v] for first, v in self.index.items()}

    def finditer(self, words: "Words", start: int = 0, end: Optional[int] = None):
        """Yield (start, end, key) for each phrase between offsets ``start`` and ``end``,
        left to right, longest first, without overlaps; ``key`` is the phrase as ``fold``
        writes it. The whole text is scanned once per matcher; later calls bisect."""
        starts, hits = words.hits_of(self)
        stop = words.base + len(words.low) if end is None else end
        i = bisect.bisect_left(starts, start)
        while i < len(hits) and hits[i][0] < stop:
            if hits[i][1] <= stop:
                yield hits[i]
            i += 1

    def search(self, words: "Words", start: int = 0, end: Optional[int] = None):
        """The first match, or None."""
        return next(self.finditer(words, start, end), None)

    def scan(self, words: "Words") -> list[tuple[int, int, str]]:
        """Every phrase in a text, longest first, without overlaps: only the places where
        one of the phrases' first words occurs are looked at, and the words after them are
        read from the text on demand."""
        low, at, base = words.low, words.positions, words.base
        found = []
        for first in self.index.keys() & at.keys():
            cands = self._rests[first]
            length = len(first)
            for start in at[first]:
                end = start - base + length  # in ``low``, which starts at ``base``
                for rest, key in cands:
                    # _continues's first test, inline: most rests fail it, and a call each
                    # would cost more than the test
                    if rest and low.find(rest[0], end, end + 2 + len(rest[0])) < 0:
                        continue
                    stop = _continues(low, end, rest) if rest else end
                    if stop is not None:
                        found.append((start, stop + base, key))
                        break
        found.sort()
        out = []
        last = -1
        for start, stop, key in found:
            if start >= last:  # earlier and longer phrases win overlaps
                out.append((start, stop, key))
                last = stop
        return out


def _continues(low: str, pos: int, rest: tuple[str, ...]) -> Optional[int]:
    """Where ``rest`` ends if the words right after ``pos`` are ``rest`` (each word at most
    two characters after the last), else None."""
    for word in rest:
        # the word must be written within two characters of pos: a plain find rules out
        # most candidates before the regex reads the word
        if low.find(word, pos, pos + 2 + len(word)) < 0:
            return None
        m = _WORD.search(low, pos, pos + 3 + len(word))
        if m is None or m.group() != word or m.start() - pos > 2:
            return None
        pos = m.end()
    return pos


class Words:
    """The words of an ASCII-lowered text, found once and shared by every PhraseMatcher."""

    def __init__(self, low: str, first_words: Optional[frozenset[str]] = None):
        """``first_words``: the words phrases can start with (every word when None). Only
        those are indexed: most words of an article start no phrase."""
        self.low = low
        # the offset of ``low`` in the text the positions are offsets of: a window of a long
        # document is indexed alone, its offsets still the document's (see :meth:`moved`)
        self.base = 0
        # where each word starts; it ends len(word) later. An array of starts costs 8 bytes
        # an occurrence, a list of (start, end) tuples about 120: on a 15 MB document, the
        # difference is some 75 MB of peak memory (docs/reliability.md)
        self.positions: dict[str, array] = {}
        at = self.positions
        # one pass over every word of the document: the loop body is kept to a membership
        # test, with the lookups bound to locals
        for m in _WORD.finditer(low):
            w = m[0]
            if first_words is None or w in first_words:
                starts = at.get(w)
                if starts is None:
                    starts = at[w] = array("q")
                starts.append(m.start())
        self._hits: dict[int, tuple[list[int], list[tuple[int, int, str]]]] = {}

    def moved(self, base: int) -> "Words":
        """The same index for ``low`` standing at offset ``base`` of a longer text: every
        position ``base`` later (phrases found through it are offsets of that text)."""
        if base == 0:
            return self  # the text is the whole document: the index and the phrases found stand
        out = Words.__new__(Words)
        out.low, out.base, out._hits = self.low, self.base + base, {}
        out.positions = {w: array("q", [p + base for p in starts]) for w, starts in self.positions.items()}
        return out

    def text(self, start: int, end: int) -> str:
        """The lowered text between two offsets (of the text the positions are offsets of)."""
        return self.low[max(0, start - self.base):max(0, end - self.base)]

    def hits_of(self, matcher: PhraseMatcher) -> tuple[list[int], list[tuple[int, int, str]]]:
        """Every phrase of ``matcher`` in this text (and their start offsets), found once."""
        got = self._hits.get(id(matcher))
        if got is None:
            hits = matcher.scan(self)
            got = self._hits[id(matcher)] = ([h[0] for h in hits], hits)
        return got

