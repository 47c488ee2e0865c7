"""The API reference's helpers: documented re-exports, attrs fields, and public names.

Everything public is documented under ``sro_domain`` — where users import it from — though it
is defined in a submodule. Three things make that work:

* ``<!-- public-data NAME ... -->`` in a page becomes a ``py:data`` entry per name, with the
  docstring written under the name's assignment in the module that defines it (autodoc's
  ``autodata`` looks only in the module it is asked about, here the package);
* an attrs record's docstring gains one ``py:attribute`` per field, with its type and the
  ``description`` in its metadata (the same words as the JSON Schemas);
* a reference to a public name by the module that defines it (``sro_domain.models.Officer``, as
  type hints name it) resolves to the name under the package (``sro_domain.Officer``).
"""

from __future__ import annotations

import enum
import inspect
import pkgutil
import re
from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

import attrs
from docutils import nodes
from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.typing import stringify_annotation

import sro_domain

logger = logging.getLogger(__name__)

_MARKER = re.compile(r"<!-- public-data ([^>]*?) -->")
# Modules whose public names are documented under their own module path.
DOCUMENTED_MODULES = (
    "sro_domain.strategies",
    "sro_domain.codec",
    "sro_domain.schema",
    "sro_domain.examples",
)


@cache
def attribute_docs() -> Mapping[str, list[str]]:
    """The docstring lines under each module-level name of the package and its modules."""
    found: dict[str, list[str]] = {}
    modules = ["sro_domain"] + [
        info.name
        for info in pkgutil.walk_packages(sro_domain.__path__, "sro_domain.")
        if not info.name.startswith("sro_domain.strategies")
        and "_hypothesis" not in info.name
        and not info.name.endswith("__main__")
    ]
    for module in modules:
        for (scope, name), lines in ModuleAnalyzer.for_module(module).find_attr_docs().items():
            if not scope:
                found.setdefault(name, list(lines))
    return found


def _data_entry(name: str) -> Iterator[str]:
    if not hasattr(sro_domain, name):
        logger.warning("public-data: sro_domain has no name %s", name, type="sro_api")
        return
    docs = attribute_docs().get(name)
    if docs is None:
        logger.warning("public-data: no docstring for %s", name, type="sro_api")
        return
    value = getattr(sro_domain, name)
    yield f".. py:data:: {name}"
    public_type = type(value)
    if getattr(sro_domain, public_type.__name__, None) is public_type:
        yield f"   :type: ~sro_domain.{public_type.__name__}"
    if isinstance(value, str):
        yield f"   :value: {value!r}"
    yield ""
    for line in docs:
        yield f"   {line}" if line else ""
    yield ""


def expand_public_data(source: str) -> str:
    """Replace each ``<!-- public-data ... -->`` marker with reStructuredText ``py:data`` entries."""

    def entries(match: re.Match[str]) -> str:
        lines = [line for name in match.group(1).split() for line in _data_entry(name)]
        return "```{eval-rst}\n" + "\n".join(lines) + "\n```"

    return _MARKER.sub(entries, source)


_PRIVATE_PATH = re.compile(r"sro_domain(?:\.[a-z_]+)+\.(?=[A-Z])")


def public_annotation(annotation: Any) -> str:
    """An annotation as the docs show it: short names, public classes under ``sro_domain``."""
    return _PRIVATE_PATH.sub("sro_domain.", stringify_annotation(annotation, "smart"))


def _field_lines(cls: type) -> Iterator[str]:
    hints = attrs.resolve_types(cls)
    for field in attrs.fields(hints):
        yield f".. py:attribute:: {field.name}"
        yield f"   :type: {public_annotation(field.type)}"
        if (default := field_default(field)) is not attrs.NOTHING:
            yield f"   :value: {python_source(default)}"
        yield ""
        yield f"   {field.metadata.get('description', '')}"
        yield ""


def _record_signature(  # noqa: PLR0917 - the signature of Sphinx's event
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """A record's signature as its users write it: keyword-only, defaults by value.

    (attrs generates ``__init__`` with defaults that read ``attr_dict['sworn'].default``.)
    """
    if what != "class" or not (inspect.isclass(obj) and attrs.has(obj)):
        return None
    parameters = [
        field.name
        if (default := field_default(field)) is attrs.NOTHING
        else f"{field.name}={python_source(default)}"
        for field in attrs.fields(obj)
    ]
    return f"(*, {', '.join(parameters)})", return_annotation


def field_default(field: attrs.Attribute[Any]) -> Any:
    """The value a record field takes when not given (a factory's product), or ``NOTHING``."""
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type] # attrs types it as a function
        return default.factory()
    return default


def python_source(value: Any) -> str:
    """``value`` written as the Python that builds it (enum members by name, records by field)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, Decimal):
        return f'Decimal("{value}")'
    if isinstance(value, date):
        return f"date({value.year}, {value.month}, {value.day})"
    if isinstance(value, frozenset | set):
        return "{" + ", ".join(sorted(map(python_source, value))) + "}" if value else "set()"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(map(python_source, value)) + "]"
    if attrs.has(type(value)):
        shown = [
            f"{field.name}={python_source(getattr(value, field.name))}"
            for field in attrs.fields(type(value))
            if getattr(value, field.name) != field_default(field)
        ]
        return f"{type(value).__name__}({', '.join(shown)})"
    return repr(value)


def _add_fields(  # noqa: PLR0917 - the signature of Sphinx's event
    app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]
) -> None:
    if what == "class" and inspect.isclass(obj) and attrs.has(obj):
        lines += ["", *_field_lines(obj)]


def _public_target(target: str) -> str | None:
    """The package-level name for ``sro_domain.<module>.<Name>``, if ``Name`` is public."""
    if not target.startswith("sro_domain."):
        return None
    head, _, name = target.rpartition(".")
    owner = name
    if head.count(".") >= 1 and head.rpartition(".")[2][:1].isupper():
        # A member: sro_domain.models.Officer.id -> sro_domain.Officer.id
        head, _, owner = head.rpartition(".")
        name = f"{owner}.{name}"
    if getattr(sro_domain, owner, None) is None or owner not in sro_domain.__all__:
        return None
    if head in DOCUMENTED_MODULES:
        return None
    return f"sro_domain.{name}"


def _resolve_public(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.reference | None:
    if node.get("refdomain") != "py":
        return None
    target = _public_target(node["reftarget"])
    if target is None or target == node["reftarget"]:
        return None
    domain = env.get_domain("py")
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], target, node, contnode
    )


def setup(app: Sphinx) -> None:
    """Connect the helpers (called by ``sro_catalogue.setup``)."""
    app.connect("autodoc-process-docstring", _add_fields)
    app.connect("autodoc-process-signature", _record_signature)
    app.connect("missing-reference", _resolve_public)


__all__ = ["expand_public_data", "field_default", "python_source", "setup"]
