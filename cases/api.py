"""Cases, calls and the case taxonomies in the open-data API (``/api/v1/``).

``case_records`` is the one serialiser of a case: the API, the downloads and the
structured data all read the records it makes.
"""

import datetime as dt

from django.db.models import prefetch_related_objects
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from cases.filters import CaseFilter
from cases.models import CallDirection, CallPage, CasePage, CulturalDomain
from cases.models.taxonomies import CaseTechnologyTag, SustainableDevelopmentGoal
from core import cache_tags
from core.api import (
    ERRORS,
    CountryCode,
    Label,
    LangQuery,
    ListQuery,
    OrganisationRole,
    PageRecord,
    Picture,
    Slug,
    country_label,
    in_language,
    label,
    live_in,
    organisation_roles,
    page_fields,
    picture,
    record_endpoints,
    translations_of,
)
from core.localization import localize_all


class CaseRecord(PageRecord):
    summary: str = Field(description="What the case does, in a few sentences.")
    edition: int = Field(description="Year of the call's edition that selected the case.")
    direction: Label | None = Field(description="The call direction the case answers.")
    recognition: Label | None = Field(description="Selected or exemplary case.")
    countries: list[Label] = Field(description="ISO 3166-1 alpha-2 codes with names.")
    city: str = Field(description="City or place, if given.")
    latitude: float | None = Field(description="Latitude in degrees (WGS 84), if given.")
    longitude: float | None = Field(description="Longitude in degrees (WGS 84), if given.")
    year_completed: int = Field(description="Year the work was completed or published.")
    cultural_domains: list[Label] = Field(description="Cultural domains the case works in.")
    technologies: list[Label] = Field(description="Digital technologies the case uses.")
    sdgs: list[Label] = Field(description="Sustainable Development Goals, by number.")
    organisations: list[OrganisationRole] = Field(description="Organisations and their roles.")
    image: Picture | None = Field(description="The case's picture.")


class CaseQuery(ListQuery):
    edition: int | None = Field(None, ge=1900, le=2100, description="Edition year, e.g. 2024.")
    direction: Slug | None = Field(None, description="Direction value (see /taxonomies/).")
    domain: Slug | None = Field(None, description="Cultural domain value.")
    technology: Slug | None = Field(None, description="Technology value.")
    country: CountryCode | None = Field(None, description="ISO 3166-1 alpha-2 country code.")
    sdg: int | None = Field(None, ge=1, le=17, description="Sustainable Development Goal.")
    year: int | None = Field(None, ge=1900, le=2100, description="Year completed.")


def sdg_label(goal):
    return label(goal.number, f"{goal.number}. {goal.name}")


def case_records(request, cases):
    """The records of ``cases`` in the active language, with a fixed number of queries."""
    prefetch_related_objects(cases, *CasePage.record_relations())
    directions = localize_all(case.direction for case in cases)
    domains = iter(localize_all(d for case in cases for d in case.cultural_domains.all()))
    translations = translations_of(request, cases, "case")
    roles = organisation_roles(cases)
    records = []
    for case, direction in zip(cases, directions, strict=True):
        records.append(
            {
                **page_fields(request, case, translations, "case"),
                "summary": case.summary,
                "edition": case.edition.year,
                "direction": label(direction.slug, direction.name) if direction else None,
                "recognition": (
                    label(case.recognition, case.get_recognition_display())
                    if case.recognition
                    else None
                ),
                "countries": [country_label(country.code) for country in case.countries],
                "city": case.city,
                "latitude": case.latitude,
                "longitude": case.longitude,
                "year_completed": case.year_completed,
                "cultural_domains": [
                    label(domain.slug, domain.name)
                    for domain in [next(domains) for _ in case.cultural_domains.all()]
                ],
                "technologies": [
                    label(item.tag.slug, item.tag.name) for item in case.technology_items.all()
                ],
                "sdgs": [sdg_label(goal) for goal in case.sdgs.all()],
                "organisations": roles[case.pk],
                "image": picture(request, case.card_image, case.card_image_alt),
            }
        )
    return records


def check_filters(case_filter):
    """A filter value that cannot be valid is a 400, not silently ignored as on pages."""
    if case_filter.ignored:
        names = ", ".join(str(name) for name in case_filter.ignored)
        raise HttpError(400, f"Invalid filter value for: {names}.")


def filtered_cases(query):
    """The live cases of the query's language matching its filters, in the library's order."""
    params = {name: str(value) for name, value in query.dict().items() if value is not None}
    case_filter = CaseFilter(params, live_in(CasePage, query.lang))
    check_filters(case_filter)
    return case_filter.results()


router = Router(tags=["cases"])
record_endpoints(
    router,
    "/cases/",
    CasePage,
    record=CaseRecord,
    records=case_records,
    listed=filtered_cases,
    query=CaseQuery,
    doc="The selected cases, with the case library's filters.",
)


class Direction(Label):
    description: str


class Criterion(Schema):
    name: str
    description: str


class CallRecord(PageRecord):
    year: int = Field(description="Edition year.")
    theme: str
    status: Label = Field(description="Where the call stands today.")
    opens_at: dt.datetime | None
    closes_at: dt.datetime | None = Field(description="Submission deadline, in UTC.")
    eligible_from_year: int | None
    eligible_to_year: int | None
    directions: list[Direction]
    criteria: list[Criterion] = Field(description="Evaluation criteria.")
    organisations: list[OrganisationRole]


def call_records(request, calls):
    prefetch_related_objects(
        calls, "stages", "directions", "criteria", "organisations__organisation"
    )
    translations = translations_of(request, calls, "call")
    roles = organisation_roles(calls)
    return [
        {
            **page_fields(request, call, translations, "call"),
            "year": call.year,
            "theme": call.theme,
            "status": label(call.current_status, call.current_status.label),
            "opens_at": call.opens_at,
            "closes_at": call.closes_at,
            "eligible_from_year": call.eligible_from_year,
            "eligible_to_year": call.eligible_to_year,
            "directions": [
                {"value": d.slug, "label": d.name, "description": d.description}
                for d in call.directions.all()
            ],
            "criteria": [
                {"name": c.name, "description": c.description} for c in call.criteria.all()
            ],
            "organisations": roles[call.pk],
        }
        for call in calls
    ]


record_endpoints(
    router,
    "/calls/",
    CallPage,
    record=CallRecord,
    records=call_records,
    listed=lambda query: live_in(CallPage, query.lang).order_by("-year"),
    doc="Each edition of the call for cases, the newest first.",
)


class Taxonomies(Schema):
    directions: list[Label]
    cultural_domains: list[Label] = Field(description="Cultural domains the case works in.")
    technologies: list[Label] = Field(description="Digital technologies the case uses.")
    sdgs: list[Label]
    countries: list[Label] = Field(description="Countries of the live cases.")


@router.get("/taxonomies/", response={200: Taxonomies, **ERRORS}, url_name="taxonomies")
@in_language
def taxonomies(request, query: Query[LangQuery]):
    """The values the case filters take, with their labels in the language asked for."""
    cache_tags.listing_of_objects(CulturalDomain)
    directions = CallDirection.objects.filter(page__in=live_in(CallPage, query.lang)).order_by(
        "-page__year", "sort_order"
    )
    tags = (
        CaseTechnologyTag.objects.filter(content_object__in=live_in(CasePage, query.lang))
        .values_list("tag__slug", "tag__name")
        .distinct()
        .order_by("tag__name")
    )
    codes = set()
    for stored in live_in(CasePage, query.lang).values_list("countries", flat=True):
        codes.update(code for code in str(stored).split(",") if code)
    return {
        "directions": list({d.slug: label(d.slug, d.name) for d in directions}.values()),
        "cultural_domains": [
            label(d.slug, d.name)
            for d in CulturalDomain.objects.filter(locale__language_code=query.lang)
        ],
        "technologies": [label(slug, name) for slug, name in tags],
        "sdgs": [sdg_label(goal) for goal in SustainableDevelopmentGoal.objects.all()],
        "countries": sorted(
            (country_label(code) for code in codes), key=lambda country: country["label"]
        ),
    }
