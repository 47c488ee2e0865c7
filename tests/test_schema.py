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
