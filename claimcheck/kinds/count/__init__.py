"""Counts: how many of something ("250 miners", "three people", "a few thousand", "a
dozen"). The generic number rules live here, as every other kind starts from them: a
number in digits ("<number>", with a scale: "1.5 million") or in words ("<number words>"),
and a vague amount ("a few <scale>"); a unit after the number ("<number> <unit>") makes
it another kind, and two numbers a range ("<number> to <number>"). A win-loss record
("the Hawks (10-5)") is two counts, of games won and lost.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Optional

import regex

from .. import Mention, Rule, span_taken
from ...lexicon import Lexicon, alternation, fold
from ...text.rx import _rx
from ..numbers import digits_rule, words_rule
from ...models import Kind


def _vague(lex: Lexicon, p) -> str:
    # a rule of the core pattern only, which is compiled IGNORECASE
    return r"(?P<vague>" + alternation(p.vague_phrases, ignore_case=True) + r")(?=\s+of\b|\s+\w|[\s,.;:)]|$)"


VAGUE = Rule("a few <scale>", Kind.COUNT, _vague)
NUMBER = Rule("<number>", Kind.COUNT, digits_rule)
NUMBER_WORDS = Rule("<number words>", Kind.COUNT, words_rule)
# names made by the figure reader from the ones above
WITH_UNIT = Rule("<number> <unit>", Kind.COUNT)  # a unit after the number: its kind is the unit's
RANGE = Rule("<number> to <number>", Kind.COUNT)
BETWEEN = Rule("between <number> and <number>", Kind.COUNT)
BETWEEN_UNITS = Rule("between <number> <unit> and <number> <unit>", Kind.COUNT)
BOUNDS = Rule("<lower bound> and <upper bound>", Kind.COUNT)  # "more than 15 and less than 25"
# "the Hawks (10-5)", "fell to 5-10", "a 9-5 season": a win-loss record, two counts
RECORD = Rule("<wins>-<losses> record", Kind.COUNT)
# "beat the Rovers 78-64", "a 78-64 win": a game's final score, two counts
FINAL_SCORE = Rule("<winner>-<loser> final score", Kind.COUNT)
# "stopped Vance in the seventh round", "a seventh-round knockout": the round of a stoppage
STOPPAGE_ROUND = Rule("stopped in the <ordinal> round", Kind.COUNT)
# "Mara Quell, the 12th Doctor": a place in a line of a title's holders
LINE_PLACE = Rule("the <ordinal> <title>", Kind.COUNT)

RULES = (VAGUE, NUMBER, NUMBER_WORDS, WITH_UNIT, RANGE, BETWEEN, BETWEEN_UNITS, BOUNDS, RECORD, FINAL_SCORE, STOPPAGE_ROUND,
         LINE_PLACE)


# a capitalised word of a name: "Hawks", "A&M", "O'Neal", "St." and "J." (a word that ends a
# sentence, "Sunday.", is none)
_NAME_WORD = r"(?:[A-Z][\w'’&-]{0,2}\.|[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*)"


def compile_patterns(p, lex: Lexicon) -> None:
    n = lex.numbers
    counts = [fold(c) for c in n.record_counts]
    # a record is read only when the lexicon says what its two numbers count
    p.record_counts = tuple(counts) if len(counts) == 2 and all(c in lex.counted_of for c in counts) else None
    # a hyphened pair of small numbers (and a third, a record's draws): where a record can be
    p.record_pair = re.compile(r"(?<![\w.,/:-])(?P<w>\d{1,3})-(?P<l>\d{1,3})(?:-\d{1,2})?(?![\w/:-]|[.,]\d)")
    # the name a bracketed record follows, up to four capitalized words: "the Hawks (", "New Leeds ("
    p.record_name = regex.compile(r"(?<![\w'’.-])(?P<name>(?:" + _NAME_WORD + r"\s+){0,3}" + _NAME_WORD + r")\s*\(\Z")
    # the name a record is set off after by commas ("Ada Vance, 31-2, 24 KOs"), but not
    # a few words after one that makes the name a game's loser ("beat the visiting Owls, 70-61,":
    # a final score)
    not_after = n.record_apposed_not_after + n.final_score_verbs + n.final_score_won
    p.record_apposed = regex.compile(r"(?<![\w'’.-])(?<!(?i:\b(?:" + alternation(not_after, boundary=False)
                                     + r"))\s+(?:[\w'’.&-]+\s+){0,3})"
                                     r"(?P<name>(?:" + _NAME_WORD + r"\s+){0,3}" + _NAME_WORD + r"),\s*\Z") if not_after else None
    p.record_now_before = _words_before(n.record_now_before)
    p.record_before = _words_before(n.record_before)
    p.record_after = regex.compile(r"(?i)\s+(?:" + alternation(n.record_after, boundary=False) + r")(?![\w])") \
        if n.record_after else None
    p.record_part = regex.compile(r"(?i),?\s+(?:" + alternation(n.record_part_after, boundary=False) + r")(?![\w])") \
        if n.record_part_after else None
    _compile_final_scores(p, lex)
    p.ordinal_values = {fold(w): v for w, v in n.ordinals.items()}  # "seventh" -> 7: a stoppage's round, a line's place
    _compile_stoppage_rounds(p, lex)
    _compile_line_places(p, lex)


def _compile_stoppage_rounds(p, lex: Lexicon) -> None:
    """The words around the round a fight was stopped in (numbers.yaml ``stoppage_*``)."""
    n = lex.numbers
    ok = n.stoppage_count and fold(n.stoppage_count) in lex.counted_of and n.stoppage_verbs and n.stoppage_nouns
    p.stoppage_count = fold(n.stoppage_count) if ok else None
    if not ok:
        return
    ordinal = r"(?P<ord>" + alternation(list(n.ordinals), boundary=False) + r"|\d{1,2}(?:st|nd|rd|th))"
    p.stoppage_round = regex.compile(
        r"(?i)(?<![\w])(?:(?:" + alternation(n.stoppage_verbs, boundary=False) + r")(?![\w])(?:[^.;:!?]|(?<=\d)[:.](?=\d)){0,60}?(?<![\w])(?:in|of)\s+"
        r"(?:the\s+)?" + ordinal + r"\s+round|(?<![\w-])" + ordinal + r"-round\s+(?:" + alternation(n.stoppage_nouns, boundary=False)
        + r"))(?![\w])")


def _compile_line_places(p, lex: Lexicon) -> None:
    """ "the 12th Doctor", "the forty-fourth President": an ordinal before a title of a line
    (numbers.yaml ``line_titles``, matched as written)."""
    n = lex.numbers
    ok = n.line_count and fold(n.line_count) in lex.counted_of and n.line_titles
    p.line_count = fold(n.line_count) if ok else None
    if not ok:
        return
    ordinal = r"(?P<ord>(?i:" + alternation(list(n.ordinals), boundary=False) + r")|\d{1,3}(?:st|nd|rd|th))"
    p.line_place = regex.compile(r"(?<![\w-])(?i:the)\s+" + ordinal + r"\s+(?P<title>" + alternation(n.line_titles, boundary=False)
                                 + r")(?![\w-])")


def _compile_final_scores(p, lex: Lexicon) -> None:
    """The words around a game's final score (numbers.yaml ``final_score_*``)."""
    n = lex.numbers
    counts = [fold(c) for c in n.final_score_counts]
    p.final_score_counts = tuple(counts) if len(counts) == 2 and all(c in lex.counted_of for c in counts) else None
    if p.final_score_counts is None:
        return
    # the verb, then the loser's name: capitalised words, "the", "A&M" (at most five)
    p.final_score_verb = regex.compile(r"(?i)(?<![\w])(?:" + alternation(n.final_score_verbs, boundary=False)
                                       + r")\s+(?:(?:the|(?-i:[A-Z][\w'’.&-]*))\s+){1,5}\Z")
    p.final_score_won = regex.compile(r"(?i)(?<![\w])(?:" + alternation(n.final_score_won, boundary=False) + r")\s+\Z")
    p.final_score_noun = regex.compile(r"(?i)\s+(?:" + alternation(n.final_score_nouns, boundary=False) + r")(?![\w])")
    p.final_score_part = regex.compile(r"(?i),?\s+(?:" + alternation(n.final_score_part_after, boundary=False) + r")(?![\w])") \
        if n.final_score_part_after else None


def _words_before(words: list[str]):
    """One of ``words`` right before a figure ("fell to 5-10", "a record of 11-4")."""
    return regex.compile(r"(?i)(?<![\w])(?:" + alternation(words, boundary=False) + r")\s+(?:an?\s+)?\Z") if words else None


def win_loss_records(text: str, pats, mentions: list[Mention], taken) -> list[Mention]:
    """ "the Hawks (10-5)", "fell to 5-10", "a 9-5 season": a win-loss record, read as two
    counts, of games won and of games lost (numbers.yaml record_counts), each its own span.
    Whose it is goes in ``extra["holder"]``: the name a bracketed record follows; None (the
    clause's holder) for a record now ("fell to 5-10"); "" (nobody's: compared with nothing)
    for a record of a stretch the text may not say ("a 71-64 record over three seasons",
    "a career mark of 120-131": a coach's tenure, a career). A record of part of a season
    ("2-6 at home", "9-1 in one-score games") is not read."""
    out = []
    for g in pats.record_pair.finditer(text):
        s, e = g.span()
        if span_taken(s, e, mentions, taken):
            continue
        holder = _record_holder(text, s, e, pats)
        if holder is None:
            now = _record_words(text, s, e, pats)
            if now is None:
                continue
            holder = None if now else ""
        for group, counts in zip(("w", "l"), pats.record_counts):
            v = float(g.group(group))
            out.append(Mention(start=g.start(group), end=g.end(group), num_start=g.start(group), num_end=g.end(group), low=v,
                               high=v, point=v, qualifier="exact", kind=Kind.COUNT, rule=RECORD.name,
                               extra={"counts": counts, "holder": holder}))
    return out


# "6-4, 3-6": a tennis set's score, no game's final score (a set follows, or one came before)
_SET_AFTER = re.compile(r",\s*\d{1,2}-\d")
_SET_BEFORE = re.compile(r"\d,\s*\Z")


def final_scores(text: str, pats, mentions: list[Mention], taken) -> list[Mention]:
    """ "beat the Rovers 78-64", "held off Omaha 118-109", "won 24-17", "a 78-64 win": a game's
    final score, read as two counts, the winner's and the loser's (numbers.yaml
    ``final_score_counts``; the higher number is the winner's whichever comes first), each
    its own span; nobody's (the game's own)."""
    out = []
    for g in pats.record_pair.finditer(text):
        s, e = g.span()
        if span_taken(s, e, mentions, taken) \
                or not _final_score_words(text, s, e, pats):
            continue
        w, l = float(g.group("w")), float(g.group("l"))
        if w == l:
            continue  # a tie has no winner
        for group, v in (("w", w), ("l", l)):
            counts = pats.final_score_counts[0 if v == max(w, l) else 1]
            out.append(Mention(start=g.start(group), end=g.end(group), num_start=g.start(group), num_end=g.end(group), low=v,
                               high=v, point=v, qualifier="exact", kind=Kind.COUNT, rule=FINAL_SCORE.name,
                               extra={"counts": counts, "holder": ""}))
    return out


def stoppage_rounds(text: str, pats, mentions: list[Mention], taken) -> list[Mention]:
    """ "stopped Vance in the seventh round", "a 10th-round knockout": the round a fight was
    stopped in, a count of the fight's own (numbers.yaml ``stoppage_count``)."""
    return [_ordinal_count(g, pats.ordinal_values, STOPPAGE_ROUND, {"counts": pats.stoppage_count, "holder": ""})
            for g in pats.stoppage_round.finditer(text) if _ordinal_free(g, pats.ordinal_values, mentions, taken)]


def line_places(text: str, pats, mentions: list[Mention], taken) -> list[Mention]:
    """ "Mara Quell, the 12th Doctor", "sworn in as the 44th President": a person's place in
    a line of a title's holders (numbers.yaml ``line_count``), whose title goes in
    ``extra["title"]``."""
    return [_ordinal_count(g, pats.ordinal_values, LINE_PLACE,
                           {"counts": pats.line_count, "holder": None, "title": fold(g.group("title"))})
            for g in pats.line_place.finditer(text) if _ordinal_free(g, pats.ordinal_values, mentions, taken)]


def _ordinal_free(g, ordinals: dict[str, int], mentions: list[Mention], taken) -> bool:
    """Whether a match's ordinal (group ``ord``) is one the lexicon knows, in a span not read yet."""
    word = g.group("ord")
    return (word[:1].isdigit() or fold(word) in ordinals) and not span_taken(*g.span("ord"), mentions, taken)


def _ordinal_count(g, ordinals: dict[str, int], rule: Rule, extra: dict) -> Mention:
    """The count an ordinal states ("seventh", "12th"), as its own span."""
    s, e = g.span("ord")
    word = g.group("ord")
    n = float(int(word[:-2]) if word[:1].isdigit() else ordinals[fold(word)])
    return Mention(start=s, end=e, num_start=s, num_end=e, low=n, high=n, point=n, qualifier="exact", kind=Kind.COUNT,
                   rule=rule.name, extra=extra, word_number=not word[:1].isdigit())


def _final_score_words(text: str, s: int, e: int, pats) -> bool:
    """Whether the words around a hyphened pair make it a game's final score."""
    if _SET_AFTER.match(text, e) or _SET_BEFORE.search(text, max(0, s - 4), s):
        return False
    if pats.final_score_part is not None and pats.final_score_part.match(text, e):
        return False
    lo = max(0, s - 60)
    return bool(pats.final_score_verb.search(text, lo, s) or pats.final_score_won.search(text, lo, s)
                or pats.final_score_noun.match(text, e))


def _record_holder(text: str, s: int, e: int, pats) -> Optional[str]:
    """The name before a bracketed record ("the Hawks (10-5)", "Leeds (12-3, 5-2 away)") or
    one set off by commas ("Ada Vance, 31-2, 24 KOs,"), "" for a bracketed pair
    after no name, None for a pair in no brackets and after no name."""
    if text[s - 1:s] != "(" and text[e:e + 1] == "," and pats.record_apposed is not None:
        named = pats.record_apposed.search(text, max(0, s - 60), s)
        return _THE.sub("", named.group("name")) if named else None
    if text[s - 1:s] != "(" or text[e:e + 1] not in (")", ","):
        return None
    named = pats.record_name.search(text, max(0, s - 60), s)
    return _THE.sub("", named.group("name")) if named else ""


_THE = re.compile(r"^The\s+")  # "The Hawks (10-5)" at a sentence start: the Hawks


def _record_words(text: str, s: int, e: int, pats) -> Optional[bool]:
    """A record by the words around it: True for a record now ("fell to 5-10"), False for
    one of some stretch ("a 9-5 season", "a record of 11-4"), None for no record, or the
    record of part of a season ("fell to 2-6 at home")."""
    if pats.record_part is not None and pats.record_part.match(text, e):
        return None
    if pats.record_now_before is not None and pats.record_now_before.search(text, max(0, s - 24), s):
        return True
    if pats.record_before is not None and pats.record_before.search(text, max(0, s - 24), s) \
            or pats.record_after is not None and pats.record_after.match(text, e):
        return False
    return None


_LOWER_BOUNDS = frozenset({"more than", "at least"})
_UPPER_BOUNDS = frozenset({"at most", "nearly"})


def bounded_ranges(mentions: list[Mention], text: str) -> list[Mention]:
    """ "more than 15 and less than 25", "above 2,000 and below 2,500", "at most 90 and at
    least 30": a lower and an upper bound side by side are one interval."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        bare = prev is not None and prev.kind == Kind.COUNT and prev.unit is None  # "more than 20 and less than 40 cm"
        if prev is None or prev.kind != m.kind and not bare or prev.unit is not None and m.unit is not None and prev.unit.unit != m.unit.unit \
                or prev.point is None or m.point is None or not _rx(r"(?i)\s*,?\s*(?:(?:and|but)\s+)?\Z").match(text, prev.end, m.start):
            out.append(m)
            continue
        bounds = {prev.qualifier: prev.point, m.qualifier: m.point}
        lo = next((v for q, v in bounds.items() if q in _LOWER_BOUNDS), None)
        hi = next((v for q, v in bounds.items() if q in _UPPER_BOUNDS), None)
        if lo is None or hi is None or lo >= hi:
            out.append(m)
            continue
        out[-1] = dataclasses.replace(prev, end=m.end, num_end=m.num_end, low=lo, high=hi, point=None, qualifier="exact", kind=m.kind if bare else prev.kind,
                                      unit=prev.unit or m.unit, surface_unit=prev.surface_unit or m.surface_unit,
                                      rule=BOUNDS.name)
    return out
