"""Unit conversion through ONE private pint registry per process.

The registry is built lazily on the first conversion (pint takes ~0.1 s to load) and
conversion factors are cached per unit pair, so the hot path is a dict lookup and a
multiplication. Records store plain numbers and unit strings, never pint Quantities.
"""

from __future__ import annotations

import functools
import threading
from importlib import resources
from typing import Optional

from ...lexicon import Lexicon, UnitDef


_LOCK = threading.Lock()
_REGISTRY = None


def registry():
    """The process's pint UnitRegistry: pint's defaults plus our definitions file, built
    once (under a lock, so threads starting together still share one)."""
    global _REGISTRY
    if _REGISTRY is None:
        with _LOCK:
            if _REGISTRY is None:
                import pint  # with the registry, on first use: building it is the slow part, and many runs convert no unit

                ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
                with resources.as_file(resources.files("claimcheck").joinpath("lexicon/units.txt")) as path:
                    ureg.load_definitions(str(path))
                _REGISTRY = ureg
    return _REGISTRY


@functools.lru_cache(maxsize=1024)
def factor(src: str, dst: str) -> Optional[float]:
    """Multiplier from pint unit ``src`` to ``dst`` (None when not convertible)."""
    ureg = registry()
    try:
        return float(ureg.Quantity(1.0, src).to(dst).magnitude)
    except Exception:  # pint raises several error types for unknown or incompatible units
        return None


def canonical_unit(lex: Lexicon, kind: str) -> Optional[UnitDef]:
    name = lex.units.canonical.get(kind)
    return lex.unit_by_name.get(name) if name else None


def to_canonical(lex: Lexicon, kind: str, unit: Optional[UnitDef], values: list[Optional[float]]) -> tuple[Optional[str], list[Optional[float]]]:
    """Convert values stated in ``unit`` to the canonical unit of ``kind``.

    Kinds without a canonical unit (money, measure) keep their own unit: comparing
    dollars with euros needs exchange rates, which are not ours to guess. A measure whose
    unit names its subject (an area) takes that subject's canonical unit.
    """
    if unit is None:
        return None, values
    target = canonical_unit(lex, kind)
    if target is None and unit.subject in lex.units.canonical_subjects:
        target = lex.unit_by_name.get(lex.units.canonical_subjects[unit.subject])  # "12,000 acres" as hectares
    if target is None or target.unit == unit.unit or unit.pint is None or target.pint is None:
        return unit.unit, values
    if "degree_" in unit.pint:  # offset units: convert whole values, not factors
        return unit.unit, values
    f = factor(unit.pint, target.pint)
    if f is None:
        return unit.unit, values
    return target.unit, [None if v is None else v * f for v in values]
