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
"""

from __future__ import annotations

from typing import Optional

from ...text.rx import _rx
from .words import BINDING, noun_singular, plural

OPEN_NOUN = "noun:"
"""The prefix of a referent read from the noun phrase (``Claim.compare_as``)."""


def is_open_noun(compare_as: Optional[str]) -> bool:
    """Whether a claim's ``compare_as`` is a referent read from its words: a noun phrase no
    class names, or a price's product version (pipeline/bind/price.py)."""
    return compare_as is not None and compare_as.startswith(OPEN_NOUN)

_WORD = _rx(r"[^\W_]+")
_MOST_WORDS = 4  # "three major underwater data lines": longer runs are clauses, not noun phrases


def phrase_words(text: str, lo: int, hi: int) -> list:
    """The words of ``text[lo:hi]`` as a referent reads them ("AK-47" is two): matches."""
    return list(_WORD.finditer(text, lo, hi))


def open_noun(text: str, figure_end: int, noun: Optional[str], noun_end: Optional[int]) -> Optional[str]:
    """The referent key of the count ending at ``figure_end`` whose counted noun ``noun``
    ends at ``noun_end``; None when the phrase names no one group of things."""
    if not noun or noun_end is None or noun_end <= figure_end:
        return None
    words = _WORD.findall(text, figure_end, noun_end)
    words = [w.lower() for w in words]
    if not words or len(words) > _MOST_WORDS or any(w in BINDING.not_referent_words for w in words):
        return None
    head = words[-1]
    if len(words) > 1 and head[:1].isdigit() and head.endswith("s"):
        words[-1] = head[:-1]  # "seven AK-47s": AK-47s are the model's, as "12 AK-47 guns" are
        return OPEN_NOUN + " ".join(words + _restriction(text, noun_end))
    if head not in BINDING.irregular_plurals and (not plural(head) or head.endswith("ings")):
        return None  # "one boat", "three sightings": a singular or a gerund counts no group
    lemma = noun_singular(head)
    if len(words) > 1 and lemma in BINDING.generic_heads and any(ch.isdigit() for w in words[:-1] for ch in w):
        # "12 AK-47 guns", "seven AK-47 rifles", "seven AK-47s": the model names the thing
        return OPEN_NOUN + " ".join(words[:-1] + _restriction(text, noun_end))
    return OPEN_NOUN + " ".join(words[:-1] + [lemma] + _restriction(text, noun_end))


def _restriction(text: str, noun_end: int) -> list[str]:
    """A phrase after the noun that narrows the group: "sentences without parole" are
    not all the sentences, "homes without power" not all the homes."""
    after = [w.lower() for w in _WORD.findall(text, noun_end, min(len(text), noun_end + 40))[:5]]
    if not after or after[0] not in BINDING.restrictive_prepositions:
        return []
    content = [w for w in after[1:] if w not in BINDING.determiners]
    return [after[0]] + content[:1]
