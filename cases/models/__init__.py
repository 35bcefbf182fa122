from cases.models.calls import (
    CallContact,
    CallCriterion,
    CallDirection,
    CallGuideline,
    CallIndexPage,
    CallOrganisation,
    CallPage,
    CallStage,
    CallStatus,
)
from cases.models.case import (
    CaseCriterionSection,
    CaseIndexPage,
    CaseKeyFigure,
    CaseOrganisation,
    CasePage,
    CaseRelatedCase,
)
from cases.models.taxonomies import (
    SDG_NAMES,
    CaseTechnologyTag,
    CulturalDomain,
    SustainableDevelopmentGoal,
)

__all__ = [
    "SDG_NAMES",
    "CallContact",
    "CallCriterion",
    "CallDirection",
    "CallGuideline",
    "CallIndexPage",
    "CallOrganisation",
    "CallPage",
    "CallStage",
    "CallStatus",
    "CaseCriterionSection",
    "CaseIndexPage",
    "CaseKeyFigure",
    "CaseOrganisation",
    "CasePage",
    "CaseRelatedCase",
    "CaseTechnologyTag",
    "CulturalDomain",
    "SustainableDevelopmentGoal",
]
