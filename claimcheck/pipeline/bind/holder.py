"""Whose figure it is: the name or noun phrase that holds it ("Acme employs 4,000
people", "the index fell to 900")."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Optional

import regex

from ...lexicon import Lexicon, fold
from ...text.rx import _rx, bound_all
from ..mentions import Mention
from .sentence import Sentence
from .words import BINDING, DETERMINERS, NOT_CONCEPTS, NOT_HOLDERS, PAST, STOP, noun_word, nounish, plural


_HOLDER_SKIP = DETERMINERS | NOT_HOLDERS
# (a run stops after a word that ends a sentence: "on Monday. Mr Rose" is two runs)
_CAPS = regex.compile(r"(?<![\w'-])(?![A-Z]{1,3}\$?\d+[.,]\d)[A-Z][\w'&.-]*(?:(?<![a-z]{3}\.)(?:\s+(?:of|the|and|de|&)\s+[A-Z][\w'&.-]*|\s+[A-Z0-9][\w'&.-]*))*")


def holder_for(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """Whose figure it is: the nearest name before it in its clause that is not the object
    of a preposition ("Acme employs 4,000 people in Ohio", "the Oslo Stock Exchange rose 12
    points"), else the name a relative clause is about ("Acme, which employs 4,000"), else
    the clause's opening noun phrase ("the index fell to 900", "wholesale prices rose 2%")."""
    c_lo, _ = sent.clause(m.start)
    if text[c_lo:c_lo + 1] == "(" and c_lo > sent.start:
        bracketed = _name_before_brackets(text, c_lo, sent, lex)
        if bracketed:
            return bracketed
    best, best_at, after_prep = _names_before(text, m, c_lo, sent, lex)
    got = _relative_clause_noun(text, m, c_lo, best_at, lex) or best
    if got:
        return got
    if c_lo > sent.start and _rx(r"(?i)(?:which|who)\b").match(text, c_lo, c_lo + 6):
        got = _antecedent(text, c_lo, sent, lex)
        if got:
            return got
    return _clause_opener(text, m, c_lo, sent, after_prep, lex)


_CARRIED = _rx(r"(?i)(?<![\w-])(?P<who>[a-z][\w-]*)\s*,?\s+(?P<prep>[a-z]+)\s+\Z")


def carriers_of(text: str, m: Mention, sent: Sentence, noun: Optional[str]) -> Optional[str]:
    """The group a count of vehicles carries: "the raiders in four skiffs", "gunmen, on three
    motorbikes" (binding.yaml ``vehicles``); None for any other count."""
    if noun is None or noun.lower() not in BINDING.vehicles:
        return None
    got = _CARRIED.search(text, max(sent.start, m.start - 40), m.start)
    if got is None or got.group("prep").lower() not in BINDING.carried_in:
        return None
    who, low = got.group("who"), got.group("who").lower()
    if low in STOP or low in _HOLDER_SKIP:
        return None
    return who if low in BINDING.irregular_plurals or plural(low) else None  # "pirates", "gunmen", "people"


def _name_before_brackets(text: str, c_lo: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """ "G Ada Okafor (18.1 ppg, 5.2 rpg)", "the Oslo index (1,402 up 12 points)":
    figures in brackets right after a name are that name's."""
    for cm in _CAPS.finditer(text, max(sent.start, c_lo - 60), c_lo):
        if not text[cm.end():c_lo].strip():
            name = _name(cm, sent, lex)
            if name:
                return name
    return None


def _names_before(text: str, m: Mention, c_lo: int, sent: Sentence, lex: Lexicon) -> tuple[Optional[str], int, Optional[str]]:
    """(the last name in the clause before the figure, where it starts, the last name after
    a preposition): "4,000 staff in Ohio": a name after a preposition is a place or an
    object; the clause's subject is who holds the figure."""
    best = after_prep = None
    best_at = -1
    for cm in _CAPS.finditer(text, c_lo, m.start):
        name = _name(cm, sent, lex)
        if name:
            if _AFTER_PREP.search(text, max(c_lo, cm.start() - 20), cm.start()):
                after_prep = name
            else:
                best, best_at = name, cm.start()
    return best, best_at, after_prep


def _relative_clause_noun(text: str, m: Mention, c_lo: int, best_at: int, lex: Lexicon) -> Optional[str]:
    """ "a team that had only 19 riders": the noun a relative clause is about, if
    nearer than any name."""
    seg = text[c_lo:m.start]
    if "that" not in seg and "which" not in seg and "who" not in seg:
        return None
    rel = None
    for rm in _RELATIVE_NOUN.finditer(text, c_lo, m.end):
        w = rm.group("w").lower()
        if rm.start() > best_at and noun_word(w, lex) and w not in lex.speech_forms:
            rel = rm.group("w")
    return rel


def _antecedent(text: str, c_lo: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """ "Acme, which employs 4,000 people": the name the relative clause is about; "bank
    stocks, which were up 2.8%": a common noun."""
    ante = None
    for cm in _CAPS.finditer(text, sent.start, c_lo):
        if _rx(r"\s*(?:\([^()]{1,20}\))?[\s,]*").fullmatch(text, cm.end(), c_lo):
            ante = cm.group()
    if ante and not _opener(ante.split()[0], lex) or ante and " " in ante:
        return ante
    low_ante = _rx(r"(?<![\w'-])([a-z][a-z-]+)[\s,]*\Z").search(text, max(sent.start, c_lo - 30), c_lo)
    if low_ante and noun_word(low_ante.group(1), lex):
        return low_ante.group(1)
    return None


def _clause_opener(text: str, m: Mention, c_lo: int, sent: Sentence, after_prep: Optional[str], lex: Lexicon) -> Optional[str]:
    """The clause's opening noun phrase ("the index fell to 900"), past its determiners; a
    pronoun opening it stands for a name before the clause; else ``after_prep``."""
    lead = sent.tokens_after(c_lo, m.start, 6)
    i = 0
    while i < len(lead) and (lead[i][2].lower() in _HOLDER_SKIP or lead[i][2].lower() in lex.pronouns):
        if lead[i][2].lower() in lex.pronouns:
            if lead[i][2].lower() in _THIRD_PERSON and c_lo > sent.start:
                named = _name_a_pronoun_stands_for(text, c_lo, sent, lex)
                if named:
                    return named
            return after_prep  # "it circles the planet": the next word is its verb
        i += 1
    picked = []
    while i < len(lead) and len(picked) < 3 and _is_holder_word(lead[i][2], lex):
        picked.append(lead[i][2])
        i += 1
    return " ".join(picked) if picked else after_prep


def _name_a_pronoun_stands_for(text: str, c_lo: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """ "Ortega praised his office, where he employs 60 engineers": a pronoun opening the
    clause stands for the last name before the clause (not an object's: "uses his Twitter
    account")."""
    names = [n for n, cm in ((_name(cm, sent, lex), cm) for cm in _CAPS.finditer(text, sent.start, c_lo))
             if n and not _OBJECT_BEFORE.search(text, max(sent.start, cm.start() - 20), cm.start())]
    return names[-1] if names else None


def _is_holder_word(tok: str, lex: Lexicon) -> bool:
    """A word of a holder's noun phrase: lower-case, no number word, speech verb, -ing
    form, past form or other verb."""
    low = tok.lower()
    return nounish(tok) and low not in lex.word_values and low not in lex.numbers.scales and low not in lex.speech_forms \
        and not low.endswith("ing") and not PAST.search(low) and low not in lex.verb_forms


_THIRD_PERSON = BINDING.third_person
# "<noun> that|which <up to four words> <figure>": the figure belongs to the noun
_RELATIVE_NOUN = regex.compile(r"(?<![\w'-])(?P<w>[A-Za-z][a-z-]+)\s*,?\s+(?:that|which|who)\s+(?=(?:[\w'-]+\s+){0,4}[^\w\s]?\d)")
# prepositions that make the name after them an object or a place, not a clause's subject
_OBJECT_PREPS = "in|at|on|for|from|to|into|near|across|against|via|than|with|by|of"
# ... and possessives: not who a later "he" stands for ("uses his Twitter account")
_OBJECT_BEFORE = regex.compile(r"(?i)(?<![\w])(?:" + _OBJECT_PREPS + r"|his|her|its|their)\s+(?:the\s+)?\Z")


def _given_before(words: list[str]) -> bool:
    """Two words that read as a given name or title and a surname: the first capitalised
    only ("Mark Felt", "Mr Felt"; not "POLICE Said", "The Rose")."""
    return len(words) == 2 and words[0][:1].isupper() and words[0][1:].islower() and words[0].lower() not in STOP


def _name(cm, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """A run of capitalised words as a name: the function words, verbs, months and digits
    at its ends dropped ("Until 1990", "MANCHESTER, England It"), and a word capitalised
    only because it opens the sentence ("Following the launch")."""
    words = cm.group().split()
    while words and (words[0].lower() in NOT_HOLDERS or words[0].lower() in lex.month_of or words[0].lower() in lex.weekday_of
                     or words[0].lower() in lex.verb_forms and cm.group().startswith(words[0])
                     and (len(words) > 1 or cm.start() == sent.start)):
        words = words[1:]
    # a verb capitalised in a title ("Police Said"), not a surname that is one ("Mark Felt",
    # "Felt revealed" mid-sentence)
    run = cm.group().split()
    surname = cm.start() != sent.start and len(words) == 1 and words[0].lower() not in STOP or _given_before(run[-2:])
    while words and (words[-1].lower() in NOT_HOLDERS or words[-1].lower() in lex.verb_forms
                     and not (surname and words[-1].lower() not in lex.speech_forms)):
        words = words[:-1]
    if words and cm.start() == sent.start and cm.group().startswith(words[0]) and _opener(words[0], lex):
        words = words[1:]
    while words and words[-1][:1].isdigit():
        words = words[:-1]  # "Until 1990": a year, not part of a name
    while words and words[0][:1].isdigit():
        words = words[1:]   # "At 118.5p": a figure
    if len(words) == 1 and (fold(words[0]) in lex.unit_form or words[0] in lex.unit_form_cs):
        return None         # "minus 387 Fahrenheit": a unit
    if not words or cm.start() == sent.start and len(words) == 1 and cm.group() == words[0] and words[0].lower() in STOP:
        return None
    return " ".join(words).rstrip(".,")


_AFTER_PREP = regex.compile(r"(?i)(?<![\w])(?:" + _OBJECT_PREPS + r")\s+(?:the\s+)?\Z")


def _opener(word: str, lex: Lexicon) -> bool:
    """A word capitalised only because it opens the sentence: a function word, a number
    word, an -ing or -ly word ("Following", "Hundreds", "Only")."""
    low = word.lower()
    return (low in STOP or low in NOT_CONCEPTS or low in NOT_HOLDERS or low in lex.word_values or low in lex.numbers.vague
            or low in lex.verb_forms
            or low.endswith(("ing", "ly")) and len(low) > 5)


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time


# "he was", "it had", "she later": a pronoun standing right before an action
_PRONOUN_BEFORE = _rx(r"(?i)(?<![\w'-])(?:he|she|it|they)\s+(?:(?:had|has|have|was|were|is|are|been|later|then|also|once|finally|eventually|first|only|still|never|soon|reportedly|allegedly)\s+){0,3}\Z")
# "Nella Rourke, 88, who died", "Tom Berrow, who was arrested": the name right before "who"
_WHO_BEFORE = _rx(r"(?P<name>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+){0,2})(?:,[ \t]*\d{1,3})?,?[ \t]+who[ \t]+(?:[\w-]+[ \t]+){0,3}\Z")
_PRONOUN_OPENS = _rx(r"\s*[\"“]?(?:He|She|It|They)\b")
_PERSONAL_PRONOUN = _rx(r"(?i)(?:he|she|him|her)\b")
_LOOK_BACK = 400  # characters before a pronoun searched for what it stands for (about a sentence)
_SALIENCE_REACH = 4000  # characters before a pronoun whose names are counted to rank candidates
_SENTENCE_END = _rx(r"(?s).*[.!?][\"”’']?\s+|.*\n")  # greedy: the last sentence end before the pronoun's sentence


def antecedent(text: str, pos: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """Whom a pronoun at ``pos`` stands for ("a jury found him guilty")."""
    return _antecedent_of(text, pos, sent, lex)


# a sentence's subject named first, then set off by an appositive before its verb: "Ada
# Vale, the Tulsa-born actress who starred in Dry Creek, died"; a dateline may come first
_APPOSITIVE_SUBJECT = _rx(r"[\s\"“]*(?:[^\n]{0,40}?\s[-—–]\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'.-]+){0,3}),\s+"
                          r"(?:the|a|an|who|whose|whom)\s[^;]*,[\"”]?\s+(?:has\s+|had\s+|was\s+)?\Z")


def actor_before(text: str, pos: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """Who an action at ``pos`` is about, as a folded surname: the nearest name before it in
    its sentence ("HMS Orrin sank" -> "orrin"), but the subject an appositive sets off
    before the verb ("Ada Vale, the Tulsa-born actress who starred in Dry Creek, died" ->
    "vale"). A pronoun stands for the subject before it:
    the first name of its sentence before it, else the first of the sentence before ("Vale
    runs a sect in Creston. He was ejected in 2003" -> "vale"); so does a sentence that
    opens with a pronoun and names no one before the action, and "who" the name right before
    it ("tributes for Nella Rourke, 88, who died"). A name after a preposition or
    possessive, an acronym alone, a place and a nationality are passed over ("the former FLDS
    bishop who was ousted" is about the name before)."""
    pron = _PRONOUN_BEFORE.search(text, max(sent.start, pos - 40), pos)
    if pron is not None:
        return _antecedent_of(text, pron.start(), sent, lex)
    who = _WHO_BEFORE.search(text, max(sent.start, pos - 80), pos)
    if who is not None:  # "tributes for Nella Rourke, 88, who died": the name "who" stands for
        last = who.group("name").split()[-1]
        if not _names_no_one(who.group("name"), fold(last), lex):
            return _surname_key(who.group("name"), text, who.start("name"), lex)
    apposed = _APPOSITIVE_SUBJECT.match(text[sent.start:pos])
    if apposed is not None and not _names_no_one(apposed.group("name"), fold(apposed.group("name").split()[-1]), lex):
        return _surname_key(apposed.group("name"), text, sent.start, lex)  # "Ada Vale, the Tulsa-born actress who ..., died"
    named = _names(text, sent.start, pos, sent, lex)
    if named:
        return named[-1]
    if _PRONOUN_OPENS.match(text, sent.start, pos):
        # "He once led the youth wing, but was expelled in 2011": the sentence's subject
        return _antecedent_of(text, sent.start, sent, lex)
    return None


def _surname_key(name: str, text: str, at: int, lex: Lexicon) -> str:
    """Whom a name written at ``at`` names, as actions are keyed: by surname ("Ada Vale" ->
    "vale"), but by given name and surname for a namesake of the one the headline and lede
    name before it under another given name ("Mae Orrin died on Sunday ... Her husband,
    Hal Orrin, who died in 2009" -> "hal orrin"), whose dates are no rivals of hers."""
    from .person import LEDE, given_names  # (person.py reads this module: imported at the call)
    words = name.split()
    last = fold(words[-1]).removesuffix("'s")
    if len(words) < 2:
        return last
    given = fold(words[-2])
    in_lede = {fold(g) for g in given_names(words[-1], text, 0, min(at, LEDE), lex)}
    return f"{given} {last}" if in_lede and given not in in_lede else last


def protagonist(text: str, pos: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """The name the text has named most before ``pos`` (within a few thousand characters):
    whose "2007 conviction" an article about one person means."""
    so_far = _named_so_far(text, pos, sent, lex)
    return so_far.most_common(1)[0][0] if so_far else None


def _named_so_far(text: str, pos: int, sent: Sentence, lex: Lexicon) -> Counter:
    """How often each name is named in the few thousand characters before ``pos``."""
    return Counter(_names(text, max(0, pos - _SALIENCE_REACH), pos, sent, lex))


def _antecedent_of(text: str, pron_at: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """Whom a pronoun stands for: of the names in its sentence before it and in the sentence
    before, the one the text has named most so far (the article's protagonist over a
    relative listed once); with none there, the most named so far."""
    before = _SENTENCE_END.search(text, max(0, sent.start - _LOOK_BACK), max(0, sent.start - 1))
    lo = before.end() if before is not None else max(0, sent.start - _LOOK_BACK)
    near = _names(text, lo, pron_at, sent, lex)
    so_far = _named_so_far(text, pron_at, sent, lex)
    if not near:
        return so_far.most_common(1)[0][0] if so_far else None
    best = max(near, key=lambda n: (so_far[n], -near.index(n)))
    top, count = so_far.most_common(1)[0]
    # the article's protagonist, named more than anyone near, over names the last sentences
    # mention in passing ("... helped reporters Ann Pike and Joe Marr. It was years
    # before he came forward"): "he" goes on being the one the article is about
    person = _PERSONAL_PRONOUN.match(text, pron_at) is not None  # "it" is the last thing named
    return top if person and count >= 2 and count > so_far[best] else best


def _names(text: str, lo: int, hi: int, sent: Sentence, lex: Lexicon) -> list[str]:
    """The folded surnames of the names between two offsets that can be whom an action is about."""
    found = []
    for cm in _CAPS.finditer(text, lo, hi):
        name = _name(cm, sent, lex)
        if not name or _OBJECT_BEFORE.search(text, max(lo, cm.start() - 20), cm.start()):
            continue
        words = name.split()
        last = fold(words[-1]).removesuffix("'s")
        if not (len(words) == 1 and words[0].isupper()) and not _names_no_one(name, last, lex) \
                and not (len(words) > 1 and name in _quoted_names(text)):
            found.append(last)
    return found


@functools.lru_cache(maxsize=4)
def _quoted_names(text: str) -> frozenset[str]:
    """The names of several words a text puts in quotes ("became 'Deep Throat'"): nicknames
    or titles, whom no pronoun stands for. Read once per text (an article's pronouns ask
    again and again)."""
    return frozenset(m.group("name") for m in _QUOTED_NAME.finditer(text))


_QUOTED_NAME = _rx(r"[\"'‘“`]\s*(?P<name>[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)+)\s*[,.]?\s*[\"'’”]")


def _names_no_one(name: str, last: str, lex: Lexicon) -> bool:
    """A nationality, a place, a month, a function word or a capitalised word that names no one
    ("Police in Malmo have arrested 22": events.yaml ``not_names``): not whom an action is about."""
    return name in lex.demonym_of or name in lex.place_alias or last in lex.name_stopwords or last in STOP or last in NOT_HOLDERS
