"""The SRO "triad" of roles, in both vocabularies the sources use, and the program goals.

NASRO calls the three roles "educator (i.e. guest lecturer), informal counselor/mentor, and law
enforcement officer"; the Center for Safer Schools calls them "Law enforcement officer",
"Law-related counselor" and "Law-related education teacher". Other NASRO documents say
"guest speaker" and "Teacher". :meth:`Role.from_title` maps any of these to one :class:`Role`.
"""

from __future__ import annotations

from sro_domain._enum import Enumeration
from sro_domain.errors import UnknownTitleError
from sro_domain.sources import NASRO_FAQ, SAFER_SCHOOLS_PAGE, Source

__all__ = ["TRIAD", "ProgramGoal", "Role"]


class Role(Enumeration):
    """One of the three roles of the SRO triad.

    >>> Role.from_title("Law-related education teacher")
    <Role.EDUCATOR: 'educator'>
    >>> Role.from_title("  informal   Counselor/Mentor ")
    <Role.COUNSELOR: 'counselor'>
    >>> Role.COUNSELOR.safer_schools_title
    'Law-related counselor'
    """

    LAW_ENFORCEMENT = "law_enforcement"
    COUNSELOR = "counselor"
    EDUCATOR = "educator"

    @property
    def nasro_title(self) -> str:
        """The role as the NASRO FAQ names it."""
        return _NASRO_TITLES[self]

    @property
    def safer_schools_title(self) -> str:
        """The role as the NC Center for Safer Schools page names it."""
        return _SAFER_SCHOOLS_TITLES[self]

    @property
    def aliases(self) -> frozenset[str]:
        """Every title the sources use for this role, as written."""
        return frozenset(title for title, role in _TITLES.items() if role is self)

    @classmethod
    def from_title(cls, title: str) -> Role:
        """The role a title names, ignoring case and spaces.

        Raises:
            UnknownTitleError: no source uses ``title`` for a triad role.
        """
        if not isinstance(title, str):
            raise UnknownTitleError(f"a role title must be a string, got {title!r}")
        role = _BY_KEY.get(_key(title))
        if role is None:
            known = ", ".join(sorted(repr(t) for t in _TITLES))
            raise UnknownTitleError(f"no triad role is titled {title!r}; known titles: {known}")
        return role


TRIAD: frozenset[Role] = frozenset(Role)
"""All three roles: what NASRO's "triad concept" and the Center for Safer Schools require."""

_NASRO_TITLES = {
    Role.LAW_ENFORCEMENT: "law enforcement officer",
    Role.COUNSELOR: "informal counselor/mentor",
    Role.EDUCATOR: "educator (i.e. guest lecturer)",
}
_SAFER_SCHOOLS_TITLES = {
    Role.LAW_ENFORCEMENT: "Law enforcement officer",
    Role.COUNSELOR: "Law-related counselor",
    Role.EDUCATOR: "Law-related education teacher",
}
# Every wording the fact sheet's §3.3 table and the seed use, plus the single words within them.
_TITLES = {
    **{title: role for role, title in _NASRO_TITLES.items()},
    **{title: role for role, title in _SAFER_SCHOOLS_TITLES.items()},
    "law enforcement": Role.LAW_ENFORCEMENT,
    "informal counselor": Role.COUNSELOR,
    "counselor": Role.COUNSELOR,
    "mentor": Role.COUNSELOR,
    "educator": Role.EDUCATOR,
    "guest lecturer": Role.EDUCATOR,
    "guest speaker": Role.EDUCATOR,
    "teacher": Role.EDUCATOR,
}


def _key(title: str) -> str:
    return "".join(title.split()).casefold()


_BY_KEY = {_key(title): role for title, role in _TITLES.items()}


class ProgramGoal(Enumeration):
    """A goal of an SRO program, as a source names it; ``goal.source`` and ``goal.text`` cite it.

    >>> ProgramGoal.POSITIVE_YOUTH_RELATIONSHIPS.text
    'fostering positive relationships with youth'
    >>> ProgramGoal.POSITIVE_YOUTH_RELATIONSHIPS.source.id
    'nasro-faq'
    """

    SAFE_LEARNING_ENVIRONMENTS = "safe_learning_environments"
    RESOURCES_FOR_STAFF = "resources_for_staff"
    POSITIVE_YOUTH_RELATIONSHIPS = "positive_youth_relationships"
    RESOLVING_YOUTH_PROBLEMS = "resolving_youth_problems"
    PROTECTING_ALL_STUDENTS = "protecting_all_students"
    SAFE_SECURE_ORDERLY_ENVIRONMENTS = "safe_secure_orderly_environments"
    PREVENTION_AND_INTERVENTION = "prevention_and_intervention"

    @property
    def text(self) -> str:
        """The source's words for this goal."""
        return _GOALS[self][1]

    @property
    def source(self) -> Source:
        """The document that names this goal."""
        return _GOALS[self][0]


# NASRO FAQ: "The goals of well-founded SRO programs include providing safe learning
# environments in our nation's schools, providing valuable resources to school staff members,
# fostering positive relationships with youth, developing strategies to resolve problems
# affecting youth and protecting all students, so they can reach their fullest potentials."
# Center for Safer Schools: an SRO program has "the goal of creating and maintaining safe,
# secure and orderly learning environments …"; SROs "bring prevention and intervention into
# the schools".
_GOALS = {
    ProgramGoal.SAFE_LEARNING_ENVIRONMENTS: (
        NASRO_FAQ,
        "providing safe learning environments in our nation's schools",
    ),
    ProgramGoal.RESOURCES_FOR_STAFF: (
        NASRO_FAQ,
        "providing valuable resources to school staff members",
    ),
    ProgramGoal.POSITIVE_YOUTH_RELATIONSHIPS: (
        NASRO_FAQ,
        "fostering positive relationships with youth",
    ),
    ProgramGoal.RESOLVING_YOUTH_PROBLEMS: (
        NASRO_FAQ,
        "developing strategies to resolve problems affecting youth",
    ),
    ProgramGoal.PROTECTING_ALL_STUDENTS: (
        NASRO_FAQ,
        "protecting all students, so they can reach their fullest potentials",
    ),
    ProgramGoal.SAFE_SECURE_ORDERLY_ENVIRONMENTS: (
        SAFER_SCHOOLS_PAGE,
        "creating and maintaining safe, secure and orderly learning environments for "
        "students, teachers and staff",
    ),
    ProgramGoal.PREVENTION_AND_INTERVENTION: (
        SAFER_SCHOOLS_PAGE,
        "a proactive strategy designed to bring prevention and intervention into the schools",
    ),
}
