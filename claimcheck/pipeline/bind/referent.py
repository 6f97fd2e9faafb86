"""What an unclassed count counts, as a plain key: "three undersea cables" -> "noun:undersea cable".

A count whose noun no lexicon class covers ("six AK-47 rifles", "three undersea cables")
is still a figure a second report can contradict, but only about the very same thing.
Its referent is the noun phrase between the figure and its head noun, folded and made
singular: the head and every modifier must agree ("three rifles" and "seven AK-47 rifles"
name different referents). A phrase with a word that makes it a part of a group or no
group ("three other rifles", "two of the cables") names none. Where such a key is
compared, the check keeps it inside one typed event and says the referent is uncertain
(see ``conflicts/rules/value_conflict.py``).

    >>> text = "Divers found three undersea cables cut and two other boats."
    >>> open_noun(text, text.index(" undersea"), "cables", text.index(" cut"))
    'noun:undersea cable'
    >>> open_noun(text, text.index(" other"), "boats", text.index("."))  # the rest of a group
    >>> open_noun("She has 19 wives.", 10, "wives", 16)
    'noun:wife'
    >>> text = "Marines seized 12 AK-47 guns and seven AK-47s."
    >>> open_noun(text, text.index(" AK"), "guns", text.index(" and")), open_noun(text, text.index(" AK-47s"), "AK-47s", len(text) - 1)
    ('noun:ak 47', 'noun:ak 47')
    >>> text = "He got four life sentences without the possibility of parole."
    >>> open_noun(text, text.index(" life"), "sentences", text.index(" without"))
    'noun:life sentence without possibility'

An amount of a substance ("3.2 tonnes of cocaine", "2,000 barrels of crude oil") is keyed
the same way, by the head noun after "of":

    >>> text = "Customs seized 3.2 tonnes of pure cocaine hidden in bananas."
    >>> substance_of(text, text.index(" of"))
    'noun:cocaine'
"""

from __future__ import annotations

from typing import Optional

from ...text.rx import _rx
from .words import BINDING, STOP, noun_singular, plural

OPEN_NOUN = "noun:"
"""The prefix of a referent read from the noun phrase (``Claim.compare_as``)."""


def is_open_noun(compare_as: Optional[str]) -> bool:
    """Whether a claim's ``compare_as`` is a referent read from its words: a noun phrase no
    class names, or a price's product version (pipeline/bind/price.py)."""
    return compare_as is not None and compare_as.startswith(OPEN_NOUN)

OTHER_THAN = " other than "
"""What joins the rest of a list's class to the item before it: "noun:rifle other than ak 47"."""


def rest_of_list(before: str, noun: str) -> str:
    """The referent of "three other rifles" after a list item whose referent is ``before``."""
    return f"{OPEN_NOUN}{noun}{OTHER_THAN}{before[len(OPEN_NOUN):]}"


def is_rest_of_list(compare_as: Optional[str]) -> bool:
    """Whether a referent is the rest of a list's class (:func:`rest_of_list`): the whole
    of its own group, though its words make it a part."""
    return compare_as is not None and OTHER_THAN in compare_as


def carried_referent(group: str, vehicles: str) -> str:
    """The referent of a count of vehicles that carry a group ("the raiders in four skiffs"):
    that group's vehicles, "noun:pirate boat", a referent its event gives it."""
    return f"{OPEN_NOUN}{noun_singular(group.lower())} {noun_singular(vehicles.lower())}"


_WORD = _rx(r"[^\W_]+")
_MOST_WORDS = 4  # "four big undersea fibre links": longer runs are clauses, not noun phrases


def phrase_words(text: str, lo: int, hi: int) -> list:
    """The words of ``text[lo:hi]`` as a referent reads them ("AK-47" is two): matches."""
    return list(_WORD.finditer(text, lo, hi))


def open_noun(text: str, figure_end: int, noun: Optional[str], noun_end: Optional[int]) -> Optional[str]:
    """The referent key of the count ending at ``figure_end`` whose counted noun ``noun``
    ends at ``noun_end``; None when the phrase names no one group of things."""
    if not noun or noun_end is None or noun_end <= figure_end:
        return None
    words = [w.lower() for w in _phrase_tokens(text, figure_end, noun_end)]
    if not words or len(words) > _MOST_WORDS or any(w in BINDING.not_referent_words for w in words):
        return None
    head = words[-1]
    if len(words) > 1 and head[:1].isdigit() and head.endswith("s"):
        words[-1] = head[:-1]  # "seven AK-47s": AK-47s are the model's, as "12 AK-47 guns" are
        return OPEN_NOUN + " ".join(words + _restriction(text, noun_end))
    if head not in BINDING.irregular_plurals and (not plural(head) or head.endswith("ings")):
        return None  # "one boat", "three sightings": a singular or a gerund counts no group
    lemma = noun_singular(head)
    model = [k for k, w in enumerate(words[:-1]) if any(ch.isdigit() for ch in w)]
    if model and lemma in BINDING.generic_heads:
        # "12 AK-47 guns", "seven AK-47 assault rifles", "seven AK-47s": the model names the
        # thing, and the words after it only its class
        return OPEN_NOUN + " ".join(words[:model[-1] + 1] + _restriction(text, noun_end))
    return OPEN_NOUN + " ".join(words[:-1] + [lemma] + _restriction(text, noun_end))


_WORD_OR_PLURAL = _rx(r"[^\W_]+(?:['’]s(?![\w]))?")


def _phrase_tokens(text: str, lo: int, hi: int) -> list[str]:
    """The words of a counted phrase; an acronym's plural with an apostrophe is one word
    ("46 KO's" as "46 KOs"), a possessive two ("the firm's" as "firm", "s")."""
    out = []
    for w in _WORD_OR_PLURAL.findall(text, lo, hi):
        if w[-2:-1] not in ("'", "’"):
            out.append(w)
        elif w[:-2].isupper():
            out.append(w[:-2] + "s")
        else:
            out += [w[:-2], "s"]
    return out


def _restriction(text: str, noun_end: int) -> list[str]:
    """A phrase after the noun that narrows the group: "sentences without parole" are
    not all the sentences, "homes without power" not all the homes."""
    after = [w.lower() for w in _WORD.findall(text, noun_end, min(len(text), noun_end + 40))[:5]]
    if not after or after[0] not in BINDING.restrictive_prepositions:
        return []
    content = [w for w in after[1:] if w not in BINDING.determiners]
    if len(content) > 2 and content[1] in ("and", "or"):
        return [after[0]] + content[:3]  # "games with the Hawks and Bears" are not those with the Hawks
    return [after[0]] + content[:1]


_OF_SUBSTANCE = _rx(r"\s+of\s+(?:the\s+)?(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")
# the period an amount fell or was gathered in: "182 mm of rain in 24 hours"
_IN_PERIOD = _rx(r"[^.;:!?]{0,40}?(?<![\w])in\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+|first\s+)?"
                 r"(?P<n>[\w-]+)\s+(?P<u>hours?|days?|weeks?)(?![\w])")


def substance_of(text: str, unit_end: int) -> Optional[str]:
    """The referent key of an amount whose unit ends at ``unit_end`` ("3.2 tonnes of pure
    cocaine hidden ...": "noun:cocaine"): the last of up to two words after "of", before a
    function word, a verb or a participle, with the period the clause gives it ("182 mm of
    rain in 24 hours": "noun:rain in 24 hour"); None when no noun follows."""
    got = _OF_SUBSTANCE.match(text, unit_end)
    if got is None:
        return None
    words = []
    for w in got.group("words").split():
        if w in STOP or w in BINDING.verbs or w.endswith(("ed", "en", "ing")):
            break
        words.append(w)
    if not words:
        return None
    period = _IN_PERIOD.match(text, got.start("words") + len(" ".join(words)))
    within = f" in {period.group('n').lower()} {noun_singular(period.group('u'))}" if period else ""
    return OPEN_NOUN + noun_singular(words[-1]) + within


_FLOORS_AFTER = _rx(r"(?i)[\s-]+(?P<u>[a-z]+)")
_SIZE_AFTER = _rx(r"(?:-(?P<dim>high|tall|long|wide|deep))?(?P<words>(?:[ \t]+[^\W\d_][\w'-]*){1,3})(?![\w-])")


def structure_size(text: str, end: int, floors: bool) -> Optional[str]:
    """The referent key of a structure's size written before its noun ("a six-story apartment
    building": "noun:storeys of building"; "the 210-metre San Lucas bridge": "noun:size of
    bridge"; "a 30-metre-high crane": "noun:high of crane"): the first structure noun
    (binding.yaml ``structures``) within three words. ``floors``: the figure is a count,
    whose unit ("-story") follows it. None for any other figure."""
    if floors:
        unit = _FLOORS_AFTER.match(text, end)
        if unit is None or unit.group("u").lower() not in BINDING.floors:
            return None
        end = unit.end()
    got = _SIZE_AFTER.match(text, end)
    if got is None:
        return None
    noun = next((w for w in got.group("words").lower().split() if w in BINDING.structures), None)
    if noun is None:
        return None
    dim = "storeys" if floors else got.group("dim") or "size"
    return f"{OPEN_NOUN}{dim} of {noun_singular(noun)}"
