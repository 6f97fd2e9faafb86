"""A self-contained HTML report: one file an editor opens in any browser.

``render_html(report)`` returns a complete page with inline CSS and inline SVG only (no
scripts, fonts, images or stylesheets from anywhere else, so it works from an e-mail
attachment or an air-gapped newsroom): a summary table, then the conflicts grouped by
subject and place with each cited sentence and its figure in ``<mark>``, and for every
subject and place with figures from several sources a small chart of each source's
figure against its date.

    >>> from claimcheck import Document
    >>> from claimcheck import check
    >>> report = check([Document(id="a", outlet="Daily A", text="Rescuers said 250 miners were trapped in Zonguldak."),
    ...                 Document(id="b", outlet="Daily B", text="Officials said 600 miners were trapped in Zonguldak.")])
    >>> page = render_html(report)
    >>> page.startswith("<!doctype html>"), "<svg" in page, "<mark>250</mark>" in page
    (True, True, True)
"""

from __future__ import annotations

import datetime as _dt
import math
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from typing import Iterable, NamedTuple, Optional, Sequence

from .present import Quote, claims_by_id, quotes, subject_place
from ..models import SEVERITIES, Claim, Conflict, Kind, Report
from ..text.forms import num

__all__ = ["render_html", "chart_svg"]

# Colour-blind-safe palette (Okabe-Ito), one colour per document across all charts.
_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#999999")

_CSS = """
:root { color-scheme: light; --ink:#1d1d1f; --muted:#5f6368; --line:#d9d9de; --bg:#fff; --panel:#f7f7f9; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
       sans-serif; color: var(--ink); background: var(--bg); max-width: 1180px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 8px; padding-top: 12px; border-top: 2px solid var(--line); }
h3 { font-size: 16px; margin: 18px 0 6px; }
p.lede, .muted { color: var(--muted); }
table { border-collapse: collapse; margin: 8px 0 16px; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 10px; border-bottom: 1px solid var(--line); }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev { display: inline-block; min-width: 64px; text-align: center; padding: 1px 8px; border-radius: 10px;
       font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.sev-high { background: #b3261e; color: #fff; } .sev-medium { background: #e8710a; color: #fff; }
.sev-low { background: #f9d65c; color: #3b2f00; } .sev-info { background: #dadce0; color: #3c4043; }
.conflict { border: 1px solid var(--line); border-left: 6px solid #dadce0; border-radius: 6px; padding: 12px 16px;
            margin: 14px 0; background: #fff; }
.conflict.high { border-left-color: #b3261e; } .conflict.medium { border-left-color: #e8710a; }
.conflict.low { border-left-color: #f9d65c; }
.conflict .rule { color: var(--muted); font-size: 13px; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; margin-top: 10px; }
.side { background: var(--panel); border-radius: 6px; padding: 8px 12px; }
.side h4 { margin: 0 0 6px; font-size: 15px; }
blockquote { margin: 6px 0 10px; padding: 0 0 0 10px; border-left: 3px solid var(--line); }
blockquote footer { color: var(--muted); font-size: 13px; margin-top: 2px; }
mark { background: #ffe066; color: #000; font-weight: 700; padding: 0 2px; border-radius: 2px; }
.notes { color: var(--muted); font-size: 13px; }
figure.chart { margin: 10px 0 16px; }
figure.chart figcaption { font-size: 13px; color: var(--muted); }
svg text { font: 11px -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #333; }
svg .axis { stroke: #999; stroke-width: 1; } svg .grid { stroke: #eee; stroke-width: 1; }
.legend { font-size: 13px; color: var(--muted); }
a { color: #0b57d0; }
"""


# -- numbers and dates ------------------------------------------------------------------
def _as_date(iso: Optional[str]) -> Optional[_dt.date]:
    """The middle of a day-, month- or year-precision ISO date ("2023-08" -> Aug 16)."""
    if not iso:
        return None
    try:
        if len(iso) == 4:
            return _dt.date(int(iso), 7, 2)
        if len(iso) == 7:
            return _dt.date(int(iso[:4]), int(iso[5:7]), 15)
        return _dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _nice_step(span: float, ticks: int = 4) -> float:
    raw = span / max(ticks, 1)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


# -- charts ------------------------------------------------------------------------------
class _Point(NamedTuple):
    claim: Claim
    who: str
    color: str
    date: Optional[_dt.date]
    low: float
    high: float
    vmin: Optional[float]
    vmax: Optional[float]
    in_conflict: bool


def _values(c: Claim) -> tuple[float, float, Optional[float], Optional[float]]:
    n = c.normalized
    if n is not None:
        return n.low, n.high, n.min, n.max
    return c.value.low, c.value.high, c.value.min, c.value.max


@dataclass(frozen=True)
class _Frame:
    """Where a chart's plot area lies and how dates and values map into it."""

    left: float
    top: float
    pw: float
    ph: float
    dated: list
    has_undated: bool
    lo: float
    hi: float
    step: float

    def x_of(self, d: Optional[_dt.date]) -> float:
        """x: dates on a linear scale (an extra slot on the right for undated figures)."""
        left, pw, dated = self.left, self.pw, self.dated
        if d is None:
            return left + pw - 10
        if len(dated) == 1:
            return left + (pw * (0.5 if not self.has_undated else 0.35))
        span = (dated[-1] - dated[0]).days or 1
        usable = pw - (60 if self.has_undated else 0)
        return left + 24 + (usable - 48) * (d - dated[0]).days / span

    def y_of(self, v: float) -> float:
        return self.top + self.ph - (v - self.lo) / (self.hi - self.lo) * self.ph


def _frame(points: Sequence[_Point], left: float, top: float, pw: float, ph: float) -> _Frame:
    # y: from zero (so 60,000 against 115,000 looks like what it is) to the largest
    # stated or allowed value, with headroom for arrows.
    finite = [v for p in points for v in (p.low, p.high, p.vmin, p.vmax) if v is not None and math.isfinite(v)]
    lo = min(0.0, min(finite)) if finite else 0.0
    hi = max(finite) if finite else 1.0
    if hi <= lo:
        hi = lo + 1.0
    step = _nice_step(hi - lo)
    hi = math.ceil(hi * 1.12 / step) * step
    dated = sorted({p.date for p in points if p.date is not None})
    return _Frame(left, top, pw, ph, dated, any(p.date is None for p in points), lo, hi, step)


def chart_svg(points: Sequence[_Point], title: str, unit: Optional[str], *, width: int = 760, height: int = 250) -> str:
    """An inline SVG: each point a source's figure (bar for a range, arrow for an open
    bound, dashed whisker for what "about" allows) at its date, labelled with the outlet."""
    left, right, top, bottom = 70, 230, 22, 40  # the right margin holds the labels
    f = _frame(points, left, top, width - left - right, height - top - bottom)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'role="img" aria-label="{escape(title)}">', f"<title>{escape(title)}</title>"]
    out += _axes(f, unit, height)
    labels: list[tuple[float, float, float, float]] = []  # boxes of labels already drawn
    for x, label_x, p in sorted(_spread(points, f), key=lambda t: -t[2].high):
        out += _point_marks(p, x, f)
        out += _label(p, label_x, f.y_of((p.low + p.high) / 2), f, labels)
    out.append("</svg>")
    return "\n".join(out)


def _axes(f: _Frame, unit: Optional[str], height: int) -> list[str]:
    """The grid, the y ticks, and the dates along the x axis."""
    left, top, pw, ph, dated = f.left, f.top, f.pw, f.ph, f.dated
    out = []
    v = f.lo
    while v <= f.hi + 1e-9:
        y = f.y_of(v)
        out.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{left + pw}" y2="{y:.1f}"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(num(v))}</text>')
        v += f.step
    out.append(f'<line class="axis" x1="{left}" y1="{top + ph}" x2="{left + pw}" y2="{top + ph}"/>')
    out.append(f'<line class="axis" x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}"/>')
    if unit:
        out.append(f'<text x="{left - 6}" y="{top - 8}" text-anchor="end">{escape(unit)}</text>')
    # x ticks: every date when few, else first/last and a few between
    shown = dated if len(dated) <= 6 else [dated[round(i * (len(dated) - 1) / 4)] for i in range(5)]
    for d in shown:
        x = f.x_of(d)
        out.append(f'<line class="axis" x1="{x:.1f}" y1="{top + ph}" x2="{x:.1f}" y2="{top + ph + 4}"/>')
        out.append(f'<text x="{x:.1f}" y="{top + ph + 17}" text-anchor="middle">{escape(d.strftime("%b %d").replace(" 0", " "))}</text>')
    if dated:
        out.append(f'<text x="{left + pw / 2:.1f}" y="{height - 4}" text-anchor="middle" fill="#666">'
                   f'date the figure holds for ({escape(str(dated[0].year) if dated[0].year == dated[-1].year else f"{dated[0].year}–{dated[-1].year}")})</text>')
    if f.has_undated:
        out.append(f'<text x="{f.x_of(None):.1f}" y="{top + ph + 17}" text-anchor="middle">undated</text>')
    return out


def _spread(points: Sequence[_Point], f: _Frame) -> list[tuple[float, float, _Point]]:
    """(x, x where its label starts, point): points sharing a date are spread sideways so
    none hides another; labels of a crowded date go in one column right of its last point."""
    by_x: dict[Optional[_dt.date], list[_Point]] = defaultdict(list)
    for p in points:
        by_x[p.date].append(p)
    placed: list[tuple[float, float, _Point]] = []
    for d, group in by_x.items():
        n = len(group)
        spread = min(16.0, 90.0 / max(n, 1))
        label_x = f.x_of(d) + (n - 1) / 2 * spread + 11
        for k, p in enumerate(sorted(group, key=lambda q: q.low)):
            placed.append((f.x_of(d) + (k - (n - 1) / 2) * spread, label_x, p))
    return placed


def _point_marks(p: _Point, x: float, f: _Frame) -> list[str]:
    """One figure: its whisker, bar or arrow, and its dot (ringed when in a conflict)."""
    c, y_of = p.claim, f.y_of
    stroke = ' stroke="#000" stroke-width="1.6"' if p.in_conflict else ""
    tip = f"{p.who}, {c.time.as_of or 'undated'}: {c.text} — {' '.join(c.evidence.sentence.split())}"
    out = [f"<g><title>{escape(tip)}</title>"]
    if p.vmin is not None and p.vmax is not None and (p.vmin < p.low or p.vmax > p.high):
        # what "about"/"nearly" allows: a thin dashed whisker
        out.append(f'<line x1="{x:.1f}" y1="{y_of(p.vmin):.1f}" x2="{x:.1f}" y2="{y_of(p.vmax):.1f}" stroke="{p.color}" '
                   f'stroke-width="1.2" stroke-dasharray="3 2"/>')
    y_mid = y_of((p.low + p.high) / 2)
    if p.high > p.low:  # a stated range: a solid bar
        out.append(f'<line x1="{x:.1f}" y1="{y_of(p.low):.1f}" x2="{x:.1f}" y2="{y_of(p.high):.1f}" stroke="{p.color}" '
                   f'stroke-width="7" stroke-linecap="round" opacity="0.85"/>')
    up = p.vmax is None
    down = p.vmin is None or c.value.qualifier in ("at most",)
    if up or down:  # an open bound: an arrow pointing where the truth may lie
        sgn = -1 if up else 1
        y0 = y_of(p.high if up else p.low)
        y1 = y0 + sgn * 26
        out.append(f'<line x1="{x:.1f}" y1="{y0:.1f}" x2="{x:.1f}" y2="{y1:.1f}" stroke="{p.color}" stroke-width="2"/>')
        out.append(f'<polygon points="{x - 5:.1f},{y1 - sgn * 1:.1f} {x + 5:.1f},{y1 - sgn * 1:.1f} {x:.1f},{y1 + sgn * 7:.1f}" '
                   f'fill="{p.color}"/>')
    fill = "#fff" if up or down else p.color
    out.append(f'<circle cx="{x:.1f}" cy="{y_mid:.1f}" r="5" fill="{fill}" stroke="{p.color}" stroke-width="2"/>')
    if p.in_conflict:
        out.append(f'<circle cx="{x:.1f}" cy="{y_mid:.1f}" r="8.5" fill="none"{stroke}/>')
    return out


def _label(p: _Point, lx: float, y_mid: float, f: _Frame, labels: list[tuple[float, float, float, float]]) -> list[str]:
    """Outlet and figure right of the point, nudged down or up past labels already drawn
    (``labels``, which this extends)."""
    who = p.who.split(" (")[0]  # "Red Sea Dispatch (opinion blog)" -> "Red Sea Dispatch"
    text = f"{who}: {p.claim.text}"
    if len(text) > 36:
        text = text[:35] + "…"
    w = 6.2 * len(text)
    ly = y_mid + 4
    # try the point's own height first, then alternately below and above it
    for step in [0] + [s * k for k in range(1, 20) for s in (1, -1)]:
        cand = ly + 12 * step
        if f.top - 4 <= cand <= f.top + f.ph + 4 and not any(
                lx < bx1 and lx + w > bx0 and cand - 10 < by1 and cand + 2 > by0 for bx0, by0, bx1, by1 in labels):
            ly = cand
            break
    labels.append((lx, ly - 10, lx + w, ly + 2))
    return [f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="start" style="fill:{p.color}">{escape(text)}</text>', "</g>"]


def _series(report: Report, conflicted: set[str]) -> dict[tuple[str, str], list[tuple[str, list[_Point]]]]:
    """Chartable figures: (subject, place) -> [(caption, points)] for every comparable
    quantity (kind, subject, predicate, place, unit) stated by two or more documents."""
    outlets = {d.id: (d.outlet or d.id) for d in report.documents}
    published = {d.id: d.published for d in report.documents}
    colors = {d.id: _PALETTE[k % len(_PALETTE)] for k, d in enumerate(report.documents)}
    groups: dict[tuple[str, Optional[str], str, str, Optional[str]], list[Claim]] = defaultdict(list)
    for c in report.claims:
        if c.kind == Kind.DATE or not c.subject:
            continue
        place = c.place or c.scope or "(no place)"  # same label as the conflict sections use
        unit = c.normalized.unit if c.normalized else c.unit
        groups[(c.kind, c.predicate, c.subject, place, unit)].append(c)
    out: dict[tuple[str, str], list[tuple[str, list[_Point]]]] = defaultdict(list)
    for (kind, predicate, subject, place, unit), claims in sorted(groups.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        if len({c.doc for c in claims}) < 2:
            continue
        seen: set[tuple] = set()
        points = []
        for c in claims:
            low, high, vmin, vmax = _values(c)
            date = _as_date(c.time.as_of)
            if date is None and published.get(c.doc):
                date = published[c.doc]
            ident = (c.doc, low, high, c.value.qualifier, date)
            if ident in seen:  # one outlet repeating its figure: one point
                continue
            seen.add(ident)
            points.append(_Point(c, outlets.get(c.doc, c.doc), colors.get(c.doc, _PALETTE[0]), date, low, high, vmin, vmax,
                                 c.id in conflicted))
        what = " ".join(x for x in (subject, predicate) if x)
        caption = f"{what} in {place} ({kind}{', ' + unit if unit else ''})"
        out[(subject, place)].append((caption, points))
    return out


# -- page --------------------------------------------------------------------------------
def _marked(q: Quote) -> str:
    return "".join(f"<mark>{escape(t)}</mark>" if fig else escape(t) for t, fig in q.segments)


def _badge(sev: str) -> str:
    return f'<span class="sev sev-{escape(sev)}">{escape(sev)}</span>'


def _conflict_html(n: int, c: Conflict, claims: dict[str, Claim]) -> str:
    qs = quotes(c, claims)
    parts = [f'<article class="conflict {escape(c.severity)}" id="conflict-{n}">',
             f'<h3>{_badge(c.severity)} {n}. {escape(" vs ".join(s.label for s in c.sides) or c.type)}</h3>',
             f"<p>{escape(c.explanation)}</p>", '<div class="sides">']
    side_ids = sorted({q.side for q in qs})
    for k in side_ids:
        side = c.sides[k] if 0 <= k < len(c.sides) else None
        head = escape(side.label) if side else "cited"
        who = escape(", ".join(side.outlets)) if side else ""
        if side and side.attributions:
            who += f" <span class=\"muted\">({escape('; '.join(side.attributions))})</span>"
        parts.append(f'<section class="side"><h4>{head} <span class="muted">— {who}</span></h4>')
        for q in (q for q in qs if q.side == k):
            parts.append(f"<blockquote><div>{_marked(q)}</div><footer>{escape(q.who)} · "
                         f"<code>{escape(q.doc)}</code>, chars {escape(', '.join(f'{r.start}–{r.end}' for r in q.refs))}"
                         f"</footer></blockquote>")
        parts.append("</section>")
    parts.append("</div>")
    if c.notes:
        parts.append(f'<p class="notes">Notes: {escape("; ".join(c.notes))}</p>')
    parts.append(f'<p class="rule">{escape(c.type)} · <code>{escape(c.rule)}</code>'
                 + (f" · <code>{escape(c.key)}</code>" if c.key else "") + f" · {escape(c.id)}</p>")
    parts.append("</article>")
    return "\n".join(parts)


def render_html(report: Report, *, title: str = "claimcheck report") -> str:
    """The report as one self-contained HTML page (inline CSS and SVG, no scripts)."""
    claims = claims_by_id(report.claims)
    conflicted = {cid for c in report.conflicts for cid in c.loc}
    numbered = list(enumerate(report.conflicts, 1))
    places: dict[tuple[str, str], list[tuple[int, Conflict]]] = defaultdict(list)
    for n, c in numbered:
        places[subject_place(c, claims)].append((n, c))
    charts = _series(report, conflicted)

    h = ["<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{escape(title)}</title>",
         f"<style>{_CSS}</style>", "</head>", "<body>", f"<h1>{escape(title)}</h1>"]
    counts = {s: sum(1 for c in report.conflicts if c.severity == s) for s in SEVERITIES}
    h.append(f'<p class="lede">{len(report.conflicts)} conflict(s) across {len(report.documents)} document(s) and '
             f"{len(report.claims)} claim(s).</p>")

    # summary
    h.append("<h2>Summary</h2>")
    h.append("<table><tr>" + "".join(f'<th class="num">{_badge(s)}</th>' for s in reversed(SEVERITIES)) + "</tr><tr>"
             + "".join(f'<td class="num">{counts[s]}</td>' for s in reversed(SEVERITIES)) + "</tr></table>")
    if report.conflicts:
        h.append("<table><tr><th>#</th><th>severity</th><th>subject</th><th>place</th><th>figures</th><th>rule</th></tr>")
        for n, c in numbered:
            subject, place = subject_place(c, claims)
            figures = "; ".join(f"{s.label} ({', '.join(s.outlets)})" for s in c.sides)
            h.append(f'<tr><td><a href="#conflict-{n}">{n}</a></td><td>{_badge(c.severity)}</td><td>{escape(subject)}</td>'
                     f"<td>{escape(place)}</td><td>{escape(figures)}</td><td>{escape(c.type)}</td></tr>")
        h.append("</table>")
    else:
        h.append("<p>No conflicts: the sources agree on every figure claimcheck could compare.</p>")
    h.append("<table><tr><th>document</th><th>outlet</th><th>published</th><th>claims</th></tr>")
    per_doc: dict[str, int] = defaultdict(int)
    for cl in report.claims:
        per_doc[cl.doc] += 1
    for d in report.documents:
        name = escape(d.id)
        if d.url and d.url.startswith(("http://", "https://")):  # a link to the article, not an asset
            name = f'<a href="{escape(d.url, quote=True)}">{name}</a>'
        h.append(f"<tr><td>{name}</td><td>{escape(d.outlet or '')}</td><td>{escape(str(d.published or 'undated'))}</td>"
                 f'<td class="num">{per_doc[d.id]}</td></tr>')
    h.append("</table>")
    h.append('<p class="legend">Charts: ● a figure at the date it holds for; ▮ a stated range; ○ with an arrow: an '
             "open bound (“more than”, “at most”); dashed: what “about” allows; a black ring: a figure in a "
             "conflict. Values are in the canonical unit of their kind.</p>")

    # sections: places with conflicts (worst first), then places with figures only
    def worst(key: tuple[str, str]) -> tuple[int, int]:
        items = places.get(key, [])
        return (-max((SEVERITIES.index(c.severity) for _, c in items), default=-1), min((n for n, _ in items), default=0))

    keys = sorted(set(places) | set(charts), key=lambda k: (worst(k), k))
    for subject, place in keys:
        h.append(f"<h2>{escape(subject)} — {escape(place)}</h2>")
        for caption, points in charts.get((subject, place), []):
            h.append(f'<figure class="chart">{chart_svg(points, caption, None if not points else _unit(points))}'
                     f"<figcaption>{escape(caption)}</figcaption></figure>")
        for n, c in places.get((subject, place), []):
            h.append(_conflict_html(n, c, claims))
    h.append('<p class="muted">Generated by claimcheck.</p>')
    h += ["</body>", "</html>"]
    return "\n".join(h) + "\n"


def _unit(points: Iterable[_Point]) -> Optional[str]:
    for p in points:
        c = p.claim
        return c.normalized.unit if c.normalized else c.unit
    return None
