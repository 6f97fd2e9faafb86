"""What a failing claimcheck assertion shows: claims and conflicts as text, with the figures
marked »like this« (or in ANSI bold), and the diffs pytest prints for unequal claims,
conflicts and reports."""

from __future__ import annotations

import shutil
import textwrap
from typing import Any, Iterable, Mapping, Optional, Sequence

from ..models import Claim, Conflict, Report
from ..report.present import Quote, claim_segments, claims_by_id, quotes
from ..text.forms import num

# Figures are marked with these in plain text; ANSI bold (and a colour) when asked.
MARK_OPEN, MARK_CLOSE = "»", "«"
_BOLD, _RESET = "\x1b[1;31m", "\x1b[0m"


# -- formatting ----------------------------------------------------------------------------
def _mark(segs: Iterable[tuple[str, bool]], color: bool) -> str:
    if color:
        return "".join(f"{_BOLD}{t}{_RESET}" if fig else t for t, fig in segs)
    return "".join(f"{MARK_OPEN}{t}{MARK_CLOSE}" if fig else t for t, fig in segs)


def _colorize(line: str) -> str:
    """Turn »…« into ANSI bold after the layout is done (escape codes have no width,
    so columns are padded on the plain text first)."""
    return line.replace(MARK_OPEN, _BOLD).replace(MARK_CLOSE, _RESET)


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width=width, break_on_hyphens=False, break_long_words=True) or [""]


def _quote_block(q: Quote, width: int) -> list[str]:
    head = f"{q.head}:"
    return _wrap(head, width) + ["  " + line for line in _wrap(_mark(q.segments, False), width - 2)]


def _terminal_width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))


def format_conflict(conflict: Conflict, claims: Mapping[str, Claim], *, number: Optional[int] = None,
                    width: Optional[int] = None, color: bool = False) -> list[str]:
    """Lines describing one conflict: severity, figures, explanation and the cited
    sentences. Two-sided conflicts show the sides in two columns, side by side."""
    width = width or _terminal_width()
    tag = f"[{number}] " if number is not None else ""
    lines = [f"{tag}{conflict.severity.upper()} {conflict.type}" + (f" ({conflict.key})" if conflict.key else "")]
    lines += ["    " + line for line in _wrap(conflict.explanation, width - 4)]
    qs = quotes(conflict, claims)
    sides = sorted({q.side for q in qs})
    if len(sides) == 2 and width >= 80:
        gap = " | "
        col = (width - 4 - len(gap)) // 2
        left = [line for q in qs if q.side == sides[0] for line in _quote_block(q, col)]
        right = [line for q in qs if q.side == sides[1] for line in _quote_block(q, col)]
        labels = [s.label for s in conflict.sides]
        if len(labels) == 2:
            left, right = [f"SIDE 1: {labels[0]}"] + left, [f"SIDE 2: {labels[1]}"] + right
        for k in range(max(len(left), len(right))):
            a = left[k] if k < len(left) else ""
            b = right[k] if k < len(right) else ""
            lines.append(("    " + a.ljust(col) + gap + b).rstrip())
    else:
        for q in qs:
            lines += ["    " + line for line in _quote_block(q, width - 4)]
    for note in conflict.notes:
        lines += ["    " + line for line in _wrap(f"note: {note}", width - 4)]
    return [_colorize(line) for line in lines] if color else lines


def format_conflicts(conflicts: Sequence[Conflict], report: Optional[Report] = None, *, width: Optional[int] = None,
                     color: bool = False) -> str:
    """All conflicts as text, most severe first, numbered."""
    claims = claims_by_id(report.claims) if report is not None else {}
    out: list[str] = []
    for n, c in enumerate(conflicts, 1):
        if out:
            out.append("")
        out += format_conflict(c, claims, number=n, width=width, color=color)
    return "\n".join(out)


def format_claim(claim: Claim, *, color: bool = False, width: Optional[int] = None) -> str:
    """One claim on two lines: its figure and fields, then its sentence with the figure
    marked.

    >>> from claimcheck.testing import claims_of
    >>> print(format_claim(claims_of("About 250 miners were trapped in Zonguldak.")[0]))
    text-1: About 250 = ~250 person (count; subject miners; predicate trapped)
        »About 250« miners were trapped in Zonguldak.
    """
    width = width or _terminal_width()
    lines = [f"{claim.doc}: {_describe(claim)}"] + ["    " + line for line in _wrap(_mark(claim_segments(claim), False), width - 6)]
    return "\n".join(_colorize(line) if color else line for line in lines)


def _describe(claim: Claim) -> str:
    v = claim.value
    figure = num(v.low) if v.low == v.high else f"{num(v.low)}-{num(v.high)}"
    prefix = {"exact": "", "approximately": "~", "more than": ">", "at least": ">=", "nearly": "<~", "at most": "<=",
              "vague": "?"}.get(v.qualifier, "")
    unit = f" {claim.unit}" if claim.unit else ""
    fields = [claim.kind]
    for name in ("subject", "predicate", "scope"):
        val = getattr(claim, name)
        if val:
            fields.append(f"{name} {val}")
    if claim.time.as_of:
        fields.append(f"as of {claim.time.as_of}")
    return f"{claim.text} = {prefix}{figure}{unit} ({'; '.join(fields)})"


# -- assertion messages ------------------------------------------------------------------
_FIELDS = ("kind", "subject", "concept", "predicate", "scope", "unit", "attribution")


def _claim_diff(left: Claim, right: Claim, color: bool) -> list[str]:
    # pytest cuts explanations to ~8 lines unless -vv: what differs comes first, then
    # one line per sentence.
    lines = [f"claims differ: {left.text!r} ({left.doc}) != {right.text!r} ({right.doc})"]
    for name in ("value.low", "value.high", "value.qualifier") + _FIELDS + ("time.as_of",):
        a, b = _get(left, name), _get(right, name)
        if a != b:
            lines.append(f"  {name}: {a!r} != {b!r}")
    lines.append(f"left:  {_sentence(left, color)}")
    lines.append(f"right: {_sentence(right, color)}")
    return lines


def _sentence(claim: Claim, color: bool) -> str:
    return format_claim(claim, color=color, width=10_000).splitlines()[1].strip()


def _get(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def _fact(c: Claim) -> tuple[Any, ...]:
    """What a claim says, regardless of which document says it."""
    return (c.kind, c.subject, c.predicate, c.scope, c.value.low, c.value.high, c.value.qualifier, c.unit)


def _claims_diff(left: list[Claim], right: list[Claim], color: bool) -> list[str]:
    lf, rf = {_fact(c) for c in left}, {_fact(c) for c in right}
    only_left = [c for c in left if _fact(c) not in rf]
    only_right = [c for c in right if _fact(c) not in lf]
    lines = [f"claims differ: {len(only_left)} only on the left, {len(only_right)} only on the right"]
    for title, group in (("only on the left:", only_left), ("only on the right:", only_right)):
        if group:
            lines += ["", title]
            for c in group[:10]:
                lines += ["  " + line for line in format_claim(c, color=color).splitlines()]
            if len(group) > 10:
                lines.append(f"  ... and {len(group) - 10} more")
    return lines


def _conflicts_lines(conflicts: list[Conflict], report: Optional[Report], color: bool) -> list[str]:
    return format_conflicts(conflicts, report, color=color).splitlines()


def _is_seq_of(x: Any, cls: type) -> bool:
    return isinstance(x, (list, tuple)) and bool(x) and all(isinstance(i, cls) for i in x)


def comparison_lines(left: Any, right: Any, *, color: bool = False) -> Optional[list[str]]:
    """What pytest shows when claims, conflicts or reports compare unequal (None: not ours)."""

    if isinstance(left, Claim) and isinstance(right, Claim):
        return _claim_diff(left, right, color)
    if (_is_seq_of(left, Claim) or _is_seq_of(right, Claim)) and all(isinstance(x, (list, tuple)) for x in (left, right)):
        return _claims_diff(list(left), list(right), color)
    for side in (left, right):
        if isinstance(side, Report):
            head = (f"claimcheck report: {len(side.conflicts)} conflict(s) in {len(side.documents)} document(s), "
                    f"{len(side.claims)} claim(s)")
            return [head, ""] + _conflicts_lines(list(side.conflicts), side, color)
        if isinstance(side, Conflict):
            return [f"claimcheck conflict {side.id}", ""] + _conflicts_lines([side], None, color)
        if _is_seq_of(side, Conflict):
            return [f"{len(side)} claimcheck conflict(s)", ""] + _conflicts_lines(list(side), None, color)
    return None
