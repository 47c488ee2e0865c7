"""A condition on the agreement a posting is made under, or the force that needs none.

Laws define an SRO as an officer "assigned to a school in accordance with a memorandum of
understanding between" an agency and the school side — and some name officers who are SROs
without one: Maryland counts "a Baltimore City school police officer", a member of the school
system's own force. :func:`under_agreement` writes that as a
:class:`~sro_domain.conditions.Condition` on an :class:`~sro_domain.Assignment`: its MOU
(``Assignment.mou``) is between the parties required, or the officer's employer
(``Officer.employer``) is of a kind that needs no agreement. Evaluation, reasons, remedies, the
targeted strategies and the catalogue's worked examples all derive from it.

The outcome is Kleene's "or" of the two: ``MET`` if either is known to hold, ``NOT_MET`` if
both are known to fail (no MOU, ``NO_MOU``, or one lacking a party), ``UNKNOWN`` otherwise.

>>> from datetime import date
>>> import attrs
>>> from sro_domain import NO_MOU, Agency, AgencyKind, Party
>>> from sro_domain.examples import COMMUNITY_SRO
>>> from sro_domain.rules import Context
>>> MD = under_agreement({Party.LAW_ENFORCEMENT_AGENCY, Party.EDUCATION_AGENCY},
...                      "an MOU between the agency's chief and the local education agency",
...                      or_employed_by={AgencyKind.SCHOOL_DISTRICT_POLICE},
...                      or_words="a school police officer")
>>> context = Context(as_of=date(2024, 9, 3), parameters={})
>>> MD.decide(COMMUNITY_SRO, context)
<Outcome.MET: 'met'>
>>> school_police = attrs.evolve(COMMUNITY_SRO, mou=NO_MOU, officer=attrs.evolve(
...     COMMUNITY_SRO.officer, employer=Agency(name="Baltimore City School Police Force",
...                                           kind=AgencyKind.SCHOOL_DISTRICT_POLICE)))
>>> MD.reason(school_police, context)
'employed by Baltimore City School Police Force (school district police): a school police officer, no agreement needed'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sro_domain.conditions import Changes, Condition, _words, names, ordered, replaced
from sro_domain.models import NO_MOU, Agency, AgencyKind, Mou, Party
from sro_domain.outcome import Outcome
from sro_domain.rules import Context, Fix

__all__ = ["UnderAgreement", "under_agreement"]

_MET, _NOT_MET, _UNKNOWN = Outcome.MET, Outcome.NOT_MET, Outcome.UNKNOWN


class UnderAgreement(Condition):
    """The posting's MOU is between ``parties``, or the employer is of ``or_employed_by``.

    Attributes:
        parties: the :class:`~sro_domain.Party` members the agreement must be between.
        words: what the agreement is, for the reason.
        or_employed_by: the :class:`~sro_domain.AgencyKind` members whose officers need no
            agreement (none: the agreement is always required).
        or_words: what such an officer is, for the reason.
    """

    __slots__ = ("or_employed_by", "or_words", "parties", "words")
    _fields = ("parties", "words", "or_employed_by", "or_words")

    parties: frozenset[Party]
    words: str
    or_employed_by: frozenset[AgencyKind]
    or_words: str | None

    def __init__(
        self,
        parties: Iterable[Party],
        words: str,
        *,
        or_employed_by: Iterable[AgencyKind] = (),
        or_words: str | None = None,
    ) -> None:
        between = frozenset(parties)
        if not between or not all(isinstance(party, Party) for party in between):
            raise ValueError(f"under_agreement needs Party members, got {parties!r}")
        kinds = frozenset(or_employed_by)
        if not all(isinstance(kind, AgencyKind) for kind in kinds):
            raise ValueError(
                f"under_agreement's or_employed_by must be AgencyKind members, got "
                f"{or_employed_by!r}"
            )
        if kinds and or_words is None:
            raise ValueError("under_agreement needs or_words to name who needs no agreement")
        object.__setattr__(self, "parties", between)
        object.__setattr__(self, "words", _words(words))
        object.__setattr__(self, "or_employed_by", kinds)
        object.__setattr__(self, "or_words", None if or_words is None else _words(or_words))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuilt, (self.parties, self.words, self.or_employed_by, self.or_words))

    @property
    def paths(self) -> tuple[str, ...]:
        """The dotted paths this condition reads."""
        reads = ("mou", "mou.parties")
        return (*reads, "officer.employer") if self.or_employed_by else reads

    # --- the two ways ------------------------------------------------------------------------

    def employed(self, record: Any) -> Outcome:
        """Whether the employer is of a kind that needs no agreement (NOT_MET if none does)."""
        if not self.or_employed_by:
            return _NOT_MET
        employer: Agency | None = record.officer.employer
        if employer is None:
            return _UNKNOWN
        return _MET if employer.kind in self.or_employed_by else _NOT_MET

    def agreed(self, record: Any) -> Outcome:
        """Whether the posting's MOU is between the parties required."""
        mou = record.mou
        if mou is None:
            return _UNKNOWN
        if not isinstance(mou, Mou):  # NO_MOU: known to have none
            return _NOT_MET
        if mou.parties is None:
            return _UNKNOWN
        return _MET if self.parties <= mou.parties else _NOT_MET

    def decide(self, record: Any, context: Context) -> Outcome:
        """The outcome on ``record`` (an assignment): either way met."""
        return self.employed(record) | self.agreed(record)

    # --- words and facts ---------------------------------------------------------------------

    def _employer(self, record: Any) -> str:
        employer: Agency | None = record.officer.employer
        if employer is None:
            return f"employer unknown, so whether it is {self.or_words}"
        return f"employed by {employer.name} ({_word(employer.kind)})"

    def _agreement(self, record: Any) -> str:
        mou = record.mou
        required = names(self.parties)
        if mou is None:
            return f"MOU: unknown; {self.words} required (parties: {required})"
        if not isinstance(mou, Mou):
            return f"no MOU; {self.words} required (parties: {required})"
        if mou.parties is None:
            return f"parties to the MOU: unknown; required: {required}"
        lacking = self.parties - mou.parties
        if lacking:
            return (
                f"parties to the MOU: {names(mou.parties) or 'none'}; lacking {names(lacking)} "
                f"(required: {required})"
            )
        return f"parties to the MOU: {names(mou.parties)} (all required)"

    def reason(self, record: Any, context: Context) -> str:
        """The agreement and, where it may stand in, the employer, in words."""
        employed = self.employed(record)
        if employed is _MET:
            return f"{self._employer(record)}: {self.or_words}, no agreement needed"
        agreement = self._agreement(record)
        if not self.or_employed_by or self.agreed(record) is _MET:
            return agreement
        if employed is _UNKNOWN:
            return f"{agreement}; {self._employer(record)}"
        return f"{agreement}; {self._employer(record)}, not {self.or_words}"

    def facts(self, record: Any, context: Context) -> dict[str, object]:
        """The MOU's parties (or ``"none"``), the employer's kind, and what counts."""
        mou = record.mou
        parties: object = "none"  # NO_MOU: known to have no agreement, so no parties
        if mou is None:
            parties = None
        elif isinstance(mou, Mou):
            parties = None if mou.parties is None else ordered(mou.parties)
        found: dict[str, object] = {"parties": parties, "required": ordered(self.parties)}
        if self.or_employed_by:
            employer: Agency | None = record.officer.employer
            found["employer_kind"] = None if employer is None else employer.kind
            found["or_employed_by"] = ordered(self.or_employed_by)
        return found

    def missing(self, record: Any, context: Context) -> tuple[str, ...]:
        """The unknown paths that could still change the outcome."""
        found: list[str] = []
        if self.agreed(record) is _UNKNOWN:
            found.append("mou" if record.mou is None else "mou.parties")
        if self.employed(record) is _UNKNOWN:
            found.append("officer.employer")
        return tuple(found)

    # --- remedies and examples -----------------------------------------------------------------

    def agreement(self) -> Mou:
        """The MOU a remedy enters into, and a worked example shows: between the parties."""
        return Mou(parties=self.parties)

    def mend(self, record: Any, context: Context) -> Fix:
        """The parties added to the MOU, or an MOU between them entered into."""
        mou = record.mou
        required = names(self.parties)
        if isinstance(mou, Mou):
            if mou.parties is None:
                action = f"parties to the MOU: record them (required: {required}; unknown now)"
                return Fix("mou.parties", action,
                           lambda changed: replaced(changed, "mou.parties", self.parties))  # fmt: skip
            lacking = names(self.parties - mou.parties)
            action = f"parties to the MOU: add {lacking} (required: {required})"
            joined = mou.parties | self.parties
            return Fix("mou.parties", action,
                       lambda changed: replaced(changed, "mou.parties", joined))  # fmt: skip
        action = "record the MOU, or enter into" if mou is None else "enter into"
        made = self.agreement()
        return Fix("mou", f"{action} {self.words}",
                   lambda changed: replaced(changed, "mou", made))  # fmt: skip

    def examples(self, parameters: Mapping[str, Any]) -> dict[Outcome, Changes]:
        """Per outcome: an MOU between the parties (met), none (not met), or unknown.

        With no MOU, the officer is employed by an agency of the first kind that needs one.
        """
        employer: Changes = {}
        if self.or_employed_by:
            kind = next(kind for kind in AgencyKind if kind not in self.or_employed_by)
            employer = {"officer.employer": Agency(name=f"A {_word(kind)}", kind=kind)}
        return {
            _MET: {"mou": self.agreement()},
            _NOT_MET: {"mou": NO_MOU, **employer},
            _UNKNOWN: {"mou": None, **employer},
        }


def _word(kind: AgencyKind) -> str:
    return kind.value.replace("_", " ")


def _rebuilt(
    parties: frozenset[Party], words: str, kinds: frozenset[AgencyKind], or_words: str | None
) -> UnderAgreement:
    return UnderAgreement(parties, words, or_employed_by=kinds, or_words=or_words)


def under_agreement(
    parties: Iterable[Party],
    words: str,
    *,
    or_employed_by: Iterable[AgencyKind] = (),
    or_words: str | None = None,
) -> UnderAgreement:
    """The posting's MOU is between ``parties``, or the officer's employer is of ``or_employed_by``.

    ``words`` name the agreement ("an MOU between the agency and the school district");
    ``or_words`` name the officers who need none ("a Baltimore City school police officer").
    """
    return UnderAgreement(parties, words, or_employed_by=or_employed_by, or_words=or_words)
