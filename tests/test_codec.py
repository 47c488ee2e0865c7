"""sro_domain.codec: JSON-compatible data for records, verdicts, sources and rules, and back."""

import contextlib
import functools
import json
import operator
import re
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sro_domain import (
    FEDERAL_DEFINITION,
    NC_TRAINING,
    NO_MOU,
    RULES,
    SOURCES,
    STANDARDS,
    Agency,
    Assignment,
    ConductKind,
    ConductRecord,
    Disposition,
    Funding,
    FundingProgram,
    Matter,
    Mou,
    Officer,
    Rule,
    School,
    ServicePeriod,
    SroAction,
    SroResponse,
    Standard,
    Training,
    Verdict,
    YearWeeks,
    __version__,
)
from sro_domain.codec import VERDICT_FORMAT, DecodeError, from_data, to_data
from sro_domain.examples import COMMUNITY_SRO, CRISIS_PLACEMENT, SECURITY_GUARD
from sro_domain.strategies import (
    agencies,
    assignments,
    conduct_records,
    mous,
    officers,
    schools,
    service_periods,
    sro_responses,
    trainings,
)
from sro_domain.strategies._records import fundings
from tests.budgets import budget
from tests.strategies import SUBJECTS, as_of_dates, in_force
from tests.test_properties import IDS, VARIANTS

MODELS: dict[type, st.SearchStrategy[Any]] = {
    Agency: agencies(),
    School: schools(),
    ServicePeriod: service_periods(),
    Training: trainings(),
    ConductRecord: conduct_records(),
    Officer: officers(),
    Mou: mous(),
    Assignment: assignments(),
    SroResponse: sro_responses(),
    YearWeeks: st.builds(YearWeeks, year=st.integers(1900, 2100), weeks=st.integers(0, 53)),
    Funding: fundings(),
}
NAMES = [model.__name__ for model in MODELS]


@pytest.mark.parametrize("model", list(MODELS), ids=NAMES)
@budget(50)
@given(data=st.data())
def test_round_trip(model: type, data: st.DataObject) -> None:
    """from_data(M, to_data(x)) == x, through real JSON text."""
    record = data.draw(MODELS[model])
    encoded = json.loads(json.dumps(to_data(record)))
    assert from_data(model, encoded) == record


def test_the_examples_round_trip() -> None:
    for example in (COMMUNITY_SRO, SECURITY_GUARD, CRISIS_PLACEMENT):
        assert from_data(Assignment, json.loads(json.dumps(to_data(example)))) == example
    assert to_data(SECURITY_GUARD)["mou"] == "no_mou"
    assert from_data(Assignment, {**to_data(SECURITY_GUARD), "mou": "no_mou"}).mou is NO_MOU


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _bases(model: type) -> list[Any]:
    """Valid records of each type, taken from the three example assignments."""
    found: list[Any] = []

    def walk(value: Any) -> None:
        if isinstance(value, model):
            found.append(value)
        if isinstance(value, (tuple, frozenset)):
            for item in value:
                walk(item)
        elif hasattr(type(value), "__attrs_attrs__"):
            for field in type(value).__attrs_attrs__:
                walk(getattr(value, field.name))

    extra = (
        ConductRecord(kind=ConductKind.COMPLAINT, on=date(2020, 1, 6), involves_youth=True,
                      disposition=Disposition.SUSTAINED),
        SroResponse(action=SroAction.ARREST, matter=Matter.CRIMINAL),
        Funding(program=FundingProgram.COPS_HIRING_PROGRAM, award_letter_on=date(2022, 9, 1)),
    )  # fmt: skip
    for example in (COMMUNITY_SRO, SECURITY_GUARD, CRISIS_PLACEMENT, *extra):
        walk(example)
    return found


def _nearly_valid(model: type) -> st.SearchStrategy[Any]:
    """Valid data with one field replaced by arbitrary JSON: the fuzz reaches the checks.

    The valid records come from the examples rather than from the record strategies, which
    would make 2,000 examples per type slow without reaching more of the decoder.
    """
    bases = [to_data(record) for record in _bases(model)]
    return st.sampled_from(bases).flatmap(
        lambda data: st.builds(
            lambda key, value: {**data, key: value}, st.sampled_from(sorted(data)), _json
        )
    )


@pytest.mark.parametrize("model", list(MODELS), ids=NAMES)
# 200 examples per record type: every type is covered, and the fast-path tests below put every
# near miss at every place of the example records besides.
@budget(100, deadline=None)
@given(data=st.data())
def test_decoding_anything_raises_only_decode_error(model: type, data: st.DataObject) -> None:
    value = data.draw(_json | _nearly_valid(model))
    error: DecodeError | None = None
    try:
        decoded: Any = from_data(model, value)
    except DecodeError as caught:
        error = caught
    if error is None:
        assert isinstance(decoded, model)
        return
    assert error.problems
    for path, message in error.problems:
        assert message
        _resolves(value, path)


def _positions(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value nested in JSON data, the data's own included."""
    found = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _positions(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _positions(item, (*at, index))
    return found


def _changed(data: Any, at: tuple[Any, ...], change: Any) -> Any:
    """A copy of ``data`` with ``change`` applied to the value at ``at``."""
    if not at:
        return change(data)
    head, rest = at[0], at[1:]
    if isinstance(data, dict):
        return {**data, head: _changed(data[head], rest, change)}
    return [_changed(item, rest, change) if i == head else item for i, item in enumerate(data)]


# Values near a boundary between what one decoder accepts and another might: numbers of every
# JSON kind, dates and decimals in almost the right form, strings no encoder can write.
_CONFUSABLE = [0, 1, -1, 2**63, 4.5, 40.0, -0.0, 1e16, True, False, None, "", " ", "x", "40", "39.5",
     "-4", "1e3", "4_0", " 40", "2024-02-30", "2024-2-3", "20240203", "2024-02-03", "no_mou",
     "\ud800", "police_department", "Police_Department", [], [None], {}, {"": 1}]  # fmt: skip


def _without(owner: Any, step: Any) -> Any:
    if isinstance(owner, dict):
        return {key: value for key, value in owner.items() if key != step}
    return [item for index, item in enumerate(owner) if index != step]


@st.composite
def _mutated(draw: st.DrawFn, model: type) -> Any:
    """A valid record's data with one change anywhere in it: a value, a removal, a new key."""
    data = to_data(draw(MODELS[model]))
    at = draw(st.sampled_from(_positions(data)))
    change = draw(st.sampled_from(["replace", "remove", "add"]))
    if change == "remove" and at:
        return _changed(data, at[:-1], lambda owner: _without(owner, at[-1]))
    if change == "add" and isinstance(functools.reduce(operator.getitem, at, data), dict):
        key, value = draw(st.text(max_size=8)), draw(_json)
        return _changed(data, at, lambda owner: {**owner, key: value})
    replacement = draw(st.sampled_from(_CONFUSABLE) | _json)
    return _changed(data, at, lambda _: replacement)


def _both_ways(model: type, value: Any) -> tuple[Any, Any, Any]:
    """What the fast path builds (``None``: it stopped), what the full decoder gives (a record,
    or its problems), and what ``from_data`` gives (the same).
    """
    from sro_domain.codec import _decode_fully, _fast, _NotFastError
    from sro_domain.errors import InvalidRecordError

    fast: Any = None
    with contextlib.suppress(_NotFastError, InvalidRecordError):
        fast = _fast(model)(value)
    try:
        full: Any = _decode_fully(model, value)
    except DecodeError as error:
        full = error.problems
    try:
        public: Any = from_data(model, value)
    except DecodeError as error:
        public = error.problems
    return fast, full, public


@pytest.mark.parametrize("model", list(MODELS), ids=NAMES)
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_the_fast_path_and_the_full_decoder_agree(model: type, data: st.DataObject) -> None:
    """Valid data gives one record either way; data the full decoder rejects, the fast path too.

    from_data tries the fast path first, so agreement means that it reports the full decoder's
    problems, paths included, for every input. On generated records, and on each with one
    change anywhere in it.
    """
    value = data.draw(MODELS[model].map(to_data) | _mutated(model) | _nearly_valid(model))
    fast, full, public = _both_ways(model, value)
    assert public == full
    assert fast == (None if isinstance(full, tuple) else full)
    # Equal is not enough: Decimal("40") == Decimal("40.0"), and the fast path sets its fields
    # without the records' converters.
    assert repr(fast) == repr(None if isinstance(full, tuple) else full)


@pytest.mark.parametrize("model", list(MODELS), ids=NAMES)
def test_the_fast_path_and_the_full_decoder_agree_on_every_near_miss(model: type) -> None:
    """Every value of ``_CONFUSABLE``, put in turn at every place of every example record."""
    disagreements = []
    checked = 0
    for base in {json.dumps(to_data(record), sort_keys=True) for record in _bases(model)}:
        data = json.loads(base)
        for at in _positions(data):
            for value in _CONFUSABLE:
                changed = _changed(data, at, lambda _, value=value: value)
                fast, full, public = _both_ways(model, changed)
                expected = None if isinstance(full, tuple) else full
                if public != full or fast != expected or repr(fast) != repr(expected):
                    disagreements.append((at, value))
                checked += 1
    assert disagreements == []
    assert checked >= len(_CONFUSABLE)


@attrs.frozen(kw_only=True)
class _Visit:
    """A user's own record type, whose ``__init__`` does more than set and validate fields."""

    built: ClassVar[list[str]] = []
    school: str
    hours: Decimal = attrs.field(converter=Decimal)
    days: tuple[int, ...] = attrs.field(factory=tuple)

    def __attrs_post_init__(self) -> None:
        self.built.append(self.school)


@attrs.frozen
class _Notes:
    lines: list[str]


def test_a_record_type_of_ones_own_is_built_through_its_init() -> None:
    """The fast path sets the library's records' fields itself; others' hooks still run."""
    visit = from_data(_Visit, {"school": "Enloe", "hours": "1.50", "days": [1, 2]})
    assert _Visit.built == ["Enloe"]
    assert visit == _Visit(school="Enloe", hours=Decimal("1.50"), days=(1, 2))
    assert repr(from_data(_Visit, {"school": "Enloe", "hours": 2}).hours) == "Decimal('2')"
    with pytest.raises(DecodeError) as caught:
        from_data(_Visit, {"hours": "1"})
    assert caught.value.problems == (("school", "is required"),)


def test_a_field_of_a_type_the_codec_does_not_read_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"cannot read a field annotated list\[str\]"):
        from_data(_Notes, {"lines": ["a"]})
    from sro_domain.codec import _decode_fully

    with pytest.raises(TypeError, match=r"cannot read a field annotated list\[str\]"):
        _decode_fully(_Notes, {"lines": ["a"]})


def _resolves(value: Any, path: str) -> None:
    """Every reported path exists in the input, or names a missing key of an object that does."""
    from sro_domain.codec import _steps

    steps = _steps(path)
    for number, step in enumerate(steps):
        if isinstance(step, int):
            value = value[step]
        elif number == len(steps) - 1 and step not in value:
            assert isinstance(value, dict)
        else:
            value = value[step]


def _officer(**changes: Any) -> dict[str, Any]:
    return {**to_data(COMMUNITY_SRO.officer), **changes}


def _assignment(**changes: Any) -> dict[str, Any]:
    return {**to_data(COMMUNITY_SRO), **changes}


def _training(**changes: Any) -> dict[str, Any]:
    return {**to_data(COMMUNITY_SRO.officer.trainings[0]), **changes}  # type: ignore[index]


MALFORMED: list[tuple[str, type, Any, str, str]] = [
    ("not an object", Officer, [], "", "must be an object (Officer), got []"),
    ("an unknown field", Officer, _officer(rank="sergeant"), "rank", "is not a field of Officer"),
    ("a missing id", Officer, {k: v for k, v in _officer().items() if k != "id"}, "id", "is required"),
    ("an empty id", Officer, _officer(id=""), "id", "must not be empty, got ''"),
    ("sworn as a string", Officer, _officer(sworn="yes"), "sworn", "must be true or false, got 'yes'"),
    ("sworn as 1", Officer, _officer(sworn=1), "sworn", "must be true or false, got 1"),
    ("periods not a list", Officer, _officer(service_periods="2016"), "service_periods", "must be a list, got '2016'"),
    ("a period without a start", Officer, _officer(service_periods=[{}]), "service_periods[0].start", "is required"),
    ("a date in another format", Officer, _officer(service_periods=[{"start": "07/05/2016"}]), "service_periods[0].start", "must be a date as YYYY-MM-DD, got '07/05/2016'"),
    ("an impossible date", Officer, _officer(service_periods=[{"start": "2023-02-29"}]), "service_periods[0].start", "must be a date as YYYY-MM-DD, got '2023-02-29'"),
    ("a period ending before it starts", Officer, _officer(service_periods=[{"start": "2020-01-01", "end": "2019-01-01"}]), "service_periods[0].end", "must not be before start (2020-01-01), got '2019-01-01'"),
    ("negative hours", Officer, _officer(trainings=[_training(hours="-4")]), "trainings[0].hours", "must be greater than 0, got '-4'"),
    ("hours as a float", Training, _training(hours=40.5), "hours", "must be a decimal number in plain notation as a string (\"39.5\") or a whole number, got 40.5"),
    ("hours as words", Training, _training(hours="forty"), "hours", "must be a decimal number in plain notation as a string (\"39.5\") or a whole number, got 'forty'"),
    ("infinite hours", Training, _training(hours="Infinity"), "hours", "must be a decimal number in plain notation as a string (\"39.5\") or a whole number, got 'Infinity'"),
    ("hours with an exponent", Training, _training(hours="4E+1"), "hours", "must be a decimal number in plain notation as a string (\"39.5\") or a whole number, got '4E+1'"),
    ("hours with an underscore", Training, _training(hours="4_0"), "hours", "must be a decimal number in plain notation as a string (\"39.5\") or a whole number, got '4_0'"),
    ("an ISO week date", Training, _training(completed_on="2024-W01-1"), "completed_on", "must be a date as YYYY-MM-DD, got '2024-W01-1'"),
    ("an unknown training kind", Training, _training(kind="karate"), "kind", "must be one of 'school_policing', 'nc_basic_sro', 'advanced_school_policing', 'basic_law_enforcement', 'dare', 'training_waiver', 'other', got 'karate'"),
    ("a role by its title", Training, _training(roles=["Teacher"]), "roles[0]", "must be one of 'law_enforcement', 'counselor', 'educator', got 'Teacher'"),
    ("an enum by its name", Agency, {"name": "X", "kind": "POLICE_DEPARTMENT"}, "kind", "must be one of 'police_department', 'sheriffs_office', 'state_police', 'school_district_police', 'other_law_enforcement', 'school_district', 'private_security', got 'POLICE_DEPARTMENT'"),
    ("no schools", Assignment, _assignment(schools=[]), "schools", "must hold at least one School, got []"),
    ("a school without a level", Assignment, _assignment(schools=[{"name": "Enloe"}]), "schools[0].level", "is required"),
    ("an MOU as true", Assignment, _assignment(mou=True), "mou", "must be an object (Mou), got True"),
    ("a purpose by number", Assignment, _assignment(purposes=[1]), "purposes[0]", "must be one of 'A', 'B', 'C', 'D', 'E', 'F', 'G', got 1"),
    ("a share above one", Assignment, _assignment(share_in_schools="1.5"), "share_in_schools", "must be a share from 0 to 1, got '1.5'"),
    ("weeks beyond a year", Assignment, _assignment(weeks_per_year=[{"year": 2024, "weeks": 60}]), "weeks_per_year[0].weeks", "must be from 0 to 53, got 60"),
    ("a nested officer's bad field", Assignment, _assignment(officer=_officer(volunteered="no")), "officer.volunteered", "must be true or false, got 'no'"),
    ("a response with no action", SroResponse, {"matter": "criminal"}, "action", "is required"),
    ("a year as a string", YearWeeks, {"year": "2024", "weeks": 3}, "year", "must be a whole number, got '2024'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "model", "data", "path", "message"), MALFORMED, ids=[case[0] for case in MALFORMED]
)
def test_malformed_records(case: str, model: type, data: Any, path: str, message: str) -> None:
    with pytest.raises(DecodeError) as caught:
        from_data(model, data)
    assert (path, message) in caught.value.problems
    assert isinstance(caught.value, ValueError)


def test_at_least_25_malformed_records() -> None:
    assert len(MALFORMED) >= 25


def test_every_problem_is_reported_at_once() -> None:
    data = _officer(
        sworn="yes", trainings=[_training(hours="-4"), _training(kind="karate")], rank=1
    )
    with pytest.raises(DecodeError) as caught:
        from_data(Officer, data)
    paths = [path for path, _ in caught.value.problems]
    assert sorted(paths) == ["rank", "sworn", "trainings[0].hours", "trainings[1].kind"]
    assert str(caught.value).startswith("4 problems decoding Officer:\n")


def test_verdicts_carry_a_format_tag_and_the_library_version() -> None:
    verdict = FEDERAL_DEFINITION.evaluate(CRISIS_PLACEMENT, as_of=date(2024, 3, 1))
    data = json.loads(json.dumps(to_data(verdict)))
    assert data["format"] == VERDICT_FORMAT
    assert data["library_version"] == __version__
    assert data["outcome"] == "not_met"
    assert [child["id"] for child in data["children"]] == [r.id for r in FEDERAL_DEFINITION.rules]
    community = next(c for c in data["children"] if c["id"] == "federal.community_policing")
    assert community["missing"] == ["assignment.community_oriented_policing"]
    assert "format" not in data["children"][0]


def test_verdicts_say_whether_the_standard_applies() -> None:
    """Format 2: every node carries `applies`; a standard's node its scope's verdict (S1)."""
    verdict = NC_TRAINING.evaluate(CRISIS_PLACEMENT, as_of=date(2024, 3, 1))
    data = json.loads(json.dumps(to_data(verdict)))
    assert VERDICT_FORMAT == "sro_domain.verdict/2"
    assert (data["outcome"], data["applies"]) == ("met", "not_met")
    assert data["reason"].startswith("not reached: ")
    assert data["scope"]["id"] == "nc-training-scope"
    assert data["scope"]["outcome"] == "not_met"
    assert {child["applies"] for child in data["children"]} == {"not_met"}
    plain = to_data(FEDERAL_DEFINITION.evaluate(CRISIS_PLACEMENT, as_of=date(2024, 3, 1)))
    assert (plain["applies"], plain["scope"]) == ("met", None)


def test_sources_and_rules() -> None:
    source = to_data(SOURCES["usc-34-10389-4"])
    assert source["effective_from"] == "1998-10-27"
    assert source["kind"] == "statute"
    rule = to_data(RULES["nasro.selection.experience"])
    assert rule["parameters"] == {"min_years": 3}
    assert rule["subject"] == "Officer"
    assert (
        to_data(RULES["nasro.selection.clean_record"])["parameters"]["disqualifying_dispositions"][
            0
        ]
        == "exonerated"
    )


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="to_data takes"):
        to_data(object())
    with pytest.raises(TypeError, match="from_data takes a record type"):
        from_data(dict, {})
    from sro_domain.codec import _encode

    with pytest.raises(TypeError, match="cannot encode object"):
        _encode({"fact": object()})


# Standards of the registry and their variants (a composition of one's own has its own title).
REGISTERED = [
    (v, i) for v, i in zip(VARIANTS, IDS, strict=True) if STANDARDS[v.id].title == v.title
]


@pytest.mark.parametrize("standard", [v for v, _ in REGISTERED], ids=[i for _, i in REGISTERED])
@budget(8, deadline=None)
@given(data=st.data(), as_of=as_of_dates)
def test_verdicts_read_back_what_to_data_wrote(
    standard: Standard, data: st.DataObject, as_of: date
) -> None:
    """Dashboards store verdicts and reload them: to_data(from_data(Verdict, d)) == d."""
    as_of = in_force(standard, as_of)
    verdict = standard.evaluate(data.draw(SUBJECTS[standard.subject]), as_of=as_of)
    written = json.loads(json.dumps(to_data(verdict)))
    read = from_data(Verdict, written)
    assert read.outcome is verdict.outcome
    assert read.applies is verdict.applies
    assert read.missing == verdict.missing
    assert to_data(read) == written


def test_a_stored_verdict_with_an_unknown_id_or_format_is_a_clear_error() -> None:
    written = to_data(NC_TRAINING.evaluate(CRISIS_PLACEMENT, as_of=date(2024, 3, 1)))
    written["format"] = "sro_domain.verdict/1"
    written["children"][0]["id"] = "nc.training.no_such_rule"
    written["scope"]["outcome"] = "perhaps"
    with pytest.raises(DecodeError) as caught:
        from_data(Verdict, written)
    paths = [path for path, _ in caught.value.problems]
    assert paths == ["format", "children[0].id", "scope.outcome"]
    assert "must be the id of a rule of sro_domain" in str(caught.value)


def test_the_version_is_the_changelogs_latest_release_and_every_verdict_carries_it() -> None:
    from pathlib import Path

    from sro_domain.codec import RULESET, _fingerprint

    changelog = (Path(__file__).resolve().parent.parent / "CHANGELOG.md").read_text("utf-8")
    releases = re.findall(r"^## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}$", changelog, re.M)
    assert releases[0] == __version__, "CHANGELOG.md's latest release must be __version__"
    data = to_data(FEDERAL_DEFINITION.evaluate(COMMUNITY_SRO, as_of=date(2024, 9, 3)))
    assert (data["library_version"], data["ruleset"]) == (__version__, RULESET)
    assert re.fullmatch(r"sha256:[0-9a-f]{16}", RULESET)
    # The fingerprint follows the words: another quote gives another rule set.
    rule = RULES["nasro.triad"]
    reworded = Rule(id=rule.id, title=rule.title, source=rule.source, quote=rule.quote + "!",
                    subject=rule.subject, check=rule.check)  # fmt: skip
    others = [r for r in RULES.values() if r is not rule]
    assert _fingerprint([*others, reworded], STANDARDS.values()) != _fingerprint(
        RULES.values(), STANDARDS.values()
    )
