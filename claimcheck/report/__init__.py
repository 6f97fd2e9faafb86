"""Renderers of a :class:`~claimcheck.models.Report`: a terminal table, JSON, Markdown.

``render(report, fmt)`` dispatches through ``RENDERERS``; a new format is one function
``(Report) -> str`` added to that mapping with :func:`add_renderer` (HTML lives in
``report.html``).
"""

from __future__ import annotations

import textwrap
from typing import IO, Callable, Iterator

from ..errors import ConfigError
from ..models import ClaimRef, Conflict, Report, Side

Renderer = Callable[[Report], str]
_WIDTH = 100


def side_line(side: Side) -> str:
    """ "4,000: Daily Tigris, Nineveh Post (the mayor)"."""
    who = ", ".join(side.outlets)
    if side.attributions:
        who += f" ({'; '.join(side.attributions)})"
    return f"{side.label}: {who}"


def _quote(ref: ClaimRef) -> str:
    return " ".join(ref.quote.split())


def _by_side(conflict: Conflict) -> list[ClaimRef]:
    """The cited claims in side order (lower figure first), one per distinct sentence."""
    order = {cid: k for k, side in enumerate(conflict.sides) for cid in side.claims}
    seen, out = set(), []
    loc = {cid: k for k, cid in enumerate(conflict.loc)}
    for ref in sorted(conflict.claims, key=lambda r: (order.get(r.id, 99), loc.get(r.id, 0))):
        if (ref.doc, ref.quote) not in seen:
            seen.add((ref.doc, ref.quote))
            out.append(ref)
    return out


# -- table -----------------------------------------------------------------------------
def render_table(report: Report) -> str:
    """Plain text for a terminal: one block per conflict, severity first."""
    lines = [f"{len(report.conflicts)} conflict(s) in {len(report.documents)} document(s), {len(report.claims)} claim(s)"]
    wrap = textwrap.TextWrapper(width=_WIDTH, initial_indent="    ", subsequent_indent="    ",
                                break_on_hyphens=False, break_long_words=False)
    quote_wrap = textwrap.TextWrapper(width=_WIDTH, initial_indent="      > ", subsequent_indent="        ",
                                      break_on_hyphens=False, break_long_words=False)
    for c in report.conflicts:
        lines.append("")
        lines.append(f"{c.severity.upper():<6} {c.type}  {c.key or ''}  [{c.id}]")
        lines.extend(wrap.wrap(c.explanation))
        for side in c.sides:
            lines.extend(wrap.wrap("- " + side_line(side)))
        for ref in _by_side(c):
            lines.append(f"    {ref.outlet or ref.doc} ({ref.doc}, chars {ref.start}-{ref.end}): {ref.text!r}")
            lines.extend(quote_wrap.wrap(_quote(ref)))
        for note in c.notes:
            lines.append(f"    note: {note}")
    return "\n".join(lines) + "\n"


# -- json ------------------------------------------------------------------------------
def render_json(report: Report) -> str:
    """The whole report; valid against ``Report.model_json_schema()``."""
    return report.model_dump_json(indent=2) + "\n"


_CLAIMS_KEY = '\n  "claims": []'


def iter_json(report: Report) -> Iterator[str]:
    """:func:`render_json` in pieces, one claim at a time: a report of a hundred thousand
    claims is never one string in memory. The pieces join to exactly ``render_json``."""
    if not report.claims:
        yield render_json(report)
        return
    head, tail = report.model_copy(update={"claims": ()}).model_dump_json(indent=2).split(_CLAIMS_KEY, 1)
    yield head + _CLAIMS_KEY[:-1]
    for k, claim in enumerate(report.claims):
        yield ("," if k else "") + "\n    " + claim.model_dump_json(indent=2).replace("\n", "\n    ")
    yield "\n  ]" + tail + "\n"


# -- markdown --------------------------------------------------------------------------
def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    """A report an editor can paste: a summary table, then each conflict with quotes."""
    out = ["# claimcheck report", ""]
    out.append(f"{len(report.conflicts)} conflict(s) across {len(report.documents)} document(s).")
    out.append("")
    if report.conflicts:
        out += ["| severity | rule | figures | explanation |", "|---|---|---|---|"]
        for c in report.conflicts:
            figures = "; ".join(side_line(s) for s in c.sides)
            out.append(f"| **{c.severity}** | {c.type} | {_md(figures)} | {_md(c.explanation)} |")
        out.append("")
    for n, c in enumerate(report.conflicts, 1):
        out.append(f"## {n}. {c.severity}: {c.type}" + (f" — `{c.key}`" if c.key else ""))
        out.append("")
        out.append(c.explanation)
        out.append("")
        for side in c.sides:
            out.append(f"- **{_md(side.label)}**: {_md(', '.join(side.outlets))}"
                       + (f" ({_md('; '.join(side.attributions))})" if side.attributions else ""))
        out.append("")
        for ref in _by_side(c):
            out.append(f"> {_md(_quote(ref))}")
            out.append(">")
            out.append(f"> — *{_md(ref.outlet or ref.doc)}* (`{ref.doc}`, “{_md(ref.text)}”)")
            out.append("")
        if c.notes:
            out.append("Notes: " + "; ".join(c.notes))
            out.append("")
    out.append("Documents: " + ", ".join(f"{d.outlet or d.id} ({d.published or 'undated'})" for d in report.documents))
    return "\n".join(out) + "\n"


RENDERERS: dict[str, Renderer] = {"table": render_table, "json": render_json, "markdown": render_markdown}


def add_renderer(fmt: str, fn: Renderer) -> None:
    """Make ``render(report, fmt)`` use ``fn``."""
    RENDERERS[fmt] = fn


def write_report(report: Report, fmt: str, out: IO[str]) -> None:
    """Write the report in ``fmt`` to ``out``; JSON is written claim by claim."""
    if fmt == "json" and RENDERERS.get("json") is render_json:
        for piece in iter_json(report):
            out.write(piece)
    else:
        if not isinstance(report.claims, tuple):  # packed claims (check_packed): the renderers read records
            report = report.model_copy(update={"claims": tuple(report.claims)})
        out.write(render(report, fmt))


def render(report: Report, fmt: str = "table") -> str:
    """The report as text in ``fmt``: table, json, markdown or html."""
    try:
        fn = RENDERERS[fmt]
    except KeyError:
        raise ConfigError(f"unknown format {fmt!r}; available: {', '.join(sorted(RENDERERS))}", type="config.unknown_format") from None
    return fn(report)


from .html import render_html  # noqa: E402  (html imports only models and present)

add_renderer("html", render_html)
