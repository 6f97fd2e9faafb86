"""Whom a figure is about: one person, named or picked out by a definite role (an age, a
prison sentence: ``personal_properties`` in events.yaml).

"Dale Corbin, 37, was sentenced", "37-year-old Dale Corbin" and, in an article that names
him, "Corbin, 38," give the age of one man (``dale corbin``); "the gunman, 20," and "the
19-year-old gunman" the age of the event's one gunman (a role an event has one of: "the victim, 45"
may be one of several). "A 12-year-old girl" introduces someone the
text does not pick out (another article's "a 15-year-old girl" may be another girl), and
plural ages ("two 17-year-olds") are no one's: those figures are not compared. An age is
compared with the same person's inside one event of a known type (an age changes with the
years; see ``conflicts/check.py``). "A court sentenced Ray Dunn to 15 years" and "Dunn was
jailed for 12 years" are the sentence of the clause's holder, named as for an age.

    >>> from claimcheck.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> text = "Dale Corbin, 37, was sentenced."
    >>> whose_age(text, text.index("37"), text.index("37") + 2, 0, len(text), lex)
    ('dale corbin', 'Dale Corbin')
    >>> text = "Dale Corbin was sentenced. Corbin, 37, showed no emotion."
    >>> whose_age(text, text.index("37"), text.index("37") + 2, text.index("Corbin,"), len(text), lex)
    ('dale corbin', 'Dale Corbin')
    >>> text = "The 19-year-old gunman was arrested."
    >>> whose_age(text, 4, text.index(" gunman"), 0, len(text), lex)
    ('gunman', 'the gunman')
    >>> text = "The actor Tom Hale died on Sunday at the age of 77."
    >>> holder_person(text, text.index("77"), "Tom Hale", 0, lex, aged=True)
    ('tom hale', 'Tom Hale')
    >>> text = "Ray Dunn was charged in May. On Friday Dunn was jailed for 12 years."
    >>> holder_person(text, text.index("12"), "Dunn", 0, lex)
    ('ray dunn', 'Ray Dunn')
    >>> text = "A 12-year-old girl testified."
    >>> whose_age(text, 2, text.index(" girl"), 0, len(text), lex)
    >>> text = "A 68-year-old Seattle man died."
    >>> whose_age(text, 2, text.index(" Seattle"), 0, len(text), lex)
"""

from __future__ import annotations

from typing import Optional

import regex

from ...lexicon import Lexicon, fold
from ...text.forms import as_written
from ...text.rx import _rx
from .holder import antecedent, protagonist
from .sentence import Sentence, title_case
from .words import FUNCTION_WORDS, noun_plural

_NAME_BEFORE = _rx(r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}),\s+(?:aged\s+|now\s+)?\Z")  # "Walt Pell, now 71,"
_NAME_THE_BEFORE = _rx(r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}),\s+(?:the|a|an)\s+\Z")  # a name the text gives in full, then its description
_ROLE_BEFORE = _rx(r"(?i)\bthe\s+(?:[\w-]+\s+)?(?P<role>[a-z][\w-]*),\s+(?:aged\s+)?\Z")
_AFTER = _rx(r"\s+(?P<who>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|[a-z][\w-]*)")
_NAME_RUN_BEFORE = _rx(r"(?:[A-Z][\w'.-]*[ \t]+){1,3}\Z")  # "Deputy Ray |Dunn", not across a line break
LEDE = 400
"""Characters of an article's headline and lede, where its protagonist is introduced."""
_NAMES_AROUND = 5_000
"""Characters either side of an age read for the full names its surname may stand for."""
_AT_AGE = _rx(r"(?i)\bat\s+(?:the\s+)?age\s+(?:of\s+)?\Z")  # "Tom Reese ... died ... at age 85": the subject's
_AGED = _rx(r"(?i)\b(?:at\s+the\s+age\s+of|aged|age)\s+\Z")
_INDEFINITE = _rx(r"(?i)\ban?\s+\Z")
_DEFINITE = _rx(r"(?i)(?:\bthe|['’]s)\s+\Z")


def whose_age(text: str, start: int, end: int, sent_start: int, sent_end: int, lex: Lexicon) -> Optional[tuple[str, str]]:
    """(key, words) of the one person whose age is the figure at ``start:end``
    ("corbin", "Corbin"; "gunman", "the gunman"), else None."""
    lo = max(sent_start, start - 60)
    before = _NAME_BEFORE.search(text, lo, start)  # "Dale Corbin, 37,"
    if before is not None and before.group("name") not in lex.place_alias:  # "died in Phoenix, aged 85"
        who = _named(before.group("name"), text, start, lex)
        if who is not None:  # not "On Saturday, 32-year-old ..."
            return who
    apposed = _NAME_THE_BEFORE.search(text, lo, start)  # "Callum Reyburn, the 39-year-old actor"
    if apposed is not None and apposed.group("name").split()[-1] not in lex.place_alias \
            and fold(apposed.group("name").split()[0]) not in FUNCTION_WORDS:
        who = _named(apposed.group("name"), text, start, lex)
        if who is not None and " " in who[0]:  # a full name, not "In Paris, a 32-year-old"
            return who
    before = _ROLE_BEFORE.search(text, lo, start)   # "the gunman, 20,"
    described = _described_name(text, end, sent_end, lex)  # "the 29-year-old Welshman Rob Quell"
    if before is not None and described is None:
        return _role(before.group("role"), text, start, lex)
    if described is not None:  # (also "The site manager, 57-year-old Italian engineer Marco Velluti,")
        return _named(described, text, start, lex)
    after = _AFTER.match(text, end, sent_end) or _AFTER_ADJECTIVES.match(text, end, sent_end)  # "37-year-old Dale Corbin"
    if after is None:
        return None
    who = after.group("who")
    if _INDEFINITE.search(text, max(sent_start, start - 6), start) or who in lex.place_alias or who in lex.demonym_of:
        # "a 68-year-old Seattle man": someone introduced, not picked out, unless the
        # sentence names him there ("a 29-year-old man, Tom Renner,", "a woman named Ada Corbin")
        named = _INTRODUCED_AS.match(text, end, sent_end)
        if named is not None:
            return _named(named.group("name"), text, start, lex)
        later = _named_later(text, sent_end, fold(who), lex)  # "... Police identified him as Tom Renner."
        if later:
            return _named(later, text, start, lex)
        return _suspect(text, start, end, sent_start, sent_end, lex)  # "officers arrested a 57-year-old woman"
    if after.group(0)[:1] == ",":
        return None  # "the 45-year-old, married man": only the suspect's role reads past a comma
    if who[:1].isupper():
        return _named(who, text, start, lex)
    return _role(who, text, start, lex) if _DEFINITE.search(text, max(sent_start, start - 12), start) else None


def _suspect(text: str, start: int, end: int, sent_start: int, sent_end: int, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The role of a person introduced by an age (ending at ``end``) whom the clause makes
    the event's suspect ("officers arrested a 57-year-old woman", "A 31-year-old warehouse
    worker charged with ...", "a 63-year-old Springfield man"): "the arrested woman",
    compared with the one suspect other reports name (conflicts/check.py)."""
    words = _PERSON_WORDS.match(text, end, sent_end)
    noun = next((w for w in _WORD.finditer(text, end, words.end()) if fold(w.group()) in lex.age_nouns), None) if words else None
    if noun is None or not is_suspect(text, start, noun.end(), sent_start, sent_end, lex):
        return None
    return f"{SUSPECT_ROLE} {fold(noun.group())}", f"the {SUSPECT_ROLE} {noun.group()}"


# the words where the noun a person's age introduces may be, after up to two words of
# description or of a place: "woman", ", recently widowed woman", "warehouse worker", "Springfield man"
_PERSON_WORDS = _rx(r",?(?:\s+[\w'-]+){1,3}")
_WORD = _rx(r"[\w'-]+")


SUSPECT_ROLE = "arrested"
"""The role of a suspect (events.yaml ``suspect_verbs``), as ``Claim.role`` and in the key of an
age of a suspect no one names ("age of arrested woman")."""


def is_suspect(text: str, start: int, end: int, sent_start: int, sent_end: int, lex: Lexicon) -> bool:
    """Whether the person an age at ``start:end`` is about (its phrase running to ``end``) is
    the one its clause says was arrested or charged: after the verb ("arrested a 57-year-old
    woman", "arrested Ada Corbin, 61,"), or before it, when the person's phrase opens the
    clause or a report ("A 57-year-old woman accused of ...", "Corbin, 61, was arrested",
    "police said 61-year-old Ada Corbin was arrested"); not "accused of killing a 60-year-old
    woman" (the victim)."""
    if lex.suspect_before is None:
        return False
    lo = max(sent_start, start - 80)
    if lex.suspect_before.search(text, lo, start):
        return True
    if not lex.suspect_after.match(text, end, min(sent_end, end + 80)):
        return False
    lead = _PERSON_LEAD.search(text, lo, start)
    left = text[sent_start:lead.start() if lead else start]
    return not left.strip() or bool(_OPENS_A_REPORT.search(left))


# what a person's phrase starts with before its age: "a", "the", or the name before "Corbin, 61"
_PERSON_LEAD = _rx(r"(?:(?<![\w])(?:[Aa]n?|[Tt]he)\s+|(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'.-]*,\s+(?:aged\s+)?)\Z")
# what may come before a phrase that opens a clause: a comma, a report's verb, a day
_OPENS_A_REPORT = _rx(r"(?i)(?:[,:;—–]|\s-|(?<![\w])(?:said|says|say|announced|confirmed|reported|that))\s*"
                      r"(?:(?:on|last)\s+\w+\s*,?\s*)?\Z|\A\s*(?:on|last)\s+\w+\s*,\s*\Z")
# "a 57-year-old, recently widowed woman": up to two words of description after a comma
_AFTER_ADJECTIVES = _rx(r",\s+(?:[a-z][\w-]*\s+){0,2}(?P<who>[a-z][\w-]*)")


def _named_later(text: str, sent_end: int, noun: str, lex: Lexicon) -> Optional[str]:
    """The name the next sentences give the one person an indefinite age introduced ("a
    34-year-old man ... Police identified him as Tom Renner", "The man, Tom Renner, ..."):
    by "him" or "her" as the noun's pronoun (numbers.yaml ``age_noun_pronouns``) or by the
    noun itself, when exactly one such naming follows."""
    pronoun = lex.age_noun_pronoun.get(noun)
    names = set()
    for got in _NAMED_LATER.finditer(text, sent_end, min(len(text), sent_end + _LATER)):
        said = fold(got.group("pron") or got.group("noun") or got.group("noun2"))
        if said != noun and said != pronoun:
            continue
        others = (fold(o.group("noun")) for o in _ANOTHER.finditer(text, sent_end, got.start()))
        if any(o == noun or pronoun and lex.age_noun_pronoun.get(o) == pronoun for o in others):
            return None  # "A second man was held. Police identified him as ...": which man?
        names.add(got.group("name") or got.group("name2"))
    return next(iter(names)) if len(names) == 1 else None


_LATER = 300
"""Characters after an introduced age searched for the name the story gives its person."""
# "a second man", "another woman": someone else introduced before the naming
_ANOTHER = _rx(r"(?i)(?<![\w])(?:a|an|another|second|third|other)[ \t]+(?:[\w-]+[ \t]+)?(?P<noun>[a-z]+)")
_NAMED_LATER = _rx(r"(?:identified|named)[ \t]+(?:(?P<pron>him|her)|the[ \t]+(?P<noun>[a-z]+))[ \t]+as[ \t]+"
                   r"(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,2})"
                   r"|(?<![\w])The[ \t]+(?P<noun2>[a-z]+),[ \t]+(?P<name2>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){1,2}),")


# "29-year-old Welshman Rob Quell", "the 45-year-old Australian climber Dan Reeve", "51-year-old
# teacher Mara Quell": up to three words of nationality or role (numbers.yaml age_nouns), then the name
_DESCRIBED_NAME = _rx(r"\s+(?P<desc>(?:[\w'-]+\s+){1,3}?)(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})(?=\s*[,.;:()]|\s+[a-z])")


def _described_name(text: str, end: int, sent_end: int, lex: Lexicon) -> Optional[str]:
    """The name after an age and words that only describe its person (a nationality, a role)."""
    got = _DESCRIBED_NAME.match(text, end, sent_end)
    if got is None or got.group("name") in lex.place_alias \
            or any(w.lower() in lex.weekday_of or w.lower() in lex.month_of for w in got.group("name").split()):
        return None
    words = got.group("desc").split()
    return got.group("name") if all(w in lex.demonym_of or w.lower() in lex.age_nouns for w in words) else None


_NAME_RUN_ENDING = _rx(r"(?<![\w'-])(?P<who>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3})[ \t]+(?:has[ \t]+|had[ \t]+)?\Z")


def _before_a_verb(run: str, lex: Lexicon) -> str:
    """A name run cut before a verb a headline capitalises ("Esther Quill Dies at 91")."""
    words = run.split()
    cut = next((k for k, w in enumerate(words) if k and (fold(w) in lex.age_at_verbs or fold(w) in FUNCTION_WORDS)), len(words))
    return " ".join(words[:cut])


# the name opening a sentence, its subject: "Fred Dunn, a former clerk, dies at 85"
_OPENING_NAME = _rx(r"[\s\"“']*(?P<who>[Hh]e|[Ss]he|[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3})(?=\s*,|\s+[a-z])")


def _was_person(text: str, start: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person an age closing "She was 85." or "Quell was 85." is of, or that "died on
    Sunday at 85" gives the sentence's subject ("Fred Dunn, a former clerk, dies at 85"):
    a pronoun's antecedent or the name, by full name."""
    was = lex.person_was_before.search(text, max(sent.start, start - 40), start)
    died = lex.age_at_before.search(text, max(sent.start, start - 48), start) if was is None and lex.age_at_before else None
    if died is not None:
        # the name right before the verb ("Hollywood Mermaid, Esther Quill dies at 91"), else
        # the sentence's opening one ("Fred Dunn, top Carver aide, dies at 75")
        was = _NAME_RUN_ENDING.search(text, max(sent.start, died.start() - 60), died.start()) \
            or _OPENING_NAME.match(text, sent.start, died.start())
    return _person_of_run(was, text, sent, lex) if was is not None else None


def actor_named(text: str, verb_at: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person whose name (or pronoun) is the subject of the verb at ``verb_at``: "Bettie
    Quell died", "Quell, a model, died", "she died"."""
    # (the opening name's lookahead reads the verb's first letter: "Quell suffered")
    was = _NAME_RUN_ENDING.search(text, max(sent.start, verb_at - 60), verb_at) or _OPENING_NAME.match(text, sent.start, verb_at + 1)
    return _person_of_run(was, text, sent, lex) if was is not None else None


def clause_subject(text: str, at: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person named as the subject of a verb before ``at`` ("Tom Vance stepped into the
    role as ..."; no possessive: "Doctor Who's title role"), else the one the sentence opens
    with ("Vance, 26, will become ...", "He was unveiled as ...")."""
    was = None
    for got in _NAME_BEFORE_VERB.finditer(text, sent.start, at):
        if not got.group("who").endswith(("'s", "’s")):
            was = got
    was = was or _OPENING_NAME.match(text, sent.start, at)
    return _person_of_run(was, text, sent, lex) if was is not None else None


def apposed_name(text: str, at: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person a name right before ``at`` and a comma names ("Tom Vance, the 12th
    Doctor"): the one an apposition describes."""
    was = _NAME_BEFORE_COMMA.search(text, max(sent.start, at - 60), at)
    return _person_of_run(was, text, sent, lex) if was is not None else None


_NAME_BEFORE_COMMA = _rx(r"(?<![\w'-])(?P<who>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3}),[ \t]+\Z")
_NAME_BEFORE_VERB = _rx(r"(?<![\w'-])(?P<who>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,3})[ \t]+(?=[a-z])")


def _person_of_run(was: regex.Match, text: str, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person a matched name run (group ``who``) names, by full name; a pronoun's antecedent."""
    who, at = _before_a_verb(was.group("who"), lex), was.start("who")
    if not who:
        return None
    if fold(who) not in ("he", "she"):
        return _named(who, text, at, lex)
    folded = antecedent(text, at, sent, lex)
    written = as_written(folded, text, max(0, at - _NAMES_AROUND), at) if folded else None
    return _named(written, text, at, lex) if written else None


# "a 29-year-old man, Tom Renner, was", "a Tulsa woman named Ada Corbin": the name that
# introduces the one an indefinite age describes (a given name and a surname at least)
_INTRODUCED_AS = _rx(r"(?:[ \t]+[\w'-]+){1,4}?(?:,[ \t]+|[ \t]+(?:named|called|identified[ \t]+as)[ \t]+)"
                     r"(?P<name>[A-Z][\w'.-]+(?:[ \t]+[A-Z][\w'.-]+){1,2})"
                     r"(?=[ \t]*[,.;:()]|[ \t]+(?:of|from|who|was|is|has|had|and)\b)")


def whose(text: str, start: int, end: int, subject: str, aged: bool, holder: Optional[str], sent: Sentence,
          lex: Lexicon, one_person: bool = False) -> Optional[tuple[str, str]]:
    """(key, words) of the person a personal figure (``subject``: an age, a sentence) is
    about; None when the clause makes it no statement of the person's ("faces a maximum
    sentence of 15 years") or names no one person. An age has forms of its own ("Brian
    Corbin, 37"); otherwise the figure is its holder's. In the report of an event about one
    person (``one_person``: a death, a race's win), a definite age that names no one is the
    article's person's (:func:`_protagonist_aged`)."""
    if _states_no_ones(text, start, subject, sent, lex):
        return None
    return (aged and (_was_person(text, start, sent, lex) or one_person and _protagonist_aged(text, start, end, sent, lex)
                      or whose_age(text, start, end, sent.start, sent.end, lex) or _last_subject_aged(text, start, end, sent, lex))) \
        or holder_person(text, start, holder, sent.start, lex, aged=aged) \
        or (aged and _AT_AGE.search(text, max(sent.start, start - 20), start) and _opening_person(text, sent, lex)) \
        or (None if aged else _pronoun_person(text, start, sent, lex) or _appositive_person(text, start, sent, lex)
            or _for_person(text, start, end, sent, lex) or _opening_person(text, sent, lex))


def _protagonist_aged(text: str, start: int, end: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """ "The 84-year-old had spent 10 days in hospital", "a day after the 79-year-old singer
    died": in the report of an event about one person (who died, who won a race; not a fight's two), a
    definite age that names no one is the article's protagonist's (the name the text has
    named most, which its headline names), when its noun is none or one the text gives that
    person ("Officer Ethan Marsh" for "the 38-year-old officer")."""
    if not text[start:end].lower().endswith("year-old") or not _DEFINITE.search(text, max(sent.start, start - 6), start):
        return None
    headline = fold(text[:_headline_end(text)])
    hero = protagonist(text, start, sent, lex)
    if not hero or hero not in headline:
        return None
    noun = _NEXT_WORD.match(text, end, sent.end)
    word = fold(noun.group("w")) if noun else ""
    w, h = regex.escape(word), regex.escape(hero)
    if word in lex.age_nouns and not regex.search(r"(?i)\b(?:" + w + r"\W+(?:\w+\W+){0,2}" + h + r"|" + h + r"\W+(?:\w+\W+){0,3}"
                                                  + w + r")\b", text):
        return None  # "the 27-year-old gunman" in a report about his victim: another person
    written = as_written(hero, text, 0, start)
    return _named(written, text, start, lex) if written else None


_OPENS_THE = _rx(r"[\s\"“]*The\s+\Z")
_PREVIOUS_SENTENCE = _rx(r"(?s).*(?:[.!?][\"”’']?\s+|\n)")  # greedy: where the sentence before this one starts


def _last_subject_aged(text: str, start: int, end: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """ "Dolores Kittrell had served lunch at the school for 22 years. The 64-year-old
    grandmother was driving home ...": a definite age that opens its sentence and names no
    one is the person whose full name opens the sentence before, when its noun is none or
    one that describes a person."""
    if not text[start:end].lower().endswith("year-old") or not _OPENS_THE.fullmatch(text, sent.start, start):
        return None
    noun = _NEXT_WORD.match(text, end, sent.end)
    if noun is not None and fold(noun.group("w")) not in lex.age_nouns and not _VERB_NEXT.match(text, end, sent.end):
        return None  # "The 40-year-old bridge": a thing's age
    end = len(text[:sent.start].rstrip())  # where the sentence before ends, past a paragraph break
    before = _PREVIOUS_SENTENCE.match(text, max(0, end - 400), max(0, end - 1))
    lo = before.end() if before is not None else max(0, end - 400)
    opening = _OPENING_NAME.match(text, lo, end)
    if opening is None or opening.group("who").lower() in ("he", "she"):
        return None
    who = _named(opening.group("who"), text, opening.start("who"), lex)
    return who if who is not None and " " in who[0] else None


_VERB_NEXT = _rx(r"\s+(?:was|is|had|has|said|says|died|left|spent|[a-z]+ed)\b")
_NEXT_WORD = _rx(r"\s+(?P<w>[a-z][\w-]*)")


# "bail for Ray Dunn was set at $1m", "set bail at $1m for Ray Dunn": a full name after "for"
_FOR_NAME = _rx(r"\bfor\s+(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2})(?![\w'-])")


def _for_person(text: str, start: int, end: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person the figure is set for, named in full after "for" in its clause, the one
    nearest the figure."""
    lo, hi = sent.clause(start)
    names = list(_FOR_NAME.finditer(text, lo, hi))
    if not names:
        return None
    near = min(names, key=lambda m: min(abs(m.start() - end), abs(start - m.end())))
    return _named(near.group("name").rstrip("."), text, start, lex)  # "for Ray Dunn." ends a sentence


def _opening_person(text: str, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person whose full name opens the sentence, set off by a comma: its subject, when
    the clause names no one ("Dale Corbin, 53, the clerk who stole $3m, was sentenced to 10
    years")."""
    opening = _OPENING_NAME.match(text, sent.start, sent.end)
    if opening is None or not text.startswith(",", opening.end("who")):
        return None
    who = _named(opening.group("who"), text, opening.start("who"), lex)
    return who if who is not None and " " in who[0] else None


def _survived_person(text: str, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person whose name (or pronoun) opens a sentence built on a verb of surviving
    relatives ("Dray is survived by his wife, Mara, and three children"; events.yaml
    ``survivor_verbs``)."""
    opening = _OPENING_NAME.match(text, sent.start, sent.end)
    if opening is None or lex.survivor_verb is None or not lex.survivor_verb.match(text, opening.end("who")):
        return None
    return _person_of_run(opening, text, sent, lex)


# "Fred Dunn, a former clerk who served a 7-month term": the name a "who" clause's noun restates
_APPOSITIVE = _rx(r"(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}),\s+(?:a|an|the)\s+[^,;()]{0,80}?\bwho\s+(?:[\w-]+\s+){0,4}\Z")


def _appositive_person(text: str, start: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person a "who" clause before the figure is about, named right before its noun."""
    got = _APPOSITIVE.search(text, max(sent.start, start - 160), start)
    return _named(got.group("name"), text, start, lex) if got else None


_OPENS_CLAUSE = _rx(r"[\s,;:\"'“”(]*(?:(?:and|but|then|so|where|after)\s+)?")
_SUBJECT_PRONOUN = _rx(r"(?<![\w])(?:[Hh]e|[Ss]he)\s+(?:[\w-]+\s+){0,6}?\Z")


def _pronoun_person(text: str, start: int, sent: Sentence, lex: Lexicon) -> Optional[tuple[str, str]]:
    """The person "he" or "she" opening the figure's clause stands for ("He was sentenced to
    two years": the name before it the article names most), by full name."""
    lo = sent.clause(start)[0]
    pron = _SUBJECT_PRONOUN.search(text, lo, start)
    if pron is None or not _OPENS_CLAUSE.fullmatch(text, lo, pron.start()):
        return None  # "the judge told him he ...": a pronoun inside the clause is not its subject
    folded = antecedent(text, pron.start(), sent, lex)
    if not folded:
        return None
    written = as_written(folded, text, max(0, pron.start() - _NAMES_AROUND), pron.start())
    return _named(written, text, pron.start(), lex) if written else None


def relatives_of(text: str, start: int, noun: Optional[str], holder: Optional[str], sent: Sentence,
                 lex: Lexicon) -> Optional[tuple[str, str]]:
    """(key, words) of a count of a named person's relatives ("Vale has 11 wives",
    "married to 12 women": ``wives of amos vale``; events.yaml ``relations``), else
    None; a charge's marriages or a lifetime's are not that count."""
    low = fold(noun or "")
    relation = lex.relation_of.get(low)
    if low == "times" and lex.marriage_before is not None and lex.marriage_before.search(text, max(sent.start, start - 20), start):
        relation = "marriage"  # "married three times"
    if relation is None and low in lex.events.spouse_nouns and lex.spouse_before is not None \
            and lex.spouse_before.search(text, max(sent.start, start - 20), start):
        relation = lex.events.spouse_nouns[low]  # "married to 12 women": wives
    if relation is None or _states_no_ones(text, start, "relatives", sent, lex):
        return None
    # "He was married three times", "Ada Vale, who died on Monday, was married twice"
    who = holder_person(text, start, holder, sent.start, lex) or _pronoun_person(text, start, sent, lex) \
        or _opening_person(text, sent, lex) or _survived_person(text, sent, lex)
    many = noun_plural(relation)
    return (f"{many} of {who[0]}", f"{many} of {who[1]}") if who else None


def parent_named(text: str, parent_at: int, end: int, sent: Sentence) -> Optional[str]:
    """The name of the parent whose children a figure ending at ``end`` counts, its parent
    noun at ``parent_at`` ("a father of five"): right after the figure ("father of 5 Tom
    Renner hurt"), or before the parent noun, set off by a comma or a dash ("Tom Renner, 52,
    a father of five,", "Tom Renner - who was a father of five"); None when the sentence
    names no one there ("hitting a father of five")."""
    after = _PARENT_NAME_AFTER.match(text, end, sent.end)
    if after is not None and not title_case(text, sent.start, sent.end):  # "Mother Of 3 Found Dead": no name
        words = after.group("name").split()
        cut = next((k for k, w in enumerate(words) if fold(w) in FUNCTION_WORDS), len(words))
        if cut >= 2:  # a given name and a surname before any function word ("Tom Renner In ...")
            return " ".join(words[:cut])
    before = _PARENT_NAME_BEFORE.search(text, max(sent.start, parent_at - 80), parent_at)
    if before is None:
        return None
    words = before.group("name").split()
    return None if any(fold(w) in FUNCTION_WORDS for w in words) else before.group("name")


_CAP = r"[A-Z][\w'’-]+"
_BORN_AS = _rx(r"(?<![\w])(?:born|née|nee)\s+\Z")
_PARENT_NAME_AFTER = _rx(r"[ \t]+(?P<name>" + _CAP + r"(?:[ \t]+" + _CAP + r"){1,2})")
# a given name and a surname at most: a longer run may start with a sentence's first word
_PARENT_NAME_BEFORE = _rx(r"(?P<name>" + _CAP + r"(?:[ \t]+" + _CAP + r")?)(?:,\s*\d{1,3}\s*,|\s*,|\s+[-–—])\s*"
                          r"(?:who\s+(?:was|is|had\s+been)\s+)?(?:(?:a|an|the)\s+)?\Z")


def _states_no_ones(text: str, start: int, subject: str, sent: Sentence, lex: Lexicon) -> bool:
    """Whether the clause before a personal figure makes it no statement of the person's
    ("could face up to 25 years in jail", "accused of marrying three women")."""
    hedge = lex.personal_not_after.get(subject)
    return hedge is not None and hedge.search(text, sent.clause(start)[0], start) is not None


def holder_person(text: str, start: int, holder: Optional[str], sent_start: int, lex: Lexicon,
                  aged: bool = False) -> Optional[tuple[str, str]]:
    """The clause's holder as one person: a full name ("Tom Hale died ... at the age of
    77"), or a surname the text around gives one full name ("Dunn was jailed"); with
    ``aged``, only for an age written "aged 77" or "at the age of 77"."""
    if not holder or holder in lex.place_alias or aged and not _AGED.search(text, max(sent_start, start - 20), start):
        return None
    if any(q.group("title").startswith(holder) for q in _QUOTED.finditer(text, sent_start, start)):
        return None  # "the ballad "Silver Rain at Dawn," ... at age 85": a title, no one
    words = _person_words(holder.replace("'s", "").replace("’s", "").split(), lex)
    if not words or not all(w[:1].isupper() for w in words):
        return None
    who = _named(" ".join(words), text, start, lex)
    # one word that no full name around explains may be a company or a team ("Orchard")
    return who if who is not None and (len(words) > 1 or " " in who[0]) else None


_QUOTED = _rx(r"[\"“‘']\s*(?P<title>[A-Z][^\"”’'\n]{0,80})[\"”’']")


def _named(name: str, text: str, at: int, lex: Lexicon) -> Optional[tuple[str, str]]:
    """A person by given name and surname, titles and middle names left out ("Dale Amos
    Corbin" and "Deputy Dale Corbin" are ``dale corbin``). A surname alone ("Corbin, 44")
    stands for the one full name the text around it gives that surname, for nobody when it
    gives two ("Ray Dunn" and his son "Eli Dunn"), and for itself when it gives none."""
    words = _person_words(name.split(), lex)  # "died on Sunday, aged 78": a date, no name
    if len(words) > 1:
        return _person_key(words[0], words[-1]), f"{words[0]} {words[-1]}"
    if not words:
        return None
    surname = words[0]
    given = given_names(surname, text, max(0, at - _NAMES_AROUND), min(len(text), at + _NAMES_AROUND), lex)
    if len(given) > 1:
        # the one the headline and lede introduce, whom the story goes on to call by surname
        # ("Fred DuPree ... died"; his relatives are named in full later), unless they name two;
        # the headline's first ("Desmond Vale dies at 84" before "His son, Marcus Vale")
        given = given_names(surname, text, 0, min(len(text), LEDE), lex)
        if len(given) > 1:
            given = given_names(surname, text, 0, _headline_end(text), lex)
    if len(given) > 1:
        return None
    first = next(iter(given), None)
    return (_person_key(first, surname), f"{first} {surname}") if first else (fold(surname), surname)


def _headline_end(text: str) -> int:
    """Where a text's first line (its headline) ends."""
    end = text.find("\n")
    return len(text) if end < 0 else end


def _person_key(given: str, surname: str) -> str:
    """A person's key: the given name's "-ie" and "-y" spellings are one ("Bettie" and
    "Betty", "Jimmie" and "Jimmy"), which articles about one person mix."""
    g = fold(given)
    return f"{g[:-2] + 'y' if g.endswith('ie') and len(g) > 3 else g} {fold(surname)}"


def given_names(surname: str, text: str, lo: int, hi: int, lex: Lexicon) -> set[str]:
    """The given names ``text[lo:hi]`` writes before ``surname`` ("Ray Dunn", "Deputy Ray
    Dunn": "Ray"), but a birth name's ("Dunn was born Raymond Dunn") and a hyphened
    surname's ("Lorna Dunn-Kent"): found with a plain
    search, as no pattern is made for each surname."""
    given: set[str] = set()
    at = text.find(surname, lo, hi)
    while at >= 0:
        end = at + len(surname)
        run = _NAME_RUN_BEFORE.search(text, max(lo, at - 60), at)
        # not a longer name: "Mosby-Kent" (a hyphened surname), "Mosbyson"
        if run is not None and not (end < len(text) and (text[end].isalnum() or text[end] == "_" or text[end] == "-"
                                                          and text[end + 1:end + 2].isupper())) \
                and _BORN_AS.search(text, max(lo, run.start() - 12), run.start()) is None:
            words = _person_words(_after_a_break(run.group().split(), lex), lex)
            if words:
                given.add(words[0])
        at = text.find(surname, end, hi)
    return given


def _after_a_break(words: list[str], lex: Lexicon) -> list[str]:
    """The words of a run after the last one that ends a sentence ("Tuesday. Corbin"), not
    after an initial or a title ("J. Corbin", "Mr. Corbin"), or that is a function word a
    headline capitalises ("Confesses To Killing Of Ada Corbin": Ada)."""
    ends = [k for k, w in enumerate(words) if w.endswith(".") and len(w) > 2 and w not in lex.person_titles
            or fold(w) in FUNCTION_WORDS]
    return words[ends[-1] + 1:] if ends else words


def _person_words(words: list[str], lex: Lexicon) -> list[str]:
    """The words of a name that name the person: not a title ("Deputy", "Mr."), a day or a
    month ("On Friday Dunn"), or a function word capitalised at a sentence's start."""
    # "Actress Mara Quell", "Musical Star Mara Quell": the name after the last role word
    # ("Tom Farmer" ends with his surname; "Actress" alone names no one)
    if len(words) == 1 and words[0] in lex.role_titles:
        return []
    lead = next((k + 1 for k in range(len(words) - 2, -1, -1) if words[k] in lex.role_titles), 0)
    # "Kenya's Elias Kiptanui", "Chelsea's Tom Vale": an owner before the name is no part of it
    lead = next((k + 1 for k in range(len(words) - 2, lead - 1, -1) if words[k].endswith(("'s", "’s"))), lead)
    words = [w.removesuffix("'s").removesuffix("’s") for w in words[lead:]]  # "Reid's, 33,"
    return [w for w in words if w not in lex.person_titles and fold(w) not in FUNCTION_WORDS
            and fold(w) not in lex.month_of and fold(w) not in lex.weekday_of and not _DESCRIBES.fullmatch(w)]


_DESCRIBES = _rx(r"[A-Z][\w'.]*-[a-z][\w-]*")  # "Leeds-born", "US-based": a description, no name


def role_named(text: str, name: str, sent_start: int, before: int, lex: Lexicon) -> Optional[str]:
    """The role of an event's one person (events.yaml ``unique_roles``) that a sentence gives
    a full name written before ``before`` ("The gunman, Kyle Dorsey, 25,", "identified the
    gunman as Kyle Dorsey"): the role's age is then that person's (conflicts/check.py)."""
    at = text.rfind(name, sent_start, before)
    role = _ROLE_NAMED.search(text, max(sent_start, at - 40), at) if at >= 0 else None
    return fold(role.group("role")) if role is not None and fold(role.group("role")) in lex.unique_roles else None


_ROLE_NAMED = _rx(r"(?i)(?<![\w])the\s+(?:[\w-]+\s+)?(?P<role>[a-z][\w-]*)(?:,\s+|\s+as\s+)\Z")


def _role(noun: str, text: str, at: int, lex: Lexicon) -> Optional[tuple[str, str]]:
    """One person by a role an event has one of ("the gunman"; events.yaml ``unique_roles``),
    unless the text around names more than one ("the gunmen", "a second gunman"); "the
    victim" may be one of several."""
    low = fold(noun)
    if low not in lex.unique_roles:
        return None
    several = _rx(r"(?i)\b(?:" + regex.escape(noun_plural(low)) + r"|(?:second|another|other|third|fellow)\s+"
                  + regex.escape(low) + r")\b")
    if several.search(text, max(0, at - _NAMES_AROUND), at + _NAMES_AROUND):
        return None
    return low, f"the {noun}"
