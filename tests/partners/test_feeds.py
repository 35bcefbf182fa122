"""Case, event and news feeds read by a real feed parser, in three formats."""

import json

import feedparser
import jsonschema
import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.models import CaseOrganisation
from tests.factories import OrganisationFactory
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db

FORMATS = ["rss", "atom", "json"]
# The required parts of JSON Feed 1.1 (https://jsonfeed.org/version/1.1), as a schema.
JSON_FEED_SCHEMA = {
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string"},
        "home_page_url": {"type": "string", "format": "uri"},
        "feed_url": {"type": "string", "format": "uri"},
        "language": {"type": "string"},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "anyOf": [{"required": ["content_text"]}, {"required": ["content_html"]}],
                "properties": {
                    "id": {"type": "string"},
                    "url": {"type": "string"},
                    "title": {"type": "string"},
                    "summary": {"type": "string"},
                    "content_text": {"type": "string"},
                    "image": {"type": "string"},
                    "date_published": {"type": "string", "format": "date-time"},
                    "date_modified": {"type": "string", "format": "date-time"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "authors": {
                        "type": "array",
                        "items": {"type": "object", "properties": {"name": {"type": "string"}}},
                    },
                },
            },
        },
    },
}


@pytest.fixture(autouse=True)
def fresh_feed_cache():
    cache.clear()


def parse(client, url):
    response = client.get(url, HTTP_ORIGIN="https://partner.example")
    assert response.status_code == 200, url
    if "json" in response["Content-Type"]:
        document = json.loads(response.content)
        jsonschema.validate(document, JSON_FEED_SCHEMA)
        return document["items"], response
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    return parsed.entries, response


def titles(entries):
    return sorted(entry["title"] for entry in entries)


@pytest.mark.parametrize("fmt", FORMATS)
def test_case_feed_has_the_live_cases_with_their_details(client, library, fmt):
    entries, response = parse(client, f"/en/feeds/cases/{fmt}/")
    assert titles(entries) == sorted(
        case.title
        for case in [library.dunhuang, library.opera, library.beadwork, library.kizil, library.lao]
    )
    assert response["Access-Control-Allow-Origin"] == "*"
    entry = next(e for e in entries if e["title"] == library.opera.title)
    assert entry["url" if fmt == "json" else "link"].endswith(library.opera.url)
    if fmt == "json":
        assert entry["summary"] == library.opera.summary
        assert set(entry["tags"]) >= {"AI", "VR"}
    else:
        assert entry["summary"] == library.opera.summary
        assert {tag["term"] for tag in entry["tags"]} >= {"AI", "VR"}
        assert entry["published_parsed"] is not None


@pytest.mark.parametrize("fmt", FORMATS)
def test_case_feed_honours_the_library_filters(client, library, fmt):
    entries, _ = parse(client, f"/en/feeds/cases/{fmt}/?direction=technology&technology=vr")
    assert titles(entries) == [library.opera.title]
    # A filter that cannot be a value is ignored, as on the library page.
    entries, _ = parse(client, f"/en/feeds/cases/{fmt}/?year=abc&page=abc&unknown=1")
    assert len(entries) == 5


def test_case_feed_is_per_language(client, library):
    translate_page(library.opera, "fr")
    entries, response = parse(client, "/fr/feeds/cases/rss/")
    assert titles(entries) == [f"{library.opera.title} (fr)"]
    assert feedparser.parse(response.content).feed.language == "fr"


def test_unchanged_feed_answers_304_and_a_publication_changes_it(client, library, page_cache):
    first = client.get("/en/feeds/cases/atom/")
    assert first.has_header("ETag") and first.has_header("Last-Modified")
    again = client.get("/en/feeds/cases/atom/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    since = client.get("/en/feeds/cases/atom/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    library.lao.title = "Lao language model, second edition"
    library.lao.save_revision().publish()
    changed = client.get("/en/feeds/cases/atom/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert b"second edition" in changed.content


def test_cached_feed_spends_no_query(client, library, page_cache):
    client.get("/en/feeds/cases/rss/?direction=technology")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/feeds/cases/rss/?direction=technology")
    assert len(queries) == 0


def test_unknown_format_is_not_found(client, library):
    assert client.get("/en/feeds/cases/xml/").status_code == 404


def test_listing_pages_link_to_their_filtered_feeds(client, site_tree, library):
    html = client.get(f"{site_tree.case_index.url}?technology=vr").content.decode()
    for mime in ["application/rss+xml", "application/atom+xml", "application/feed+json"]:
        assert f'type="{mime}"' in html
    assert "/en/feeds/cases/rss/?technology=vr" in html
    for index, feed in [(site_tree.event_index, "events"), (site_tree.news_index, "news")]:
        assert f"/en/feeds/{feed}/rss/" in client.get(index.url).content.decode()


@pytest.mark.parametrize("fmt", FORMATS)
def test_items_carry_the_image_and_the_organisations(client, make_cases, fmt):
    (case,) = make_cases(1)
    for name in ["Sample Heritage Lab", "Sample Language Trust"]:
        CaseOrganisation.objects.create(
            page=case, organisation=OrganisationFactory(name=name), role="applicant"
        )

    (entry,), _ = parse(client, f"/en/feeds/cases/{fmt}/")

    if fmt == "json":
        assert entry["authors"] == [{"name": "Sample Heritage Lab, Sample Language Trust"}]
        image = entry["image"]
    else:
        assert entry["author"] == "Sample Heritage Lab, Sample Language Trust"
        (enclosure,) = [link for link in entry["links"] if link["rel"] == "enclosure"]
        assert enclosure["type"] == "image/jpeg" and int(enclosure["length"]) > 0
        image = enclosure["href"]
    assert image.startswith(case.get_site().root_url) and image.endswith(".jpg")
    media_path = image.removeprefix(case.get_site().root_url + settings.MEDIA_URL)
    assert default_storage.size(media_path) > 0
