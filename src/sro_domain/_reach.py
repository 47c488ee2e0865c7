"""How one kind of record reaches another, as the record types declare it (not public API).

The engine (:mod:`sro_domain.rules`) knows no record types: a standard on an assignment reads
its officer's rules through ``assignment.officer`` because :mod:`sro_domain.models` declares
that here, with what "known to be absent" means on the way (``NO_MOU``: "there is no MOU").
"""

from __future__ import annotations

from collections.abc import Mapping

Absent = tuple[object, str]
"""The value that means a record is known to be absent, and the words for it."""

REACHES: dict[type, Mapping[str, tuple[type, Absent | None]]] = {}
"""Per record type, each attribute holding another record: its type, and its absent value."""


def declare(holder: type, reaches: Mapping[str, tuple[type, Absent | None]]) -> None:
    """Declare the records ``holder`` holds, by attribute."""
    REACHES[holder] = dict(reaches)
