"""sro_domain: who counts as a School Resource Officer, as cited, explained, three-valued rules.

Every answer is a :class:`Verdict` — ``MET``, ``NOT_MET`` or ``UNKNOWN`` — with a reason that
states the actual and required values, the exact words of the source and its citation, and the
unknown facts that could still change it. The core is pure: no I/O, no clock, no randomness;
every evaluation takes an explicit ``as_of`` date.

>>> from datetime import date
>>> from sro_domain import NASRO_SELECTION, Officer, ServicePeriod
>>> officer = Officer(id="A-17", service_periods=[ServicePeriod(start=date(2019, 9, 1))],
...                   conduct_records=[], volunteered=True)
>>> verdict = NASRO_SELECTION.evaluate(officer, as_of=date(2022, 8, 1))
>>> verdict.outcome
<Outcome.NOT_MET: 'not_met'>
>>> print(verdict.find("nasro.selection.experience").reason)
2 years 11 months 0 days of law-enforcement experience before 2022-08-01; at least 3 years required
>>> sorted(verdict.missing)  # NOT_MET is settled: nothing unknown could change it
[]
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from sro_domain.errors import (
    InvalidParameterError,
    InvalidRecordError,
    NotInForceError,
    SRODomainError,
    UndeterminedError,
    UnknownTitleError,
)
from sro_domain.models import (
    NO_MOU,
    Agency,
    AgencyKind,
    Assignment,
    AssignmentBasis,
    ConductKind,
    ConductRecord,
    Disposition,
    Duty,
    FederalPurpose,
    Funding,
    FundingProgram,
    Matter,
    Mou,
    MouSection,
    NcCommission,
    NoMou,
    Officer,
    Partner,
    Party,
    School,
    SchoolLevel,
    SchoolSector,
    Screening,
    ScreeningKind,
    ServicePeriod,
    Signatory,
    SroAction,
    SroResponse,
    Training,
    TrainingKind,
    TrainingProvider,
    YearWeeks,
)
from sro_domain.outcome import Outcome
from sro_domain.roles import TRIAD, ProgramGoal, Role
from sro_domain.rules import (
    Check,
    Context,
    Finding,
    Parameter,
    Rule,
    Standard,
    Verdict,
    at_assignment_start,
    from_assignment_start,
)
from sro_domain.service import ServiceLength, experience_on, experience_reached_on
from sro_domain.sources import Source, SourceKind

__version__ = "0.2.0"
"""The version of this package (a literal, so that nothing reads metadata at run time)."""

__all__ = [
    "CAREER_OFFICER",
    "COPS_CHP",
    "FEDERAL_DEFINITION",
    "FL_SRO",
    "IL_MOU",
    "IL_SRO",
    "IL_TRAINING",
    "IN_MOU",
    "IN_SRO",
    "IN_TRAINING",
    "JURISDICTIONS",
    "MD_SRO",
    "MD_TRAINING",
    "NASRO_ASSIGNMENT",
    "NASRO_DISCIPLINE",
    "NASRO_MOU",
    "NASRO_SELECTION",
    "NASRO_TRAINING",
    "NASRO_TRIAD",
    "NC_STATUTE",
    "NC_TRAINING",
    "NO_MOU",
    "OH_SRO",
    "OH_TRAINING",
    "PA_SRO",
    "PA_TRAINING",
    "RULES",
    "SAFER_SCHOOLS_DEFINITION",
    "SAFER_SCHOOLS_ROLES",
    "SOURCES",
    "STANDARDS",
    "TRIAD",
    "TX_SRO",
    "TX_TRAINING",
    "UT_SRO",
    "VA_MOU",
    "VA_SRO",
    "WHO_COUNTS",
    "WHO_COUNTS_IN",
    "Agency",
    "AgencyKind",
    "Assignment",
    "AssignmentBasis",
    "Check",
    "Comparison",
    "ConductKind",
    "ConductRecord",
    "Context",
    "Difference",
    "Disposition",
    "Duty",
    "FederalPurpose",
    "Finding",
    "Funding",
    "FundingProgram",
    "InvalidParameterError",
    "InvalidRecordError",
    "Matter",
    "Mou",
    "MouSection",
    "NcCommission",
    "NoMou",
    "NotInForceError",
    "Officer",
    "Outcome",
    "PaSecurityClass",
    "Parameter",
    "Partner",
    "Party",
    "ProgramGoal",
    "ProgramSummary",
    "PurposesReading",
    "Remedy",
    "Role",
    "Rule",
    "SRODomainError",
    "School",
    "SchoolLevel",
    "SchoolSector",
    "Screening",
    "ScreeningKind",
    "ServiceLength",
    "ServicePeriod",
    "Signatory",
    "Source",
    "SourceKind",
    "Span",
    "SroAction",
    "SroResponse",
    "Standard",
    "Timeline",
    "Training",
    "TrainingKind",
    "TrainingProvider",
    "UndeterminedError",
    "UnknownTitleError",
    "Verdict",
    "YearWeeks",
    "__version__",
    "at_assignment_start",
    "compare",
    "earliest_met",
    "experience_on",
    "experience_reached_on",
    "follows_nasro_discipline_practice",
    "from_assignment_start",
    "is_career_law_enforcement_officer",
    "is_federal_sro",
    "is_fl_sro",
    "is_il_sro",
    "is_in_sro",
    "is_md_sro",
    "is_nc_sro",
    "is_oh_sro",
    "is_pa_sro",
    "is_safer_schools_sro",
    "is_tx_sro",
    "is_ut_sro",
    "is_va_sro",
    "meets_cops_chp_conditions",
    "meets_il_mou",
    "meets_il_training",
    "meets_in_mou",
    "meets_in_training",
    "meets_md_training",
    "meets_nasro_best_practice",
    "meets_nasro_mou_practice",
    "meets_nasro_selection_criteria",
    "meets_nasro_training",
    "meets_nc_training",
    "meets_oh_training",
    "meets_pa_training",
    "meets_tx_training",
    "meets_va_mou",
    "pa_school_security_class",
    "performs_triad",
    "remedies",
    "summarize",
    "timeline",
    "trained_for_three_roles",
]

if _TYPE_CHECKING:
    from sro_domain.comparison import (
        JURISDICTIONS,
        WHO_COUNTS,
        WHO_COUNTS_IN,
        Comparison,
        Difference,
        compare,
    )
    from sro_domain.planning import Remedy, Span, Timeline, earliest_met, remedies, timeline
    from sro_domain.program import ProgramSummary, summarize
    from sro_domain.registry import RULES, SOURCES, STANDARDS
    from sro_domain.standards.cops import COPS_CHP, meets_cops_chp_conditions
    from sro_domain.standards.federal import (
        CAREER_OFFICER,
        FEDERAL_DEFINITION,
        PurposesReading,
        is_career_law_enforcement_officer,
        is_federal_sro,
    )
    from sro_domain.standards.florida import FL_SRO, is_fl_sro
    from sro_domain.standards.illinois import (
        IL_MOU,
        IL_SRO,
        IL_TRAINING,
        is_il_sro,
        meets_il_mou,
        meets_il_training,
    )
    from sro_domain.standards.indiana import (
        IN_MOU,
        IN_SRO,
        IN_TRAINING,
        is_in_sro,
        meets_in_mou,
        meets_in_training,
    )
    from sro_domain.standards.maryland import MD_SRO, MD_TRAINING, is_md_sro, meets_md_training
    from sro_domain.standards.nasro import (
        NASRO_ASSIGNMENT,
        NASRO_DISCIPLINE,
        NASRO_MOU,
        NASRO_SELECTION,
        NASRO_TRAINING,
        NASRO_TRIAD,
        follows_nasro_discipline_practice,
        meets_nasro_best_practice,
        meets_nasro_mou_practice,
        meets_nasro_selection_criteria,
        meets_nasro_training,
        performs_triad,
    )
    from sro_domain.standards.north_carolina import (
        NC_STATUTE,
        NC_TRAINING,
        is_nc_sro,
        meets_nc_training,
    )
    from sro_domain.standards.ohio import OH_SRO, OH_TRAINING, is_oh_sro, meets_oh_training
    from sro_domain.standards.pennsylvania import (
        PA_SRO,
        PA_TRAINING,
        PaSecurityClass,
        is_pa_sro,
        meets_pa_training,
        pa_school_security_class,
    )
    from sro_domain.standards.safer_schools import (
        SAFER_SCHOOLS_DEFINITION,
        SAFER_SCHOOLS_ROLES,
        is_safer_schools_sro,
        trained_for_three_roles,
    )
    from sro_domain.standards.texas import TX_SRO, TX_TRAINING, is_tx_sro, meets_tx_training
    from sro_domain.standards.utah import UT_SRO, is_ut_sro
    from sro_domain.standards.virginia import VA_MOU, VA_SRO, is_va_sro, meets_va_mou

# The standards (one module per authority) and the registries over them, and the views over many
# verdicts or many days, are loaded on first use: most callers evaluate one standard at a time,
# and ``import sro_domain`` has a budget (docs/performance.md).
_LAZY = {
    "RULES": "registry",
    "SOURCES": "registry",
    "STANDARDS": "registry",
    "COPS_CHP": "standards.cops",
    "meets_cops_chp_conditions": "standards.cops",
    "CAREER_OFFICER": "standards.federal",
    "FEDERAL_DEFINITION": "standards.federal",
    "PurposesReading": "standards.federal",
    "is_career_law_enforcement_officer": "standards.federal",
    "is_federal_sro": "standards.federal",
    "FL_SRO": "standards.florida",
    "is_fl_sro": "standards.florida",
    "IL_MOU": "standards.illinois",
    "IL_SRO": "standards.illinois",
    "IL_TRAINING": "standards.illinois",
    "is_il_sro": "standards.illinois",
    "meets_il_mou": "standards.illinois",
    "meets_il_training": "standards.illinois",
    "IN_MOU": "standards.indiana",
    "IN_SRO": "standards.indiana",
    "IN_TRAINING": "standards.indiana",
    "is_in_sro": "standards.indiana",
    "meets_in_mou": "standards.indiana",
    "meets_in_training": "standards.indiana",
    "MD_SRO": "standards.maryland",
    "MD_TRAINING": "standards.maryland",
    "is_md_sro": "standards.maryland",
    "meets_md_training": "standards.maryland",
    "NASRO_ASSIGNMENT": "standards.nasro",
    "NASRO_DISCIPLINE": "standards.nasro",
    "NASRO_MOU": "standards.nasro",
    "NASRO_SELECTION": "standards.nasro",
    "NASRO_TRAINING": "standards.nasro",
    "NASRO_TRIAD": "standards.nasro",
    "follows_nasro_discipline_practice": "standards.nasro",
    "meets_nasro_best_practice": "standards.nasro",
    "meets_nasro_mou_practice": "standards.nasro",
    "meets_nasro_selection_criteria": "standards.nasro",
    "meets_nasro_training": "standards.nasro",
    "performs_triad": "standards.nasro",
    "NC_STATUTE": "standards.north_carolina",
    "NC_TRAINING": "standards.north_carolina",
    "is_nc_sro": "standards.north_carolina",
    "meets_nc_training": "standards.north_carolina",
    "OH_SRO": "standards.ohio",
    "OH_TRAINING": "standards.ohio",
    "is_oh_sro": "standards.ohio",
    "meets_oh_training": "standards.ohio",
    "PA_SRO": "standards.pennsylvania",
    "PA_TRAINING": "standards.pennsylvania",
    "PaSecurityClass": "standards.pennsylvania",
    "is_pa_sro": "standards.pennsylvania",
    "meets_pa_training": "standards.pennsylvania",
    "pa_school_security_class": "standards.pennsylvania",
    "SAFER_SCHOOLS_DEFINITION": "standards.safer_schools",
    "SAFER_SCHOOLS_ROLES": "standards.safer_schools",
    "is_safer_schools_sro": "standards.safer_schools",
    "trained_for_three_roles": "standards.safer_schools",
    "TX_SRO": "standards.texas",
    "TX_TRAINING": "standards.texas",
    "is_tx_sro": "standards.texas",
    "meets_tx_training": "standards.texas",
    "UT_SRO": "standards.utah",
    "is_ut_sro": "standards.utah",
    "VA_MOU": "standards.virginia",
    "VA_SRO": "standards.virginia",
    "is_va_sro": "standards.virginia",
    "meets_va_mou": "standards.virginia",
    "WHO_COUNTS": "comparison",
    "WHO_COUNTS_IN": "comparison",
    "JURISDICTIONS": "comparison",
    "Comparison": "comparison",
    "Difference": "comparison",
    "compare": "comparison",
    "ProgramSummary": "program",
    "summarize": "program",
    "Remedy": "planning",
    "Span": "planning",
    "Timeline": "planning",
    "earliest_met": "planning",
    "remedies": "planning",
    "timeline": "planning",
}


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'sro_domain' has no attribute {name!r}")
    loaded: _Any
    if module.startswith("standards."):
        # The package's __init__ imports every built-in standard's module.
        from sro_domain import standards  # noqa: PLC0415 - lazily, see above

        loaded = getattr(standards, module.partition(".")[2])
    elif module == "registry":
        from sro_domain import registry as loaded  # noqa: PLC0415
    elif module == "comparison":
        from sro_domain import comparison as loaded  # noqa: PLC0415
    elif module == "program":
        from sro_domain import program as loaded  # noqa: PLC0415
    else:
        from sro_domain import planning as loaded  # noqa: PLC0415
    value = getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(
        name
        for name in set(globals()) | set(__all__)
        if not name.startswith("_") or name == "__version__"
    )
