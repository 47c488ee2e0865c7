"""Rules, standards, verdicts and the registries."""

from datetime import date, datetime
from types import MappingProxyType
from typing import Any

import pytest

from sro_domain import (
    CAREER_OFFICER,
    FEDERAL_DEFINITION,
    NASRO_ASSIGNMENT,
    NASRO_MOU,
    NASRO_SELECTION,
    NASRO_TRAINING,
    RULES,
    SOURCES,
    STANDARDS,
    Assignment,
    Context,
    Finding,
    InvalidParameterError,
    Mou,
    NotInForceError,
    Officer,
    Outcome,
    Parameter,
    PurposesReading,
    Rule,
    Source,
    SourceKind,
    SroResponse,
    Standard,
    UndeterminedError,
    Verdict,
    at_assignment_start,
)
from tests.builders import assignment, officer

AS_OF = date(2023, 1, 9)
POLICY = Source(
    id="district-policy",
    title="SRO policy",
    authority="Durham Public Schools",
    citation="Board Policy 5.3",
    kind=SourceKind.AGENCY_GUIDANCE,
    binding=False,
)


def _at_most_schools(subject: Assignment, context: Context) -> Finding:
    limit = context[MAX_SCHOOLS_ALLOWED]
    count = len(subject.schools)
    return Finding(Outcome.of(count <= limit), f"{count} schools; at most {limit}")


def _limit(value: Any) -> int:
    if not isinstance(value, int) or value < 1:
        raise ValueError("be a positive whole number")
    return value


MAX_SCHOOLS_ALLOWED = Parameter("max_schools", 2, _limit, "how many schools one officer may cover")
MAX_SCHOOLS = Rule(
    id="district.max_schools",
    title="Covers few schools",
    source=POLICY,
    quote="No officer shall cover more than two schools.",
    subject=Assignment,
    check=_at_most_schools,
    parameters=[MAX_SCHOOLS_ALLOWED],
)


def _vague(subject: Officer, context: Context) -> Finding:
    return Finding(Outcome.UNKNOWN, "cannot tell")


VAGUE = Rule(
    id="user.vague", title="Vague", source=POLICY, quote="Be good.", subject=Officer, check=_vague
)


class TestComposition:
    """A documented way to compose a new standard from built-in rules plus the user's own."""

    def test_compose_built_in_and_own_rules(self) -> None:
        district = Standard(
            id="district-sro",
            title="District SRO",
            subject=Assignment,
            source=POLICY,
            parts=[FEDERAL_DEFINITION, RULES["nasro.triad"], MAX_SCHOOLS],
        )
        verdict = district.evaluate(assignment(), as_of=AS_OF)
        assert verdict.met
        assert [c.id for c in verdict.children] == [
            "federal-definition",
            "nasro.triad",
            "district.max_schools",
        ]
        assert district.rules[-1] is MAX_SCHOOLS
        assert district.parameters == {"purposes": PurposesReading.ALL, "max_schools": 2}
        assert [s.id for s in district.sources] == [
            "district-policy",
            "usc-34-10389-4",
            "usc-34-10389-1",
            "nasro-faq",
        ]
        strict = district.configure(max_schools=0 + 1, purposes=PurposesReading.ANY)
        assert strict.parameters["max_schools"] == 1
        nested = strict.parts[0]
        assert isinstance(nested, Standard)
        assert nested.parameters["purposes"] is PurposesReading.ANY

    def test_an_officer_rule_inside_an_assignment_standard_reads_the_officer(self) -> None:
        standard = Standard(id="s", title="S", subject=Assignment, source=POLICY, parts=[VAGUE])
        verdict = standard.evaluate(assignment(), as_of=AS_OF)
        assert verdict.missing == {"assignment.officer"}

    def test_a_rule_that_cannot_be_reached(self) -> None:
        with pytest.raises(TypeError, match="cannot reach the Assignment"):
            Standard(id="s", title="S", subject=SroResponse, source=POLICY, parts=[MAX_SCHOOLS])

    def test_parts_must_be_rules_or_standards(self) -> None:
        with pytest.raises(TypeError, match="a part must be a Rule or a Standard"):
            Standard(id="s", title="S", subject=Officer, source=POLICY, parts=["nasro.triad"])  # type: ignore[list-item]

    def test_at_assignment_start_needs_an_officer_standard_in_an_assignment_standard(self) -> None:
        with pytest.raises(TypeError, match="Standard on an Officer"):
            at_assignment_start(FEDERAL_DEFINITION)
        with pytest.raises(TypeError, match="needs a standard on an Assignment"):
            Standard(
                id="s",
                title="S",
                subject=Officer,
                source=POLICY,
                parts=[at_assignment_start(NASRO_SELECTION)],
            )

    @pytest.mark.parametrize(
        ("changes", "error"),
        [
            ({"id": ""}, ValueError),
            ({"subject": "Officer"}, TypeError),
            ({"source": "NASRO"}, TypeError),
            ({"parts": []}, ValueError),
            ({"parameters": {"nope": 1}}, TypeError),
            ({"parameters": {"max_schools": 0}}, InvalidParameterError),
        ],
    )
    def test_bad_standards(self, changes: dict[str, Any], error: type[Exception]) -> None:
        fields: dict[str, Any] = {
            "id": "s",
            "title": "S",
            "subject": Assignment,
            "source": POLICY,
            "parts": [MAX_SCHOOLS],
        }
        with pytest.raises(error):
            Standard(**{**fields, **changes})

    def test_a_rule_must_quote_its_source(self) -> None:
        with pytest.raises(ValueError, match="must quote"):
            Rule(id="x", title="X", source=POLICY, quote=" ", subject=Officer, check=_vague)
        with pytest.raises(ValueError, match="rule id"):
            Rule(id="", title="X", source=POLICY, quote="q", subject=Officer, check=_vague)

    def test_an_unknown_without_paths_names_the_record(self) -> None:
        standard = Standard(id="s", title="S", subject=Officer, source=POLICY, parts=[VAGUE])
        assert standard.evaluate(officer(), as_of=AS_OF).missing == {"officer"}


class TestConfigure:
    def test_unknown_parameter_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="has no parameter min_hours"):
            NASRO_SELECTION.configure(min_hours=3)
        with pytest.raises(TypeError, match="it has no parameters"):
            NASRO_MOU.configure(min_years=1)

    def test_bad_value_is_a_value_error(self) -> None:
        with pytest.raises(ValueError, match="purposes must be a PurposesReading"):
            FEDERAL_DEFINITION.configure(purposes="any")

    def test_a_variant_keeps_ids_and_can_be_told_apart(self) -> None:
        variant = NASRO_SELECTION.configure(min_years=2)
        assert variant.id == NASRO_SELECTION.id
        assert [r.id for r in variant.rules] == [r.id for r in NASRO_SELECTION.rules]
        assert variant != NASRO_SELECTION
        assert NASRO_SELECTION.configure() == NASRO_SELECTION
        first = variant.evaluate(officer(), as_of=AS_OF)
        second = NASRO_SELECTION.evaluate(officer(), as_of=AS_OF)
        assert first.parameters != second.parameters
        assert NASRO_SELECTION.parameters["min_years"] == 3

    def test_parameters_are_read_only(self) -> None:
        with pytest.raises(TypeError):
            NASRO_SELECTION.parameters["min_years"] = 1  # type: ignore[index]

    def test_two_parameters_of_one_name_are_refused(self) -> None:
        """A state's 16 hours and NASRO's 40 must not share one ``min_hours``."""
        state_hours = Parameter("min_hours", 16, _limit, "hours of the state's course")
        state_training = Rule(
            id="state.training.hours", title="16 hours", source=POLICY, quote="16 hours.",
            subject=Officer, check=_vague, parameters=[state_hours],
        )  # fmt: skip
        compositions: list[list[Rule | Standard]] = [
            [NASRO_TRAINING, state_training],
            [Standard(id="inner", title="I", subject=Officer, source=POLICY,
                      parts=[state_training]), NASRO_ASSIGNMENT],
        ]  # fmt: skip
        for parts in compositions:
            with pytest.raises(
                ValueError, match="two different parameters are named min_hours"
            ) as raised:
                Standard(id="both", title="B", subject=Assignment, source=POLICY, parts=parts)
            message = str(raised.value)
            assert "nasro.training.school_policing_hours (default Decimal('40'))" in message
            assert "state.training.hours (default 16)" in message

    def test_one_parameter_in_two_parts_is_one_parameter(self) -> None:
        both = Standard(
            id="both", title="B", subject=Assignment, source=POLICY,
            parts=[NASRO_ASSIGNMENT, NASRO_TRAINING],
        )  # fmt: skip
        configured = both.configure(min_hours=8)
        assert configured.parameters["min_hours"] == 8
        nested = [part for part in configured.parts if isinstance(part, Standard)]
        assert [part.parameters["min_hours"] for part in nested] == [8, 8]

    def test_composite_parameters_come_from_nested_standards(self) -> None:
        assert set(NASRO_ASSIGNMENT.parameters) == {
            "purposes",
            "min_years",
            "disqualifying_dispositions",
            "min_hours",
        }
        ignoring = NASRO_ASSIGNMENT.configure(purposes=PurposesReading.IGNORE)
        assert "federal.purposes" not in {r.id for r in ignoring.rules}
        assert len(ignoring.rules) == len(NASRO_ASSIGNMENT.rules) - 1


class TestEvaluate:
    def test_wrong_subject_is_a_type_error(self) -> None:
        with pytest.raises(
            TypeError, match="federal-definition evaluates Assignment records, got Officer"
        ):
            FEDERAL_DEFINITION.evaluate(officer(), as_of=AS_OF)  # type: ignore[arg-type]

    @pytest.mark.parametrize("as_of", [datetime(2023, 1, 9, 12), "2023-01-09", None])
    def test_as_of_must_be_a_date(self, as_of: object) -> None:
        with pytest.raises(TypeError, match=r"as_of must be a datetime\.date"):
            NASRO_SELECTION.evaluate(officer(), as_of=as_of)  # type: ignore[arg-type]

    def test_not_in_force_in_a_nested_standard(self) -> None:
        early = assignment(start=date(1997, 1, 6))
        with pytest.raises(NotInForceError, match="federal-definition"):
            NASRO_ASSIGNMENT.evaluate(early, as_of=date(1998, 1, 1))

    def test_a_source_with_an_end_date(self) -> None:
        repealed = Source(
            id="old-law",
            title="Old law",
            authority="State",
            citation="§ 1",
            kind=SourceKind.STATUTE,
            binding=True,
            effective_from=date(2000, 1, 1),
            effective_to=date(2009, 12, 31),
        )
        old = Standard(id="old", title="Old", subject=Officer, source=repealed, parts=[VAGUE])
        assert old.evaluate(officer(), as_of=date(2009, 12, 31)).unknown
        with pytest.raises(NotInForceError, match="in force from 2000-01-01 to 2009-12-31"):
            old.evaluate(officer(), as_of=date(2010, 1, 1))

    def test_holds_raises_undetermined_with_the_verdict(self) -> None:
        with pytest.raises(UndeterminedError) as caught:
            NASRO_SELECTION.holds(officer(volunteered=None), as_of=AS_OF)
        verdict = caught.value.verdict
        assert isinstance(verdict, Verdict)
        assert "officer.volunteered" in str(caught.value)
        assert verdict.missing == {"officer.volunteered"}

    def test_holds_answers_met_and_not_met(self) -> None:
        assert NASRO_SELECTION.holds(officer(), as_of=AS_OF) is True
        assert NASRO_SELECTION.holds(officer(volunteered=False), as_of=AS_OF) is False


class TestVerdict:
    verdict = NASRO_ASSIGNMENT.evaluate(assignment(officer=officer(volunteered=False)), as_of=AS_OF)

    def test_bool_raises(self) -> None:
        with pytest.raises(TypeError, match="no truth value"):
            bool(self.verdict)

    def test_flags_and_failures(self) -> None:
        assert (self.verdict.met, self.verdict.not_met, self.verdict.unknown) == (
            False,
            True,
            False,
        )
        assert [f.id for f in self.verdict.failures()] == ["nasro.selection.volunteered"]
        assert self.verdict.reason == "not met: nasro-selection"

    def test_find_and_leaves(self) -> None:
        assert self.verdict.find("nasro.triad").is_rule
        assert not self.verdict.find("nasro-triad").is_rule
        with pytest.raises(KeyError):
            self.verdict.find("no.such.rule")
        assert [leaf.id for leaf in self.verdict.leaves()] == [r.id for r in NASRO_ASSIGNMENT.rules]

    def test_rule_verdicts_carry_quote_source_and_facts(self) -> None:
        rule = self.verdict.find("nasro.selection.experience")
        assert rule.quote == RULES["nasro.selection.experience"].quote
        assert rule.source.id == "nasro-faq"
        assert rule.facts["required_years"] == 3
        assert isinstance(rule.facts, MappingProxyType)

    def test_explain_is_an_indented_tree_with_citations(self) -> None:
        text = self.verdict.explain()
        lines = text.splitlines()
        assert (
            lines[0]
            == "[NOT MET] NASRO best practice for an SRO assignment (nasro-assignment), as of 2023-01-09"
        )
        assert (
            "    [MET] School resource officer (federal definition) (federal-definition)" in lines
        )
        assert "    [NOT MET] NASRO selection criteria (nasro-selection), as of 2022-08-01" in lines
        assert "        Source: 34 U.S.C. § 10389(4)" in lines
        assert "            Source: 34 U.S.C. § 10389(1)" in lines
        assert str(self.verdict) == text

    def test_explain_with_quotes(self) -> None:
        text = self.verdict.explain(quotes=True)
        assert '"They should volunteer for the position;' in text

    def test_verdicts_are_values(self) -> None:
        again = NASRO_ASSIGNMENT.evaluate(
            assignment(officer=officer(volunteered=False)), as_of=AS_OF
        )
        assert again == self.verdict
        assert hash(again) == hash(self.verdict)

    def test_standard_reason_when_met_and_unknown(self) -> None:
        assert CAREER_OFFICER.evaluate(officer(), as_of=AS_OF).reason == "its one part is met"
        unknown = NASRO_SELECTION.evaluate(officer(volunteered=None), as_of=AS_OF)
        assert unknown.reason == "undetermined, nothing fails; unknown: officer.volunteered"


class TestRegistries:
    def test_every_built_in_standard_id(self) -> None:
        assert list(STANDARDS) == [
            "federal-definition",
            "career-officer",
            "safer-schools-definition",
            "safer-schools-roles",
            "nasro-selection",
            "nasro-training",
            "nasro-triad",
            "nasro-mou",
            "nasro-discipline",
            "nasro-assignment",
            "nc-statute",
            "nc-training",
            "cops-chp",
            "fl-sro",
            "il-sro",
            "il-training",
            "il-mou",
            "in-sro",
            "in-training",
            "in-mou",
            "md-sro",
            "md-training",
            "oh-sro",
            "oh-training",
            "pa-sro",
            "pa-training",
            "tx-sro",
            "tx-training",
            "ut-sro",
            "va-sro",
            "va-mou",
        ]

    def test_every_built_in_rule_id(self) -> None:
        assert set(RULES) == {
            "federal.in_effect",
            "federal.career_officer",
            "federal.sworn_authority",
            "federal.community_policing",
            "federal.assigned_by_employer",
            "federal.collaboration",
            "federal.purposes",
            "federal.school_level",
            "safer_schools.in_effect",
            "safer_schools.certified_officer",
            "safer_schools.permanent_assignment",
            "safer_schools.trained_for_roles",
            "nasro.selection.experience",
            "nasro.selection.youth_relationships",
            "nasro.selection.clean_record",
            "nasro.selection.volunteered",
            "nasro.training.school_policing_hours",
            "nasro.triad",
            "nasro.mou.signed_by_both_heads",
            "nasro.mou.requires_selection_and_training",
            "nasro.mou.defines_triad_roles",
            "nasro.mou.prohibits_formal_discipline",
            "nasro.discipline.no_formal_discipline",
            "nasro.discipline.no_arrest_for_school_matter",
            "nc.statute.in_effect",
            "nc.statute.law_enforcement_officer",
            "nc.statute.covered_school",
            "nc.statute.hours_per_week",
            "nc.statute.weeks_per_year",
            "nc.statute.duties",
            "nc.training.general_certification",
            "nc.training.basic_sro_course",
            "nc.training.scope.law_enforcement_officer",
            "nc.training.scope.public_school",
            "nc.training.scope.hours_per_week",
            "nc.training.scope.weeks_per_year",
            "nc.training.scope.duties",
            "nc.training.scope.period",
            "nasro.selection.juvenile_history",
            "cops.chp.funded",
            "cops.chp.in_effect",
            "cops.chp.career_officer",
            "cops.chp.sworn_authority",
            "cops.chp.community_policing",
            "cops.chp.assigned_by_employer",
            "cops.chp.collaboration",
            "cops.chp.full_time",
            "cops.chp.time_in_schools",
            "cops.chp.mou_signed",
            "cops.chp.mou_sections",
            "cops.chp.mou_submitted",
            "fl.sro.in_effect",
            "fl.sro.public_school",
            "fl.sro.certified_officer",
            "fl.sro.screenings",
            "fl.sro.cooperative_agreement",
            "il.sro.in_effect",
            "il.sro.law_enforcement_officer",
            "il.sro.primarily_assigned",
            "il.sro.mou",
            "il.training.course",
            "il.mou.provisions",
            "in.sro.in_effect",
            "in.sro.law_enforcement_officer",
            "in.sro.employment",
            "in.sro.duties",
            "in.training.before_appointment",
            "in.mou.by_contract",
            "in.mou.agreement",
            "md.sro.in_effect",
            "md.sro.law_enforcement_officer",
            "md.sro.mou_or_school_police",
            "md.training.curriculum",
            "oh.sro.in_effect",
            "oh.sro.peace_officer",
            "oh.sro.mou",
            "oh.training.basic_program",
            "oh.training.sro_hours",
            "pa.sro.in_effect",
            "pa.sro.law_enforcement_officer",
            "pa.sro.agreement",
            "pa.training.basic_course",
            "tx.sro.in_effect",
            "tx.sro.peace_officer",
            "tx.sro.mou",
            "tx.training.program_hours",
            "ut.sro.in_effect",
            "ut.sro.law_enforcement_officer",
            "ut.sro.contract_with_lea",
            "va.sro.in_effect",
            "va.sro.certified_officer",
            "va.sro.public_school",
            "va.mou.agreement",
            "va.mou.reviewed",
            "va.mou.published",
        }

    def test_ids_match_their_keys_and_styles(self) -> None:
        for key, standard in STANDARDS.items():
            assert standard.id == key
            assert key == key.lower()
            assert "." not in key
            assert "_" not in key
        for key, rule in RULES.items():
            assert rule.id == key
            assert "." in key
            assert "-" not in key
        for key, source in SOURCES.items():
            assert source.id == key

    def test_every_cited_source_is_registered(self) -> None:
        for standard in STANDARDS.values():
            for source in standard.sources:
                assert SOURCES[source.id] is source
        assert SOURCES["usc-34-10389-4"].enacted_by.startswith("Pub. L. 105-302")  # type: ignore[union-attr]
        assert SOURCES["usc-34-10389-4"].formerly == "42 U.S.C. § 3796dd-8(4)"
        assert SOURCES["usc-34-10389-1"].effective_from is None
        assert SOURCES["nasro-2015-discipline-statement"].published == date(2015, 8, 14)

    def test_registries_are_read_only(self) -> None:
        with pytest.raises(TypeError):
            RULES["x"] = RULES["nasro.triad"]  # type: ignore[index]
        with pytest.raises(TypeError):
            STANDARDS["x"] = NASRO_MOU  # type: ignore[index]

    def test_a_shared_rule_serves_two_subjects(self) -> None:
        """federal.career_officer serves FEDERAL_DEFINITION on an Assignment and CAREER_OFFICER on an Officer."""
        assert RULES["federal.career_officer"] in FEDERAL_DEFINITION.rules
        assert CAREER_OFFICER.rules == (RULES["federal.career_officer"],)
        assert RULES["federal.career_officer"].subject is Officer
        assert NASRO_MOU.subject is Mou

    def test_source_validation_and_text(self) -> None:
        from sro_domain import InvalidRecordError

        with pytest.raises(
            InvalidRecordError, match="effective_to must not be before effective_from"
        ):
            Source(
                id="x", title="x", authority="x", citation="x", kind=SourceKind.STATUTE,
                binding=True, effective_from=date(2020, 1, 1), effective_to=date(2019, 1, 1),
            )  # fmt: skip
        assert str(POLICY) == "Durham Public Schools, SRO policy, Board Policy 5.3"


class TestRegistryIntegrity:
    """Ids are public API: a duplicate among built-ins must fail loudly at import."""

    def test_duplicate_standard_ids(self) -> None:
        from sro_domain.registry import _standards

        with pytest.raises(RuntimeError, match="two built-in standards share the id nasro-mou"):
            _standards([NASRO_MOU, NASRO_MOU.configure()])

    def test_duplicate_rule_ids(self) -> None:
        from sro_domain.registry import _rules

        clash = Standard(id="clash", title="C", subject=Officer, source=POLICY, parts=[
            Rule(id="nasro.triad", title="T", source=POLICY, quote="q", subject=Officer, check=_vague)
        ])  # fmt: skip
        with pytest.raises(RuntimeError, match=r"two built-in rules share the id nasro\.triad"):
            _rules({"nasro-assignment": NASRO_ASSIGNMENT, "clash": clash}, ())

    def test_duplicate_source_ids(self) -> None:
        from sro_domain.registry import _sources

        other = Source(
            id="nasro-faq", title="x", authority="x", citation="x",
            kind=SourceKind.STATUTE, binding=True,
        )  # fmt: skip
        with pytest.raises(RuntimeError, match="two built-in sources share the id nasro-faq"):
            _sources({"nasro-mou": NASRO_SELECTION}, [other, "not a source"])


class PatrolLog:
    """A user's own record type."""


def test_a_users_own_subject_type_names_its_paths() -> None:
    def check(subject: PatrolLog, context: Context) -> Finding:
        return Finding(Outcome.UNKNOWN, "no entries", missing={"entries"})

    rule = Rule(
        id="user.log",
        title="Log",
        source=POLICY,
        quote="Keep a log.",
        subject=PatrolLog,
        check=check,
    )
    standard = Standard(id="log", title="Log", subject=PatrolLog, source=POLICY, parts=[rule])
    assert standard.evaluate(PatrolLog(), as_of=AS_OF).missing == {"patrol_log.entries"}


class TestValueTypes:
    """The small value types compare by value and show themselves plainly."""

    def test_finding(self) -> None:
        lazy = Finding(Outcome.MET, lambda: "computed", lambda: {"n": 1}, ["x"])
        assert lazy.reason == "computed"
        assert lazy.facts == {"n": 1}
        assert isinstance(lazy.facts, MappingProxyType)
        assert lazy.missing == frozenset({"x"})
        assert repr(lazy) == "Finding(<Outcome.MET: 'met'>, 'computed')"
        assert Finding(Outcome.NOT_MET, "plain").facts == {}

    def test_context(self) -> None:
        context = Context(AS_OF, {}, None)
        assert repr(context) == "Context(as_of=datetime.date(2023, 1, 9), horizon=None)"

    def test_parameter(self) -> None:
        one = Parameter("n", 1, int, "a number")
        assert one == Parameter("n", 1, int, "a number")
        assert one != Parameter("n", 2, int, "a number")
        assert one != "n"
        assert hash(one) == hash(Parameter("n", 1, int, "a number"))
        assert repr(one) == "Parameter(name='n', default=1)"

    def test_parts_and_standards_compare_by_value(self) -> None:
        part = at_assignment_start(NASRO_SELECTION)
        assert part == at_assignment_start(NASRO_SELECTION)
        assert part != NASRO_SELECTION
        assert hash(part) == hash(at_assignment_start(NASRO_SELECTION))
        assert repr(part) == (
            "_Part('nasro-selection', path='officer', at_start=True, from_start=False)"
        )
        assert hash(NASRO_ASSIGNMENT) == hash(NASRO_ASSIGNMENT.configure())

    def test_verdict_repr_and_equality(self) -> None:
        verdict = CAREER_OFFICER.evaluate(officer(), as_of=AS_OF)
        assert repr(verdict).startswith("Verdict(id='career-officer', outcome=<Outcome.MET: 'met'>")
        assert verdict != "career-officer"
        assert verdict == CAREER_OFFICER.evaluate(officer(), as_of=AS_OF)
        with pytest.raises(AttributeError):
            verdict.outcome = Outcome.NOT_MET  # type: ignore[misc]


class TestHoldsFastPath:
    """`holds` stops early and builds no verdict, yet answers exactly as `evaluate` does."""

    def test_a_users_rule_without_a_fast_path(self) -> None:
        district = Standard(
            id="district", title="D", subject=Assignment, source=POLICY, parts=[MAX_SCHOOLS]
        )
        assert district.holds(assignment(), as_of=AS_OF) is True
        assert district.configure(max_schools=1).holds(assignment(), as_of=AS_OF) is True

    def test_a_nested_standard_not_in_force_raises_as_evaluate_does(self) -> None:
        early = assignment(start=date(1997, 1, 6), officer=officer(volunteered=False))
        with pytest.raises(NotInForceError):
            NASRO_ASSIGNMENT.holds(early, as_of=date(1998, 1, 1))

    def test_no_mou_fails_on_the_fast_path(self) -> None:
        from sro_domain import NO_MOU

        assert NASRO_ASSIGNMENT.holds(assignment(mou=NO_MOU), as_of=AS_OF) is False
        assert NASRO_ASSIGNMENT.holds(assignment(), as_of=AS_OF) is True

    def test_the_error_builds_its_verdict_when_asked(self) -> None:
        with pytest.raises(UndeterminedError) as caught:
            NASRO_ASSIGNMENT.holds(assignment(mou=None), as_of=AS_OF)
        assert caught.value.verdict.missing == {"assignment.mou"}
        assert caught.value.verdict is caught.value.verdict


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"source": "NASRO"}, "source must be a Source"),
        ({"subject": "Officer"}, "subject must be a record type"),
        ({"check": "volunteered"}, "check must be callable"),
    ],
)
def test_bad_rules_are_type_errors(changes: dict[str, Any], message: str) -> None:
    fields: dict[str, Any] = {
        "id": "x.y",
        "title": "X",
        "source": POLICY,
        "quote": "q",
        "subject": Officer,
        "check": _vague,
    }
    with pytest.raises(TypeError, match=message):
        Rule(**{**fields, **changes})


def test_rules_and_standards_are_immutable() -> None:
    from attrs.exceptions import FrozenInstanceError

    with pytest.raises(FrozenInstanceError):
        MAX_SCHOOLS.id = "other"
    with pytest.raises(FrozenInstanceError):
        del NASRO_MOU.title
    assert repr(MAX_SCHOOLS) == "Rule(id='district.max_schools', title='Covers few schools')"
    assert repr(NASRO_MOU) == "Standard(id='nasro-mou', title='NASRO MOU practice')"
