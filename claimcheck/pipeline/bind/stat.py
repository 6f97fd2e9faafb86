"""What a player's figure in a game is: a stat of the game, a career total, or neither.

Box scores and game stories give each player's tally ("Dana Pike scored 18 points and
grabbed nine rebounds", "15 points from Lee Ortega") and, beside it, other tallies of the
same noun: a career total ("Pike now has 1,412 career points"), a season's ("averages 14.2
points"), a target ("needed 11 points to pass Hale"), the mark being broken ("the record of
2,116 points"). Only the first two are compared, each under its own subject ("points",
"career points"; events.yaml ``game_stats``), by player (pipeline/bind/person.py), between
reports of one game (conflicts/check.py).

    >>> from claimcheck.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> def stat(text, figure, noun):
    ...     at = text.index(figure)
    ...     return game_stat(text, at, text.index(noun, at) + len(noun), noun, 0, len(text), lex)
    >>> stat("Dana Pike scored a game-high 23 points.", "23", "points")
    ('points', None)
    >>> stat("The Rovers were led by 15 points from Lee Ortega.", "15", "points")
    ('points', 'Lee Ortega')
    >>> stat("Pike now has 1,412 career points.", "1,412", "points")
    ('career points', None)
    >>> stat("Pike set the career record and grabbed nine rebounds.", "nine", "rebounds")  # "career" of another figure
    ('rebounds', None)
    >>> stat("Carrow (29-0, 23 KOs) kept his title.", "23", "KOs")  # a record's knockouts: always a career's
    ('career knockouts', None)
    >>> stat("Pike had 17 points and sits at 1,188 for her career.", "17", "points")
    ('points', None)
    >>> stat("Pike arrived needing nine points to pass Hale.", "nine", "points")
    >>> stat("Pike averages 14 points this season.", "14", "points")
    >>> stat("The index rose 58 points.", "58", "points") is None  # no verb of a game's play
    True
    >>> stat("Pike scored two three-point plays.", "three", "point")  # a play worth points
    >>> stat("Tom Okafor rushed for 211 yards.", "211", "yards")
    ('rushing yards', None)
    >>> stat("Okafor broke off an 84-yard touchdown run.", "84", "yard")  # the length of a play
"""

from __future__ import annotations

from typing import Optional

from ...lexicon import Lexicon, fold
from ...text.rx import _rx

_BEFORE = 80  # how far back a verb of the game's play may stand
_CAREER_BEFORE = 20  # "now has 1,412 points": the words right before the figure
_BY_WORD_BEFORE = 24  # "rushed for a career-high 211 yards"
_RECORD_BEFORE = _rx(r"(?<![\w-])(?P<record>\d{1,3}-\d{1,3}(?:-\d{1,2})?)(?:,\s*|\s+with\s+)\Z")
_NAMES_A_THING = _rx(r"-[A-Za-z]+\Z")


def game_stat(text: str, start: int, noun_end: int, noun: Optional[str], clause_start: int, season_end: int,
              lex: Lexicon) -> Optional[tuple[str, Optional[str]]]:
    """(subject, the player named after "from" or None) of the figure at ``start`` whose noun
    (``noun``, ending at ``noun_end``) is a stat in the clause from ``clause_start``; None when
    it is no tally of a game or a career. A season's words up to ``season_end`` (the sentence's
    end) make it neither."""
    noun = fold(noun or "")
    last = noun.split()[-1] if noun else ""
    name = lex.game_stat_of.get(noun) or lex.game_stat_of.get(last) or _by_word(text, start, noun_end, last, lex)  # "career points"
    if name is None or _NAMES_A_THING.search(text, start, noun_end):
        return None  # "two three-point plays", "a 16-point lead": a thing worth points, no tally
    if lex.game_stat_not_after.search(text, clause_start, start) or lex.game_stat_season.search(text, clause_start, season_end):
        return None
    named = lex.game_stat_from.match(text, noun_end) if lex.game_stat_from is not None else None
    player = named.group("name").rstrip(".") if named else None  # (not the sentence's full stop)
    if name in lex.career_only_stats or lex.game_stat_career.search(text, max(clause_start, start - _CAREER_BEFORE), noun_end) \
            or lex.game_stat_career_after.match(text, noun_end):
        return f"career {name}", player  # "now has 1,412 career points", "(29-0, 23 KOs)": no verb needed
    lo = max(clause_start, start - _BEFORE)
    if player or name in lex.game_stat_by_word_names or lex.game_stat_verb.search(text, lo, start) \
            or lex.game_stat_owner.search(text, lo, start):
        return name, player
    return None


def _by_word(text: str, start: int, noun_end: int, noun: str, lex: Lexicon) -> Optional[str]:
    """The stat a word right before the figure, or between it and its noun, names for a noun
    of many ("rushed for 156 yards", "156 rushing yards"; events.yaml ``by_word``)."""
    for name, said in lex.game_stat_by_word.get(noun, ()):
        if said.search(text, max(0, start - _BY_WORD_BEFORE), noun_end):
            return name
    return None


def record_before(text: str, start: int, sent_start: int) -> Optional[str]:
    """The win-loss record right before a career tally ("29-0" of "(29-0, 23 KOs)"): the
    tally is compared only at the same record, as reports give it before a fight or after."""
    found = _RECORD_BEFORE.search(text, max(sent_start, start - 14), start)
    return found.group("record") if found else None
