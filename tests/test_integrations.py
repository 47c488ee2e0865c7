"""The optional integrations: pydantic (and FastAPI through it), and flat rows for tables."""

import copy
import csv
import functools
import io
import json
from typing import Annotated, Any

import pydantic
import pytest
from fastapi import Body, FastAPI
from hypothesis import given, settings
from hypothesis import strategies as st

from sro_domain import NASRO_SELECTION, Assignment, Officer, Standard, Training, Verdict
from sro_domain._pydantic import location
from sro_domain.codec import ROW_FIELDS, DecodeError, from_data, to_csv, to_data, to_rows
from sro_domain.examples import COMMUNITY_SRO
from sro_domain.schema import schema_for
from tests.budgets import budget
from tests.strategies import as_of_dates, in_force
from tests.test_codec import MODELS, NAMES, _json, _nearly_valid
from tests.test_properties import IDS, VARIANTS, subjects_for


@functools.cache
def _adapter(model: type) -> pydantic.TypeAdapter[Any]:
    return pydantic.TypeAdapter(model)


def _resolved(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema_for``'s schema with its references replaced by what they name."""
    definitions = schema.get("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return walk(definitions[node["$ref"].rpartition("/")[2]])
            return {key: walk(value) for key, value in node.items() if key != "$defs"}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    resolved = walk(schema)
    del resolved["$schema"]
    return resolved  # type: ignore[no-any-return]


# --- pydantic --------------------------------------------------------------------------------


@pytest.mark.parametrize("model", list(MODELS), ids=NAMES)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_pydantic_decides_as_the_codec_does(model: type, data: st.DataObject) -> None:
    """Valid JSON gives the codec's record; invalid JSON, the codec's problems at its paths."""
    value = data.draw(MODELS[model].map(to_data) | _nearly_valid(model) | _json)
    text = json.dumps(value)
    problems: tuple[tuple[str, str], ...] = ()
    expected: Any = None
    try:
        expected = from_data(model, json.loads(text))
    except DecodeError as error:
        problems = error.problems
    if not problems:
        assert _adapter(model).validate_json(text) == expected
        assert _adapter(model).validate_python(json.loads(text)) == expected
        return
    with pytest.raises(pydantic.ValidationError) as caught:
        _adapter(model).validate_json(text)
    found = [(tuple(e["loc"]), e["msg"], e["type"]) for e in caught.value.errors()]
    assert found == [(location(path), message, "sro_domain") for path, message in problems]


def test_an_error_path_is_split_into_its_parts() -> None:
    """A list index is a number; a key that is not a name is kept as the data gave it."""
    data = {**to_data(COMMUNITY_SRO), "my key": 1}
    data["officer"]["trainings"][0]["hours"] = "-4"
    with pytest.raises(DecodeError) as decoded:
        from_data(Assignment, data)
    paths = [path for path, _ in decoded.value.problems]
    assert paths == ['["my key"]', "officer.trainings[0].hours"]
    assert [location(path) for path in paths] == [("my key",), ("officer", "trainings", 0, "hours")]
    with pytest.raises(pydantic.ValidationError) as caught:
        _adapter(Assignment).validate_python(data)
    [stranger, hours] = caught.value.errors()
    assert (stranger["loc"], stranger["input"]) == (("my key",), 1)
    assert (hours["loc"], hours["input"]) == (("officer", "trainings", 0, "hours"), "-4")
    assert hours["msg"] == "must be greater than 0, got '-4'"


def test_a_missing_field_reports_the_object_it_is_missing_from() -> None:
    with pytest.raises(pydantic.ValidationError) as caught:
        _adapter(Training).validate_python({"course": "Basic", "kind": "other", "hours": "8"})
    [error] = caught.value.errors()
    assert error["loc"] == ("completed_on",)
    assert error["input"] == {"course": "Basic", "kind": "other", "hours": "8"}


def test_a_record_in_a_pydantic_model() -> None:
    """Records are fields like any other: given as records or as data, dumped as data."""

    class Posting(pydantic.BaseModel):
        assignment: Assignment
        backups: list[Officer] = []

    posting = Posting(assignment=COMMUNITY_SRO)
    assert posting.assignment is COMMUNITY_SRO
    dumped = posting.model_dump()
    assert dumped["assignment"] == to_data(COMMUNITY_SRO)
    assert Posting.model_validate_json(posting.model_dump_json()) == posting
    with pytest.raises(pydantic.ValidationError) as caught:
        Posting.model_validate({"assignment": to_data(COMMUNITY_SRO), "backups": [{"id": " "}]})
    [error] = caught.value.errors()
    assert error["loc"] == ("backups", 0, "id")


@pytest.mark.parametrize("model", list(MODELS), ids=NAMES)
def test_the_json_schema_is_the_librarys(model: type) -> None:
    """Pydantic's JSON Schema and an OpenAPI component are ``schema_for``'s, references resolved."""
    expected = _resolved(schema_for(model))
    assert _adapter(model).json_schema() == expected

    app = FastAPI()

    @app.post("/records")
    def accept(record: Annotated[model, Body()]) -> None:  # type: ignore[valid-type]
        """Accept one record."""

    components = app.openapi()["components"]["schemas"]
    assert components[model.__name__] == expected
    body = app.openapi()["paths"]["/records"]["post"]["requestBody"]["content"]
    assert body["application/json"]["schema"] == {"$ref": f"#/components/schemas/{model.__name__}"}


def test_the_schema_is_not_shared_with_pydantic() -> None:
    """A caller editing pydantic's schema does not change what the library reports."""
    schema = _adapter(Officer).json_schema()
    before = copy.deepcopy(schema_for(Officer))
    schema["properties"].clear()
    assert schema_for(Officer) == before
    assert _adapter(Officer).json_schema()["properties"]


# --- rows ------------------------------------------------------------------------------------


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@budget(8)  # a row is a leaf written out: the shapes test covers its parts
@given(data=st.data())
def test_one_row_per_leaf_with_the_leafs_outcome(standard: Standard, data: st.DataObject) -> None:
    subject = data.draw(subjects_for(standard))
    verdict = standard.evaluate(subject, as_of=in_force(standard, data.draw(as_of_dates)))
    rows = to_rows(verdict, record="roster.jsonl:7")
    leaves = list(verdict.leaves())
    assert len(rows) == len(leaves)
    for row, leaf in zip(rows, leaves, strict=True):
        assert list(row) == ["record", *ROW_FIELDS]
        assert row["record"] == "roster.jsonl:7"
        assert row["standard"] == verdict.id
        assert (row["rule"], row["outcome"], row["applies"]) == (
            leaf.id, leaf.outcome.value, leaf.applies.value,
        )  # fmt: skip
        assert row["reason"] == leaf.reason
        assert row["missing"] == tuple(sorted(leaf.missing))


def _written(*rows: list[str]) -> str:
    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerows(rows)
    return text.getvalue()


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@budget(8)
@given(data=st.data(), record=st.text(), subject=st.none() | st.text())
def test_csv_text_is_the_rows_as_csv_writer_writes_them(
    standard: Standard, data: st.DataObject, record: str, subject: str | None
) -> None:
    """to_csv is to_rows through csv.writer, cell for cell, and csv.reader reads it back."""
    verdict = standard.evaluate(
        data.draw(subjects_for(standard)),
        as_of=in_force(standard, data.draw(as_of_dates)),
    )
    cells = [
        ["" if value is None else " ".join(value) if isinstance(value, tuple) else str(value)
         for value in row.values()]
        for row in to_rows(verdict, record=record, subject=subject)
    ]  # fmt: skip
    text = to_csv(verdict, record=record, subject=subject)
    assert list(csv.reader(io.StringIO(text, newline=""))) == cells
    # csv.writer quotes a lone carriage return from Python 3.13 only; to_csv always does.
    if "\r" not in text:
        assert text == _written(*cells)


def test_csv_cells_are_quoted_only_when_they_must_be() -> None:
    """RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, quotes doubled."""
    verdict = NASRO_SELECTION.evaluate(Officer(id="A-17"), as_of=COMMUNITY_SRO.start)
    lines = [
        to_csv(verdict, record=record).split("\n")[0].split(",nasro-selection,")[0]
        for record in ("plain", "a,b", 'say "hi"', "two\nlines", "cr\ronly", " spaced", "")
    ]
    assert lines == ["plain", '"a,b"', '"say ""hi"""', '"two', '"cr\ronly"', " spaced", ""]


def test_csv_text_refuses_what_is_not_a_verdict_and_columns_that_clash() -> None:
    verdict = NASRO_SELECTION.evaluate(Officer(id="A-17"), as_of=COMMUNITY_SRO.start)
    with pytest.raises(TypeError, match="to_csv takes a Verdict, got Officer"):
        to_csv(Officer(id="A-17"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="column 'reason' is one of its own fields"):
        to_csv(verdict, reason="mine")


def test_rows_refuse_what_is_not_a_verdict_and_columns_that_clash() -> None:
    verdict = NASRO_SELECTION.evaluate(Officer(id="A-17"), as_of=COMMUNITY_SRO.start)
    assert isinstance(verdict, Verdict)
    with pytest.raises(TypeError, match="to_rows takes a Verdict, got Officer"):
        to_rows(Officer(id="A-17"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="column 'rule' is one of its own fields"):
        to_rows(verdict, rule="mine")
    assert to_rows(verdict) == [
        {key: value for key, value in row.items() if key != "officer"}
        for row in to_rows(verdict, officer="A-17")
    ]
