"""What a date dates: the action beside it and who it is about ("In 1969, he was indicted"
-> ("indicted", "corbin"); "On May 3, HMS Orrin sank a dhow" -> ("sank",
"orrin")). Read for ``conflicts/rules/dated_action.py``; the actions are vocabulary
(``events.yaml`` ``actions``)."""

from __future__ import annotations

from typing import Optional

from ...lexicon import Lexicon, fold
from ...text.rx import _rx
from .holder import actor_before, antecedent, protagonist
from .sentence import Sentence
from .words import IN_THE

_REACH = 40
"""Characters between a date and the action word it dates ("was ejected from the sect in 2003")."""
_POSSESSOR = _rx(r"(?P<n>[A-Z][\w-]+)(?:'s|’s|')\s+(?:\w+\s+)?\Z")  # "Vale's 2007 conviction"
_OBJECT_PRONOUN = _rx(r"\b(?:him|her)\b")
_RELATIVE_OPENS = _rx(r"(?<![\w])(?:who|which|whom|whose)(?![\w])")
_OPENING_PARTICIPLE = _rx(r"[\s\"“]*\Z")  # the action word opens its sentence: "Born in 1931, ..."
_NAME_AFTER_COMMA = _rx(r",\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})(?=\s+[a-z])")
_NEXT_WORD = _rx(r"\s+(?P<w>[A-Za-z][\w-]*)")
_CLAUSE_BREAK = _rx(r"[,;:]")
_IN_RELATIVE = _rx(r",\s+(?:who|which|whose)\s[^,;:]*\Z")  # a relative clause still open before the date
_DATE_MODIFIES = _rx(r"(?:\s+[\w-]+){0,3}\s+")  # "2008 conviction", "1994 armed robbery conviction"


def dated_action(text: str, start: int, end: int, sent: Sentence, lex: Lexicon) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(action, who, what for) of the date at ``start:end``; Nones when no action word is near."""
    near = _nearest_action(text, start, end, sent, lex)
    if near is None:
        return None, None, None
    at, word, action = near
    if _dates_another_noun(text, at + len(word), start, end, sent, lex, word):
        return None, None, None
    charge = what_for(text, at + len(word), sent)
    if word in lex.action_nouns:
        # "Vale's 2007 conviction", "the 2007 convictions": the owner named right before, else
        # the one the article is about
        owner = _POSSESSOR.search(text, max(sent.start, min(at, start) - 40), min(at, start))
        return action, fold(owner.group("n")) if owner else protagonist(text, at, sent, lex), charge
    if _OBJECT_PRONOUN.search(word):
        return action, antecedent(text, at, sent, lex), charge  # "a jury found him guilty"
    opening = _OPENING_PARTICIPLE.match(text, sent.start, at)
    subject = _NAME_AFTER_COMMA.search(text, at, sent.end) if opening else None
    if subject is not None:  # "Born in 1931 in Hull, Rourke sang ...": the clause's subject
        return action, fold(subject.group("name").split()[-1]), charge
    return action, actor_before(text, at, sent, lex), charge


def _dates_another_noun(text: str, verb_end: int, start: int, end: int, sent: Sentence, lex: Lexicon, word: str) -> bool:
    """ "arrested in the 1981 killings": a date after the verb that modifies a noun naming
    an event of another type dates that event, not the verb ("convicted in the 2005 trial"
    dates the conviction)."""
    if verb_end > start or IN_THE.search(text, verb_end, start) is None:
        return False
    after = _NEXT_WORD.match(text, end, sent.end)
    named = lex.event_type_of.get(fold(after.group("w"))) if after else None
    return named is not None and named != lex.event_type_of.get(word)


# "convicted of assault", "a conviction for fraud", "pleaded guilty to perjury", "charged
# with arson": what for ("sentenced to three years for arson": for arson)
_WHAT_FOR = _rx(r"(?:\s+(?:him|her|them|guilty))?(?:\s+to\s+[\w\s-]{1,30}?(?=\s+for\s))?\s+(?:of|for|to|with|on\s+charges?\s+of)\s+(?P<what>[^,.;:()\"“”]{3,60})")


def what_for(text: str, at: int, sent: Sentence) -> Optional[str]:
    """What the action at ``at`` was for, as written right after it ("of beating a neighbour"):
    two convictions of one person for other charges are two convictions."""
    got = _WHAT_FOR.match(text, at, sent.end)
    return got.group("what").strip() if got else None


def _dated_between(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a weekday or a month's name lies between an action word and a later date:
    the action's own date, nearer to it."""
    return any(w[:1].isupper() and (fold(w) in lex.weekday_of or fold(w) in lex.month_of) for w in _WORD.findall(text, lo, hi))


_WORD = _rx(r"[A-Za-z]+")


def _nearest_action(text: str, start: int, end: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[int, str, str]]:
    """(offset, word as folded, action) of the action word nearest the date, on either side, within reach."""
    best: Optional[tuple[int, int, str]] = None
    # the window reaches back a phrase's length further, so that a phrase ending within
    # reach is found whole ("pleaded guilty to perjury in July 1973")
    for m in lex.action_words.finditer(text, max(sent.start, start - _REACH - 20), min(sent.end, end + _REACH)):
        gap = m.start() - end if m.start() >= end else start - m.end()
        if gap > _REACH:
            continue
        word = fold(m.group())
        if m.start() >= end and _RELATIVE_OPENS.search(text, end, m.start()):
            continue  # "on Friday for Nella Rourke, who died": a relative clause after the date is not what it dates
        if m.start() >= end and _CLAUSE_BREAK.search(text, end, m.start()) and _IN_RELATIVE.search(text, sent.start, start):
            continue  # "Dunn, who robbed six shops in 2023, was sentenced": the date is the relative clause's
        if word in lex.action_nouns and not _DATE_MODIFIES.fullmatch(text, end, m.start()):
            continue  # a noun is dated only as its modifier: "a 2008 conviction", not "a conviction ... from 1992"
        if m.end() <= start and _dated_between(text, m.end(), start, lex):
            continue  # "who died on Sunday, will lie in repose Friday": the death has its own day
        if m.start() >= end and _CLAUSE_BREAK.search(text, end, m.start()):
            gap += _REACH  # "launched a label in September, opened up about ...": the next clause's verb only as a last resort
        if gap >= 0 and (best is None or gap < best[0]):
            best = (gap, m.start(), word)
    return (best[1], best[2], lex.action_of[best[2]]) if best else None
