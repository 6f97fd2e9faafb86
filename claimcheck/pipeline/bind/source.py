"""Who says so: the source a sentence credits for its figures ("according to the UN",
"police said", "he said" for the last source named)."""

from __future__ import annotations

from typing import Optional

import regex

from ...text.rx import _rx, bound_all
from .sentence import Sentence, Vocab
from .words import BINDING, DETERMINERS, PAST, STOP, VERBS


def attribution_for(text: str, sent: Sentence, v: Vocab, last_source: list) -> Optional[str]:
    """Who the sentence credits for its figures, if anyone. ``last_source`` holds the
    document's last named source, for "he said"."""
    src = _attribution(text, sent, v, last_source)
    if src and (src.split(" ", 1)[0] in ("A", "An", "The")  # it reads inside a sentence
                or text.startswith(src, sent.start) and _common_source(src.lower(), v) and " " not in src):  # "Police said"
        src = src[0].lower() + src[1:]
    return src


def _attribution(text: str, sent: Sentence, v: Vocab, last_source: list) -> Optional[str]:
    am = v.according.search(text, sent.start, sent.end)
    citing = None
    if am:
        # "According to Harbor Wire Ms Vale reportedly had ...": the source ends before a verb or an adverb
        src = _SOURCE_END.split(am.group("src").strip(), 1)[0].strip() or am.group("src").strip()
        if not am.group().lower().startswith(("citing", "quoting")):
            last_source[0] = src
            return src
        # "The United Nations said 410 ..., citing its own field teams": the speaker first
        citing = None if src.split(" ", 1)[0].lower() in _POSSESSIVES else src
    found = _spoken_source(text, sent, v, last_source)
    if found is None and " by " in text[sent.start:sent.end]:
        agent = _PASSIVE_SOURCE.search(text, sent.start, sent.end)
        if agent:  # "the number injured was put at about 1,200 by the provincial governor"
            found = last_source[0] = agent.group("src")
    if found is None and citing is not None:
        last_source[0] = citing
    return found or citing


_PASSIVE_SOURCE = regex.compile(r"(?<![\w])(?:put|estimated|given|reported|counted|confirmed|announced|set|placed)\s+at\s+(?:[^,;.]|[,.]\d){1,40}?\s+by\s+"
                                r"(?P<src>(?:the|a|an)\s+[\w'-]+(?:\s+[\w'-]+){0,5}?|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})(?=\s*[,.;]|\s+(?:on|in|after|as)\b|\s*\Z)")
_FIGURE_NEXT = regex.compile(r"\s+(?:[$€£¥]|[A-Z]{2,3}\s?)?\d")
_SOURCE_END = regex.compile(r"\s+(?=(?:that|who|which|had|has|have|was|were|is|are|will|would|could|may|might|[a-z]+ly)\b|[$€£¥]?\d)")
_FIRST_PERSON = BINDING.first_person
_POSSESSIVES = BINDING.possessives
# where a contrasting clause with its own source starts: "..., while the UN put the figure at 3,000"
CONTRASTING = regex.compile(r"(?i)[,;]\s*(?:while|whereas|but)\s+")


def _spoken_source(text: str, sent: Sentence, v: Vocab, last_source: list) -> Optional[str]:
    """ "<source> said", "said <source>", "..., <source> said." """
    # (prepare() lists them; a clause read on its own keeps those at or after its start)
    verbs = [h for h in (sent.speech or v.speech.finditer(sent.words, sent.start, sent.end)) if sent.start <= h[0] < sent.end]
    # saying verbs first, each in text order; but not one of a contrasting clause ("Police put
    # the crowd at 48,000, while the union said 400,000": the union is that clause's source)
    contrast = CONTRASTING.search(text, sent.start, sent.end)
    verbs.sort(key=lambda h: h[2] not in v.saying or contrast is not None and h[0] > contrast.start())
    for sm_start, sm_end, verb in verbs:
        if _is_gain(text, verb, sm_end, v) or _is_passive(text, sent.start, sm_start):
            continue
        named, source = _speaker_before(text, sent, sm_start, v, last_source)
        if named:
            return source
        source = _speaker_after(text, sent, sm_start, sm_end, last_source)
        if source:
            return source
    return None


def _is_gain(text: str, verb: str, sm_end: int, v: Vocab) -> bool:
    """ "Orchard Holdings added 12 sen": a gain, not a statement."""
    return verb in v.figure_verbs and _FIGURE_NEXT.match(text, sm_end) is not None


def _is_passive(text: str, start: int, sm_start: int) -> bool:
    """ "is estimated to": passive, no source named."""
    return _rx(r"(?<![\w])(?:is|are|was|were|be|been|being)\s*\Z").search(text[start:sm_start]) is not None


def _speaker_before(text: str, sent: Sentence, sm_start: int, v: Vocab, last_source: list) -> tuple[bool, Optional[str]]:
    """ "<source> said": (whether the words before the verb name its speaker, the source they
    name); a pronoun stands for the last source named ("he said"), a first person for none."""
    piece = _words_before_verb(text, sent.start, sm_start)
    words = piece.split()
    if not 0 < len(words) <= 9 or any(ch.isdigit() for ch in piece) or _names_no_speaker(piece, words, v) \
            or words[-1].lower() in v.event_words:  # "the quake claimed 18 lives": no speaker
        return False, None
    if piece.lower() in v.pronouns:
        return True, last_source[0]  # "he said": the last source named, if any
    if not (piece[0].isupper() or piece.split()[0].lower() in ("a", "an", "the") or _common_source(piece, v)
            or len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper()):  # "health ministry spokesman Orhan Demirel"
        return False, None
    piece = _rx(r"\s+(?:has|have|had|was|were|is|also|later|then|previously)$").sub("", piece)
    if piece.lower().split("'")[0].split("’")[0] in v.pronouns | _FIRST_PERSON:
        return True, last_source[0] if piece.lower() in v.pronouns else None  # "It also warned", "I'm told"
    last_source[0] = piece
    return True, piece


def _words_before_verb(text: str, start: int, sm_start: int) -> str:
    """The words before a speech verb, back to the clause start, with an apposition passed
    over ("Janan Sayeeq, the ministry spokesman, said") and an opening conjunction and a
    closing auxiliary left out."""
    head = text[start:sm_start]
    parts = [p.strip() for p in _rx(r"[,;:\"()]|\bthat\b").split(head)]
    piece = parts[-1]
    if not piece and len(parts) >= 3 and head.rstrip().endswith(","):
        first, second = parts[-3], parts[-2]
        if second.split()[:1] and second.split()[0].lower() in ("the", "a", "an", "its", "their", "who") and first[:1].isupper():
            piece = first   # "Janan Sayeeq, the ministry spokesman, said", "Abdullah Saeed, who runs a shop, said"
        elif second[:1].isupper() and len(second.split()) <= 4 and first.split()[:1] and first.split()[0].lower() in ("a", "an", "the"):
            piece = second  # "An independent group of economists, ENAG, said": the name in it
    piece = _rx(r"(?i)^(?:and|but|as|while|when|what|how|why)\s+").sub("", piece)
    return _rx(r"\s+(?:had|has|have|would|will|did|does|do|is|was|were|are)?\s*(?:to|not)?$").sub("", piece)


def _names_no_speaker(piece: str, words: list[str], v: Vocab) -> bool:
    """ "An estimated 5 million ...", "Okafor scored twice as Rovers confirmed": determiners
    only, or a clause with a verb of its own (not a passive's agent, "by ...")."""
    return all(w.lower() in DETERMINERS for w in words) or " by " not in f" {piece} " and any(
        w.islower() and (w in v.verb_forms or w in VERBS or PAST.search(w)) for w in words)


def _speaker_after(text: str, sent: Sentence, sm_start: int, sm_end: int, last_source: list) -> Optional[str]:
    """ "..., said <source>." """
    if not _rx(r"[,\"']\s*\Z").search(text[sent.start:sm_start]):
        return None
    tail = text[sm_end:sent.end].strip().rstrip(".")
    tail = _rx(r"[,;:\"()]|\bthat\b|\b(?:in|on|at|by|to|after|before|during)\s").split(tail)[0].strip()
    if 0 < len(tail.split()) <= 8 and tail[:1].isupper() or tail.split()[:1] and tail.split()[0] in ("spokesman", "spokeswoman"):
        last_source[0] = tail
        return tail
    return None


def _common_source(piece: str, v: Vocab) -> bool:
    """ "police", "organisers", "local officials": a source named by a common noun."""
    low = piece.lower()
    if low in v.source_nouns:
        return True
    words = low.split()
    return len(words) <= 3 and all(w.isalpha() for w in words) and not any(w in v.not_sources or w in STOP for w in words) \
        and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "ous"))


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
