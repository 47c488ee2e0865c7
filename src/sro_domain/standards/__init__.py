"""The built-in standards, one module per authority that issued them.

Adding a jurisdiction means adding one module here and listing its standards in
:data:`BUILT_IN`.
"""

from __future__ import annotations

from sro_domain.rules import Rule, Standard
from sro_domain.standards.cops import COPS_CHP
from sro_domain.standards.federal import CAREER_OFFICER, FEDERAL_DEFINITION
from sro_domain.standards.nasro import (
    JUVENILE_HISTORY,
    NASRO_ASSIGNMENT,
    NASRO_DISCIPLINE,
    NASRO_MOU,
    NASRO_SELECTION,
    NASRO_TRAINING,
    NASRO_TRIAD,
)
from sro_domain.standards.north_carolina import NC_STATUTE, NC_TRAINING
from sro_domain.standards.safer_schools import SAFER_SCHOOLS_DEFINITION, SAFER_SCHOOLS_ROLES

__all__ = ["BUILT_IN", "COMPOSABLE"]

BUILT_IN: tuple[Standard, ...] = (
    FEDERAL_DEFINITION,
    CAREER_OFFICER,
    SAFER_SCHOOLS_DEFINITION,
    SAFER_SCHOOLS_ROLES,
    NASRO_SELECTION,
    NASRO_TRAINING,
    NASRO_TRIAD,
    NASRO_MOU,
    NASRO_DISCIPLINE,
    NASRO_ASSIGNMENT,
    NC_STATUTE,
    NC_TRAINING,
    COPS_CHP,
)
"""Every built-in standard: federal, Center for Safer Schools, NASRO, North Carolina, COPS."""

COMPOSABLE: tuple[Rule, ...] = (JUVENILE_HISTORY,)
"""Built-in rules no built-in standard uses, for users to compose into their own standards."""
