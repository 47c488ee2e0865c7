"""The base of the library's enums (not public API): members hashed at C speed.

``enum.Enum`` hashes a member by its name, in Python code. A member is a singleton that compares
by identity (pickling and copying give the same object back), so ``object.__hash__`` keeps
every set and dict the same and makes each lookup a C call: evaluating one assignment looks
members up in sets and dicts some sixty times (``docs/performance.md``).
"""

from __future__ import annotations

import enum


class Enumeration(enum.Enum):
    """An :class:`enum.Enum` whose members hash by identity."""

    __hash__ = object.__hash__
