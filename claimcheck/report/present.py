"""Helpers shared by the human-facing outputs of :mod:`claimcheck.testing`,
:mod:`claimcheck.testing.plugin` and :mod:`claimcheck.report.html`.

They answer the questions every presentation of a conflict asks: in which order to
show the cited sentences, where the figure sits inside each sentence (so it can be
highlighted), and which subject and place a conflict is about. Nothing here formats
for a particular medium: callers turn the segments into »…«, ANSI bold or <mark>.
"""

from __future__ import annotations

import re
from typing import Mapping, NamedTuple, Optional, Sequence

from ..models import Claim, ClaimRef, Conflict

_WS = re.compile(r"\s+")


class Quote(NamedTuple):
    """One cited sentence with every figure the conflict cites in it."""

    doc: str
    outlet: Optional[str]
    refs: tuple[ClaimRef, ...]
    side: int
    """Index of the conflict side the first figure belongs to (-1: none)."""
    segments: tuple[tuple[str, bool], ...]
    """The sentence, whitespace collapsed, cut into (text, is_figure) pieces."""

    @property
    def who(self) -> str:
        """The outlet, or the document id when the document has no outlet."""
        return self.outlet or self.doc

    @property
    def head(self) -> str:
        """ "Wire (wire.txt, chars 439-442)", or "text-1, chars 14-17" without an outlet."""
        return f"{self.outlet} ({self.where})" if self.outlet and self.outlet != self.doc else self.where

    @property
    def where(self) -> str:
        """ "wire.txt, chars 439-442" (every cited span of the sentence)."""
        spans = ", ".join(f"{r.start}-{r.end}" for r in self.refs)
        return f"{self.doc}, chars {spans}"

    @property
    def figures(self) -> str:
        """The figures as written, e.g. "241"."""
        return ", ".join(r.text for r in self.refs)


def claims_by_id(claims: Sequence[Claim]) -> dict[str, Claim]:
    return {c.id: c for c in claims}


def _span_in_sentence(ref: ClaimRef, claim: Optional[Claim]) -> Optional[tuple[int, int]]:
    """Where the figure sits in ``ref.quote``.

    The claim's evidence knows the sentence offset, which is exact even when the same
    number appears twice in a sentence ("268 passengers ... limit of 200 ... 200");
    without it (a report loaded from JSON with claims dropped) fall back to a search.
    """
    if claim is not None and claim.evidence.sentence == ref.quote:
        start = claim.evidence.start - claim.evidence.sentence_start
        end = claim.evidence.end - claim.evidence.sentence_start
        if 0 <= start < end <= len(ref.quote) and ref.quote[start:end] == ref.text:
            return start, end
    pos = ref.quote.find(ref.text)
    return (pos, pos + len(ref.text)) if pos >= 0 and ref.text else None


def segments(sentence: str, spans: Sequence[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    """Cut ``sentence`` into (text, is_figure) pieces and collapse whitespace.

    >>> segments("About  250 miners", [(7, 10)])
    (('About ', False), ('250', True), (' miners', False))
    """
    cuts: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if cuts and s < cuts[-1][1]:  # overlapping figures: highlight their union
            cuts[-1] = (cuts[-1][0], max(cuts[-1][1], e))
        else:
            cuts.append((s, e))
    out: list[tuple[str, bool]] = []
    pos = 0
    for s, e in cuts:
        if s > pos:
            out.append((sentence[pos:s], False))
        out.append((sentence[s:e], True))
        pos = e
    if pos < len(sentence):
        out.append((sentence[pos:], False))
    # Collapse runs of whitespace (sentences keep the article's line breaks) but keep
    # the single space at each boundary, then trim the ends of the whole sentence.
    cleaned = [(_WS.sub(" ", t), fig) for t, fig in out]
    if cleaned:
        cleaned[0] = (cleaned[0][0].lstrip(), cleaned[0][1])
        cleaned[-1] = (cleaned[-1][0].rstrip(), cleaned[-1][1])
    return tuple((t, fig) for t, fig in cleaned if t)


def quotes(conflict: Conflict, claims: Mapping[str, Claim]) -> list[Quote]:
    """The cited sentences of a conflict, side by side order (first side first), each
    sentence once with all of its cited figures."""
    side_of = {cid: k for k, side in enumerate(conflict.sides) for cid in side.claims}
    loc = {cid: k for k, cid in enumerate(conflict.loc)}
    ordered = sorted(conflict.claims, key=lambda r: (side_of.get(r.id, 99), loc.get(r.id, 0)))
    # One entry per sentence per side: a sentence stating figures of both sides
    # ("268 passengers ... limit of 200") is shown on each side with that side's figure.
    grouped: dict[tuple[int, str, str], list[ClaimRef]] = {}
    for ref in ordered:
        grouped.setdefault((side_of.get(ref.id, -1), ref.doc, ref.quote), []).append(ref)
    out = []
    for (_, doc, quote), refs in grouped.items():
        spans = [s for s in (_span_in_sentence(r, claims.get(r.id)) for r in refs) if s is not None]
        out.append(Quote(doc=doc, outlet=refs[0].outlet, refs=tuple(refs), side=side_of.get(refs[0].id, -1),
                         segments=segments(quote, spans)))
    return out


def claim_segments(claim: Claim) -> tuple[tuple[str, bool], ...]:
    """A claim's sentence cut around its figure."""
    ev = claim.evidence
    start, end = ev.start - ev.sentence_start, ev.end - ev.sentence_start
    if not (0 <= start < end <= len(ev.sentence)):
        pos = ev.sentence.find(ev.text)
        start, end = (pos, pos + len(ev.text)) if pos >= 0 else (0, 0)
    return segments(ev.sentence, [(start, end)] if end > start else [])


def subject_place(conflict: Conflict, claims: Mapping[str, Claim]) -> tuple[str, str]:
    """(subject, place) a conflict is about, for grouping: read from the cited claims,
    else from the comparable key ("kind|subject|predicate|scope|event")."""
    subject = place = None
    for cid in conflict.loc:
        c = claims.get(cid)
        if c is not None:
            subject = subject or c.subject or c.concept
            place = place or c.place or c.scope
    if (subject is None or place is None) and conflict.key:
        parts = conflict.key.split("|")
        if len(parts) >= 4:
            subject = subject or (parts[1] if parts[1] != "-" else None)
            place = place or (parts[3] if parts[3] != "-" else None)
    return subject or "(no subject)", place or "(no place)"


def conflict_kinds(conflict: Conflict, claims: Mapping[str, Claim]) -> set[str]:
    """Kinds of the claims a conflict cites (from the key when claims are missing)."""
    kinds = {claims[cid].kind for cid in conflict.loc if cid in claims}
    if not kinds and conflict.key:
        kinds.add(conflict.key.split("|")[0])
    return kinds


def conflict_subjects(conflict: Conflict, claims: Mapping[str, Claim]) -> set[str]:
    """Subjects of the claims a conflict cites (from the key when claims are missing)."""
    subjects = {claims[cid].subject for cid in conflict.loc if cid in claims and claims[cid].subject}
    if not subjects and conflict.key and len(conflict.key.split("|")) >= 4:
        subjects.add(conflict.key.split("|")[1])
    return {s for s in subjects if s and s != "-"}
