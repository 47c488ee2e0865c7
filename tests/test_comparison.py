"""compare() and summarize(): standards side by side, and program roll-ups."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import (
    FEDERAL_DEFINITION,
    NASRO_SELECTION,
    NC_TRAINING,
    NO_MOU,
    SAFER_SCHOOLS_DEFINITION,
    WHO_COUNTS,
    Assignment,
    Outcome,
    School,
    SchoolLevel,
    compare,
    summarize,
)
from sro_domain.examples import COMMUNITY_SRO, CRISIS_PLACEMENT, SECURITY_GUARD
from tests.budgets import budget
from tests.builders import assignment, officer
from tests.strategies import SUBJECTS, as_of_dates

_RANK = {Outcome.NOT_MET: 0, Outcome.UNKNOWN: 1, Outcome.MET: 2}


@budget(50)
@given(subject=SUBJECTS[type(COMMUNITY_SRO)], as_of=as_of_dates)
def test_compare_agrees_with_each_standard_alone(subject: object, as_of: date) -> None:
    comparison = compare(subject, WHO_COUNTS, as_of=as_of)
    for standard in WHO_COUNTS:
        assert comparison.verdicts[standard.id] == standard.evaluate(subject, as_of=as_of)
        assert comparison.outcomes[standard.id] is standard.evaluate(subject, as_of=as_of).outcome
    for difference in comparison.differences:
        higher = comparison.outcomes[difference.higher]
        lower = comparison.outcomes[difference.lower]
        assert higher is not None
        assert lower is not None
        assert _RANK[higher] > _RANK[lower]
        assert difference.rules
        assert all(not rule.met for rule in difference.rules)
    disagreeing = {
        frozenset((a.id, b.id))
        for i, a in enumerate(WHO_COUNTS)
        for b in WHO_COUNTS[i + 1 :]
        if comparison.outcomes[a.id] is not comparison.outcomes[b.id]
    }
    assert {frozenset((d.higher, d.lower)) for d in comparison.differences} == disagreeing


def test_a_standard_not_in_force_shows_as_such() -> None:
    early = assignment(start=date(1997, 1, 6))
    comparison = compare(
        early, [FEDERAL_DEFINITION, SAFER_SCHOOLS_DEFINITION], as_of=date(1998, 1, 5)
    )
    assert comparison.verdicts["federal-definition"] is None
    assert comparison.outcomes["federal-definition"] is None
    assert "federal-definition          not in force" in comparison.explain()
    assert comparison.differences == ()
    assert comparison.explain().endswith("They agree.")


def test_the_rules_that_make_the_difference() -> None:
    """The NOT_MET and UNKNOWN rules of the standard with the lower outcome."""
    comparison = compare(SECURITY_GUARD, [FEDERAL_DEFINITION, SAFER_SCHOOLS_DEFINITION],
                         as_of=date(2024, 9, 3))  # fmt: skip
    assert comparison.differences == ()  # both NOT_MET
    temporary = assignment(permanent=False)
    comparison = compare(
        temporary, [FEDERAL_DEFINITION, SAFER_SCHOOLS_DEFINITION], as_of=date(2023, 1, 9)
    )
    (difference,) = comparison.differences
    assert (difference.higher, difference.lower) == (
        "federal-definition",
        "safer-schools-definition",
    )
    assert [rule.id for rule in difference.rules] == ["safer_schools.permanent_assignment"]
    assert str(comparison) == comparison.explain()
    assert comparison == compare(temporary, [FEDERAL_DEFINITION, SAFER_SCHOOLS_DEFINITION],
                                 as_of=date(2023, 1, 9))  # fmt: skip


def test_compare_refuses_duplicates_and_wrong_subjects() -> None:
    with pytest.raises(ValueError, match="share the id"):
        compare(COMMUNITY_SRO, [FEDERAL_DEFINITION, FEDERAL_DEFINITION], as_of=date(2024, 9, 3))
    with pytest.raises(TypeError, match="evaluates Officer records"):
        compare(COMMUNITY_SRO, [NASRO_SELECTION], as_of=date(2024, 9, 3))


ROSTER = [
    *COMMUNITY_SRO.schools,
    *SECURITY_GUARD.schools,
    *CRISIS_PLACEMENT.schools,
    School(name="Riverside High School", level=SchoolLevel.HIGH),
]


def test_summarize_counts_gaps_and_common_failures() -> None:
    summary = summarize(
        [COMMUNITY_SRO, SECURITY_GUARD, assignment(mou=NO_MOU, officer=officer(sworn=False))],
        [FEDERAL_DEFINITION, SAFER_SCHOOLS_DEFINITION],
        as_of=date(2024, 9, 3),
        schools=ROSTER,
    )
    assert dict(summary.counts["federal-definition"]) == {
        Outcome.MET: 1, Outcome.NOT_MET: 2, Outcome.UNKNOWN: 0,
    }  # fmt: skip
    assert [s.name for s in summary.uncovered["federal-definition"]] == [
        "Green Middle School", "Lacy Elementary School", "Riverside High School",
    ]  # fmt: skip
    assert summary.common_failures["federal-definition"][0] == ("federal.sworn_authority", 2)
    assert summary.common_failures["safer-schools-definition"] == (
        ("safer_schools.certified_officer", 1),
    )
    assert summary == summarize(
        [COMMUNITY_SRO, SECURITY_GUARD, assignment(mou=NO_MOU, officer=officer(sworn=False))],
        [FEDERAL_DEFINITION, SAFER_SCHOOLS_DEFINITION],
        as_of=date(2024, 9, 3),
        schools=ROSTER,
    )


def test_summarize_lists_every_school_when_there_are_no_assignments() -> None:
    summary = summarize([], [FEDERAL_DEFINITION], as_of=date(2024, 9, 3), schools=ROSTER)
    assert summary.uncovered["federal-definition"] == tuple(ROSTER)
    assert summary.common_failures["federal-definition"] == ()


def test_summarize_reads_assignments_once_from_an_iterator() -> None:
    summary = summarize(iter([COMMUNITY_SRO]), WHO_COUNTS, as_of=date(2024, 9, 3), schools=ROSTER)
    assert summary.counts["federal-definition"][Outcome.MET] == 1


def test_summarize_refuses_other_records() -> None:
    with pytest.raises(TypeError, match="reads Officer records"):
        summarize([COMMUNITY_SRO], [NASRO_SELECTION], as_of=date(2024, 9, 3), schools=ROSTER)


def test_summarize_shows_a_standard_not_in_force_as_such() -> None:
    """Not in force on as_of is counted as such, as compare shows it, rather than raising."""
    summary = summarize(
        [assignment(start=date(1997, 1, 6))],
        [FEDERAL_DEFINITION, SAFER_SCHOOLS_DEFINITION],
        as_of=date(1998, 1, 5),
        schools=[],
    )
    assert summary.not_in_force == {"federal-definition": 1, "safer-schools-definition": 0}
    assert sum(summary.counts["federal-definition"].values()) == 0
    assert sum(summary.counts["safer-schools-definition"].values()) == 1


def test_summarize_counts_not_applicable_apart_from_met() -> None:
    """A vacuous MET is no compliance: the crisis placement is outside NC_TRAINING (S1)."""
    summary = summarize(
        [CRISIS_PLACEMENT, COMMUNITY_SRO], [NC_TRAINING], as_of=date(2024, 9, 3), schools=ROSTER
    )
    assert summary.not_applicable["nc-training"] == 1
    assert summary.counts["nc-training"][Outcome.MET] == 0
    assert summary.counts["nc-training"][Outcome.UNKNOWN] == 1
    # The community SRO, assigned 2024-08-19, has until 2025-08-19 for the Basic SRO course.
    assert summary.common_unknowns["nc-training"] == (("assignment.officer.trainings", 1),)


@budget(30)
@given(st.lists(SUBJECTS[type(COMMUNITY_SRO)], max_size=5), as_of_dates)
def test_summarize_counts_every_assignment(assignments: list[Assignment], as_of: date) -> None:
    summary = summarize(assignments, WHO_COUNTS, as_of=as_of, schools=ROSTER)
    for standard in WHO_COUNTS:
        counted = sum(summary.counts[standard.id].values())
        counted += summary.not_applicable[standard.id] + summary.not_in_force[standard.id]
        assert counted == len(assignments)


def test_every_standard_but_nasro_s_belongs_to_one_jurisdiction() -> None:
    """NASRO's best practice binds no one; every other built-in standard is some jurisdiction's."""
    from sro_domain import JURISDICTIONS, STANDARDS

    listed = [standard.id for found in JURISDICTIONS.values() for standard in found]
    expected = [sid for sid in STANDARDS if not sid.startswith("nasro-")]
    assert sorted(listed) == sorted(expected), (
        "list each built-in standard once under its jurisdiction in BY_JURISDICTION, "
        "src/sro_domain/standards/__init__.py"
    )
    assert all(len(code) == 2 and code.isupper() for code in JURISDICTIONS)


def test_who_counts_in_a_jurisdiction_is_its_definitions_beside_the_federal_one() -> None:
    """Each group opens with the federal definition and NASRO's best practice, then the
    jurisdiction's own definitions, each of which is among its standards.
    """
    from sro_domain import JURISDICTIONS, WHO_COUNTS_IN

    assert set(WHO_COUNTS_IN) == set(JURISDICTIONS)
    for code, group in WHO_COUNTS_IN.items():
        assert [s.id for s in group[:2]] == ["federal-definition", "nasro-assignment"]
        assert set(group[2:]) <= set(JURISDICTIONS[code])
    assert [s.id for s in WHO_COUNTS_IN["US"]] == ["federal-definition", "nasro-assignment"]
