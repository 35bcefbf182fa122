"""The open-data API: records, filters, pages, languages, errors, CORS and the rate limit."""

import pytest
from django.core.cache import cache
from openapi_spec_validator import validate

from cases.models import CaseOrganisation
from tests.factories import ImageFactory, OrganisationFactory
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db

CASES = "/api/v1/cases/"


@pytest.fixture(autouse=True)
def fresh_cache():
    """The rate limit counts in the cache: every test starts with a full allowance."""
    cache.clear()


def get(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, (url, response.content[:500])
    return response.json()


def titles(answer):
    return sorted(record["title"] for record in answer["results"])


def test_cases_with_the_library_filters(client, library):
    answer = get(client, f"{CASES}?direction=technology&technology=vr")
    assert titles(answer) == [library.opera.title]
    assert get(client, f"{CASES}?country=CN&edition=2025")["count"] == 1
    assert get(client, f"{CASES}?sdg=11")["count"] == 2
    # Parameters the API does not know are left aside, as on the site.
    assert get(client, f"{CASES}?colour=blue")["count"] == 5


def test_a_case_record_has_its_taxonomies_with_labels(client, library):
    (record,) = get(client, f"{CASES}?technology=vr&direction=technology")["results"]

    assert record["id"] == library.opera.pk
    assert record["url"].endswith(library.opera.url)
    assert record["edition"] == 2024 and record["year_completed"] == 2022
    assert record["direction"]["value"] == "technology"
    assert {c["value"]: c["label"] for c in record["countries"]} == {"FR": "France", "CN": "China"}
    assert {t["value"] for t in record["technologies"]} == {"ai", "vr"}
    assert [s["label"] for s in record["sdgs"]] == [
        "4. Quality education",
        "11. Sustainable cities and communities",
    ]
    assert get(client, record["api_url"]) == record


def test_pages_have_totals_and_links(client, library):
    first = get(client, f"{CASES}?page_size=2")
    assert (first["count"], first["pages"], len(first["results"])) == (5, 3, 2)
    assert first["previous"] is None
    second = get(client, first["next"])
    last = get(client, second["next"])
    assert len(last["results"]) == 1 and last["next"] is None
    assert get(client, last["previous"]) == second
    seen = titles(first) + titles(second) + titles(last)
    assert len(set(seen)) == 5
    beyond = get(client, f"{CASES}?page=9")
    assert beyond["results"] == [] and beyond["count"] == 5


def test_records_in_another_language_link_their_translations(client, library):
    french = translate_page(library.opera, "fr")

    answer = get(client, f"{CASES}?lang=fr")

    (record,) = answer["results"]
    assert record["title"] == french.title and record["lang"] == "fr"
    # Labels come in the language asked for.
    assert record["sdgs"][0]["label"] == "4. Éducation de qualité"
    (english,) = record["translations"]
    assert english["lang"] == "en" and english["id"] == library.opera.pk
    back = get(client, english["api_url"])
    assert back["title"] == library.opera.title
    assert [t["id"] for t in back["translations"]] == [french.pk]


def test_pictures_come_as_renditions_with_sizes(client, make_cases):
    small, large = make_cases(2)
    large.hero_image = ImageFactory(file__width=1200, file__height=800)
    large.save()

    records = {r["id"]: r for r in get(client, CASES)["results"]}

    renditions = records[large.pk]["image"]["renditions"]
    assert [(r["width"], r["height"], r["format"]) for r in renditions] == [
        (400, 266, "webp"),
        (800, 533, "webp"),
        (800, 533, "jpeg"),
    ]
    assert all(r["url"].startswith("http") for r in renditions)
    assert records[large.pk]["image"]["alt"] == large.hero_image.default_alt_text
    # A picture narrower than a rendition is not enlarged: one rendition per size and format.
    assert [(r["width"], r["format"]) for r in records[small.pk]["image"]["renditions"]] == [
        (96, "webp"),
        (96, "jpeg"),
    ]


def test_organisations_with_their_roles(client, make_cases):
    (case,) = make_cases(1)
    organisation = OrganisationFactory(name="Sample Heritage Lab", country="KE")
    CaseOrganisation.objects.create(page=case, organisation=organisation, role="applicant")

    (record,) = get(client, CASES)["results"]

    (role,) = record["organisations"]
    assert role["role"] == {"value": "applicant", "label": "Applicant"}
    assert role["organisation"]["name"] == "Sample Heritage Lab"
    listed = get(client, "/api/v1/organisations/")["results"]
    assert [o["name"] for o in listed] == ["Sample Heritage Lab"]
    assert get(client, f"/api/v1/organisations/{organisation.pk}/")["country"]["label"] == "Kenya"


def test_calls_events_news_and_taxonomies(client, site_tree, library):
    calls = get(client, "/api/v1/calls/")["results"]
    assert [call["year"] for call in calls] == [2025, 2024]
    assert calls[1]["directions"][0]["value"]
    taxonomies = get(client, "/api/v1/taxonomies/")
    assert {t["value"] for t in taxonomies["technologies"]} >= {"ai", "vr"}
    assert {c["value"] for c in taxonomies["countries"]} == {"CN", "FR", "KE", "LA"}
    assert len(taxonomies["sdgs"]) == 17
    assert get(client, "/api/v1/events/")["count"] == 0
    assert get(client, "/api/v1/news/?kind=story")["count"] == 0


@pytest.mark.parametrize(
    "url, status, parameter",
    [
        (f"{CASES}?page=abc", 400, "page"),
        (f"{CASES}?page=0", 400, "page"),
        (f"{CASES}?page_size=1000", 400, "page_size"),
        (f"{CASES}?lang=xx", 400, "lang"),
        (f"{CASES}?year=abc", 400, "year"),
        (f"{CASES}?country=ZZ", 400, "country"),
        (f"{CASES}?technology={'x' * 5000}", 400, "technology"),
        (f"{CASES}?direction=%00", 400, "direction"),
        ("/api/v1/events/?type=party", 400, "type"),
        (f"{CASES}99999999999/", 400, "record_id"),
        (f"{CASES}999999/", 404, None),
        ("/api/v1/nothing-here/", 404, None),
        ("/api/v2/cases/", 404, None),
    ],
)
def test_bad_requests_get_problem_details(client, library, url, status, parameter):
    response = client.get(url)

    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status and problem["title"] and problem["detail"]
    if parameter:
        assert [error["parameter"] for error in problem["errors"]] == [parameter]


def test_drafts_and_other_languages_are_not_found(client, library):
    assert client.get(f"{CASES}{library.draft.pk}/").status_code == 404
    assert client.get(f"{CASES}{library.opera.pk}/?lang=fr").status_code == 404


def test_any_origin_may_read(client, library):
    response = client.get(CASES, HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    preflight = client.options(
        CASES, HTTP_ORIGIN="https://partner.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    # The site's own pages keep the same-origin rule.
    page = client.get("/en/", HTTP_ORIGIN="https://partner.example")
    assert "Access-Control-Allow-Origin" not in page


def test_too_many_requests_get_429_with_retry_after(client, settings, library):
    settings.API_RATE_LIMIT = "3/m"
    for _ in range(3):
        assert client.get(CASES).status_code == 200

    response = client.get(CASES, HTTP_ORIGIN="https://partner.example")

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert response["Content-Type"] == "application/problem+json"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response.json()["status"] == 429


def test_openapi_document_is_valid_31_and_documented(client):
    document = get(client, "/api/v1/openapi.json")

    validate(document)
    assert document["openapi"].startswith("3.1")
    assert set(document["paths"]) >= {
        "/api/v1/cases/",
        "/api/v1/cases/{record_id}/",
        "/api/v1/calls/",
        "/api/v1/events/",
        "/api/v1/news/",
        "/api/v1/organisations/",
        "/api/v1/taxonomies/",
    }
    for path in document["paths"].values():
        assert set(path["get"]["responses"]) >= {"200", "400", "404", "429"}


def test_docs_are_served_from_the_site_itself(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "https://" not in html
