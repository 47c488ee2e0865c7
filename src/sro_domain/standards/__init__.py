"""The built-in standards, one module per authority that issued them.

Adding a jurisdiction means adding one module here and listing its standards in
:data:`BUILT_IN`, and under its two-letter code in :data:`BY_JURISDICTION` and
:data:`DEFINITIONS`.
"""

from __future__ import annotations

from sro_domain.rules import Rule, Standard
from sro_domain.standards.cops import COPS_CHP
from sro_domain.standards.federal import CAREER_OFFICER, FEDERAL_DEFINITION
from sro_domain.standards.florida import FL_SRO
from sro_domain.standards.illinois import IL_MOU, IL_SRO, IL_TRAINING
from sro_domain.standards.indiana import IN_MOU, IN_SRO, IN_TRAINING
from sro_domain.standards.maryland import MD_SRO, MD_TRAINING
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
from sro_domain.standards.ohio import OH_SRO, OH_TRAINING
from sro_domain.standards.pennsylvania import PA_SRO, PA_TRAINING
from sro_domain.standards.safer_schools import SAFER_SCHOOLS_DEFINITION, SAFER_SCHOOLS_ROLES
from sro_domain.standards.texas import TX_SRO, TX_TRAINING
from sro_domain.standards.utah import UT_SRO
from sro_domain.standards.virginia import VA_MOU, VA_SRO

__all__ = ["BUILT_IN", "BY_JURISDICTION", "COMPOSABLE", "DEFINITIONS"]

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
    FL_SRO,
    IL_SRO,
    IL_TRAINING,
    IL_MOU,
    IN_SRO,
    IN_TRAINING,
    IN_MOU,
    MD_SRO,
    MD_TRAINING,
    OH_SRO,
    OH_TRAINING,
    PA_SRO,
    PA_TRAINING,
    TX_SRO,
    TX_TRAINING,
    UT_SRO,
    VA_SRO,
    VA_MOU,
)
"""Every built-in standard: federal, Center for Safer Schools, NASRO, North Carolina, COPS, and
the other states, in the order of ``docs/jurisdictions.md``."""

COMPOSABLE: tuple[Rule, ...] = (JUVENILE_HISTORY,)
"""Built-in rules no built-in standard uses, for users to compose into their own standards."""

BY_JURISDICTION: dict[str, tuple[Standard, ...]] = {
    "US": (FEDERAL_DEFINITION, CAREER_OFFICER, COPS_CHP),
    "NC": (SAFER_SCHOOLS_DEFINITION, SAFER_SCHOOLS_ROLES, NC_STATUTE, NC_TRAINING),
    "FL": (FL_SRO,),
    "IL": (IL_SRO, IL_TRAINING, IL_MOU),
    "IN": (IN_SRO, IN_TRAINING, IN_MOU),
    "MD": (MD_SRO, MD_TRAINING),
    "OH": (OH_SRO, OH_TRAINING),
    "PA": (PA_SRO, PA_TRAINING),
    "TX": (TX_SRO, TX_TRAINING),
    "UT": (UT_SRO,),
    "VA": (VA_SRO, VA_MOU),
}
"""Each jurisdiction's standards, by its two-letter code ("US" for the federal ones). NASRO's
are professional practice, of no jurisdiction; a test checks that every other built-in standard
is listed here once."""

DEFINITIONS: dict[str, tuple[Standard, ...]] = {
    "US": (FEDERAL_DEFINITION,),
    "NC": (SAFER_SCHOOLS_DEFINITION, NC_STATUTE),
    "FL": (FL_SRO,),
    "IL": (IL_SRO,),
    "IN": (IN_SRO,),
    "MD": (MD_SRO,),
    "OH": (OH_SRO,),
    "PA": (PA_SRO,),
    "TX": (TX_SRO,),
    "UT": (UT_SRO,),
    "VA": (VA_SRO,),
}
"""Each jurisdiction's definitions of who is an SRO (not its training or MOU rules)."""
