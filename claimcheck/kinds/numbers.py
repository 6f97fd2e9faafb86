"""Reading numbers, shared by every kind: digits with their grouping, sign and scale
("1,200", "-3.5", "4.05e+11", "1.5 million", "10m"), numbers in words ("two hundred and
fifty thousand"), fractions ("three quarters") and vague amounts ("a few thousand").

The regex pieces that spell these (``NumberParts``) are built once per lexicon and
shared by the kinds' rules; the readers here turn a match into a value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import regex

from ..lexicon import Lexicon, alternation, fold
from ..text.rx import _rx, bound_all

_WS = r"[ \t]"
# thousands grouped by spaces ("60 000", "1 250 000"): only whole groups of three after one
# to three digits, so "in 2017 300 people" and "423 0000" stay two figures
_SPACE_GROUPED = r"\d{1,3}(?: \d{3})+(?!\d| \d)"
_EXPONENT = r"[eE][-+]?\d{1,3}(?![\w.])"  # "2.5e6", "4.05e+11"


@dataclass(frozen=True)
class NumberParts:
    """The regex texts that spell numbers in one lexicon, for the kinds' rules to build on."""

    number_words: list          # every word a number can be made of ("one", "twenty", "million", "dozen")
    word: str                   # one number word
    word_next: str              # a number word after another (or a counted scale: "dozens")
    scales: str                 # a scale word or abbreviation after digits
    signs: Optional[str]        # "minus", "negative" (not after "tested")
    vague_phrases: list         # "a few", "several thousand"
    frac_num: str               # the numerator word of a fraction
    frac: str                   # a fraction word ("half", "quarter")
    frac_after: str             # a fraction word after its numerator
    scale_words: str            # "hundred", "million", ...
    alone_num: str              # a numerator from one to nine
    frac_alone: str             # a fraction that can stand alone ("three fifths.")
    vulgar: str                 # "½", "¾"
    codes: list                 # currency codes that glue to digits ("EUR40m")
    digits: str                 # a number in digits, with its sign and a glued code


def number_parts(lex: Lexicon) -> NumberParts:
    n = lex.numbers
    number_words = list(n.ones) + list(n.tens) + list(n.scales) + ["dozen"]
    # "minus 40", "negative one"; not "tested negative three times" (a test result)
    signs = ("".join(r"(?<!(?i:" + regex.escape(w) + r")\s)" for w in n.sign_not_after)
             + alternation(n.signs, boundary=False)) if n.signs else None
    vague_phrases = list(n.vague)
    for mult in n.vague_multipliers:
        for sc in ("hundred", "thousand", "million", "billion"):
            vague_phrases.append(f"{mult} {sc}")
    codes = sorted({p for p in lex.unit_prefix if p[-1:].isalpha()}, key=len, reverse=True)
    return NumberParts(
        number_words=number_words,
        word=alternation(number_words),
        word_next=alternation(number_words + list(n.counted_scales), lead=False),
        scales=alternation(list(n.scales) + n.spaced_scale_abbreviations + list(n.counted_scales) + ["dozen"]),
        signs=signs,
        vague_phrases=vague_phrases,
        frac_num=alternation(["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]),
        frac=alternation(n.fractions),
        frac_after=alternation(list(n.fractions) + list(n.counted_fractions), lead=False),
        scale_words=alternation(n.scales, boundary=False),
        # a fraction standing alone: "three fifths.", "a half."; not "hurt a third," (another one),
        # "were ahead for three quarters," (periods), "in the 2nd half."
        alone_num=alternation([w for w, v in n.ones.items() if 1 <= v <= 9]),
        frac_alone=alternation([f for f in list(n.fractions) + list(n.counted_fractions) if f not in n.period_fractions], lead=False),
        vulgar="[" + "".join(n.vulgar_fractions) + "]" if n.vulgar_fractions else "(?!x)x",
        codes=codes,
        digits=_digits(lex, codes, signs),
    )


def _digits(lex: Lexicon, codes: list, signs: Optional[str]) -> str:
    """Digits with their grouping and decimals, after a minus sign or a sign word ("minus
    40", "negative 3%") or glued to a currency code ("EUR40m", "RM2.05")."""
    glued = "|".join([r"(?<=(?<![\w$])" + regex.escape(c) + ")" for c in codes]
                     + [r"(?<=(?<![\w$])" + regex.escape(c) + r")(?=\d[\d.,]|\d(?:m|bn|k)(?![\w]))" for c in lex.ascii_prefix if c[-1:].isalpha()])
    sign = r"(?:(?<![\w.,%-])[-\u2212]" + (r"|(?<![\w-])" + signs + r"[-\s]?" if signs else "") + r")"
    return (r"(?:" + sign + r"(?=\d))?(?:(?<![\w.])|" + glued + r")"
            r"(?:(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|" + _SPACE_GROUPED + r"|\d+)(?:\.\d+)?(?:" + _EXPONENT + r")?"
            r"|(?<=[\s(~]|^)\.\d+(?![.\d]))(?!,\d{3})")  # ".001 per cent"


def digits_rule(lex: Lexicon, p: NumberParts) -> str:
    """ "<number>": digits, then a power of ten, a scale word or an abbreviated scale
    ("2.998×10^8", "1.5 million", "4 hundred million", "$3bn")."""
    n = lex.numbers
    return (r"(?P<num>" + p.digits + r")(?:" + _WS + r"*[×xX]" + _WS + r"*10(?:\^|\*\*|(?=[-\u2212]))(?P<exp>[-\u2212]?\d{1,3})(?![\d.,])"  # 2.998×10^8
            + r"|" + _WS + r"*(?P<scale>" + p.scales + r"(?:(?<=hundred)" + _WS + r"+" + p.scales + r")?)|(?P<abbr>"
            + alternation(n.scale_abbreviations, boundary=False) + r")(?![\w]))?")


def words_rule(lex: Lexicon, p: NumberParts) -> str:
    """ "<number words>": "two hundred and fifty thousand", "minus six", "a dozen"."""
    n = lex.numbers
    return (r"(?P<words>" + (r"(?:" + p.signs + r"[\s-]+)?" if p.signs else "") + r"(?:a" + _WS + r"+(?=(?:hundred|thousand|million|billion|dozen)\b))?" + p.word
            + r"(?:(?:(?<=" + alternation(n.scales, boundary=False) + r")" + _WS + r"+and" + _WS + r"+|[\s-]+)" + p.word_next + r")*)")


def compile_patterns(p, lex: Lexicon, parts: NumberParts) -> None:
    """What continues a number (a fraction, spoken decimals), where no fraction starts, and
    the idioms that hold a number word ("at one point")."""
    n = lex.numbers
    # after a number: "and a half", "and three quarters (million)", "1/2", "½" ("12 1/2 miles",
    # "a 4-1/2-month term", "3½")
    p.fraction_tail = regex.compile(
        r"(?:\s+and\s+(?P<fw>" + parts.frac_num + r"[\s-]+" + parts.frac_after + r")(?![\w])(?!\s+of\b)(?:\s+(?P<sc>" + parts.scale_words + r")(?![\w]))?"
        r"|(?:[ ]+|-)(?P<fa>\d)/(?P<fb>\d{1,2})(?![\w/]|[.,]\d)|[ ]?(?P<fv>" + parts.vulgar + r"))", regex.IGNORECASE)
    p.not_fraction_before = regex.compile(r"(?i)(?<![\w])(?:" + alternation(n.not_fraction_before, boundary=False) + r")\s+\Z") \
        if n.not_fraction_before else None
    digit_words = alternation([w for w, v in n.ones.items() if v < 10], lead=False)
    teens_tens = alternation([w for w, v in n.ones.items() if v >= 10] + list(n.tens), lead=False)
    # "four hundred point zero six", "nought point twelve", "minus six point two"
    p.spoken_decimals = regex.compile(
        r"\s+" + alternation(n.decimal_words, lead=False) + r"\s+(?P<d>" + digit_words + r"(?:[\s-]+" + digit_words + r")*"
        r"|" + teens_tens + r"(?:[\s-]+" + digit_words + r")?)(?![\w-])", regex.IGNORECASE) if n.decimal_words else None
    p.fraction_next = regex.compile(r"[\s-]+" + parts.frac_after + r"(?![\w])", regex.IGNORECASE)
    p.idioms = regex.compile(alternation(n.idioms), regex.IGNORECASE) if n.idioms else None


def parse_words(text: str, lex: Lexicon) -> Optional[float]:
    """Value of a number written in words: "two hundred and fifty thousand" -> 250000;
    None unless all of ``text`` reads as one number."""
    value, end = read_words(text, lex)
    return value if value is not None and not text[end:].strip(" -") else None


class WordNumber:
    """The state of a number being read word by word: completed scale groups (``total``),
    hundreds and the rest of the group being built, the last kind of word read."""

    def __init__(self):
        self.total = self.hundreds = self.small = 0
        self.last = None          # None, "a", "one", "teen", "ten", "hundred", "scale", "dozen", "and"
        self.top = float("inf")   # the last scale used: the next must be smaller

    def value(self) -> float:
        return float(self.total + self.hundreds + self.small)

    def take(self, w: str, lex: Lexicon) -> bool:
        """Read one word; False when it cannot continue this number ("thirty thirty")."""
        last, n = self.last, lex.numbers
        if w == "and":
            ok = last in ("hundred", "scale")
        elif w == "a":
            ok = last is None
        elif w in lex.word_values:
            ok = self._unit_word(lex.word_values[w])
            return ok
        elif w == "hundred":
            ok = last in (None, "a", "one", "teen", "ten") and not self.hundreds
            if ok:
                self.hundreds, self.small = max(self.small, 1) * 100, 0
        elif w in n.scales:
            ok = self._scale(n.scales[w])
            return ok
        elif w == "dozen" or w in n.counted_scales:  # "a dozen", "three dozen"; "4 dozens" only after a number
            ok = last in (("one", "teen", "ten") if w in n.counted_scales else (None, "a", "one", "teen", "ten"))
            if ok:
                self.small = max(self.small, 1) * 12
        else:
            ok = False
        if ok:
            self.last = w if w in ("and", "a", "hundred") else "dozen"
        return ok

    def _unit_word(self, v: int) -> bool:
        kind = "one" if v < 10 else "teen" if v < 20 else "ten"
        allowed = (None, "hundred", "scale", "and") + (("ten",) if kind == "one" else ())
        if self.last not in allowed or (v == 0 and self.last is not None):
            return False
        self.small += v
        self.last = kind
        return True

    def _scale(self, sc: int) -> bool:
        if self.last == "scale" and not (self.hundreds or self.small) and 0 < self.total < sc:
            self.total *= sc  # "two lakh crore": a scale of a scale
        elif self.last in (None, "a", "one", "teen", "ten", "hundred") and sc < self.top:
            self.total += max(self.hundreds + self.small, 1) * sc
            self.hundreds = self.small = 0
        else:
            return False
        self.top, self.last = sc, "scale"
        return True




def read_words(text: str, lex: Lexicon) -> tuple[Optional[float], int]:
    """(value, end) of the longest run of number words at the start of ``text`` that reads
    as one number (a sign word first makes it negative). "thirty thirty" and "three three
    hundred" stop after their first word: two numbers, not 60 and 600."""
    state, sign, end = WordNumber(), 1, 0
    for i, t in enumerate(_rx(r"[A-Za-z]+").finditer(text)):
        w = t.group().lower()
        if i == 0 and w in lex.numbers.signs:
            sign = lex.numbers.signs[w]
            continue
        if not state.take(w, lex):
            break
        if w not in ("and", "a"):
            end = t.end()
    if state.last is None or end == 0:
        return None, 0
    return sign * state.value(), end


def scale_value(word: str, lex: Lexicon) -> int:
    """What a scale word after digits multiplies by ("million", "bln", "dozens")."""
    n = lex.numbers
    return n.scales.get(word) or n.scale_abbreviations.get(word) or n.counted_scales.get(word) or n.singles[word]


def trailing_scale(m, lex: Lexicon) -> float:
    """The scale a number ends with ("3 million" -> 1e6, "two thousand" -> 1000), else 1."""
    tail = (m.group("scale") or "") if m.group("num") is not None else (m.group("words") or "")
    last = tail.split()[-1].lower() if tail.split() else ""
    return float(lex.numbers.scales.get(last, 1))


def number_value(m, text: str, lex: Lexicon, has_currency: bool, abbr_is_unit: bool = False) -> tuple[Optional[float], bool, bool]:
    """(value, written in words, carried a scale) of a core match; with ``abbr_is_unit`` the
    letters after the digits ("10m") are left to be read as a unit."""
    if m.group("num") is not None:
        raw = m.group("num").replace(",", "").replace(" ", "").replace("\u2212", "-")
        sign_word = _rx(r"[A-Za-z]+-?").match(raw)
        if sign_word:  # "minus 45", "negative 3%"
            raw = "-" + raw[sign_word.end():]
        v = float(raw)
        if m.group("exp"):  # "1.99×10^30", "2.998 x 10−8"
            exponent = int(m.group("exp").replace("\u2212", "-"))
            return float(f"{raw}e{exponent}"), False, True  # parsed, not multiplied: 1.99e-30 exactly
        if m.group("scale"):  # "1.5 million", "4 hundred million"
            for w in m.group("scale").lower().split():
                v *= scale_value(w, lex)
            return v, False, True
        abbr = m.group("abbr")
        if abbr and not abbr_is_unit:
            return _abbreviated_scale(m, abbr, raw, v, text, lex, has_currency)
        return v, False, False
    if m.group("words") is not None:
        return parse_words(m.group("words"), lex), True, False
    return None, True, False


def _abbreviated_scale(m, abbr: str, raw: str, v: float, text: str, lex: Lexicon, has_currency: bool) -> tuple[Optional[float], bool, bool]:
    """ "$3bn", "EUR40m", "3.4m people": digits times an abbreviated scale, unless the
    letters are a unit ("300mm" is millimetres, "10m" ten metres, "802.11b" a name)."""
    table = lex.numbers.scale_abbreviations
    a = abbr if abbr in table else abbr.lower()
    if a not in table or a == "MM" and not has_currency:
        return None, False, False  # "300mm" is millimetres
    if a in ("m", "b", "mil") and abbr != "M" and not has_currency and not millions_next(text, m.end(), lex) \
            and not (a == "b" and _rx(r"-?\d{1,2}\.\d+").fullmatch(raw)):
        return None, False, False  # "10m" is ten metres unless it is money or "3.4m people"; "1.4b" (not "802.11b")
    return v * table[a], False, True


def millions_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the words after "3.4m" make it millions: a unit ("1.2m tonnes"), a counted
    noun ("3.4m people"), or a plural noun after a few modifiers ("2.7m unsold paper
    copies"), unless a word on the way says metres ("a 10m high wall", "100m hurdles")."""
    k = 0
    while k < 4:
        w = _MILLION_WORD.match(text, pos, pos + 40)
        if w is None:
            return False
        pos = w.end()
        f = fold(w.group(1))
        if f in lex.numbers.metre_words or f in lex.numbers.function_words or f in lex.pronouns:
            return False
        if f in lex.counted_of or (k == 0 and f in lex.unit_form):
            return True
        if len(f) > 3 and f.endswith("s") and not f.endswith("ss") and not f.endswith("'s"):
            return True
        k += 1
    return False


# a word after an abbreviated scale, skipping "and" and "of its" ("35m of its users")
_MILLION_WORD = regex.compile(r"(?:[ \t]+(?:and|of(?:\s+(?:its|their|his|her|our|the))?))*[ \t]+([A-Za-z][A-Za-z'-]*)")


def fraction_value(phrase: str, lex: Lexicon) -> float:
    """Percent of a fraction in words: "three quarters" -> 75, "one-eighth" -> 12.5."""
    f = fold(phrase).split()  # "one-eighth", "three - eighths" alike
    frac = lex.numbers.fractions.get(f[-1]) or lex.numbers.counted_fractions[f[-1]]
    if len(f) == 1 or f[0] in ("a", "one"):
        return frac
    n = lex.word_values.get(f[0], 1)
    return round(frac * n, 6)


def vague_value(phrase: str, lex: Lexicon) -> tuple[float, float]:
    """(low, high) of a vague amount: "a few" (numbers.yaml vague), "several thousand"
    (a vague multiplier of a scale)."""
    f = fold(phrase)
    if f in lex.numbers.vague:
        lo, hi = lex.numbers.vague[f]
        return float(lo), float(hi)
    mult, _, scale = f.rpartition(" ")
    lo, hi = lex.numbers.vague_multipliers[mult]
    sc = lex.numbers.scales[scale]
    return float(lo * sc), float(hi * sc)


def split_word_runs(raw: list, text: str, lex: Lexicon, pats) -> list:
    """Number words the pattern ran together but that are not one number become separate
    matches ("thirty thirty" -> 30 and 30, "three three hundred" -> 3 and 300); the numerator
    of a fraction after "and" is left to the fraction ("eight billion | and two thirds")."""
    out = []
    for m in raw:
        while m is not None and m.group("words") is not None:
            ws = m.start("words")
            _, cut = read_words(m.group("words"), lex)
            cut += ws
            if cut >= m.end():
                last_and = _rx(r"(?i)\s+and\s+(?!.*\sand\s)").search(text, ws, m.end())
                if last_and is not None and pats.fraction_next.match(text, m.end()):
                    m = pats.core.match(text, m.start(), last_and.start()) or m
                break
            head = pats.core.match(text, m.start(), cut)
            if head is not None:
                out.append(head)
            nxt = _rx(r"(?i)(?:[\s-]|and\b)*").match(text, cut).end()
            m = pats.core.match(text, nxt, m.end()) if nxt < m.end() else None
        if m is not None:
            out.append(m)
    return out


def number_goes_on(m, words: bool, point: float, text: str, e: int, start: int, raw: list, i: int, lex: Lexicon,
                   pats) -> tuple[float, int, int, Optional[tuple]]:
    """(value, end, next raw index, the fraction read) of a number and what continues it:
    a fraction ("two and a half", "10 1/2"), spoken decimals ("nought point five") or the
    parts after a scale ("7 thousand 2 hundred and 64"). The raw matches read are skipped."""
    tail = _fraction_tail(m, point, text, e, start, lex, pats)
    more = _spoken_decimals(text, e, m.start(), lex, pats) if words and tail is None else None
    if tail is not None:
        point, e = tail
    elif more is not None:
        point, e = point + math.copysign(more[0], point), more[1]
    else:
        point, e, i = _scale_continuation(m, point, text, e, start, raw, i, lex, pats)
    while i < len(raw) and raw[i].start() < e:
        i += 1  # the "half" of "two and a half", "zero three" of "point zero three"
    return point, e, i, tail


def _fraction_tail(m, value: float, text: str, e: int, start: int, lex: Lexicon, pats) -> Optional[tuple[float, int]]:
    """(value, end) of a number and the fraction after it: "seven and a quarter", "10 1/2",
    "3½"; a fraction of the number's scale from a million up ("7 million and a half" is 7.5
    million) or of the scale after it ("six and a half million", "two billion and a half
    million"). Not in "between one and three quarters"."""
    t = pats.fraction_tail.match(text, e)
    if t is None:
        return None
    if t.group("fw"):
        if _rx(r"(?i)(?<![\w])between\s+\Z").search(text, max(0, start - 10), start):
            return None
        f = math.copysign(fraction_value(t.group("fw"), lex) / 100, value)
        own = trailing_scale(m, lex)
        if not t.group("sc"):
            return value + f * (own if own >= 1e6 else 1), t.end()
        after = scale_value(fold(t.group("sc")), lex)
        return (value + f * after if own > after else (value + f) * after), t.end()
    if m.group("words") is not None or m.group("scale") or m.group("abbr"):
        return None  # "three 1/4 miles", "3m ½": not a mixed number
    if t.group("fv"):
        return value + math.copysign(lex.numbers.vulgar_fractions[t.group("fv")] / 100, value), t.end()
    a, b = int(t.group("fa")), int(t.group("fb"))
    return (value + math.copysign(a / b, value), t.end()) if 0 < a < b else None


def _spoken_decimals(text: str, e: int, s: int, lex: Lexicon, pats) -> Optional[tuple[float, int]]:
    """(decimals, end) of "point zero three" after a number in words; not in "at one
    point two ..." (an idiom, then a number)."""
    if pats.spoken_decimals is None:
        return None
    d = pats.spoken_decimals.match(text, e, e + 200)  # bounded: regex scans ahead for the literal "point"
    if d is None or pats.idioms is not None and any(im.start() <= s < im.end() for im in pats.idioms.finditer(text, max(0, s - 10), d.end())):
        return None
    digits = [lex.word_values[w] for w in _rx(r"[a-z]+").findall(d.group("d").lower())]
    figures = str(digits[0] + digits[1]) if len(digits) == 2 and digits[0] >= 10 else "".join(map(str, digits))
    return float("0." + figures), d.end()


def _scale_continuation(m, value: float, text: str, e: int, start: int, raw: list, i: int, lex: Lexicon, pats) -> tuple[float, int, int]:
    """(value, end, next raw index) of a number that goes on after its scale word:
    "7 thousand 2 hundred and 64" is 7,264, "8 crore and three hundred" 80,000,300; the
    next part must be smaller than the scale ("4 hundred and 5 hundred" are two)."""
    scale = trailing_scale(m, lex)
    while scale > 1 and value.is_integer() and i < len(raw):
        nxt = raw[i]
        gap = _rx(r"(?i)\s+(?:(and)\s+)?\Z").match(text, e, nxt.start())
        if gap is None or not (nxt.group("num") or nxt.group("words")):
            break
        nxt_scale = trailing_scale(nxt, lex)
        if not gap.group(1) and nxt_scale == 1 or gap.group(1) and pats.range_lead.search(text, max(0, start - 10), start):
            break  # "3 million 200 people"; "between 2 thousand and 300"
        v2 = number_value(nxt, text, lex, False)[0]
        if not v2 or not 0 < v2 < scale or not v2.is_integer():
            break
        value, e, i, scale = value + v2, nxt.end(), i + 1, nxt_scale
    return value, e, i


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
