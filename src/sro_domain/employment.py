"""A condition on who employs an officer: an agency of one of the kinds a law names.

State laws define an SRO by employer — Indiana's is "employed by a law enforcement agency",
appointed by one as a reserve officer or special deputy, or "a school corporation police
officer". :func:`employed_by` writes that as a :class:`~sro_domain.conditions.Condition` on an
:class:`~sro_domain.Officer`'s ``employer``, so that evaluation, reasons, remedies, the targeted
strategies and the catalogue's worked examples all derive from it. An unknown employer is
UNKNOWN. :func:`assigned_by_employer` is the federal definition's "assigned by the employing
police department or agency", a condition on an :class:`~sro_domain.Assignment` that compares
the assigning agency with the officer's employer (decision A7).

>>> from datetime import date
>>> from sro_domain.models import LAW_ENFORCEMENT_KINDS
>>> from sro_domain.examples import COMMUNITY_SRO
>>> from sro_domain.rules import Context
>>> POLICE = employed_by(LAW_ENFORCEMENT_KINDS, "a law enforcement agency")
>>> POLICE.reason(COMMUNITY_SRO.officer, Context(as_of=date(2024, 9, 3), parameters={}))
'employed by Raleigh Police Department (police department); a law enforcement agency required'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sro_domain.conditions import (
    Changes,
    Condition,
    _members_of,
    _words,
    all_of,
    is_true,
    joined,
    names,
    ordered,
    replaced,
)
from sro_domain.models import Agency, AgencyKind
from sro_domain.outcome import Outcome
from sro_domain.rules import Context, Fix, impossible

__all__ = [
    "AssignedByEmployer",
    "CertifiedOfficer",
    "EmployedBy",
    "assigned_by_employer",
    "certified_officer",
    "employed_by",
]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN


class EmployedBy(Condition):
    """The officer's employer is an agency of one of ``kinds``.

    Attributes:
        kinds: the :class:`~sro_domain.AgencyKind` members that count.
        words: what the employer must be, for the reason.
    """

    __slots__ = ("kinds", "words")
    _fields = ("kinds", "words")

    kinds: frozenset[AgencyKind]
    words: str

    def __init__(self, kinds: Iterable[AgencyKind], words: str) -> None:
        object.__setattr__(self, "kinds", _members_of(kinds, AgencyKind, "employed_by"))
        object.__setattr__(self, "words", _words(words))

    def __reduce__(self) -> tuple[Any, ...]:
        return (EmployedBy, (self.kinds, self.words))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return ("employer",)

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an officer)."""
        employer: Agency | None = record.employer
        if employer is None:
            return _UNKNOWN
        return _MET if employer.kind in self.kinds else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """The employer and its kind, against what is required."""
        employer: Agency | None = record.employer
        if employer is None:
            return f"employer: unknown; {self.words} required"
        return f"employed by {employer.name} ({names([employer.kind])}); {self.words} required"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The employer's kind and the kinds that count."""
        employer: Agency | None = record.employer
        return {
            "employer_kind": None if employer is None else employer.kind,
            "kinds": ordered(self.kinds),
        }

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The employer, when it is unknown."""
        return ("employer",) if record.employer is None else ()

    def agency(self) -> Agency:
        """The employer a worked example or a remedy names: of the first kind that counts."""
        return _named_after(ordered(self.kinds)[0])

    def other(self) -> Agency | None:
        """An employer that does not count, if any kind does not."""
        return _not_counted(self.kinds)

    def mend(self, record: Any, context: Context) -> Fix:
        """The officer employed by an agency that counts: a change of employer."""
        employer: Agency | None = record.employer
        hired = self.agency()
        action = (
            f"employer: record it ({self.words} required; unknown now)"
            if employer is None
            else f"employer: {self.words} required ({names([employer.kind])} now)"
        )
        return Fix("employer", action, lambda changed: replaced(changed, "employer", hired))

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome: an employer that counts, one that does not, or none known."""
        found: dict[Outcome, Changes] = {_MET: {"employer": self.agency()}}
        other = self.other()
        if other is not None:
            found[_NOT_MET] = {"employer": other}
        found[_UNKNOWN] = {"employer": None}
        return found


def employed_by(kinds: Iterable[AgencyKind], words: str) -> EmployedBy:
    """The officer's employer is an agency of one of ``kinds``; ``words`` name it."""
    return EmployedBy(kinds, words)


class AssignedByEmployer(Condition):
    """The assigning agency is of one of ``kinds`` and employs the officer (decision A7).

    An assignment made by an agency of another kind is NOT_MET whoever employs the officer;
    one made by an agency that counts is UNKNOWN while the officer's employer is unknown, and
    MET only when the employer is that agency, name and kind (an agency's name and kind tell
    two apart).

    >>> from datetime import date
    >>> from sro_domain.models import LAW_ENFORCEMENT_KINDS
    >>> from sro_domain.examples import COMMUNITY_SRO
    >>> from sro_domain.rules import Context
    >>> BY_EMPLOYER = assigned_by_employer(LAW_ENFORCEMENT_KINDS, "a law-enforcement agency")
    >>> BY_EMPLOYER.reason(COMMUNITY_SRO, Context(as_of=date(2024, 9, 3), parameters={}))
    "assigned by Raleigh Police Department, the officer's employer"

    Attributes:
        kinds: the :class:`~sro_domain.AgencyKind` members an assigning agency may be.
        words: what the assigning agency must be, for the reason.
        remedy_words: the same, in a remedy's sentence ("have … make the assignment").
    """

    __slots__ = ("kinds", "remedy_words", "words")
    _fields = ("kinds", "words", "remedy_words")

    kinds: frozenset[AgencyKind]
    words: str
    remedy_words: str

    def __init__(self, kinds: Iterable[AgencyKind], words: str, remedy_words: str) -> None:
        object.__setattr__(self, "kinds", _members_of(kinds, AgencyKind, "assigned_by_employer"))
        object.__setattr__(self, "words", _words(words))
        object.__setattr__(self, "remedy_words", _words(remedy_words))

    def __reduce__(self) -> tuple[Any, ...]:
        return (AssignedByEmployer, (self.kinds, self.words, self.remedy_words))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return ("agency", "officer.employer")

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an assignment)."""
        agency: Agency = record.agency
        if agency.kind not in self.kinds:
            return _NOT_MET
        employer: Agency | None = record.officer.employer
        if employer is None:
            return _UNKNOWN
        return _MET if employer == agency else _NOT_MET

    def reason(self, record: Any, context: Context) -> str:
        """Who assigns and who employs, in words."""
        agency: Agency = record.agency
        employer: Agency | None = record.officer.employer
        if agency.kind not in self.kinds:
            return f"assigned by {_agency_words(agency)}, which is not {self.words}"
        if employer is None:
            return f"assigned by {agency.name}; the officer's employer is unknown"
        if employer != agency:
            return (
                f"assigned by {_agency_words(agency)}, but employed by {_agency_words(employer)}; "
                "the employing agency must make the assignment"
            )
        return f"assigned by {agency.name}, the officer's employer"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The assigning agency, its kind, and the employer's name."""
        agency: Agency = record.agency
        employer: Agency | None = record.officer.employer
        return {
            "agency": agency.name,
            "agency_kind": agency.kind,
            "employer": None if employer is None else employer.name,
        }

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The employer, when it is unknown and would decide."""
        return ("officer.employer",) if self.decide(record, context) is _UNKNOWN else ()

    def mend(self, record: Any, context: Context) -> Fix:
        """The officer employed by the assigning agency, or the assignment made by the employer."""
        agency: Agency = record.agency
        employer: Agency | None = record.officer.employer
        by_employer = (
            f"have {_agency_words(employer)}, the officer's employer, make the assignment"
            if employer is not None and employer.kind in self.kinds
            else None
        )
        if agency.kind in self.kinds:
            if employer is None:
                action = f"record the officer's employer: {_agency_words(agency)} required"
            else:
                action = (
                    f"have the officer employed by {_agency_words(agency)}, which makes the "
                    f"assignment (employed by {_agency_words(employer)} now)"
                )
            return Fix(
                "officer.employer",
                action,
                lambda changed: replaced(changed, "officer.employer", changed.agency),
                options=[action, by_employer] if by_employer else (),
            )
        if by_employer is not None:
            return Fix(
                "agency",
                by_employer,
                lambda changed: replaced(changed, "agency", changed.officer.employer),
            )
        known = "unknown" if employer is None else "not one either"
        return impossible(
            "agency",
            f"have {self.remedy_words} that employs the officer make the assignment",
            f"{_agency_words(agency)} is not {self.remedy_words}, and the officer's employer is "
            f"{known}",
        )

    def agency(self) -> Agency:
        """The agency a worked example assigns and employs by: of the first kind that counts."""
        return _named_after(ordered(self.kinds)[0])

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the fewest field changes that give it.

        MET: one agency assigns and employs. NOT_MET: an assigning agency of a kind that does not
        count (or, if every kind counts, another employer). UNKNOWN: the employer unknown.
        """
        agency = self.agency()
        found: dict[Outcome, Changes] = {_MET: {"agency": agency, "officer.employer": agency}}
        other = _not_counted(self.kinds)
        found[_NOT_MET] = (
            {"officer.employer": Agency(name=f"Another {names([agency.kind])}", kind=agency.kind)}
            if other is None
            else {"agency": other}
        )
        found[_UNKNOWN] = {"officer.employer": None}
        return found


def _named_after(kind: AgencyKind) -> Agency:
    """An agency a worked example or a remedy names by its kind: "A police department"."""
    return Agency(name=f"A {names([kind])}", kind=kind)


def _not_counted(kinds: frozenset[AgencyKind]) -> Agency | None:
    """An agency of the first kind not in ``kinds``; ``None`` if every kind is."""
    kind = next((kind for kind in AgencyKind if kind not in kinds), None)
    return None if kind is None else _named_after(kind)


def assigned_by_employer(
    kinds: Iterable[AgencyKind], words: str, *, remedy_words: str | None = None
) -> AssignedByEmployer:
    """An agency of one of ``kinds`` assigns, and employs the officer.

    ``words`` name such an agency in reasons; ``remedy_words`` in remedies (``words`` if not
    given).
    """
    return AssignedByEmployer(kinds, words, words if remedy_words is None else remedy_words)


def _agency_words(agency: Agency) -> str:
    """An agency's name and kind: two agencies that differ by either are told apart (N4)."""
    return f"{agency.name} ({agency.kind.value.replace('_', ' ')})"


# Decision CSS1: certified, and a law enforcement officer, with authority.
_CERTIFIED_FLAGS = all_of(
    is_true("certified", "holds state law-enforcement certification"),
    is_true("law_enforcement_authority", "holds law-enforcement authority"),
)
_A_LAW_ENFORCEMENT_AGENCY = Agency(
    name="a law-enforcement agency", kind=AgencyKind.OTHER_LAW_ENFORCEMENT
)


class CertifiedOfficer(Condition):
    """A certified law enforcement officer: certified, with authority, employed by one of ``kinds``.

    "A certified law enforcement officer" is certified, and a law enforcement officer — one with
    law-enforcement authority, employed by a law-enforcement agency. A guard certified by some
    body is no law enforcement officer (decision CSS1). ``kinds`` are the employers an
    authority counts (Florida's, Pennsylvania's and Virginia's definitions narrow them).

    Attributes:
        kinds: the :class:`~sro_domain.AgencyKind` members an employer may be.
    """

    __slots__ = ("kinds",)
    _fields = ("kinds",)

    kinds: frozenset[AgencyKind]

    def __init__(self, kinds: Iterable[AgencyKind]) -> None:
        object.__setattr__(self, "kinds", _members_of(kinds, AgencyKind, "certified_officer"))

    def __reduce__(self) -> tuple[Any, ...]:
        return (CertifiedOfficer, (self.kinds,))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        return ("certified", "law_enforcement_authority", "employer")

    def _employer_outcome(self, record: Any) -> Outcome:
        employer: Agency | None = record.employer
        if employer is None:
            return _UNKNOWN
        return _MET if employer.kind in self.kinds else _NOT_MET

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an officer)."""
        return _CERTIFIED_FLAGS.decide(record, context) & self._employer_outcome(record)

    def reason(self, record: Any, context: Context) -> str:
        """The employer and its kind, then the certification and authority."""
        employer: Agency | None = record.employer
        if employer is None:
            where = "employer: unknown"
        else:
            if employer.kind in self.kinds:
                law = "a law-enforcement agency"
            elif employer.is_law_enforcement:
                law = "not an agency this definition counts"
            else:
                law = "not a law-enforcement agency"
            where = f"employed by {_agency_words(employer)}, {law}"
        return f"{where}; {_CERTIFIED_FLAGS.reason(record, context)}"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The two flags and the employer's kind."""
        employer: Agency | None = record.employer
        return {
            "certified": record.certified,
            "law_enforcement_authority": record.law_enforcement_authority,
            "employer_kind": None if employer is None else employer.kind,
        }

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The unknown flags, and the employer when it is unknown."""
        if self.decide(record, context) is not _UNKNOWN:
            return ()
        found = tuple(_CERTIFIED_FLAGS.missing(record, context))
        return (*found, "employer") if record.employer is None else found

    def agency(self) -> Agency:
        """The agency a remedy employs the officer with: the generic one, or the first kind."""
        if _A_LAW_ENFORCEMENT_AGENCY.kind in self.kinds:
            return _A_LAW_ENFORCEMENT_AGENCY
        kind = next(kind for kind in AgencyKind if kind in self.kinds)
        return Agency(name=f"a {kind.value.replace('_', ' ')}", kind=kind)

    def mend(self, record: Any, context: Context) -> Fix:
        """The flags set to yes, and an employer of a kind that counts, as each is lacking."""
        fixes = []
        if _CERTIFIED_FLAGS.decide(record, context) is not _MET:
            fixes.append(_CERTIFIED_FLAGS.mend(record, context))
        employer: Agency | None = record.employer
        if self._employer_outcome(record) is not _MET:
            hired_by = self.agency()
            required = (
                "a law-enforcement agency"
                if hired_by is _A_LAW_ENFORCEMENT_AGENCY
                else "one of "
                + ", ".join(k.value.replace("_", " ") for k in AgencyKind if k in self.kinds)
            )
            now = (
                "unknown"
                if employer is None
                else f"{employer.name}, {employer.kind.value.replace('_', ' ')}"
            )
            fixes.append(
                Fix(
                    "employer",
                    f"employer: {required} required ({now} now)",
                    lambda changed: replaced(changed, "employer", hired_by),
                )
            )
        return joined(fixes)

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome, the fewest field changes that give it.

        MET: certified, with authority, employed by an agency that counts. NOT_MET: not
        certified. UNKNOWN: certification unknown.
        """
        return {
            _MET: {"certified": True, "law_enforcement_authority": True, "employer": self.agency()},
            _NOT_MET: {"certified": False},
            _UNKNOWN: {"certified": None},
        }


def certified_officer(kinds: Iterable[AgencyKind]) -> CertifiedOfficer:
    """A certified law enforcement officer employed by an agency of one of ``kinds``."""
    return CertifiedOfficer(kinds)
