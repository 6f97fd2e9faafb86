"""What happened to what a figure counts: the predicate class governing it ("killed",
"trapped", "displaced")."""

from __future__ import annotations

from typing import Optional

from ...lexicon import Lexicon
from ...text.rx import _rx
from ..mentions import Mention
from .sentence import Sentence
from ...models import Kind


# "under the control of the command, was escorting five vessels": a verb phrase of its own
# between a predicate word and the figure governs the figure instead; "a receptionist died
# and two men underwent surgery": the figure opens a clause after the predicate's
_VERB_PHRASE = _rx(r"(?i)(?<![\w'-])(?:was|were|is|are|had|has|have)\s+(?:been\s+)?[a-z]+ing\b")
_AND = _rx(r"\s*,?\s+and\s+")
_RELATIVE = _rx(r"(?i)(?:,\s+)?(?:who|which)\b")
_CLOSING_COMMA = _rx(r",\s")
_OWN_RELATIVE = _rx(r"\s+(?:who|that)\s+(?:(?:were|was|are|is|had|have|has)\s+(?:been\s+)?)?")


def _relative_clause_end(text: str, c_lo: int, at: int, c_hi: int) -> int:
    """Where a relative clause holding the figure closes: its next comma ("Mara Quell, the
    actress who starred in 40 films, died on Tuesday": the films did not die)."""
    if not _RELATIVE.match(text, c_lo):
        return c_hi
    comma = _CLOSING_COMMA.search(text, at, c_hi)
    return comma.start() if comma else c_hi


# between a predicate and the figure it governs right before: determiners, or an order a
# predicate noun names ("killed at least 30", "evacuation orders for 400 homes")
_VERB_TO_FIGURE = _rx(r"\s*(?:(?:orders?|warnings?)\s+(?:for|covering)\s+)?"
                      r"(?:(?:a|an|the|some|another|total|of|at|least|nearly|all|its|their)\s+)*")
# a predicate noun after these words names an event the figure is timed by, not what
# happened to what it counts: "150 people gathered following the arrest of a man"
_AN_EVENT_BEFORE = _rx(r"(?i)(?<![\w])(?:following|after|before|since|during|amid)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?\Z")


def predicate_for(text: str, m: Mention, noun_end: Optional[int], sent: Sentence, kind: str, next_start: int,
                  lex: Lexicon) -> Optional[str]:
    """The predicate class governing a figure.

    Counts read to the right first ("civilians were trapped", "guards dead"), then the verb
    right before the figure ("kills 128"), then the rest of the clause; shares read the verb
    before them first ("lost 90 per cent"). Within a window the most specific class wins
    ("remained in the besieged enclave" is trapped, not left).
    """
    c_lo, c_hi = sent.clause(m.start)
    right_from = noun_end or m.end
    # a predicate used as a modifier: "70,000 trapped residents"
    inner = [p for p in sent.preds if m.end <= p[0] and p[1] <= right_from]
    if inner:
        return inner[0][2]
    immediate = None
    for _, e, cls in reversed(sent.preds):
        if e <= m.start and m.start - e <= 20:
            if _VERB_TO_FIGURE.fullmatch(text, e, m.start):
                immediate = cls
                break
        if e < m.start - 20:
            break
    right_to = min(c_hi, next_start, right_from + 70, _relative_clause_end(text, c_lo, right_from, c_hi))
    own = _OWN_RELATIVE.match(text, right_from, sent.end)
    if own is not None:  # "80 residents who were forced from their homes": the relative clause is the noun's
        comma = _CLOSING_COMMA.search(text, own.end(), sent.end)
        right_to = max(right_to, min(next_start, own.end() + 40, comma.start() if comma else sent.end))
    # a verb after "and" starts a clause of its own when another figure follows, or when a
    # verb right before this figure governs it: "killed two officers and injured a third"
    coordinated = next_start < sent.end or immediate is not None
    right = [p for p in sent.preds if right_from <= p[0] and p[1] <= right_to
             and not (coordinated and _rx(r"(?:\band|\bor|,)\s+\Z").search(text[max(0, p[0] - 5):p[0]]))
             and text[p[0]:p[1]].lower() not in lex.predicate_before_only  # "four trucks carrying flour"
             and not _AN_EVENT_BEFORE.search(text, max(0, p[0] - 40), p[0])]  # "150 gathered following the arrest of"
    left = [p for p in sent.preds if c_lo <= p[0] and p[1] <= m.start and not _VERB_PHRASE.search(text, p[1], m.start)
            and not _AND.fullmatch(text, p[1], m.start)]

    def pick(group):
        if not group:
            return None
        return max(enumerate(group), key=lambda ip: (lex.predicate_priority(ip[1][2]), -ip[0]))[1][2]

    if kind == Kind.PERCENTAGE:
        return immediate or pick(left[::-1]) or pick(right)
    # "left at least 40 guards dead": the specific word after the noun beats the verb before
    near = right + ([(m.start, m.start, immediate)] if immediate else [])
    best = pick(near)
    if best is not None and lex.predicate_priority(best) <= 0:
        # "revised the number of people killed down to 30": a vague "down to"/"left" yields
        # to a specific verb earlier in the clause
        earlier = pick(left[::-1])
        if earlier is not None and lex.predicate_priority(earlier) > lex.predicate_priority(best):
            return earlier
    return best or pick(left[::-1])
