"""The claims ``check`` holds while it runs: each packed into a few hundred bytes and rebuilt
when read (docs/reliability.md).

A claim record (a pydantic model and four nested ones, each with its own ``__dict__``) costs
about 3.3 KB in memory; packed with :mod:`marshal` as a tuple of its values, about 440
bytes. ``check`` on one 15 MB document holds some 100,000 claims: 350 MB as records,
45 MB packed. A packed claim is rebuilt as the record it was (the same values and types,
the same fields set); a claim that could not be rebuilt exactly (another type, a field
left unset, a value marshal cannot write) is kept as it is.
"""

from __future__ import annotations

import marshal
from typing import Iterator, Mapping, Sequence, Union, overload

from ..models import Claim, Kind, Normalized, Span, TimeRef, Value, trusted

# the nested records of a claim, by field
_NESTED: dict[str, type] = {"value": Value, "normalized": Normalized, "time": TimeRef, "evidence": Span}
_FIELDS: dict[type, tuple[str, ...]] = {m: tuple(m.model_fields) for m in (Claim, *_NESTED.values())}
_KINDS = {k.value: k for k in Kind}


def _exact(m: object, model: type) -> bool:
    """A record that :func:`~claimcheck.models.trusted` rebuilds as it is: of the model
    itself, with every field set and nothing more."""
    return type(m) is model and len(m.__pydantic_fields_set__) == len(_FIELDS[model]) == len(m.__dict__) \
        and m.__pydantic_extra__ is None and m.__pydantic_private__ is None


def pack(c: Claim) -> Union[bytes, Claim]:
    """The claim as bytes, or the claim itself when it would not be rebuilt exactly."""
    if not _exact(c, Claim):
        return c
    row = []
    for name, v in zip(_FIELDS[Claim], map(c.__dict__.get, _FIELDS[Claim])):
        model = _NESTED.get(name)
        if model is not None and v is not None:
            if not _exact(v, model):
                return c
            v = tuple(map(v.__dict__.get, _FIELDS[model]))
        elif name == "kind":
            if type(v) is not Kind:
                return c
            v = v.value
        row.append(v)
    try:
        return marshal.dumps(tuple(row))
    except ValueError:  # a value of a type marshal does not write (a str subclass, say)
        return c


def unpack(packed: Union[bytes, Claim]) -> Claim:
    """The claim :func:`pack` packed."""
    if not isinstance(packed, bytes):
        return packed
    values = dict(zip(_FIELDS[Claim], marshal.loads(packed)))
    for name, model in _NESTED.items():
        v = values[name]
        if v is not None:
            values[name] = trusted(model, dict(zip(_FIELDS[model], v)))
    values["kind"] = _KINDS[values["kind"]]
    return trusted(Claim, values)


class ClaimStore(Sequence[Claim]):
    """Claims in the order added, packed (see the module's docstring); ``store[i]`` rebuilds
    the i-th. ``packed=False`` keeps the records themselves (claims a caller passed in,
    already in memory)."""

    def __init__(self, claims: Sequence[Claim] = (), packed: bool = True):
        self._items: list[Union[bytes, Claim]] = []
        self._packed = packed
        self._position: dict[str, int] = {}  # claim id -> where its (last) claim is
        self.extend(claims)

    def append(self, c: Claim) -> None:
        self._position[c.id] = len(self._items)
        self._items.append(pack(c) if self._packed else c)

    def extend(self, claims: Iterator[Claim] | Sequence[Claim]) -> None:
        for c in claims:
            self.append(c)

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> Claim: ...

    @overload
    def __getitem__(self, i: slice) -> list[Claim]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [unpack(x) for x in self._items[i]]
        return unpack(self._items[i])

    def __iter__(self) -> Iterator[Claim]:
        return map(unpack, self._items)

    def view(self, positions: Sequence[int]) -> "ClaimView":
        """The claims at ``positions``, rebuilt as they are read."""
        return ClaimView(self, positions)

    def by_id(self) -> "ClaimsById":
        """Claim id -> claim (the last claim of an id), each rebuilt as it is looked up."""
        return ClaimsById(self)


class ClaimView(Sequence[Claim]):
    """Some claims of a store, rebuilt as they are read: a group of a long document's
    claims is not held as records."""

    def __init__(self, store: ClaimStore, positions: Sequence[int]):
        self._store, self._positions = store, positions

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._store[p] for p in self._positions[i]]
        return self._store[self._positions[i]]

    def __iter__(self) -> Iterator[Claim]:
        return (self._store[p] for p in self._positions)


class ClaimsById(Mapping[str, Claim]):
    """The claims of a store by id, rebuilt as they are looked up."""

    def __init__(self, store: ClaimStore):
        self._store = store

    def __getitem__(self, claim_id: str) -> Claim:
        return self._store[self._store._position[claim_id]]

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._store._position

    def __iter__(self) -> Iterator[str]:
        return iter(self._store._position)

    def __len__(self) -> int:
        return len(self._store._position)
