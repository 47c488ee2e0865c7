"""A small base for immutable value objects that are not records (not public API).

Records are attrs classes. The library's own value types — rules, standards, parameters,
service lengths — are plain slotted classes on this base instead: attrs compiles methods for
every class at import, and ``import sro_domain`` has a budget (``docs/performance.md``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs.exceptions import FrozenInstanceError


class Value:
    """Immutable once built; equal, hashed and shown by the fields named in ``_fields``.

    Subclasses set their slots with ``object.__setattr__`` in ``__init__``.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _repr_fields: ClassVar[tuple[str, ...] | None] = None

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self is other or self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        names = self._fields if self._repr_fields is None else self._repr_fields
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__name__}({shown})"

    def __getstate__(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _slots(type(self))}

    def __setstate__(self, state: dict[str, Any]) -> None:
        # Pickling and copy.deepcopy rebuild the slots directly: the class is frozen.
        for name, value in state.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError


def snake_case(name: str) -> str:
    """``"SroResponse"`` → ``"sro_response"``: a type's name as paths and strategies spell it."""
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def _slots(cls: type) -> tuple[str, ...]:
    names: list[str] = []
    for klass in reversed(cls.__mro__):
        slots = klass.__dict__.get("__slots__", ())
        names.extend([slots] if isinstance(slots, str) else slots)
    return tuple(name for name in names if name != "__weakref__")
