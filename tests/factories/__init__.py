"""Factories for every page type, snippet and image (wagtail-factories + factory_boy)."""

from tests.factories.cases import (
    CRITERIA_2024,
    DEADLINE_2024,
    CallIndexPageFactory,
    CallPageFactory,
    CaseIndexPageFactory,
    CasePageFactory,
    CulturalDomainFactory,
    contact,
    criterion,
    direction,
    guideline,
    stage,
    stages_2024,
)
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.home import (
    DocumentFactory,
    HomePageFactory,
    ImageFactory,
    OrganisationFactory,
    PersonFactory,
    StandardPageFactory,
)
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory

__all__ = [
    "CRITERIA_2024",
    "DEADLINE_2024",
    "CallIndexPageFactory",
    "CallPageFactory",
    "CaseIndexPageFactory",
    "CasePageFactory",
    "CulturalDomainFactory",
    "DocumentFactory",
    "EventIndexPageFactory",
    "EventPageFactory",
    "HomePageFactory",
    "ImageFactory",
    "NewsIndexPageFactory",
    "NewsPageFactory",
    "OrganisationFactory",
    "PersonFactory",
    "StandardPageFactory",
    "contact",
    "criterion",
    "direction",
    "guideline",
    "stage",
    "stages_2024",
]
