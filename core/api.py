"""The open-data API's shared parts: languages, pages of results, pictures, problems.

Each app describes its records with ninja schemas (``cases/api.py``, ``events/api.py``,
``news/api.py``) and ``config/api.py`` puts the routers under ``/api/v1/``. Everything
the apps share is here: the ``lang`` parameter and the translations of a record, the
page envelope with totals and links, picture renditions with their sizes, localised
labels, the organisations, the rate limit and errors as RFC 9457 problem details.
"""

import datetime as dt
import functools
import math
from http import HTTPStatus
from typing import Annotated, Literal
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django_countries import countries
from ninja import Field, NinjaAPI, Path, Query, Router, Schema
from ninja.errors import HttpError, ValidationError
from ninja.throttling import AnonRateThrottle
from pydantic import create_model
from wagtail.models import Page

from core import cache_tags
from core.localization import language_of, locale_id_of, localize_all
from core.models import Organisation
from core.restrictions import private_q
from core.text import SLUG_PATTERN

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
Language = Literal[LANGUAGE_CODES]
CountryCode = Literal[tuple(code for code, _name in countries)]
# A taxonomy value as the filters take it (the slugs of the case library's addresses).
Slug = Annotated[str, Field(min_length=1, max_length=100, pattern=SLUG_PATTERN)]
MAX_PAGE_SIZE = 100
# Record ids are database keys: anything outside this range cannot be one.
RECORD_ID = Path(..., ge=1, le=2**31 - 1, description="The record's id.")
PROBLEM_TYPE = "application/problem+json"
# Renditions every record offers: widths for srcset, WebP with a JPEG fallback.
RENDITIONS = ("width-400|format-webp", "width-800|format-webp", "width-800|format-jpeg")


class LangQuery(Schema):
    lang: Language = Field(settings.LANGUAGE_CODE, description="Language of the records.")


class ListQuery(LangQuery):
    page: int = Field(1, ge=1, le=100_000, description="Page of results, from 1.")
    page_size: int = Field(20, ge=1, le=MAX_PAGE_SIZE, description="Records per page.")


class Problem(Schema):
    """An error (RFC 9457 problem details)."""

    type: str = Field("about:blank", description="Always about:blank: the status says it all.")
    title: str = Field(description="The HTTP status in words.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What was wrong, in words.")
    errors: list[dict] = Field([], description="For invalid parameters: each one and why.")


ERRORS = {400: Problem, 404: Problem, 429: Problem}


class Label(Schema):
    """A taxonomy term: a stable value and its label in the records' language."""

    value: str = Field(description="Stable value, as used in the filter parameters.")
    label: str = Field(description="Label in the language asked for.")


class Translation(Schema):
    lang: str = Field(description="Language code.")
    id: int = Field(description="The record's id in that language.")
    url: str = Field(description="The page on the site.")
    api_url: str = Field(description="The record in this API.")


class Rendition(Schema):
    url: str
    width: int
    height: int
    format: str = Field(description="webp or jpeg.")


class Picture(Schema):
    alt: str = Field(description="Alternative text.")
    credit: str = Field(description="Who made the picture, if known.")
    renditions: list[Rendition]


class OrganisationRecord(Schema):
    id: int = Field(description="Stable id of the organisation in this language.")
    name: str
    short_name: str
    kind: Label
    country: Label | None
    website: str


class OrganisationRole(Schema):
    organisation: OrganisationRecord
    role: Label = Field(description="The organisation's part (host, applicant, organiser…).")


class RecordPage(Schema):
    """A page of results with its totals and links."""

    count: int = Field(description="Records matching, on all pages.")
    page: int
    pages: int = Field(description="Number of pages.")
    page_size: int
    next: str | None = Field(description="Address of the next page, if any.")
    previous: str | None = Field(description="Address of the previous page, if any.")


class OrganisationPage(RecordPage):
    results: list[OrganisationRecord]


class RateLimit(AnonRateThrottle):
    """Anonymous callers share ``API_RATE_LIMIT`` per address (read on every request)."""

    def get_rate(self):
        return settings.API_RATE_LIMIT

    def allow_request(self, request):
        self.num_requests, self.duration = self.parse_rate(self.get_rate())
        return super().allow_request(request)


def in_language(view):
    """Run ``view`` with the language of its ``lang`` parameter active."""

    @functools.wraps(view)
    def wrapped(request, *args, query, **kwargs):
        with translation.override(query.lang):
            return view(request, *args, query=query, **kwargs)

    return wrapped


def absolute(request, path):
    return request.build_absolute_uri(path)


def page_of(request, queryset, query, serialise):
    """The envelope of one page of ``queryset``, its records made by ``serialise(items)``."""
    count = queryset.count()
    pages = max(1, math.ceil(count / query.page_size))
    start = (query.page - 1) * query.page_size
    items = list(queryset[start : start + query.page_size]) if query.page <= pages else []

    def link(number):
        params = request.GET.copy()
        params["page"] = number
        return absolute(request, f"{request.path}?{params.urlencode()}")

    return {
        "count": count,
        "page": query.page,
        "pages": pages,
        "page_size": query.page_size,
        "next": link(query.page + 1) if query.page < pages else None,
        "previous": link(min(query.page - 1, pages)) if query.page > 1 else None,
        "results": serialise(items) if items else [],
    }


def live_in(model, lang):
    """The live, public pages of ``model`` in the language ``lang``."""
    cache_tags.listing_of_pages(model, locale_id_of(lang))
    return model.objects.live().public().filter(locale__language_code=lang)


def record_endpoints(router, path, model, *, record, records, listed, query=ListQuery, doc=""):
    """A list (``path``) and a detail (``path<id>/``) endpoint for the pages of ``model``.

    ``listed(query)`` is the list's queryset with its filters applied; ``records(request,
    items)`` makes the records. A detail is any live page of the model in the language.
    """
    name = model._meta.model_name.removesuffix("page")
    listing = create_model(
        f"{record.__name__.removesuffix('Record')}List",
        __base__=RecordPage,
        results=(list[record], ...),
    )

    @router.get(
        path,
        response={200: listing, **ERRORS},
        url_name=f"{name}_list",
        operation_id=f"{name}_list",
        summary=doc,
    )
    @in_language
    def list_view(request, query: Query[query]):
        return page_of(request, listed(query), query, lambda items: records(request, items))

    @router.get(
        f"{path}{{record_id}}/",
        response={200: record, **ERRORS},
        url_name=name,
        operation_id=name,
    )
    @in_language
    def detail_view(request, query: Query[LangQuery], record_id: int = RECORD_ID):
        return records(request, [get_object_or_404(live_in(model, query.lang), pk=record_id)])[0]


def translations_of(request, pages, endpoint):
    """{page pk: [Translation]} for every other live language version of ``pages``."""
    keys = {page.translation_key for page in pages}
    versions = (
        Page.objects.live()
        .exclude(private_q())
        .filter(translation_key__in=keys)
        .order_by("locale__language_code")
    )
    by_key = {}
    for version in versions:
        by_key.setdefault(version.translation_key, []).append(version)
    return {
        page.pk: [
            {
                "lang": language_of(version.locale_id),
                "id": version.pk,
                "url": version.get_full_url(request),
                "api_url": absolute(request, api_address(endpoint, version)),
            }
            for version in by_key.get(page.translation_key, [])
            if version.pk != page.pk
        ]
        for page in pages
    }


def api_address(endpoint, page):
    path = reverse(f"api:{endpoint}", kwargs={"record_id": page.pk})
    return f"{path}?{urlencode({'lang': language_of(page.locale_id)})}"


def page_fields(request, page, translations, endpoint):
    """What every page record starts with: ids, addresses, language and dates."""
    return {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "lang": language_of(page.locale_id),
        "url": page.get_full_url(request),
        "api_url": absolute(request, api_address(endpoint, page)),
        "title": page.title,
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "translations": translations.get(page.pk, []),
    }


class PageRecord(Schema):
    id: int = Field(description="Stable id of this language version (the page's id).")
    translation_key: str = Field(description="Shared by all language versions of a record.")
    lang: str = Field(description="Language code of this version (en, fr, es, ar, ru, zh-hans).")
    url: str = Field(description="The page on the site.")
    api_url: str = Field(description="This record in the API.")
    title: str = Field(description="Title in this language.")
    first_published_at: dt.datetime | None = Field(description="First published (UTC).")
    last_published_at: dt.datetime | None = Field(description="Last changed (UTC).")
    translations: list[Translation] = Field(description="The record in other languages.")


def picture(request, image, alt=""):
    if image is None:
        return None
    renditions = []
    for spec, rendition in image.get_renditions(*RENDITIONS).items():
        size = (rendition.width, spec.rsplit("-", 1)[1])
        # A picture narrower than a rendition's width is not enlarged: keep one of each.
        if size not in [(r["width"], r["format"]) for r in renditions]:
            renditions.append(
                {
                    "url": absolute(request, rendition.url),
                    "width": rendition.width,
                    "height": rendition.height,
                    "format": size[1],
                }
            )
    return {
        "alt": alt or image.default_alt_text or "",
        "credit": image.credit,
        "renditions": renditions,
    }


def label(value, text):
    return {"value": str(value), "label": str(text)}


def country_label(code):
    return label(code, countries.name(code)) if code else None


def organisation_record(organisation):
    return {
        "id": organisation.pk,
        "name": organisation.name,
        "short_name": organisation.short_name,
        "kind": label(organisation.kind, organisation.get_kind_display()),
        "country": country_label(organisation.country.code),
        "website": organisation.website,
    }


def organisation_roles(pages):
    """{page pk: [OrganisationRole]} in the active language, one query per model."""
    roles = [role for page in pages for role in page.organisations.all()]
    localized = localize_all(role.organisation for role in roles)
    by_page = {page.pk: [] for page in pages}
    for role, organisation in zip(roles, localized, strict=True):
        by_page[role.page_id].append(
            {
                "organisation": organisation_record(organisation),
                "role": label(role.role, role.get_role_display()),
            }
        )
    return by_page


organisations = Router(tags=["organisations"])


@organisations.get("/", response={200: OrganisationPage, **ERRORS}, url_name="organisation_list")
@in_language
def organisation_list(request, query: Query[ListQuery]):
    """Organisations behind the call, the cases and the events."""
    cache_tags.listing_of_objects(Organisation)
    records = Organisation.objects.filter(locale__language_code=query.lang).order_by("name", "pk")
    return page_of(request, records, query, lambda items: [organisation_record(o) for o in items])


@organisations.get(
    "/{record_id}/", response={200: OrganisationRecord, **ERRORS}, url_name="organisation"
)
@in_language
def organisation(request, query: Query[LangQuery], record_id: int = RECORD_ID):
    organisations = Organisation.objects.filter(locale__language_code=query.lang)
    return organisation_record(get_object_or_404(organisations, pk=record_id))


class OpenDataAPI(NinjaAPI):
    """A NinjaAPI whose document says errors come as ``application/problem+json``."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        add_problem_handlers(self)

    def get_openapi_schema(self, **kwargs):
        document = super().get_openapi_schema(**kwargs)
        for path in document["paths"].values():
            for operation in path.values():
                for status, answer in operation["responses"].items():
                    if int(status) >= 400 and "application/json" in answer.get("content", {}):
                        answer["content"] = {PROBLEM_TYPE: answer["content"]["application/json"]}
        return document


def problem_body(status, detail, errors=()):
    return {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "errors": list(errors),
    }


def problem(api, request, status, detail, errors=()):
    response = api.create_response(request, problem_body(status, detail, errors), status=status)
    response["Content-Type"] = PROBLEM_TYPE
    return response


def unknown_address(request, rest):
    """Addresses under /api/ that name no endpoint: a problem, not the site's HTML 404."""
    detail = "No such endpoint: the OpenAPI document at /api/v1/openapi.json lists them."
    return JsonResponse(problem_body(404, detail), status=404, content_type=PROBLEM_TYPE)


def add_problem_handlers(api):
    """Every error of the API as problem details, never Django's HTML pages."""

    def invalid(request, exc):
        errors = [
            {"parameter": ".".join(str(part) for part in error["loc"][1:]), "message": error["msg"]}
            for error in exc.errors
        ]
        return problem(api, request, 400, "Some parameters are not valid.", errors)

    def http_error(request, exc):
        return problem(api, request, exc.status_code, str(exc))

    def not_found(request, exc):
        return problem(api, request, 404, "No such record in this language.")

    api.add_exception_handler(ValidationError, invalid)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)
