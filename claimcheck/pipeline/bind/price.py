"""What a price is the price of: one version of one product line.

"The 16-inch Slate Book starts at $1,299", "Orchard will ask $899 for the base 14-inch
version" and, in an article about the Slate Book, "the 14-inch model comes in $949 and
$1,099 versions" each give the price of one version of a product: its size (a variant,
"14-inch") and the product line ("Slate Book"), named beside the size or, when the text
says only "the 14-inch model", the last product the article named. Such a price is
compared only with prices of the same version of the same line, inside one event (the key
``noun:price of 14 inch book``, the line by its last word, so that "the 12-inch Air" and
"the 12-inch Slate Air" agree). A price with no version named is not compared (a line
has many), nor is a dearer version's ("an upgraded 16-inch model going for $1,599"), nor
the second of a list ("$949 and $1,099 versions": only the first has the cue).

The words are vocabulary (``subjects.yaml`` ``prices``); the product names are read from
the article, once: a capitalised name right after a size ("14-inch Slate Book") or after
"new" ("unveils new Slate Air").

    >>> from claimcheck.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> text = "Orchard unveiled the new Slate Book. The 14-inch model starts at $899."
    >>> price_of(text, text.index("$"), len(text) - 1, 0, len(text), 0, lambda: Products(text, lex), lex)
    ('noun:price of 14 inch book', 'price of the 14-inch Slate Book')
    >>> text = "Orchard asks $899 for the base 14-inch Slate Book and $1,299 for an upgraded 16-inch one."
    >>> price_of(text, text.index("$899"), text.index(" for"), 0, len(text), 0, lambda: Products(text, lex), lex)
    ('noun:price of 14 inch book', 'price of the 14-inch Slate Book')
    >>> price_of(text, text.index("$1,299"), text.index(" for an"), 0, len(text), 0, lambda: Products(text, lex), lex)  # dearer
"""

from __future__ import annotations

import bisect
from typing import Callable, Optional

import regex

from ...lexicon import Lexicon, fold
from ...text import rx
from ...text.rx import _rx
from .referent import OPEN_NOUN
from .words import FUNCTION_WORDS

_NAME = r"[A-Z][\w]*(?:[ \t]+[A-Z][\w]*){0,2}"
_FOR_A_VERSION = _rx(r"\s+for\s+(?:the|a|an)\s+")  # "$899 for the base 14-inch version"
_WORD = _rx(r"[\w-]+")
_IN_A_PLACE = _rx(r"\s+in\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")
_THE_PRICE = _rx(r"(?i)\b(?:the|its|their)\s+(?:starting\s+|base\s+|new\s+)?price\b")
_VERSION_REACH = 60
"""Characters between a cue or a size and the price: "the 16-inch Slate Book starts off at"."""


class Products:
    """The product names of one article and where each is named, read once per article."""

    def __init__(self, text: str, lex: Lexicon):
        self.names: dict[str, str] = {}  # as written -> the line's key word
        if lex.variant is None:
            self.at: list[tuple[int, str]] = []
            return
        named = _rx(r"(?:(?:" + lex.variant.pattern + r")|\b[Nn]ew)[ \t]+(?P<name>" + _NAME + r")")
        for m in named.finditer(text):
            name = _trimmed(m.group("name"))
            if name and not _a_place(m.group(), name, lex):
                self.names.setdefault(name, fold(name.split()[-1]))
        self.at = []
        if self.names:
            # this article's own names: compiled, not cached, as the article is read once
            every = rx.compile(r"\b(?:" + "|".join(_name_pattern(n) for n in sorted(self.names, key=len, reverse=True)) + r")\b")
            self.at = [(m.start(), " ".join(m.group().split())) for m in every.finditer(text)]
        self._starts = [s for s, _ in self.at]

    def named_at(self, pos: int, text: str) -> Optional[str]:
        """The product named right at ``pos`` (after spaces): "14-inch| Slate Book"."""
        k = bisect.bisect_left(self._starts, pos)
        if k < len(self.at) and not text[pos:self.at[k][0]].strip():
            return self.at[k][1]
        return None

    def last_before(self, pos: int) -> Optional[str]:
        """The product named last before ``pos``."""
        k = bisect.bisect_left(self._starts, pos)
        return self.at[k - 1][1] if k else None


def _a_place(found: str, name: str, lex: Lexicon) -> bool:
    """ "New York", "New Delhi": a place, not a new product."""
    return name in lex.place_alias or f"{found.split()[0]} {name}" in lex.place_alias


def _name_pattern(name: str) -> str:
    """A name as a pattern, any run of spaces between its words."""
    return r"\s+".join(regex.escape(w) for w in name.split())


def _trimmed(name: str) -> str:
    """A name without the function words a capital letter carries at a sentence's start."""
    words = name.split()
    while words and fold(words[-1]) in FUNCTION_WORDS:
        words.pop()
    return " ".join(words)


def price_of(text: str, start: int, end: int, clause_lo: int, clause_hi: int, sent_start: int,
             products_of: Callable[[], Products], lex: Lexicon) -> Optional[tuple[str, str]]:
    """(key, words) of the price at ``start:end`` when it is the price of one version of a
    named product ("noun:price of 14 inch book", "price of the 14-inch Slate Book"), else
    None. ``products_of`` gives the article's product names, read once by the caller."""
    if lex.variant is None:
        return None
    size = _version_after(text, end, clause_hi, lex)
    if size is None:
        size = _version_cued(text, start, clause_lo, sent_start, lex)
        if size is None:
            return None
    elif _dearer(text, end, size.end(), lex):
        return None
    products = products_of()  # read only now: most amounts are no price of a version
    name = products.named_at(size.end(), text) or products.last_before(start)
    if name is None:
        return None
    unit = lex.variant_unit.get(fold(size.group("u").strip(" -")) or size.group("u"))
    market = _market(text, end, clause_hi, lex)
    key = f"{OPEN_NOUN}price of {size.group('n')} {unit} {products.names[name]}" + (f" in {fold(market)}" if market else "")
    return key, f"price of the {size.group()} {name}" + (f" in {market}" if market else "")


def starting_price(text: str, start: int, end: int, clause_hi: int, sent_start: int, lex: Lexicon) -> Optional[tuple[str, str]]:
    """(key, words) of a product line's starting price ("The Nova 7 starts at $799", "its Nova
    7 phone, with prices starting at $749": ``noun:starting price of nova 7``): the cheapest
    version's, one figure of the line, named by the last name with a model number before it
    in its sentence, which the headline names; None without a starting cue or such a name."""
    if lex.price_starting is None or lex.price_model_name is None or not lex.price_starting.search(text, max(sent_start, start - 30), start):
        return None
    names = _line_names(text, sent_start, start, lex)  # "The Nova 7 starts at"
    if not names or not _in_headline(names[-1], text):
        return None
    name = names[-1]
    market = _market(text, end, clause_hi, lex)
    key = f"{OPEN_NOUN}starting price of {fold(name)}" + (f" in {fold(market)}" if market else "")
    return key, f"starting price of the {name}" + (f" in {market}" if market else "")


def line_spec(text: str, start: int, end: int, sent_start: int, sent_end: int, lex: Lexicon) -> Optional[tuple[str, str]]:
    """(key, words) of a product line's specification ("has a 6.4-inch display": ``noun:screen
    size of nova 7``): the size right before a spec's noun (subjects.yaml ``prices.specs``), of
    the line a model number names in its sentence before it, else the one the text has named
    most before it ("the 6.5-inch screen looked bright" in a review of the Nova 7), which the
    headline names."""
    if lex.spec_after is None or lex.price_model_name is None:
        return None
    noun = lex.spec_after.match(text, end, sent_end)
    if noun is None:
        return None
    names = _line_names(text, sent_start, start, lex)
    if not names:  # the line the text has named most before it (a review's, not the dearer one it mentions)
        before = _line_names(text, 0, start, lex)
        names = [max(reversed(before), key=before.count)] if before else []
    if not names or not _in_headline(names[-1], text):
        return None
    name = names[-1]
    spec = lex.spec_of[fold(noun.group("noun"))]
    return f"{OPEN_NOUN}{spec} of {fold(name)}", f"{spec} of the {name}"


SPEC_SUBJECT = "spec"
"""The subject of a product line's specification: stated to its last digit, so compared
exactly (``value_conflict``'s tolerance of the same name)."""


def _in_headline(name: str, text: str) -> bool:
    """Whether a line's name is the article's, its headline naming it ("Corvane unveils Nova
    7"): a port ("FireWire 800") or a dearer version ("Nova 7 Pro") in the body is not."""
    end = text.find("\n")
    return regex.search(r"(?<![\w-])" + regex.escape(name) + r"(?![\w-])", text[:end if end >= 0 else len(text)]) is not None


def _line_names(text: str, lo: int, hi: int, lex: Lexicon) -> list[str]:
    """The product lines named with a model number between two offsets, as written, without
    an opening article ("The Nova 7" -> "Nova 7"; "The 12" names none)."""
    out = []
    for g in lex.price_model_name.finditer(text, lo, hi):
        words = g.group().split()
        words = words[1:] if fold(words[0]) in FUNCTION_WORDS else words
        if len(words) > 1:
            out.append(" ".join(words))
    return out


def _market(text: str, end: int, clause_hi: int, lex: Lexicon) -> Optional[str]:
    """The country a price is given for, named right after it ("$999 in Canada"): prices
    in two markets are two prices."""
    m = _IN_A_PLACE.match(text, end, clause_hi)
    written = m.group("place") if m else ""
    place = lex.place_alias.get(written) or lex.place_alias.get(written.rstrip("."))  # "in the U.S.", "in the US."
    info = lex.place_info(place) if place else None
    return place if info is not None and info.type in ("country", "region") else None


def _version_cued(text: str, start: int, clause_lo: int, sent_start: int, lex: Lexicon):
    """The size of a price a cue stands right before ("the 14-inch model starts at", "the
    14-inch has dropped $100 to"): the clause's last size within reach, else for "the price
    remains at" the sentence's first (the price of what the sentence is about); None for a
    dearer version ("an upgraded 16-inch model going for")."""
    lo = max(clause_lo, start - 30)
    if not (lex.price_cue is not None and lex.price_cue.search(text, lo, start)
            or lex.price_change is not None and lex.price_change.search(text, max(clause_lo, start - 60), start)):
        return None
    size = _version_before(text, start, clause_lo, lex)
    if size is not None:
        return None if _dearer(text, max(clause_lo, size.start() - 30), start, lex) else size
    if not _THE_PRICE.search(text, clause_lo, start):
        return None
    size = lex.variant.search(text, sent_start, start)
    return None if size is None or _dearer(text, max(sent_start, size.start() - 30), size.end(), lex) else size


def _version_after(text: str, end: int, clause_hi: int, lex: Lexicon):
    """The size of "for the base 14-inch version" right after a price: its match, or None."""
    lead = _FOR_A_VERSION.match(text, end, clause_hi)
    if lead is None:
        return None
    size = lex.variant.search(text, lead.end(), min(clause_hi, lead.end() + 30))
    return size if size is not None and len(_WORD.findall(text, lead.end(), size.start())) <= 2 else None


def _version_before(text: str, start: int, clause_lo: int, lex: Lexicon):
    """The last size of the clause before a price, within reach: "the 14-inch model comes in"."""
    sizes = list(lex.variant.finditer(text, max(clause_lo, start - _VERSION_REACH), start))
    return sizes[-1] if sizes else None


def _dearer(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether ``text[lo:hi]`` names a dearer version: "an upgraded 16-inch model"."""
    return any(fold(w) in lex.price_dearer for w in _WORD.findall(text, lo, hi))
