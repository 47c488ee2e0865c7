"""Where rules come from: :class:`Source`, :class:`SourceKind` and the documents we cite.

Every rule quotes the exact words of one :class:`Source`. A source says who issued it, how to
cite it to the paragraph, whether it binds anyone, and — where a law says so — the dates
between which it is in force. A professional recommendation has a publication date, not an
effective date, so it is never "not in force".

The documents below are those the fact sheet marks VERIFIED (``docs/sources/domain-facts.md``).
"""

from __future__ import annotations

from datetime import date

from sro_domain import _validation as v
from sro_domain._enum import Enumeration
from sro_domain._value import Value

__all__ = [
    "NASRO_DISCIPLINE_STATEMENT_2015",
    "NASRO_FAQ",
    "NASRO_SCHOOL_RULES_RELEASE_2019",
    "SAFER_SCHOOLS_PAGE",
    "USC_34_10389_1",
    "USC_34_10389_4",
    "Source",
    "SourceKind",
]


class SourceKind(Enumeration):
    """What kind of document a source is; only statutes, regulations and grant conditions bind."""

    STATUTE = "statute"
    REGULATION = "regulation"
    AGENCY_GUIDANCE = "agency_guidance"
    PROFESSIONAL_STANDARD = "professional_standard"
    GRANT_CONDITION = "grant_condition"


class Source(Value):
    """A cited document: who issued it, the pinpoint citation, and when it is in force.

    Immutable and compared by value; bad input raises :class:`~sro_domain.errors.InvalidRecordError`
    naming the field.

    >>> USC_34_10389_4.citation
    '34 U.S.C. § 10389(4)'
    >>> USC_34_10389_4.in_force_on(date(1998, 10, 26))
    False
    >>> NASRO_FAQ.in_force_on(date(1990, 1, 1))  # a recommendation has no effective date
    True
    """

    # A plain slotted class rather than attrs: see ``sro_domain._value`` (import time).
    __slots__ = _fields = (
        "id",
        "title",
        "authority",
        "citation",
        "kind",
        "binding",
        "url",
        "published",
        "effective_from",
        "effective_to",
        "enacted_by",
        "formerly",
    )

    id: str
    title: str
    authority: str
    citation: str
    kind: SourceKind
    binding: bool
    url: str | None
    published: date | None
    effective_from: date | None
    effective_to: date | None
    enacted_by: str | None
    formerly: str | None

    def __init__(
        self,
        *,
        id: str,
        title: str,
        authority: str,
        citation: str,
        kind: SourceKind,
        binding: bool,
        url: str | None = None,
        published: date | None = None,
        effective_from: date | None = None,
        effective_to: date | None = None,
        enacted_by: str | None = None,
        formerly: str | None = None,
    ) -> None:
        values = (id, title, authority, citation, kind, binding, url, published,
                  effective_from, effective_to, enacted_by, formerly)  # fmt: skip
        for name, value in zip(self._fields, values, strict=True):
            object.__setattr__(self, name, value)
        for name, check in _SOURCE_CHECKS:
            check(self, v.field_named(name), getattr(self, name))

    def in_force_on(self, day: date) -> bool:
        """Whether ``day`` falls between ``effective_from`` and ``effective_to`` (both inclusive)."""
        if self.effective_from is not None and day < self.effective_from:
            return False
        return self.effective_to is None or day <= self.effective_to

    def __str__(self) -> str:
        return f"{self.authority}, {self.title}, {self.citation}"


_SOURCE_CHECKS: tuple[tuple[str, v.Validator], ...] = (
    ("id", v.name),
    ("title", v.name),
    ("authority", v.name),
    ("citation", v.name),
    ("kind", v.instance_of(SourceKind)),
    ("binding", v.instance_of(bool)),
    ("url", v.optional_name),
    ("published", v.instance_of(date, optional=True)),
    ("effective_from", v.instance_of(date, optional=True)),
    ("effective_to", v.instance_of(date, optional=True)),
    ("effective_to", v.not_before("effective_from")),
    ("enacted_by", v.optional_name),
    ("formerly", v.optional_name),
)


USC_34_10389_4 = Source(
    id="usc-34-10389-4",
    title='Definitions: "school resource officer"',
    authority="U.S. Congress",
    citation="34 U.S.C. § 10389(4)",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://www.govinfo.gov/link/plaw/105/public/302?link-type=html",
    # Pub. L. 105-302, "An Act To amend part Q … to encourage the use of school resource
    # officers", Oct. 27, 1998, inserted the definition into § 1709.
    effective_from=date(1998, 10, 27),
    enacted_by="Pub. L. 105-302, § 2 (Oct. 27, 1998)",
    formerly="42 U.S.C. § 3796dd-8(4)",
)

USC_34_10389_1 = Source(
    id="usc-34-10389-1",
    title='Definitions: "career law enforcement officer"',
    authority="U.S. Congress",
    citation="34 U.S.C. § 10389(1)",
    kind=SourceKind.STATUTE,
    binding=True,
    url="https://www.govinfo.gov/link/plaw/105/public/302?link-type=html",
    # The fact sheet verifies no enactment date for paragraph (1), so none is set.
    formerly="42 U.S.C. § 3796dd-8(1)",
)

SAFER_SCHOOLS_PAGE = Source(
    id="nc-dpi-css-sro",
    title="School Resource Officers",
    authority="North Carolina Department of Public Instruction, Center for Safer Schools",
    citation="NC DPI Center for Safer Schools, “School Resource Officers” (web page, undated)",
    kind=SourceKind.AGENCY_GUIDANCE,
    binding=False,
    url="https://www.dpi.nc.gov/districts-schools/district-operations/center-safer-schools/school-resource-officers",
)

NASRO_FAQ = Source(
    id="nasro-faq",
    title="Frequently Asked Questions",
    authority="National Association of School Resource Officers (NASRO)",
    citation="NASRO, Frequently Asked Questions (undated), as quoted by NC DPI Center for Safer Schools",
    kind=SourceKind.PROFESSIONAL_STANDARD,
    binding=False,
    url="https://nasro.org/frequently-asked-questions/",
)

NASRO_DISCIPLINE_STATEMENT_2015 = Source(
    id="nasro-2015-discipline-statement",
    title="Position Statement on Police Involvement in Student Discipline",
    authority="National Association of School Resource Officers (NASRO)",
    citation="NASRO, Position Statement on Police Involvement in Student Discipline (Aug. 14, 2015)",
    kind=SourceKind.PROFESSIONAL_STANDARD,
    binding=False,
    url="https://www.nasro.org/aboutnasro/nasro-position-statement-on-police-involvement-in-student-discipline/",
    published=date(2015, 8, 14),
)

NASRO_SCHOOL_RULES_RELEASE_2019 = Source(
    id="nasro-2019-school-rules-release",
    title="NASRO advises against enforcing school rules with police",
    authority="National Association of School Resource Officers (NASRO)",
    citation="NASRO press release, “NASRO advises against enforcing school rules with police” (Sep. 27, 2019)",
    kind=SourceKind.PROFESSIONAL_STANDARD,
    binding=False,
    url="https://nasro.org/news/press-releases/nasro-advises-enforcing-school-rules-police/",
    published=date(2019, 9, 27),
)
