"""What a date dates: the action beside it and who it is about ("In 1969, he was indicted"
-> ("indicted", "gigante"); "On November 19, INS Tabar sank a trawler" -> ("sank",
"tabar")). Read for ``conflicts/rules/dated_action.py``; the actions are vocabulary
(``events.yaml`` ``actions``)."""

from __future__ import annotations

from typing import Optional

from ...lexicon import Lexicon, fold
from .holder import actor_before
from .sentence import Sentence

_REACH = 40
"""Characters between a date and the action word it dates ("was ejected from the sect in 2003")."""


def dated_action(text: str, start: int, end: int, sent: Sentence, lex: Lexicon) -> tuple[Optional[str], Optional[str]]:
    """(action, who) of the date at ``start:end``; (None, None) when no action word is near."""
    near = _nearest_action(text, start, end, sent, lex)
    if near is None:
        return None, None
    at, action = near
    return action, actor_before(text, at, sent, lex)


def _nearest_action(text: str, start: int, end: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[int, str]]:
    """(offset, action) of the action word nearest the date, on either side, within reach."""
    best: Optional[tuple[int, int, str]] = None
    for m in lex.action_words.finditer(text, max(sent.start, start - _REACH), min(sent.end, end + _REACH)):
        gap = m.start() - end if m.start() >= end else start - m.end()
        if gap >= 0 and (best is None or gap < best[0]):
            best = (gap, m.start(), lex.action_of[fold(m.group())])
    return (best[1], best[2]) if best else None
