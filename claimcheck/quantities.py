"""``claimcheck.quantities``: the number grammar on its own.

Every quantity mention of a text with its span, value, qualifier and unit, bound to no
subject, predicate or place: what a quantulum3 user calls. ``extract`` reads the same
mentions (``grammar.scan``) and binds them to their context.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional, Union

from .pipeline.binding import bounds
from .pipeline.version import GRAMMAR_VERSION
from .pipeline.mentions import Mention, scan
from .lexicon import Lexicon, default_lexicon
from .models import Kind, Quantity, Value
from .text import NormText, normalize


def quantities(text: str, published: Optional[Union[dt.date, str]] = None, *, lexicon: Optional[Lexicon] = None) -> list[Quantity]:
    """Every quantity mention in ``text``, in text order; offsets point into ``text``.

    Dates and years are read (so "in 2017" is not a count of 2017) but not returned.
    ``published`` is accepted for symmetry with ``extract``: no figure the grammar
    reads depends on it.

    >>> [(q.text, q.value.low, q.unit) for q in quantities("About 3,400 people fled 12 km north.")]
    [('About 3,400', 3400.0, None), ('12 km', 12.0, 'km')]
    """
    if not isinstance(text, str):
        raise TypeError(f"quantities() takes a str, not {type(text).__name__}")
    lex = lexicon or default_lexicon()
    nt = normalize(text)
    _, mentions = scan(nt.text, lex)
    return [_quantity(m, nt) for m in mentions]


def _quantity(m: Mention, nt: NormText) -> Quantity:
    start, end = nt.orig_span(m.start, m.end)
    value = Value.model_construct(point=m.point if m.point is not None or m.low != m.high else m.low, low=m.low, high=m.high,
                                  qualifier=m.qualifier, **bounds(m.qualifier, m.low, m.high))
    return Quantity.model_construct(text=nt.original[start:end], start=start, end=end, kind=Kind(m.kind), value=value,
                                    unit=m.unit.unit if m.unit is not None else None, surface_unit=m.surface_unit,
                                    per=m.per, fraction=m.fraction, rule=m.rule, grammar=GRAMMAR_VERSION)
