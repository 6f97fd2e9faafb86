"""Compare extracted claims with the expectations of a corpus row or an expected.yaml
claim; each returns a list of readable differences (empty: it matches)."""

from __future__ import annotations

from typing import Any, Iterable, Optional

from claimcheck.models import Claim


def close(a: float, b: float, rel: float) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-9)


def value_diff(claim: Claim, expected: Any, rel: float) -> Optional[str]:
    if claim.kind == "date":
        got = claim.date_value
        return None if got == expected else f"value {got!r} != {expected!r}"
    lo, hi = (expected, expected) if not isinstance(expected, list) else expected
    if not (close(claim.value.low, float(lo), rel) and close(claim.value.high, float(hi), rel)):
        got = claim.value.low if claim.value.low == claim.value.high else [claim.value.low, claim.value.high]
        return f"value {got} != {expected}"
    return None


def _head(phrase: Optional[str]) -> Optional[str]:
    """The head word of a noun phrase, singular: "the border fences" -> "fence"."""
    if not phrase:
        return None
    w = phrase.lower().split()[-1]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _options(v: Any) -> list:
    return v if isinstance(v, list) else [v]


def claim_diffs(claim: Claim, exp: dict, *, rel: float = 1e-6, absent_is_none=("predicate",), checked=None) -> list[str]:
    """Differences between one claim and one expectation."""
    out = []
    d = value_diff(claim, exp.get("value"), rel)
    if d:
        out.append(d)
    fields = checked or ("qualifier", "unit", "subject", "predicate", "scope")
    for f in fields:
        if f in exp:
            want = _options(exp[f])
        elif f in absent_is_none:
            want = [None]
        else:
            continue
        got = claim.value.qualifier if f == "qualifier" else getattr(claim, f)
        if f == "unit":  # "square_metre" and "square metre" are one unit
            got = got.replace("_", " ") if isinstance(got, str) else got
            want = [w.replace("_", " ") if isinstance(w, str) else w for w in want]
        if got not in want:
            out.append(f"{f} {got!r} not in {want!r}" if len(want) > 1 else f"{f} {got!r} != {want[0]!r}")
    if "concept" in exp and _head(claim.concept) != _head(exp["concept"]):
        out.append(f"concept {claim.concept!r} != {exp['concept']!r}")
    if "attribution" in exp and claim.attribution != exp["attribution"]:
        out.append(f"attribution {claim.attribution!r} != {exp['attribution']!r}")
    if "holder" in exp and claim.holder != exp["holder"]:
        out.append(f"holder {claim.holder!r} != {exp['holder']!r}")
    if "change" in exp and claim.change != exp["change"]:
        out.append(f"change {claim.change!r} != {exp['change']!r}")
    for f in ("event", "background", "partial", "compare_as"):  # which incident, and which referent in it (events.yaml)
        if f in exp and getattr(claim, f) != exp[f]:
            out.append(f"{f} {getattr(claim, f)!r} != {exp[f]!r}")
    if "rule" in exp and claim.rule != exp["rule"]:  # the grammar rule that must read it (claimcheck/kinds)
        out.append(f"rule {claim.rule!r} != {exp['rule']!r}")
    if "resolved" in exp and claim.time.resolved != exp["resolved"]:
        out.append(f"resolved {claim.time.resolved} != {exp['resolved']}")
    return out


def best_match(candidates: Iterable[Claim], exp: dict, **kw) -> tuple[Optional[Claim], list[str]]:
    """The candidate with the fewest differences, and those differences."""
    best, best_d = None, ["no claim found there"]
    for c in candidates:
        d = claim_diffs(c, exp, **kw)
        if best is None or len(d) < len(best_d):
            best, best_d = c, d
        if not d:
            break
    return best, best_d
