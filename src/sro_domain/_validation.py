"""Validators, converters and value semantics shared by the records.

Records share one ``__eq__``, ``__hash__`` and ``__repr__`` (below) rather than having attrs
compile them for each class at import: ``import sro_domain`` has a budget
(``docs/performance.md``), and attrs keeps the methods a class defines itself.

Converters only reshape what they recognise (a list into a tuple, ``"4.5"`` into a
``Decimal``) and pass anything else through unchanged; the validator that runs next knows the
field and rejects the value with an :class:`~sro_domain.errors.InvalidRecordError` naming it.
"""

from __future__ import annotations

import datetime as _dt
import enum
import itertools
from collections.abc import Callable, Iterable, Mapping
from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from typing import Any, NoReturn, cast

import attrs

from sro_domain._calendar import weeks_covered
from sro_domain.errors import InvalidRecordError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


class _Named:
    """Stands in for an attrs ``Attribute`` where a plain class validates a field."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


def field_named(name: str) -> attrs.Attribute[Any]:
    """Something validators accept as the field called ``name``."""
    return cast("attrs.Attribute[Any]", _Named(name))


_SHOWN = 200  # characters of a rejected value an error message shows


_DEEPEST = 100  # containers within containers a message shows; deeper ones it describes


def _deep(value: object) -> bool:
    """Whether ``value`` nests containers more than ``_DEEPEST`` deep (looking at a bounded part).

    Python 3.13 can ``repr`` what 3.10-3.12 cannot (a list 5,000 deep), so depth is judged here,
    the same on every version, rather than by a RecursionError.
    """
    stack: list[tuple[object, int]] = [(value, 0)]
    budget = 10_000
    while stack and budget:
        item, depth = stack.pop()
        budget -= 1
        if depth > _DEEPEST:
            return True
        if isinstance(item, dict):
            item = item.values()
        elif not isinstance(item, (list, tuple, set, frozenset)):
            continue
        stack.extend((inner, depth + 1) for inner in itertools.islice(item, 100))
    return False


def show(value: object) -> str:
    """``repr(value)`` for an error message, cut to 200 characters, and never raising.

    A 5,000-digit int or a container nested 1,000 deep has no ``repr`` (ValueError,
    RecursionError): the message then says what the value is instead (decision D7).
    """
    try:
        text = (
            f"<a {type(value).__name__} nested too deep to show>" if _deep(value) else repr(value)
        )
    except ValueError:
        digits = int(value.bit_length() * 0.30103) + 1 if isinstance(value, int) else 0
        text = f"<an int of about {digits} digits>" if digits else f"<a {type(value).__name__}>"
    except RecursionError:
        text = f"<a {type(value).__name__} nested too deep to show>"
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def reject(instance: object, attribute: attrs.Attribute[Any], value: object, must: str) -> NoReturn:
    """Raise the error every rejected field gives: ``Class.field must …, got value``."""
    owner = type(instance).__name__
    raise InvalidRecordError(
        attribute.name, value, f"{owner}.{attribute.name} must {must}, got {show(value)}", must
    )


def _describe(kind: type) -> str:
    if kind is _dt.date:
        return "a datetime.date (not a datetime)"
    if issubclass(kind, enum.Enum):
        return f"a {kind.__name__} member"
    if kind is bool:
        return "True or False"
    article = "an" if kind.__name__[0] in "AEIOU" else "a"
    return f"{article} {kind.__name__}"


def is_a(kind: type, value: object) -> bool:
    """Whether ``value`` is of ``kind``, strictly: no ``bool`` for ``int``, no ``datetime`` for ``date``."""
    if kind is bool:
        return type(value) is bool
    if kind is _dt.date:
        return type(value) is _dt.date or (
            isinstance(value, _dt.date) and not isinstance(value, _dt.datetime)
        )
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


_TYPE_ONLY: set[Validator] = set()
# The validators that check nothing but a value's type, which a decoder that builds values of the
# annotated types makes redundant (the codec's fast path). Every other validator says something
# the type does not, and always runs.


def _type_only(validate: Validator) -> Validator:
    _TYPE_ONLY.add(validate)
    return validate


def beyond_type(validator: object) -> tuple[Validator, ...]:
    """The checks of a field's ``validator`` that its annotated type does not already imply.

    A list of validators (attrs' ``and_``) is read apart; one the library cannot read apart is
    kept whole.
    """
    if validator is None or validator in _TYPE_ONLY:
        return ()
    parts = getattr(validator, "_validators", None)
    if isinstance(parts, tuple):
        return tuple(part for part in parts if part not in _TYPE_ONLY)
    return (cast(Validator, validator),)


def instance_of(kind: type, *, optional: bool = False) -> Validator:
    """Accept values of ``kind`` (and ``None`` when ``optional``)."""
    must = _describe(kind) + (" or None" if optional else "")

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not is_a(kind, value):
            reject(instance, attribute, value, f"be {must}")

    return _type_only(validate)


def name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-blank string."""
    if not isinstance(value, str):
        reject(instance, attribute, value, "be a string")
    elif not value.strip():
        reject(instance, attribute, value, "not be empty")


def optional_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-blank string or ``None``."""
    if value is not None:
        name(instance, attribute, value)


def tuple_of(kind: type, *, optional: bool = True) -> Validator:
    """A tuple whose every item is of ``kind`` (converters turn lists into tuples first)."""
    item = _describe(kind)

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, tuple):
            reject(instance, attribute, value, f"be a tuple or list of {kind.__name__}")
        for index, element in enumerate(value):
            if not is_a(kind, element):
                reject(
                    instance,
                    attribute,
                    value,
                    f"hold only {item} items; item {index} is {show(element)}",
                )

    return _type_only(validate)


def frozenset_of(kind: type, *, optional: bool = True, non_empty: bool = False) -> Validator:
    """A frozenset whose every item is of ``kind`` (converters turn sets and lists into frozensets)."""
    item = _describe(kind)

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, frozenset):
            reject(instance, attribute, value, f"be a set of {kind.__name__}")
        for element in value:
            if not is_a(kind, element):
                reject(instance, attribute, value, f"hold only {item} items; found {show(element)}")
        if non_empty and not value:
            reject(instance, attribute, value, f"hold at least one {kind.__name__}")

    return validate if non_empty else _type_only(validate)


def _iterable(value: object) -> bool:
    return not isinstance(value, (str, bytes, Mapping)) and isinstance(value, Iterable)


def to_tuple(value: object) -> object:
    """Any iterable but a string or mapping becomes a tuple; anything else passes through."""
    if isinstance(value, tuple) or not _iterable(value):
        return value
    return tuple(cast(Iterable[object], value))


def to_frozenset(value: object) -> object:
    """Any iterable but a string or mapping becomes a frozenset; anything else passes through."""
    if isinstance(value, frozenset) or not _iterable(value):
        return value
    items = tuple(cast(Iterable[object], value))
    try:
        return frozenset(items)
    except TypeError:
        # Unhashable items: the validator names the field and shows them.
        return items


DECIMAL = Context(
    prec=100,
    rounding=ROUND_HALF_EVEN,
    Emin=MIN_EMIN,
    Emax=MAX_EMAX,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)
"""The library's own decimal context: every sum, difference and product of hours or shares
uses it, never the caller's (``decimal.localcontext(prec=2)`` must not change an outcome).

Never changed once made. Records hold at most ``MAX_PLACES`` decimal places and at most
``MAX_HOURS`` hours, so 100 digits keep every sum of them exact.
"""

MAX_PLACES = 30
"""The most decimal places a recorded number may have."""

MAX_HOURS = Decimal(1_000_000)
"""The most hours one training may last: no course is longer than a century of weeks."""


def places_ok(value: Decimal) -> bool:
    """Whether ``value`` has at most ``MAX_PLACES`` decimal places."""
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -MAX_PLACES


def to_decimal(value: object) -> object:
    """``int`` and decimal strings become ``Decimal``; floats and bools pass through to be rejected.

    Binary floats are refused rather than converted: ``Decimal(0.1)`` is not one tenth, and an
    hour count that silently changes is worse than an error.
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            return value
    return value


def positive_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A finite ``Decimal`` greater than zero."""
    if not isinstance(value, Decimal):
        reject(instance, attribute, value, "be a Decimal, an int or a decimal string (not a float)")
    elif not value.is_finite():
        reject(instance, attribute, value, "be a finite number")
    elif value <= 0:
        reject(instance, attribute, value, "be greater than 0")
    elif value > MAX_HOURS:
        reject(instance, attribute, value, f"be at most {MAX_HOURS} hours")
    elif not places_ok(value):
        reject(instance, attribute, value, f"have at most {MAX_PLACES} decimal places")


def in_range(low: int, high: int) -> Validator:
    """An int from ``low`` to ``high`` inclusive (the type is checked first)."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, int) and not low <= value <= high:
            reject(instance, attribute, value, f"be from {low} to {high}")

    return validate


def _optional_decimal_within(low: Decimal, high: Decimal, words: str) -> Validator:
    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, Decimal):
            reject(
                instance, attribute, value, "be a Decimal, an int or a decimal string (not a float)"
            )
        elif not value.is_finite() or not low <= value <= high:
            reject(instance, attribute, value, f"be {words}")
        elif not places_ok(value):
            reject(instance, attribute, value, f"have at most {MAX_PLACES} decimal places")

    return validate


optional_hours = _optional_decimal_within(Decimal(0), Decimal(168), "from 0 to 168 hours")
"""None, or hours in a week: a finite ``Decimal`` from 0 to 168."""
optional_share = _optional_decimal_within(Decimal(0), Decimal(1), "a share from 0 to 1")
"""None, or a share: a finite ``Decimal`` from 0 to 1."""


def one_per_year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """At most one entry per calendar year."""
    if isinstance(value, tuple):
        years = [getattr(entry, "year", None) for entry in value]
        if len(set(years)) != len(years):
            reject(instance, attribute, value, "hold at most one entry per year")


def weeks_within_dates(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """No year's entry larger than the weeks of that year the record's own dates cover."""
    start, end = getattr(instance, "start", None), getattr(instance, "end", None)
    if not isinstance(value, tuple) or not isinstance(start, _dt.date):
        return
    for entry in value:
        year, weeks = getattr(entry, "year", None), getattr(entry, "weeks", None)
        if not isinstance(year, int) or not isinstance(weeks, int):
            continue
        most = weeks_covered(start, end if isinstance(end, _dt.date) else None, year)
        if weeks > most:
            span = f"{start.isoformat()} to {end.isoformat() if end else 'ongoing'}"
            reject(
                instance,
                attribute,
                value,
                f"record no more weeks for {year} than the assignment's dates ({span}) cover "
                f"that year ({most}), but {year} has {weeks}",
            )


def not_false_when(date_field: str) -> Validator:
    """A flag that must not say "no" when the record's ``date_field`` says when it happened."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        when = getattr(instance, date_field, None)
        if value is False and isinstance(when, _dt.date):
            reject(
                instance,
                attribute,
                value,
                f"not be False when {date_field} is set ({when.isoformat()})",
            )

    return validate


def not_before(start_field: str) -> Validator:
    """An optional end date that is not before the record's ``start_field``."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        start = getattr(instance, start_field, None)
        if isinstance(value, _dt.date) and isinstance(start, _dt.date) and value < start:
            reject(instance, attribute, value, f"not be before {start_field} ({start.isoformat()})")

    return validate


def _values(record: attrs.AttrsInstance) -> tuple[object, ...]:
    return tuple([getattr(record, field.name) for field in record.__attrs_attrs__])


def record_eq(self: attrs.AttrsInstance, other: object) -> bool:
    """Records of the same class are equal when every field is."""
    if other.__class__ is not self.__class__:
        return NotImplemented  # type: ignore[no-any-return]
    return self is other or _values(self) == _values(other)


def record_hash(self: attrs.AttrsInstance) -> int:
    """The hash of every field, so equal records hash alike."""
    return hash(_values(self))


def record_repr(self: attrs.AttrsInstance) -> str:
    """``Officer(id='A-17', sworn=True, …)``: every field, as attrs would show it."""
    shown = ", ".join(
        f"{field.name}={getattr(self, field.name)!r}" for field in self.__attrs_attrs__
    )
    return f"{type(self).__name__}({shown})"
