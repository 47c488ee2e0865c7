"""Sphinx configuration for the sro_domain documentation site.

Build it with ``python -m sphinx -W -n -b html docs docs/_build/html`` (the ``docs`` extra).
Nothing is fetched from the network: the intersphinx inventories are compiled from the lists
kept in ``docs/_inventories`` (see the README there).
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
import zlib
from pathlib import Path

import sro_domain

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))  # where the sro_catalogue extension lives

project = "sro_domain"
author = "The sro_domain developers"
copyright = "the sro_domain developers"
release = version = sro_domain.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "sro_catalogue",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_inventories", "sources"]
templates_path: list[str] = []

# The sources' words are quoted exactly: no curly quotes or dashes put in for straight ones.
smartquotes = False

# --- MyST -------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

# --- autodoc ----------------------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# --- cross-references -------------------------------------------------------------------------
nitpicky = True
_COMPILED = Path(tempfile.mkdtemp(prefix="sro-domain-inventories-"))
atexit.register(shutil.rmtree, _COMPILED, ignore_errors=True)


def _inventory(name: str) -> str:
    """Compile ``_inventories/NAME.txt`` into an ``objects.inv`` (see the README there)."""
    lines = (HERE / "_inventories" / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("# ")]
    body = "".join(f"{line}\n" for line in lines if line and not line.startswith("#"))
    path = _COMPILED / f"{name}.inv"
    path.write_bytes(
        b"# Sphinx inventory version 2\n"
        + "".join(f"{line}\n" for line in header).encode()
        + b"# The remainder of this file is compressed using zlib.\n"
        + zlib.compress(body.encode())
    )
    return str(path)


# Inventories are compiled from the committed lists, never fetched (there is no network in CI).
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", _inventory("python")),
    "attrs": ("https://www.attrs.org/en/stable", _inventory("attrs")),
    "hypothesis": ("https://hypothesis.readthedocs.io/en/latest", _inventory("hypothesis")),
}
nitpick_ignore = [
    # Private helpers that public signatures mention; documented in words where they are used.
    ("py:class", "sro_domain.standard._Part"),
    ("py:class", "_Part"),
    ("py:class", "sro_domain.codec.T"),
    # Type variables: the record a rule or standard reads, a parameter's value.
    ("py:class", "sro_domain.rule.R"),
    ("py:class", "sro_domain.standard.S"),
    ("py:class", "sro_domain.rule.T"),
    # Hypothesis documents its errors on no page of their own.
    ("py:exc", "hypothesis.errors.InvalidArgument"),
]

# --- HTML -------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"sro_domain {release}"
html_static_path = ["_static"]
html_css_files = ["sro_domain.css"]
html_show_sourcelink = False
html_theme_options = {
    "source_repository": "https://github.com/sro-domain/sro_domain/",
    "source_branch": "main",
    "source_directory": "docs/",
}
