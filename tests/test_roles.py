"""The triad in both vocabularies (decision A10) and the program goals."""

import pytest

from sro_domain import TRIAD, ProgramGoal, Role, SRODomainError, UnknownTitleError


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("law enforcement officer", Role.LAW_ENFORCEMENT),
        ("Law enforcement", Role.LAW_ENFORCEMENT),
        ("informal counselor/mentor", Role.COUNSELOR),
        ("Informal Counselor", Role.COUNSELOR),
        ("mentor", Role.COUNSELOR),
        ("Law-related counselor", Role.COUNSELOR),
        ("educator (i.e. guest lecturer)", Role.EDUCATOR),
        ("guest lecturer", Role.EDUCATOR),
        ("GUEST  SPEAKER", Role.EDUCATOR),
        ("Teacher", Role.EDUCATOR),
        ("  law-related   education teacher ", Role.EDUCATOR),
    ],
)
def test_from_title_knows_every_source_wording(title: str, role: Role) -> None:
    assert Role.from_title(title) is role


@pytest.mark.parametrize("title", ["security guard", "", "DARE officer", 3])
def test_unknown_titles_raise(title: object) -> None:
    with pytest.raises(UnknownTitleError) as caught:
        Role.from_title(title)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, SRODomainError)


def test_titles_in_both_vocabularies() -> None:
    assert [r.nasro_title for r in Role] == [
        "law enforcement officer",
        "informal counselor/mentor",
        "educator (i.e. guest lecturer)",
    ]
    assert [r.safer_schools_title for r in Role] == [
        "Law enforcement officer",
        "Law-related counselor",
        "Law-related education teacher",
    ]
    assert "guest speaker" in Role.EDUCATOR.aliases


def test_triad_is_all_three_roles() -> None:
    assert frozenset(Role) == TRIAD
    assert len(TRIAD) == 3


def test_every_goal_cites_a_source() -> None:
    for goal in ProgramGoal:
        assert goal.text
        assert goal.source.id in {"nasro-faq", "nc-dpi-css-sro"}
