"""The number grammar's one pass over a text: its dates, then every quantity mention
outside them (:func:`scan`).

Each kind's rules live in its folder, ``claimcheck/kinds/<kind>/`` (the rules of a kind
and their corpus side by side); the shared number readers in :mod:`claimcheck.kinds.numbers`.
Here they are run: :class:`Patterns` compiles every kind's patterns once per lexicon
(:func:`patterns_for`); the core pattern is the kinds' rules tried in the order of
:data:`CORE`; :func:`find_mentions` takes its matches outside the dates, less the numbers
of telephone numbers, codes and eras (the candidate guards below), has
:mod:`claimcheck.pipeline.figures` read each as a figure, then runs the kinds' passes
over the figures read ("half a million", "6 ft 3 in", "M6.2", "its third week"). Every
mention records the rule that made it, Duckling-style ("<number> <unit>", "between
<number> and <number>", "a few <scale>").
"""

from __future__ import annotations

import re
import weakref
from typing import Optional

import regex

from ..kinds import DateMention, Mention, lowered, matches_at
from ..kinds import count, date, distance, duration, measure, money, numbers, percentage, ratio
from ..kinds.date import ago_count, ago_groups, ago_offset, find_dates
from ..kinds.numbers import number_parts, parse_words, read_words, split_word_runs
from ..lexicon import Lexicon, alternation
from ..text.rx import _rx, bound_all
from . import figures
from .figures import read_figures, regrouped, rise_before
from ..models import Kind

# the names importers use (claimcheck.quantities, pipeline.extract, pipeline.context, normalize.dates)
__all__ = ["CORE", "DateMention", "Mention", "Patterns", "ago_count", "ago_groups", "ago_offset", "find_dates", "find_mentions", "lowered",
           "parse_words", "patterns_for", "read_words", "rise_before", "scan"]

# The rules of the core pattern, in the order the alternation tries them: the first that
# matches at a position wins, so the longer and more specific forms come first.
CORE = (duration.A_UNIT, count.VAGUE, percentage.FRACTION_OF, percentage.IN, ratio.TO_ONE, ratio.TWICE, ratio.FOLD,
        percentage.SLASHED, count.NUMBER, count.NUMBER_WORDS)


class Patterns:
    """Every compiled regex of the grammar for one lexicon: the core pattern, what the
    figure reader and the cross-kind guards look for, and each kind's own patterns."""

    def __init__(self, lex: Lexicon):
        parts = number_parts(lex)
        self.digits = parts.digits
        self.core = regex.compile("|".join(rule.pattern(lex, parts) for rule in CORE), regex.IGNORECASE)
        starters, self.core_trigger = _core_trigger(lex, parts)
        # the same positions, found by scanning runs of letters and a few signs (see _core_positions)
        self.core_words = frozenset(starters) | {"a", "an", "some"} if all(_LETTER_RUN.fullmatch(w) for w in starters) else None
        # a run of letters that is one of them: a trie of the words between two non-letters,
        # which the standard engine finds faster than it finds every run of letters
        self.core_word_runs = re.compile(r"(?<![a-z])" + alternation(self.core_words, boundary=False, literal=True) + r"(?![a-z])") \
            if self.core_words is not None else None
        # a digit right after a digit starts no figure (the trigger wants no word character,
        # or a code, before a digit, and no code ends with one): only a run's first is tried
        # (the set first: the engine skips to its characters; the test of the one before after)
        self.core_signs = re.compile(r"[\d\-." + "".join(map(re.escape, lex.numbers.vulgar_fractions)) + "]"
                                     + ("" if any(c[-1:].isdigit() for c in parts.codes) else r"(?<!\d\d)"))
        numbers.compile_patterns(self, lex, parts)
        count.compile_patterns(self, lex)
        figures.compile_patterns(self, lex)
        money.compile_patterns(self, lex)
        duration.compile_patterns(self, lex)
        measure.compile_patterns(self, lex)
        distance.compile_patterns(self, lex, parts)
        date.compile_patterns(self, lex, parts)
        bound_all(vars(self))


_PATTERNS: "weakref.WeakKeyDictionary[Lexicon, Patterns]" = weakref.WeakKeyDictionary()


def patterns_for(lex: Lexicon) -> Patterns:
    """The grammar's patterns for ``lex``, compiled once per lexicon (kept as long as it is)."""
    got = _PATTERNS.get(lex)
    if got is None:
        got = _PATTERNS[lex] = Patterns(lex)
    return got


def _core_trigger(lex: Lexicon, parts):
    """Where a figure can start, on ASCII-lowered text: a digit or a number word (the
    words that start one, and the pattern)."""
    n = lex.numbers
    codes = parts.codes
    starters = set(parts.number_words) | set(n.signs) | {"half", "twice", "thrice", "few", "several", "tens", "handful", "dozens",
                                                         "scores"}
    starters |= {w for u in n.long_units for w in (u, u + "long")}  # "decade-long", "weeklong"
    starters |= {w.split()[0] for w in list(n.vague) + list(n.fractions) + list(n.vague_multipliers)}
    starters -= {"a", "an", "some"}  # too common to try everywhere: only before what they can start
    after_a = sorted({w.split()[1] for w in list(n.vague) + list(n.vague_multipliers) if w.startswith("a ")}
                     | set(n.fractions) | {"hundred", "thousand", "million", "billion", "dozen", "few", "handful", "half"}
                     | {f.lower() for u in lex.units.units if u.kind in (Kind.DURATION, Kind.DISTANCE) or u.unit == "percentage point"
                        for f in u.forms if f.replace(" ", "").isalpha() and len(f) > 2}, key=len, reverse=True)
    return starters, re.compile(
        # one digit test first, then the lookbehinds: the re engine tries each alternative at
        # every position, and fifty glued-code lookbehinds ("EUR40m", "RM2.05") cost a third of a scan
        r"(?=\d)(?:(?<![\w.,])" + "".join(f"|(?<={re.escape(c.lower())})" for c in codes + [a for a in lex.ascii_prefix if a[-1:].isalpha()]) + r")"
        r"|(?<![\w.,%-])-(?=\d)|\.(?<![^\s(~]\.)(?=\d)|" + (("[" + "".join(n.vulgar_fractions) + "]|") if n.vulgar_fractions else "") +
        r"(?<![\w-])(?:" + alternation(starters, boundary=False, literal=True) + r"(?![\w])"
        r"|(?:an?|some)\s+(?=(?:" + "|".join(map(re.escape, after_a)) + r"|\d)(?![\w]))|[a-z]+-?fold(?![\w]))")


_LETTER_RUN = re.compile(r"[a-z]+")  # a linear scan: no time bound needed


def _core_positions(low: str, pats: Patterns) -> list[int]:
    """Where ``pats.core_trigger`` fires in ``low``, as its ``finditer`` finds them, but
    tried only where it can: at a digit, a sign or a vulgar fraction, at a run of letters
    that is a starter word ("three", "a", "several"), and before "fold" ("twofold",
    "two-fold"). Scanning runs of letters is three times cheaper than trying the trigger's
    alternatives at every character (the trigger's alternatives after a letter all need one
    of these words there)."""
    trigger = pats.core_trigger
    if pats.core_words is None:  # a lexicon with starters that are not plain words
        return [t.start() for t in trigger.finditer(low)]
    tries = [m.start() for m in pats.core_signs.finditer(low)]
    tries += [m.start() for m in pats.core_word_runs.finditer(low)]
    at = low.find("fold")
    while at >= 0:
        p = at - 1 if low[at - 1:at] == "-" else at
        while p > 0 and "a" <= low[p - 1] <= "z":
            p -= 1
        tries.append(p)
        at = low.find("fold", at + 4)
    out = []
    last = 0
    for p in sorted(set(tries)):
        if p < last:
            continue
        t = trigger.match(low, p)
        if t is not None:
            out.append(p)
            last = t.end()
    return out


def scan(text: str, lex: Lexicon, words=None, low: Optional[str] = None) -> tuple[list[DateMention], list[Mention]]:
    """The grammar's one pass over a normalized text: its dates, then every quantity
    mention outside them. ``claimcheck.quantities`` returns the mentions as they are;
    ``claimcheck.extract`` binds them to their context."""
    low = low if low is not None else lowered(text)
    dates = find_dates(text, patterns_for(lex), words, low)
    return dates, find_mentions(text, lex, [(d.start, d.end) for d in dates], low)


def find_mentions(text: str, lex: Lexicon, taken: list[tuple[int, int]], low: Optional[str] = None) -> list[Mention]:
    """Every quantity mention in ``text`` outside the ``taken`` spans (dates)."""
    pats = patterns_for(lex)
    low = low if low is not None else lowered(text)
    # "with 3:27 remaining": a game clock, read whole before its digits can be read apart
    clocks = duration.game_clocks(text, pats) if pats.clock_left is not None and ":" in text else []
    taken = sorted(list(taken) + [(c.start, c.end) for c in clocks])
    raw = split_word_runs(_candidates(text, low, pats, taken), text, lex, pats)
    mentions = read_figures(raw, text, lex, pats)
    mentions = distance.two_unit_amounts(count.bounded_ranges(percentage.scaled_parts(mentions, text, lex), text), text, lex, pats)
    if pats.glued_code is not None:
        found = measure.glued_code_figures(text, pats, mentions, taken)
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    if pats.decade_age is not None and ("0s" in low or "0's" in low or "ties" in low):  # "in his 60s", "in her thirties"
        found = measure.decade_ages(text, pats, lex, mentions, taken)
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    if pats.ordinal_duration is not None:
        found = duration.ordinal_durations(text, low, lex, pats, mentions, taken)
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    if pats.record_counts is not None:
        found = count.win_loss_records(text, pats, mentions, taken)
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    if pats.final_score_counts is not None:
        found = count.final_scores(text, pats, mentions, taken)  # (after the records: "improved to 21-6" is one)
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    if pats.stoppage_count is not None and (" round" in low or "-round" in low):  # (not "around")
        found = count.stoppage_rounds(text, pats, mentions, taken)
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    if pats.line_count is not None:
        found = count.line_places(text, pats, mentions, taken)  # "the 12th Doctor", "the third President"
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    return sorted(mentions + clocks, key=lambda x: x.start) if clocks else mentions


# -- candidates: the core pattern's matches, less the numbers that belong to something else

def _candidates(text: str, low: str, pats: Patterns, taken: list[tuple[int, int]]) -> list:
    """The core pattern's matches outside the dates, less the numbers of telephone numbers,
    codes, eras and ranges of dates or years."""
    raw = []
    ti = 0
    has_era = pats.era_word is not None and pats.era_word.search(text) is not None  # most texts name no era
    for m in matches_at(pats.core, text, _core_positions(low, pats)):
        s, e = m.span()
        while ti < len(taken) and taken[ti][1] <= s:
            ti += 1
        if ti < len(taken) and taken[ti][0] < e:
            m = regrouped(m, text, pats, taken[ti][1])  # "on May 5 100 people": the date, then 100
            if m is None:
                continue
            s, e = m.span()
            ti += 1
        if _ends_date_range(text, s, taken, ti):
            continue
        num = m.group("num")
        if num and (_in_digit_run(text, s, e, taken[ti - 1][1] if ti > 0 else 0) or _in_phone_number(text, s, e, pats)
                    or has_era and _year_of_era(text, s, e, num, pats) or _starts_year_range(text, e, num, taken, ti)):
            continue
        raw.append(m)
    return raw


def _ends_date_range(text: str, s: int, taken: list[tuple[int, int]], ti: int) -> bool:
    """The end of a date range: "Sept. 20-24", "the 2014-15 season"."""
    return ti > 0 and taken[ti - 1][1] == s - 1 and text[s - 1] == "-"


def _in_digit_run(text: str, s: int, e: int, floor: int) -> bool:
    """A number inside a run of digit groups: a telephone number or a code ("0800 123
    4567"), not thousands grouped by spaces."""
    if not (text[s - 2:s - 1].isdigit() and text[s - 1:s] in " -" or text[e:e + 1] in " -" and text[e + 1:e + 2].isdigit()):
        return False
    run = _rx(r"\+?\d{2,5}(?:[ -]\d{2,5}){2,}").search(text, max(s - 20, floor, 0), min(len(text), e + 20))
    return bool(run and run.start() <= s and e <= run.end() and not _rx(r"\d{1,3}(?: \d{3})+").fullmatch(run.group()))


# a local telephone number, with an area code or not: "745-4811", "(212) 555-7890"
_PHONE = regex.compile(r"(?<![\w.,$-])(?P<area>\(\d{3}\)\s?|\d{3}-)?\d{3}-\d{4}(?![\w,-]|\.\d)")


def _in_phone_number(text: str, s: int, e: int, pats) -> bool:
    """Whether the number at s..e is part of a telephone number: three digits, a hyphen and
    four, after an area code or a phone word ("call 745-4811"; "300-1250 percent" is a range)."""
    if not (text[e:e + 1] == "-" or text[s - 1:s] in "-(" or text[e:e + 1] == ")") or pats.phone_before is None:
        return False
    for p in _PHONE.finditer(text, max(0, s - 14), min(len(text), e + 14)):
        if p.start() <= s and e <= p.end() and (p.group("area") or pats.phone_before.search(text, max(0, p.start() - 30), p.start())):
            return True
    return False


def _year_of_era(text: str, s: int, e: int, num: str, pats) -> bool:
    """A year of an era: "A.D. 1000", "300 BC" (dates.yaml eras)."""
    return bool(_rx(r"\d{1,4}").fullmatch(num) and (pats.era_before.search(text, max(0, s - 16), s) or pats.era_after.match(text, e)))


def _starts_year_range(text: str, e: int, num: str, taken: list[tuple[int, int]], ti: int) -> bool:
    """The start of a range of years whose end was read as a date: "between 1600 and 1900"."""
    if ti >= len(taken) or not _rx(r"\d{4}").fullmatch(num):
        return False
    gap = _rx(r"\s*(?:and|to|-|–|until|till)\s*").match(text, e)
    return gap is not None and gap.end() == taken[ti][0] and bool(_rx(r"\d{4}").match(text, taken[ti][0]))


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
