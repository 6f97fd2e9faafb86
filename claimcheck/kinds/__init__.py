"""The kinds of figure, each in a folder of its own: ``kinds/<kind>/__init__.py`` holds
that kind's mention rules (its patterns and the code that reads them), and
``kinds/<kind>/corpus.yaml`` its examples, negatives and known failures.

A rule is a :class:`Rule`: a name that reads like its pattern, Duckling-style ("<number>
to one", "a few <scale>"), the kind of figure it makes and, for the rules of the core
pattern, the regex text of its alternative. Every mention records the name of the rule
that made it (``Mention.rule``, and the claim's ``rule``); a corpus row may name the rule
that must read it, and the corpus test checks it. ``claimcheck.pipeline.mentions`` runs the
rules of every kind in one pass over the text, then the guards that span kinds.

To add a kind: a folder here with its ``__init__.py`` (a docstring, its ``RULES``, the
code that reads them) and its ``corpus.yaml``, and its name in :data:`KINDS`; a rule of
the core pattern also goes into ``claimcheck.pipeline.mentions.CORE``, where its place
in the order matters.

Shared here: the mention records, the readers every kind needs (the unit after a number,
whether a noun follows it, the qualifier before it) and the anchored scan. Number reading
is in :mod:`.numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..lexicon import Lexicon, UnitDef, fold
from ..text.rx import _rx

KINDS = ("count", "date", "distance", "duration", "measure", "money", "percentage", "ratio")


@dataclass(frozen=True)
class Rule:
    """A named rule of the grammar. ``pattern`` (for a rule of the core pattern) builds
    its alternative from the lexicon and the shared number parts; a rule without one is
    read by code after another match (a range, a unit, an age)."""

    name: str
    kind: str
    pattern: Optional[Callable] = field(default=None, compare=False, repr=False)


def corpus_path(kind: str) -> Path:
    """The corpus of ``kind``: its examples, negatives and known failures."""
    return Path(__file__).parent / kind / "corpus.yaml"


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    rule: str
    groups: dict
    since: bool = False  # "since 2013": the start of a period


@dataclass(slots=True)
class Mention:
    """A figure found in the text, before it is bound to its context."""

    start: int            # the whole span: qualifier .. unit
    end: int
    num_start: int        # the number expression alone
    num_end: int
    low: float
    high: float
    point: Optional[float]
    qualifier: str
    kind: str
    rule: str             # the name of the rule that read it (a Rule's name, or names joined)
    unit: Optional[UnitDef] = None
    surface_unit: Optional[str] = None
    word_number: bool = False     # written in words ("three", "a few")
    vague: bool = False
    fraction: bool = False
    scale: bool = False           # carried a scale word ("million")
    per: Optional[str] = None     # a rate's denominator: "$58 per barrel" -> "barrel"
    extra: dict = field(default_factory=dict)


def span_taken(s: int, e: int, mentions: list[Mention], taken) -> bool:
    """Whether ``s:e`` overlaps a mention already read or a span another kind has taken (a
    date): the late readers (records, scores, codes, decade ages) leave those alone."""
    return any(m.start < e and s < m.end for m in mentions) or any(a < e and s < b for a, b in taken)


def match_unit(text: str, pos: int, pats):
    """The longest unit written at ``pos`` ("%", " per cent", "-year", " km", "°C")."""
    best = None
    for rx in (pats.unit_ci, pats.unit_cs):
        um = rx.match(text, pos)
        if um is not None and (best is None or um.end() > best.end()):
            best = um
    tight = pats.unit_tight.match(text, pos)
    if tight is not None and (best is None or tight.end() > best.end()):
        best = tight
    deg = pats.degree_unit.match(text, pos)
    if deg is not None and (best is None or deg.end() >= best.end()):
        best = deg
    return best


def noun_follows(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a counted noun, a unit or a plural noun follows the figure ending at ``end``:
    then it counts something ("200 passengers", "12 sons"), whatever the words before it."""
    noun = _rx(r"[ \t-]+([A-Za-z]+)").match(text, end)
    w = fold(noun.group(1)) if noun else ""
    return w in lex.counted_of or w in lex.unit_form or len(w) > 3 and w.endswith("s") and w not in lex.verb_forms


def qualified(m_start: int, text: str, lex: Lexicon, pats) -> tuple[int, str]:
    """(start, qualifier) of a figure at ``m_start`` with the qualifier before it, if any
    ("nearly 3 in 10", "about 2/3")."""
    qm = pats.qual_before.search(text, max(0, m_start - 24), m_start)
    return (qm.start(), lex.qualifier_of.get(fold(qm.group("q")), "exact")) if qm else (m_start, "exact")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lowered(text: str) -> str:
    """ASCII lower case: the same length as ``text``, so offsets still agree."""
    # most normalized articles are all ASCII, where str.lower is the same and ten times faster
    if text.isascii():
        return text.lower()
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is two characters ("İ")
        return text.translate(_ASCII_LOWER)
    # str.lower, with the few characters outside ASCII put back as they were: translate
    # reads every character after the first of those through a dict, ten times slower
    parts, last = [], 0
    for m in _NOT_ASCII.finditer(text):
        parts += (low[last:m.start()], m.group())
        last = m.end()
    parts.append(low[last:])
    return "".join(parts)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")  # a linear scan: no time bound needed


def anchored(rx, trigger, text: str, lowered: Optional[str] = None, extra=()):
    """Like ``rx.finditer(text)``, but only tries ``rx`` where the cheap ``trigger`` fires
    (or at the ``extra`` positions).

    The full patterns are large alternations; trying them at every character costs
    ten times more than a first-letter scan with the standard ``re`` engine.
    """
    positions = [t.start() for t in trigger.finditer(lowered if lowered is not None else text)]
    if extra:
        positions = sorted(set(positions).union(extra))
    return matches_at(rx, text, positions)


def matches_at(rx, text: str, positions):
    """The matches of ``rx`` at ``positions`` (ascending), left to right and not overlapping."""
    last = 0
    for pos in positions:
        if pos < last:
            continue
        m = rx.match(text, pos)
        if m is not None and m.end() > pos:
            last = m.end()
            yield m
