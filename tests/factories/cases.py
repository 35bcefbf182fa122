"""Calls, cases and their taxonomies.

Child rows (directions, criteria, stages...) and many-to-many values are passed to
the page constructor, so that ``add_child`` saves a page and its relations at once.
"""

import datetime as dt

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from taggit.models import Tag

from cases.models import (
    CallContact,
    CallCriterion,
    CallDirection,
    CallGuideline,
    CallIndexPage,
    CallPage,
    CallStage,
    CaseIndexPage,
    CasePage,
    CaseTechnologyTag,
    CulturalDomain,
    SustainableDevelopmentGoal,
)
from tests.factories.home import BasePageFactory


class CulturalDomainFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Domain {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))

    class Meta:
        model = CulturalDomain


def technology_items(names):
    return [CaseTechnologyTag(tag=Tag.objects.get_or_create(name=name)[0]) for name in names]


def goals(numbers):
    return list(SustainableDevelopmentGoal.objects.filter(number__in=numbers))


def direction(name, slug=None, description=""):
    return CallDirection(name=name, slug=slug or slugify(name), description=description)


def criterion(name, description=None):
    return CallCriterion(name=name, description=description or f"What {name.lower()} means.")


def stage(kind, title, starts_on=None, ends_on=None):
    return CallStage(kind=kind, title=title, starts_on=starts_on, ends_on=ends_on)


def guideline(text):
    return CallGuideline(text=text)


def contact(name, email="", phone=""):
    return CallContact(name=name, email=email, phone=phone)


# 12:00 noon Beijing time on 9 May 2024.
DEADLINE_2024 = dt.datetime(2024, 5, 9, 4, 0, tzinfo=dt.UTC)

CRITERIA_2024 = [
    "Innovation",
    "Cultural diversity",
    "Sustainability",
    "Replicability",
    "Social impact",
]


def stages_2024():
    """The dated process of the 2024 call (from the source documents)."""
    kind = CallStage.Kind
    return [
        stage(kind.SUBMISSION, "Submission", None, dt.date(2024, 5, 9)),
        stage(kind.SCREENING, "Preliminary screening", dt.date(2024, 5, 10), dt.date(2024, 5, 12)),
        stage(kind.REVIEW, "Expert review", dt.date(2024, 5, 13), dt.date(2024, 5, 15)),
        stage(kind.ANNOUNCEMENT, "Announcement", dt.date(2024, 5, 16), dt.date(2024, 5, 20)),
    ]


class CallIndexPageFactory(BasePageFactory):
    title = "Calls for cases"

    class Meta:
        model = CallIndexPage


class CallPageFactory(BasePageFactory):
    title = factory.LazyAttribute(lambda o: f"Call for cases {o.year}")
    year = factory.Sequence(lambda n: 2030 + n)
    theme = "Protecting and Promoting Cultural Diversity in the Digital Environment"
    introduction = "<p>Cases from enterprises and organisations worldwide.</p>"
    eligible_from_year = factory.LazyAttribute(lambda o: o.year - 3)
    eligible_to_year = factory.LazyAttribute(lambda o: o.year)
    time_zone = "Asia/Shanghai"
    opens_at = None
    closes_at = None

    class Meta:
        model = CallPage


class CaseIndexPageFactory(BasePageFactory):
    title = "Cases"

    class Meta:
        model = CaseIndexPage


class CasePageFactory(BasePageFactory):
    """Needs ``parent`` and ``edition``; ``technologies`` and ``sdg_numbers`` are names/numbers."""

    title = factory.Sequence(lambda n: f"Case {n}")
    summary = factory.LazyAttribute(lambda o: f"How {o.title} uses digital tools for culture.")
    edition = None
    year_completed = factory.LazyAttribute(lambda o: o.edition.eligible_to_year or o.edition.year)
    countries = factory.LazyFunction(lambda: ["CN"])
    cultural_domains = factory.LazyFunction(list)
    technology_items = factory.LazyAttribute(lambda o: technology_items(o.technologies))
    sdgs = factory.LazyAttribute(lambda o: goals(o.sdg_numbers))

    class Params:
        technologies = ()
        sdg_numbers = ()

    class Meta:
        model = CasePage
