"""What a share, an amount of money or a duration is of: "80 per cent of its territory",
"Insured losses are put at $50bn", "a three-year siege"."""

from __future__ import annotations

from typing import NamedTuple, Optional

import regex

from ...lexicon import Lexicon, fold
from ...text.rx import _rx, bound_all
from ..mentions import Mention
from .sentence import Sentence, Vocab
from .words import BINDING, DETERMINERS, FOR_DOING, PREPOSITIONS, lookup_phrase, words_before


def share_subject(text: str, m: Mention, sent: Sentence, lex: Lexicon, v: Vocab) -> tuple[Optional[str], Optional[int]]:
    """What a percentage is a share of, and where that phrase ends: "80 per cent of its
    territory", "a third of both countries", "half of Iraq" (a place: its territory),
    "one in three hospitals"; else the clause's own subject: "Turnout in Istanbul reached
    84 per cent"."""
    if m.rule == "<number> in <number>":
        hit = lookup_phrase(sent.tokens_after(m.end, sent.end, 3), 0, lex.counted_of)
        return (hit[0][0], hit[2]) if hit else (None, None)
    of_place = v.share_of_place.match(text, m.end, sent.end)
    if of_place:
        at = of_place.end()
        if any(p.start == at and not p.possessive for p in sent.places):
            return "territory", None  # "half of Iraq": its territory (not "a quarter of Iraq's population")
        word = _rx(r"[A-Z][a-z]+").match(text, at)
        if word and word.group().endswith("s") and word.group()[:-1] in lex.demonym_of:
            return "people", None  # "80% of Georgians": of the people
    sm = v.share.match(text, m.end, sent.end)
    if sm:
        rate = _rate_before(text, m, sent, lex)
        if rate is not None:  # "Turnout reached 66.4 percent of the 26,900 eligible voters": of its base
            return rate, sm.end()
        phrase = sm.group("w")
        offset = sm.start("w")
        if "'s " in phrase:  # "the city's residents": the head comes after the possessive
            cut = phrase.index("'s ") + 3
            phrase, offset = phrase[cut:], offset + cut
        words = phrase.split()
        for i in range(len(words)):
            for L in range(len(words) - i, 0, -1):
                key = fold(" ".join(words[i:i + L]))
                hit = lex.share_of.get(key) or (lex.counted_of[key][0] if key in lex.counted_of else None)
                if hit:
                    end = offset + len(" ".join(words[:i + L]))
                    return hit, end
        return None, sm.end()
    nxt = _rx(r"\s+([A-Za-z][\w-]*)").match(text, m.end, sent.end)
    if nxt and fold(nxt.group(1)) in lex.share_of:
        return lex.share_of[fold(nxt.group(1))], nxt.end()  # "15% contained", "3% inflation", "5% growth"
    best, in_pp = _share_class_before(text, m, sent, lex)
    return best or in_pp, None


def _rate_before(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """A rate the clause names before a percentage (subjects.yaml shares with ``rate``:
    turnout, unemployment), whose "of" phrase after the figure is its base, not its subject."""
    best, _ = _share_class_before(text, m, sent, lex)
    d = lex.share_def(best) if best else None
    return best if d is not None and d.rate else None


def _share_class_before(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> tuple[Optional[str], Optional[str]]:
    """The share classes its clause names before a percentage (see :func:`_class_before`)."""
    return _class_before(words_before(text, sent.clause(m.start)[0], m.start), lex.share_of)


def _class_before(words: list[str], table: dict[str, str]) -> tuple[Optional[str], Optional[str]]:
    """(the last class ``table`` names among ``words`` outside a prepositional phrase, the
    first one inside one): "Consumer prices rose" is the pair, not "prices" again;
    "inflation in the city at 68.2%": a noun after a preposition is where, not what."""
    best = in_pp = None
    i = 0
    while i < len(words):
        pair = table.get(fold(" ".join(words[i:i + 2])))
        hit = pair or table.get(fold(words[i]))
        after_prep = i and (words[i - 1].lower() in PREPOSITIONS or i > 1 and words[i - 1].lower() in DETERMINERS
                                                                     and words[i - 2].lower() in PREPOSITIONS)
        if hit and after_prep:
            in_pp = in_pp or hit
        elif hit:
            best = hit
        i += 2 if pair else 1
    return best, in_pp


def money_subject(text: str, m: Mention, sent: Sentence, lex: Lexicon, concept: Optional[str]) -> Optional[str]:
    """What an amount of money is: its concept ("$4.2 billion in damage", "a ransom of
    $5m"), a verb right before it ("stole $4.2m"), else a money word heading its clause
    ("Insured losses are put at $50bn")."""
    if concept and fold(concept) in lex.money_subject_of:
        return lex.money_subject_of[fold(concept)]
    if lex.money_after_verb is not None:
        verb = lex.money_after_verb.search(text, max(sent.start, m.start - 50), m.start)  # "stole $4.2m"
        if verb is not None:
            return lex.money_after[fold(verb.group("verb"))]
    c_lo, _ = sent.clause(m.start)
    best = _class_before(words_before(text, c_lo, m.start)[-12:], lex.money_subject_of)[0]
    if best is None and lex.valued_by is not None:
        valued = lex.valued_by.search(text, max(c_lo, m.start - 60), m.start)  # "with gems worth $3m"
        best = lex.money_subject_of.get(fold(valued.group("noun"))) if valued else None
    return best


_CAPITALISED = _rx(r"(?<![\w'-])[A-Z][\w&'’.-]*")
_SOLD_TO = _rx(r"\s+to\s")  # "sold EDS to General Motors": EDS changed hands


def _company(what: str, lex: Lexicon) -> str:
    """The name of what was bought, by its last capitalised word that is no company suffix,
    place, nationality or description ("Microserver Startup SeaMicro", "Markham-based ATI",
    "Tallin Systems": "SeaMicro", "ATI", "Tallin"); "" when none is capitalised."""
    cut = _SOLD_TO.search(what)
    words = [w.rstrip(".,'’") for w in _CAPITALISED.findall(what[:cut.start()] if cut else what)]
    names = [w for w in words if w and w not in lex.name_suffixes and w not in lex.place_alias and w not in lex.demonym_of
             and "-" not in w]
    return names[-1] if names else ""


def bought(text: str, m: Mention, sent: Sentence, lex: Lexicon, a_deal: bool = False) -> Optional[str]:
    """The name of what a price was paid for, as written ("buy Tallin Systems for $2.1
    billion", "will pay $2.1 billion for Tallin": "Tallin"); "" when it is not named ("bought the firm for
    $2bn"); None when no verb of buying sets the price. A price per share later in the
    sentence ("..., or $34 a share", "paying $36 per share") is for the same, and so is one
    its words make a deal's (``a_deal``: "agreed to buy Tallin for $36 a share, in a deal
    valued at $2.1 billion")."""
    if lex.bought_for is None:
        return None
    got = lex.bought_for.search(text, max(sent.clause(m.start)[0], m.start - 90), m.start)
    if got is None and (m.per or a_deal):
        got = _last_bought(text, sent.start, m.start, lex)
    if got is None and lex.paying_before is not None and lex.paying_before.search(text, max(sent.start, m.start - 40), m.start):
        got = lex.paid_for_after.match(text, m.end, sent.end)  # "will pay $1.4 billion for Quillmark"
    if got is None:
        return None
    name = _company(got.group("what"), lex)
    if not name and sent.start < got.start() < m.start:  # "..., valuing the Ohio-based lab at $1.8bn": the name bought before
        earlier = _last_bought(text, sent.start, got.start(), lex)
        name = _company(earlier.group("what"), lex) if earlier else ""
    return name


def _last_bought(text: str, lo: int, hi: int, lex: Lexicon):
    """The last "<buying verb> <what> for" between two offsets, or None."""
    return next(reversed(list(lex.bought_for_any.finditer(text, lo, hi))), None)


_DEAL_FOR = _rx(r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:for|of)[ \t]+(?:the[ \t]+)?(?P<name>(?:[A-Z][\w&'’.-]*[ \t]*){1,4})")


def deal_named(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> str:
    """The name a deal's price names after its deal word ("a $2.4bn deal for Tallin", "the
    $12 billion takeover of Tallin Systems"), else ""."""
    noun = lex.deal_word_after.match(text, m.end, sent.end) if lex.deal_word_after is not None else None
    got = _DEAL_FOR.match(text, noun.end(), sent.end) if noun else None
    return _company(got.group("name"), lex) if got else ""


def duration_subject(text: str, m: Mention, sent: Sentence, lex: Lexicon, v: Vocab) -> Optional[str]:
    """What a duration measures: "three-year siege", "two months of fighting",
    "under siege for 4 years", "trapped for three years" (a siege)."""
    if _is_gap_or_deadline(text, m):
        return None
    spent = lex.prison_verb_before.search(text, max(sent.start, m.start - 30), m.start) if lex.prison_verb_before else None
    if spent is not None and lex.prison_after.match(text, m.end, sent.end):
        return lex.prison_verb[fold(spent.group("w"))]  # "will spend 10 years in prison": a sentence
    if lex.duration_before is not None:
        got = lex.duration_before[0].search(text, max(sent.start, m.start - 30), m.start)
        if got is not None:  # "served a 7-1/2-month jail term": the time served
            return lex.duration_before[1][fold(got.group("w"))]
    table = lex.duration_subject_of
    toks = sent.tokens_after(m.end, sent.end, 4)
    if text[m.num_end:m.end].startswith("-") or text[m.start:m.end].count("-"):
        i = 0
        while i < len(toks) and (fold(toks[i][2]) in lex.modifiers or "-" in toks[i][2]) and i < 2:
            i += 1
        hit = lookup_phrase(toks, i, table, 3)
        if hit:
            return hit[0]
    dm = v.dur_of.match(text, m.end, sent.end)
    if dm and fold(dm.group("w")) in table:
        return table[fold(dm.group("w"))]
    c_lo, c_hi = sent.clause(m.start)
    for i in range(len(toks)):
        # (what follows "for" is a reason: "three years for burglary" is no burglary's length)
        if toks[i][0] >= c_hi or _is_temporal_conjunction(toks[i][2]) or toks[i][2].lower() == "for":
            break
        hit = lookup_phrase(toks, i, table, 3)
        if hit:
            return hit[0]
    # nearest duration word before it in its clause, else earlier in the sentence ("The siege
    # of Mariupol, which began in early March, lasted 86 days"; "March" the month is no march)
    firsts = lex.duration_first_words
    offence = next(reversed(list(FOR_DOING.finditer(text, c_lo, m.start))), None)
    if offence is not None:  # "sentenced to six years for stealing $2m over eight years": the theft's eight years
        c_lo = offence.end()
    for lo, hi in ((c_lo, m.start),) if offence is not None else ((c_lo, m.start), (sent.start, c_lo)):
        # (a hyphened word is its parts, as the lexicon folds it: "break-in" -> break, in)
        words = [part for w in words_before(text, lo, hi) if not (w[:1].isupper() and w.lower() in lex.month_of)
                 for part in fold(w).split()]
        best = None
        for i, w in enumerate(words):
            if w in firsts:
                best = table.get(" ".join(words[i:i + 3])) or table.get(" ".join(words[i:i + 2])) or table.get(w) or best
        if best:
            return best
    for s, e, cls in reversed(sent.preds):
        if c_lo <= s and e <= c_hi:
            d = lex.predicate_duration_subject(cls)
            if d:
                return d
    return None


class Interval(NamedTuple):
    """A gap between two steps of one story: the later step (an action), the earlier one
    (what it came after), where the action word is, and whether the gap runs to the
    article's event from an action ("married 12 days before the attack"): such a gap
    is the event's, compared under the event alone."""

    action: str
    after: str
    verb_at: int
    to_the_event: bool = False


def interval_of(text: str, m: Mention, sent: Sentence, lex: Lexicon, main_type: Optional[str]) -> Optional[Interval]:
    """(action, what it came after, where the action word is) of a gap between two steps of
    one story: "died eight days after suffering a stroke" -> ("died", "stroke", <offset of
    died>). The action is the nearest action word before the figure in its sentence
    (events.yaml ``actions``; "died in hospital on Thursday, a week after ..."); what it
    came after, the noun phrase after "after" or "following"; None without either. A step
    named before the figure comes earlier (:func:`_step_before`)."""
    after = lex.interval_after.match(text, m.end, sent.end) if lex.interval_after else None
    if after is None:
        return _step_before(text, m, sent, lex, main_type) or _action_before_the_event(text, m, sent, lex, main_type)
    verbs = list(lex.action_words.finditer(text, sent.start, m.start))
    if not verbs:
        return None
    step = _step_words(after.group("np"), lex)
    verb = verbs[-1]
    return Interval(lex.action_of[fold(verb.group())], step, verb.start()) if step else None


def _step_before(text: str, m: Mention, sent: Sentence, lex: Lexicon, main_type: Optional[str]) -> Optional[Interval]:
    """ "Quell suffered a stroke nine days earlier", "died of a stroke suffered a week ago":
    the step before the figure, by a verb of `step_verbs`; the later step is the action a
    word before it names, else the step the article's event is ("died" of a death)."""
    if lex.interval_step_before is None or not lex.interval_later.match(text, m.end, sent.end):
        return None
    got = lex.interval_step_before.search(text, max(sent.start, m.start - 60), m.start)
    step = _step_words(got.group("np") or got.group("np2"), lex) if got else None
    if not step:
        return None
    verb_at = got.start("v") if got.group("v") else got.start()
    verbs = list(lex.action_words.finditer(text, sent.start, got.start()))
    if verbs:
        return Interval(lex.action_of[fold(verbs[-1].group())], step, verbs[-1].start())
    action = lex.action_of_event.get(main_type)
    return Interval(action, step, verb_at) if action else None


def _action_before_the_event(text: str, m: Mention, sent: Sentence, lex: Lexicon,
                             main_type: Optional[str]) -> Optional[Interval]:
    """ "had married 12 days before the attack", "who married him 20 days before his
    murder", "was married 12 days ago": the gap from an action to the article's
    event, named by its action ("died" of a death) or its type. The action is one of two
    people's as often as not (a marriage), so the gap is the event's, not a person's."""
    if main_type is None or not lex.before_the_event.match(text, m.end, sent.end):
        return None
    got = lex.action_right_before.search(text, max(sent.start, m.start - 40), m.start)
    later = lex.action_of_event.get(main_type, main_type)
    if got is None or lex.action_of[fold(got.group("w"))] == later:
        return None
    return Interval(later, lex.action_of[fold(got.group("w"))], got.start(), to_the_event=True)


def _step_words(np: str, lex: Lexicon) -> str:
    """The words of a noun phrase that name a step ("a massive stroke" -> "stroke"), up to
    a word that ends it; "" when none does."""
    words = [w for w in np.split() if fold(w) not in lex.modifiers][:3]
    cut = next((k for k, w in enumerate(words) if fold(w) in _NP_ENDS), len(words))
    return " ".join(fold(w) for w in words[:cut])


def _is_gap_or_deadline(text: str, m: Mention) -> bool:
    """ "nine days before the inauguration", "within 60 days": a gap or a deadline, no
    duration of something (but "trapped for 17 days before" is one)."""
    return (_OFFSET_AFTER.match(text, m.end) is not None and _LASTED.search(text, max(0, m.start - 20), m.start) is None
            or _WITHIN.search(text, max(0, m.start - 20), m.start) is not None)


def _is_temporal_conjunction(word: str) -> bool:
    """ "48 hours after the fighting stopped" does not measure the fighting."""
    return word.lower() in _TEMPORAL


_TEMPORAL = BINDING.temporal_conjunctions
_NP_ENDS = frozenset(PREPOSITIONS) | frozenset(("and", "or", "but", "that", "which", "who", "when", "while", "as"))
_OFFSET_AFTER = regex.compile(r"(?i)\s+(?:before|after|earlier|later|ago|from\s+now)(?![\w])")
_LASTED = regex.compile(r"(?i)(?<![\w])(?:for|lasted|lasting|spent|spend|spends)\s+(?:[\w-]+\s+)?\Z")
_WITHIN = regex.compile(r"(?i)(?<![\w])within\s+(?:the\s+next\s+)?\Z")


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time


def distance_subject(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """What a distance measures when the words right around it say: "at a depth of 10 km",
    "10 km (6 miles) deep" (a depth); None for a distance from a place."""
    for name, before in lex.distance_before:
        if before.search(text, max(sent.start, m.start - 30), m.start):
            return name
    for name, after in lex.distance_after:
        if after.match(text, m.end, sent.end):
            return name
    return None
