"""sro_domain.schema: a JSON Schema for every record, generated from the records."""

import json
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain.codec import to_data
from sro_domain.schema import DRAFT, MODELS, schema_for
from tests.budgets import budget
from tests.test_codec import MODELS as STRATEGIES

VALIDATORS = {
    name: jsonschema.Draft202012Validator(
        schema_for(model), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for name, model in MODELS.items()
}


@pytest.mark.parametrize("name", list(MODELS))
def test_every_schema_is_a_valid_2020_12_schema(name: str) -> None:
    schema = schema_for(MODELS[name])
    assert schema["$schema"] == DRAFT
    jsonschema.Draft202012Validator.check_schema(schema)
    json.dumps(schema)


@pytest.mark.parametrize("name", list(MODELS))
def test_properties_and_required_are_the_records_fields(name: str) -> None:
    """The schema cannot drift: its properties are the fields, required the fields without defaults."""
    model = MODELS[name]
    schema = schema_for(model)
    fields = attrs.fields(model)
    assert list(schema["properties"]) == [field.name for field in fields]
    assert schema["required"] == [f.name for f in fields if f.default is attrs.NOTHING]
    assert schema["title"] == name
    assert schema["description"]
    for field in fields:
        assert schema["properties"][field.name]["description"] == field.metadata["description"]


@pytest.mark.parametrize("model", list(STRATEGIES), ids=[m.__name__ for m in STRATEGIES])
@budget(50)
@given(data=st.data())
def test_every_encoded_record_validates(model: type, data: st.DataObject) -> None:
    record = data.draw(STRATEGIES[model])
    errors = VALIDATORS[model.__name__].iter_errors(json.loads(json.dumps(to_data(record))))
    assert [error.message for error in errors] == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("Agency", {"name": "X"}),
        ("Agency", {"name": "X", "kind": "POLICE"}),
        ("Agency", {"name": " ", "kind": "police_department"}),
        ("Agency", {"name": "X", "kind": "police_department", "rank": 1}),
        ("Training", {"course": "C", "kind": "dare", "hours": 1.5, "completed_on": "2024-01-01"}),
        ("Training", {"course": "C", "kind": "dare", "hours": "8", "completed_on": "01/01/2024"}),
        ("Assignment", {"officer": {"id": "A"}, "agency": {"name": "X", "kind": "police_department"},
                        "schools": [], "start": "2024-01-01"}),
    ],
    ids=["a missing kind", "an enum by name", "a blank name", "an extra key", "float hours",
         "a date in another format", "no school"],
)  # fmt: skip
def test_schemas_reject_what_the_records_reject(name: str, data: Any) -> None:
    assert not VALIDATORS[name].is_valid(data)


def test_schema_for_needs_a_record() -> None:
    with pytest.raises(TypeError, match="record type"):
        schema_for(dict)


# Each form: (field, value, decodes). The decoder reads dates as YYYY-MM-DD and decimals in
# plain notation only, identically on every supported Python (decision D8); the schema agrees.
FORMS = [
    ("completed_on", "2024-01-08", True),
    ("completed_on", "2024W011xx", False),
    ("completed_on", "2024-W01-1", False),
    ("completed_on", "20240108", False),
    ("completed_on", " 2024-01-08", False),
    ("completed_on", "２０２４-01-08", False),
    ("completed_on", "2024-02-30", False),
    ("hours", "39.5", True),
    ("hours", "40", True),
    ("hours", 40, True),
    ("hours", "4_0", False),
    ("hours", "1E+2", False),
    ("hours", " 40", False),
    ("hours", "40.", False),
    ("hours", ".5", False),
    ("hours", "NaN", False),
    ("hours", "Infinity", False),
    ("hours", "+4", False),
    ("hours", "0", False),
    ("hours", "0.0", False),
    ("hours", "-4", False),
    ("hours", 0, False),
    ("hours", 40.0, True),  # one JSON number type: 40.0 is the whole number 40
    ("hours", 40.5, False),
    ("hours", "1000001", False),
    ("hours", 1000001, False),
    ("hours", "1000000", True),
    ("hours", "1000000.5", False),
    ("hours", "0." + "0" * 29 + "1", True),
    ("hours", "0." + "0" * 30 + "1", False),
]


@pytest.mark.parametrize(("field", "value", "decodes"), FORMS, ids=[repr(f[1]) for f in FORMS])
def test_the_schema_and_the_decoder_agree_on_forms(field: str, value: Any, decodes: bool) -> None:
    from sro_domain import Training
    from sro_domain.codec import DecodeError, from_data

    data = {"course": "C", "kind": "school_policing", "hours": "8", "completed_on": "2024-01-08",
            "roles": [], field: value}  # fmt: skip
    problems: tuple[tuple[str, str], ...] = ()
    try:
        from_data(Training, data)
    except DecodeError as error:
        problems = error.problems
    assert [path for path, _ in problems] == ([] if decodes else [field])
    assert VALIDATORS["Training"].is_valid(data) is decodes


@pytest.mark.parametrize(
    ("share", "valid"),
    [("0.75", True), ("1", True), ("1.00", True), ("0", True), ("1.01", False), ("2", False),
     (1, True), (2, False), ("0.7499", True), ("-0.5", False), (".5", False)],
)  # fmt: skip
def test_shares_from_0_to_1(share: Any, valid: bool) -> None:
    schema = VALIDATORS["Assignment"].schema["properties"]["share_in_schools"]
    assert jsonschema.Draft202012Validator(schema).is_valid(share) is valid


# What a JSON Schema cannot say, the decoder still checks: an end before its start, a weekly
# plan the dates do not cover or with a year twice, a dated submission marked "not submitted"
# (decision D8). Only these may pass the schema and fail the decoder.
CROSS_FIELD = {"end", "weeks_per_year", "submitted"}


@pytest.mark.parametrize("name", list(MODELS))
@budget(75, deadline=None)
@given(data=st.data())
def test_the_schema_and_the_decoder_agree_on_mutated_data(name: str, data: st.DataObject) -> None:
    """A valid record with one field replaced by arbitrary JSON: what the decoder takes the
    schema takes, and what the schema takes the decoder takes, but for what no schema can say.
    """
    from sro_domain.codec import DecodeError, from_data
    from tests.test_codec import _nearly_valid

    value = data.draw(_nearly_valid(MODELS[name]))
    problems: tuple[tuple[str, str], ...] = ()
    try:
        from_data(MODELS[name], value)
    except DecodeError as error:
        problems = error.problems
    if not problems:
        assert VALIDATORS[name].is_valid(value)
    elif VALIDATORS[name].is_valid(value):
        fields = {path.split(".")[-1].split("[")[0] for path, _ in problems}
        assert fields <= CROSS_FIELD, problems
