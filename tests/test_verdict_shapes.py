"""The shapes of a JSON verdict (full, leaves, summary): their text, schemas and read-back."""

import json
from datetime import date
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sro_domain import (
    NASRO_ASSIGNMENT,
    NASRO_SELECTION,
    STANDARDS,
    Officer,
    Outcome,
    Standard,
    Verdict,
)
from sro_domain.codec import DETAILS, DecodeError, from_data, to_data, to_json
from sro_domain.examples import COMMUNITY_SRO, CRISIS_PLACEMENT
from sro_domain.schema import verdict_schema
from tests.budgets import budget
from tests.strategies import as_of_dates, in_force
from tests.test_properties import IDS, VARIANTS, subjects_for

AS_OF = date(2024, 9, 3)
CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER


@pytest.mark.parametrize("standard", VARIANTS, ids=IDS)
@budget(8)  # three shapes, each written twice, validated and read back
@given(data=st.data())
def test_every_shape_is_its_schema_its_text_and_reads_back(
    standard: Standard, data: st.DataObject
) -> None:
    """to_json is json.dumps of to_data, to the character; from_data reads each shape back."""
    verdict = standard.evaluate(
        data.draw(subjects_for(standard)), as_of=in_force(standard, data.draw(as_of_dates))
    )
    for detail in DETAILS:
        written = to_data(verdict, detail=detail)
        assert to_json(verdict, detail=detail) == json.dumps(written)
        assert to_json(verdict, detail=detail, record="f:1") == json.dumps(
            {"record": "f:1", **written}
        )
        jsonschema.validate(written, verdict_schema(detail), format_checker=CHECKER)
        if STANDARDS.get(standard.id, standard).title != standard.title:
            continue  # a composition under a built-in id reads back as the built-in
        again = from_data(Verdict, json.loads(json.dumps(written)))
        assert to_data(again, detail=detail) == written
        assert (again.outcome, again.applies, again.missing) == (
            verdict.outcome, verdict.applies, verdict.missing,
        )  # fmt: skip


def test_the_compact_shapes_say_less() -> None:
    """Leaves drop the quotes and titles; a summary keeps only what fails and what is unknown."""
    verdict = NASRO_ASSIGNMENT.evaluate(CRISIS_PLACEMENT, as_of=AS_OF)
    full, leaves, summary = (to_data(verdict, detail=detail) for detail in DETAILS)
    assert "quote" not in json.dumps(leaves)
    assert [rule["id"] for rule in leaves["rules"]] == [leaf.id for leaf in verdict.leaves()]
    assert summary["failing"] == [leaf.id for leaf in verdict.failures()]
    assert summary["failing"]  # the crisis placement fails NASRO practice
    assert len(json.dumps(summary)) < len(json.dumps(leaves)) < len(json.dumps(full)) / 2
    back = from_data(Verdict, summary)
    assert [leaf.id for leaf in back.failures()] == summary["failing"]
    assert {leaf.reason for leaf in back.leaves()} == {"not met (a summary keeps no reason)"}


def test_shapes_are_checked() -> None:
    verdict = NASRO_SELECTION.evaluate(Officer(id="A-17"), as_of=AS_OF)
    with pytest.raises(ValueError, match="detail must be one of full, leaves, summary, got 'all'"):
        to_data(verdict, detail="all")
    with pytest.raises(ValueError, match="detail must be one of full, leaves, summary"):
        to_json(verdict, detail="all")
    with pytest.raises(ValueError, match="detail must be one of"):
        verdict_schema("all")
    for detail in DETAILS:
        with pytest.raises(TypeError, match="column 'outcome' is one of the verdict's own keys"):
            to_json(verdict, detail=detail, outcome="mine")


def _problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(DecodeError) as caught:
        from_data(Verdict, data)
    return list(caught.value.problems)


def test_a_bad_compact_verdict_names_every_problem_and_its_path() -> None:
    leaves = to_data(NASRO_ASSIGNMENT.evaluate(COMMUNITY_SRO, as_of=AS_OF), detail="leaves")
    leaves["rules"][1] = {**leaves["rules"][1], "id": "nasro.nope", "outcome": "yes"}
    del leaves["rules"][2]["reason"]
    leaves["rules"][3] = "federal.sworn_authority"
    assert _problems({**leaves, "as_of": "2024-02-30"}) == [
        ("as_of", "must be a date as YYYY-MM-DD, got '2024-02-30'"),
        ("rules[1].id", "must be the id of a rule of sro_domain 0.2.0, got 'nasro.nope'"),
        ("rules[1].outcome", "must be one of 'met', 'not_met', 'unknown', got 'yes'"),
        ("rules[2].reason", "is required"),
        ("rules[3]", "must be an object, got 'federal.sworn_authority'"),
    ]
    summary = to_data(NASRO_ASSIGNMENT.evaluate(COMMUNITY_SRO, as_of=AS_OF), detail="summary")
    assert _problems({**summary, "failing": ["nasro.nope"], "missing": "none"}) == [
        ("missing", "must be a list of paths, got 'none'"),
        ("failing[0]", "must be the id of a rule of sro_domain 0.2.0, got 'nasro.nope'"),
    ]
    assert _problems({**summary, "detail": "leaves", "rules": {}}) == [
        ("rules", "must be a list, got {}")
    ]
    fine = to_data(NASRO_ASSIGNMENT.evaluate(COMMUNITY_SRO, as_of=AS_OF), detail="leaves")
    fine["rules"][0]["facts"] = ["hours"]
    assert _problems(fine) == [("rules[0].facts", "must be an object, got ['hours']")]
    assert _problems({**summary, "detail": "brief"}) == [
        ("detail", "must be one of 'full', 'leaves', 'summary', got 'brief'")
    ]
    assert _problems({key: summary[key] for key in ("format", "detail")}) == [
        (key, "is required") for key in ("id", "outcome", "applies", "as_of", "missing", "failing")
    ]


def test_the_full_schema_names_every_key_the_codec_writes() -> None:
    from sro_domain.codec import _VERDICT_KEYS
    from sro_domain.schema import _NODE_KEYS

    written = to_data(NASRO_SELECTION.evaluate(Officer(id="A-17"), as_of=AS_OF))
    node_keys = set(written) - {"format", "library_version", "ruleset"}
    assert set(_NODE_KEYS) == node_keys == _VERDICT_KEYS, (
        "src/sro_domain/schema.py _NODE_KEYS and src/sro_domain/codec.py _VERDICT_KEYS must "
        "name every key codec._verdict writes"
    )


def test_the_text_kept_for_rules_and_parameters_stays_bounded() -> None:
    """Standards built on the fly (one per request, say) do not grow the encoder's memory."""
    from types import MappingProxyType

    from sro_domain import codec

    rule = NASRO_SELECTION.parts[-1]
    for index in range(4_100):
        built = Standard(id=f"s{index}", title="T", subject=Officer,
                         source=NASRO_SELECTION.source, parts=[rule])  # fmt: skip
        parameters = MappingProxyType({"n": index})
        parts = codec._node_parts(Verdict(built, Outcome.MET, AS_OF, parameters=parameters))
        assert parts[0].startswith(f'{{"id": "s{index}"')
        assert parts[2] == f', "parameters": {{"n": {index}}}, "missing": '
        assert codec._mapping_json({f"fact {index}": index}) == f'{{"fact {index}": {index}}}'
    assert len(codec._NODE_TEXT) <= 4_096
    assert len(codec._KEY_TEXT) <= 4_096
    verdict = NASRO_SELECTION.evaluate(Officer(id="A"), as_of=AS_OF)
    assert to_json(verdict) == json.dumps(to_data(verdict))


def _no_such_encoder(*arguments: object) -> object:
    raise TypeError(f"takes no {len(arguments)} arguments")


@pytest.mark.parametrize(
    "make",
    [json.encoder.c_make_encoder, None, _no_such_encoder],  # type: ignore[attr-defined]
    ids=["C encoder", "no C encoder", "another signature"],
)
def test_facts_are_written_as_json_dumps_writes_them_with_or_without_the_c_encoder(
    make: Any,
) -> None:
    from decimal import Decimal

    from sro_domain import Role, TrainingKind
    from sro_domain.codec import _dict_encoder, _json_default

    facts = {
        "completed_on": date(2024, 2, 29),
        "hours": Decimal("39.5"),
        "kind": TrainingKind.SCHOOL_POLICING,
        "roles": (Role.EDUCATOR, Role.LAW_ENFORCEMENT),
        "courses": 3,
        "ratio": 0.5,
        "waived": None,
        "named": 'Grüße "quoted"',
    }
    assert _dict_encoder(make)(facts) == json.dumps(facts, default=_json_default)


def _members() -> st.SearchStrategy[Any]:
    import enum

    from sro_domain import models

    class Level(enum.Enum):  # a user's enum of numbers: left to the C encoder
        LOW = 1

    class Word(str, enum.Enum):  # a str too: the C encoder writes it as the str it is
        A = "a"

    kinds: list[Any] = [
        value
        for value in vars(models).values()
        if isinstance(value, type) and issubclass(value, enum.Enum) and list(value)
    ]
    return st.sampled_from([*kinds, Level, Word]).flatmap(st.sampled_from)


_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.dates()
    | st.decimals(allow_nan=False, places=2) | st.floats() | _members()
)  # fmt: skip
_FACT_VALUES = st.recursive(
    _SCALARS, lambda inner: st.tuples(inner, inner) | st.lists(inner, max_size=3).map(tuple)
    | st.frozensets(st.integers(), max_size=2), max_leaves=6,
)  # fmt: skip


@budget(4)
@given(facts=st.dictionaries(st.text(max_size=6) | st.integers(), _FACT_VALUES, max_size=4))
def test_facts_are_written_as_the_c_encoder_writes_them(facts: dict[Any, Any]) -> None:
    """The codec writes what it knows by type, and leaves the rest to the C encoder, alike."""
    from sro_domain.codec import _encode_dict, _mapping_json

    assert _mapping_json(facts) == _encode_dict(dict(facts))
    assert _mapping_json(facts) == _mapping_json(facts)  # what it learnt changes nothing
