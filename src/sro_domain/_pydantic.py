"""The pydantic adapter: records validated by the codec, described by their JSON Schema.

Installed with ``pip install 'sro_domain[pydantic]'``. Nothing imports this module but the
``__get_pydantic_core_schema__`` hook every record carries, which pydantic calls the first time
it meets a record type (``pydantic.TypeAdapter(Officer)``, a ``BaseModel`` field, a FastAPI
parameter). So:

- validation is :func:`sro_domain.codec.from_data`: the same rules, and every problem it finds
  becomes one pydantic error whose ``loc`` is the codec's path, split into its parts
  (``officer.trainings[2].hours`` is ``("officer", "trainings", 2, "hours")``);
- serialization is :func:`sro_domain.codec.to_data`;
- the JSON Schema is :func:`sro_domain.schema.schema_for`'s, with the nested records written
  in place (pydantic lists the record itself under its own name, as an OpenAPI component).
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError
from pydantic_core import core_schema as cs

from sro_domain import codec
from sro_domain.schema import schema_for

__all__ = ["core_schema", "location"]

_ERROR_TYPE = "sro_domain"  # every error the codec reports; its message says which rule it broke
_REF = "#/$defs/"


def location(path: str) -> tuple[str | int, ...]:
    """A codec path as pydantic's ``loc``: ``"trainings[2].hours"`` is ``("trainings", 2, "hours")``."""
    return codec._steps(path)


def _input_at(data: Any, loc: tuple[str | int, ...]) -> Any:
    """The value a problem is about; for a missing field, the object it is missing from."""
    value = data
    for part in loc:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            break
    return value


def _inlined(schema: Any, definitions: dict[str, Any]) -> Any:
    """``schema`` with every ``{"$ref": "#/$defs/Name"}`` replaced by that definition.

    pydantic places a type's schema among its own definitions, but it cannot follow references
    into ours. Records do not contain themselves, so the inlined schema is finite.
    """
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(_REF):
            return _inlined(definitions[ref.removeprefix(_REF)], definitions)
        return {key: _inlined(value, definitions) for key, value in schema.items()}
    if isinstance(schema, list):
        return [_inlined(item, definitions) for item in schema]
    return schema


def core_schema(model: type, handler: GetCoreSchemaHandler) -> cs.CoreSchema:
    """Pydantic's core schema for a record type: the codec's validation, the codec's data."""
    own = schema_for(model)
    del own["$schema"]
    described = _inlined(own, own.pop("$defs", {}))

    def validate(data: Any) -> Any:
        if isinstance(data, model):
            return data
        try:
            return codec.from_data(model, data)
        except codec.DecodeError as error:
            details: list[InitErrorDetails] = []
            for path, message in error.problems:
                loc = location(path)
                details.append(
                    InitErrorDetails(
                        type=PydanticCustomError(_ERROR_TYPE, "{message}", {"message": message}),
                        loc=loc,
                        input=_input_at(data, loc),
                    )
                )
            raise ValidationError.from_exception_data(model.__name__, details) from None

    validate.__name__ = model.__name__  # pydantic titles its errors after the function

    def json_schema(_schema: cs.CoreSchema, _handler: GetJsonSchemaHandler) -> Any:
        return copy.deepcopy(described)  # what a caller edits is theirs

    return cs.no_info_plain_validator_function(
        validate,
        ref=f"{model.__module__}.{model.__qualname__}",
        serialization=cs.plain_serializer_function_ser_schema(codec.to_data),
        metadata={"pydantic_js_functions": [json_schema]},
    )
