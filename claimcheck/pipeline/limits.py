"""What keeps hostile text from making extraction lie or hang: figures too large to be
real are dropped with a note (never written as Infinity), and a pattern that runs past
its time limit becomes an :class:`~claimcheck.errors.ExtractTimeout` naming the document."""

from __future__ import annotations

import logging
import math
from typing import Callable, Iterator

from ..text.rx import MATCH_TIMEOUT
from ..errors import ExtractTimeout
from ..models import Claim

MAX_FIGURE = 1e30
"""The largest magnitude a figure may have. Beyond it (or beyond a float's range, where
it would read as Infinity) a figure is no quantity a report could mean: it is dropped."""

log = logging.getLogger("claimcheck")


def _sane(numbers) -> bool:
    return all(x is None or (math.isfinite(x) and abs(x) <= MAX_FIGURE) for x in numbers)


def is_sane(c: Claim) -> bool:
    """Every number of the claim is finite and at most ``MAX_FIGURE`` in magnitude."""
    # two flat tuples and one generator per claim (it runs on every claim), not nested generators
    v, n = c.value, c.normalized
    return _sane((v.low, v.high, v.point, v.min, v.max)) and (n is None or _sane((n.low, n.high, n.min, n.max)))


def bounded_claims(doc_id: str, make: Callable[[], Iterator[Claim]]) -> Iterator[Claim]:
    """The claims ``make()`` yields, without absurd figures (each dropped with a note on the
    ``claimcheck`` logger); a regex timeout becomes an ExtractTimeout naming ``doc_id``."""
    try:
        for c in make():
            if is_sane(c):
                yield c
            else:
                log.warning("%s, chars %d-%d: the figure %s is too large to be a quantity; dropped",
                            doc_id, c.evidence.start, c.evidence.end, _shorten(c.text))
    except TimeoutError:
        raise ExtractTimeout(doc_id, f"a pattern ran over its time limit ({MATCH_TIMEOUT:g} s for one match): "
                                     "the text looks built to make it backtrack", type="extract.timeout") from None


def _shorten(text: str, keep: int = 24) -> str:
    return repr(text) if len(text) <= 2 * keep else repr(text[:keep] + "..." + text[-keep:]) + f" ({len(text):,} characters)"
