"""Cases and events as CSV and JSON downloads, their codebook and data package."""

import csv
import io
import json

import pytest
from django.conf import settings
from django.utils.html import escape

from cases.api import CaseRecord
from core.downloads import columns
from tests.factories import EventPageFactory
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db

# Streamed in batches of 200 pages: the same queries for any number up to that.
CEILING_DOWNLOAD = 16


def content(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig")


def read_csv(client, url):
    response = client.get(url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert settings.OPEN_DATA_LICENCE_URL in response["Link"]
    return list(csv.DictReader(io.StringIO(content(response))))


def test_case_csv_has_every_field_and_honours_the_filters(client, library):
    rows = read_csv(client, "/en/downloads/cases.csv?direction=technology&technology=vr")

    (row,) = rows
    assert list(row) == [name for name, _kind, _description in columns(CaseRecord)]
    assert row["title"] == library.opera.title and row["id"] == str(library.opera.pk)
    assert row["countries"] == "CN | FR" and row["countries_label"] == "China | France"
    assert row["technologies"] == "ai | vr"
    assert row["direction"] == "technology" and row["direction_label"]
    assert row["year_completed"] == "2022" and row["edition"] == "2024"
    assert len(read_csv(client, "/en/downloads/cases.csv?page=abc&year=abc")) == 5


def test_case_json_has_the_api_records_and_the_licence(client, library):
    response = client.get("/en/downloads/cases.json?technology=ai")
    document = json.loads(content(response))

    assert document["licence"]["name"] == settings.OPEN_DATA_LICENCE
    records = {record["title"]: record for record in document["records"]}
    assert set(records) == {library.dunhuang.title, library.opera.title, library.kizil.title}
    api = client.get(f"/api/v1/cases/{library.opera.pk}/").json()
    assert records[library.opera.title] == json.loads(json.dumps(api))


def test_downloads_are_per_language(client, library):
    translate_page(library.opera, "fr")
    (row,) = read_csv(client, "/fr/downloads/cases.csv")
    assert row["lang"] == "fr" and row["title"] == f"{library.opera.title} (fr)"


def test_event_downloads_keep_one_kind(client, site_tree):
    EventPageFactory(parent=site_tree.event_index, title="Sample forum", kind="forum")
    EventPageFactory(parent=site_tree.event_index, title="Sample workshop", kind="workshop")

    rows = read_csv(client, "/en/downloads/events.csv?type=workshop")

    assert [row["title"] for row in rows] == ["Sample workshop"]
    assert rows[0]["type_label"] == "Workshop"
    document = json.loads(content(client.get("/en/downloads/events.json")))
    assert len(document["records"]) == 2


def test_data_package_describes_the_csv_columns(client, library):
    package = client.get("/en/downloads/datapackage.json").json()

    assert package["profile"] == "tabular-data-package"
    assert package["licenses"][0]["path"] == settings.OPEN_DATA_LICENCE_URL
    for resource in package["resources"]:
        header = next(csv.reader(io.StringIO(content(client.get(resource["path"])))))
        fields = resource["schema"]["fields"]
        assert [field["name"] for field in fields] == header
        assert all(field["description"] and field["type"] for field in fields)
    cases = next(r for r in package["resources"] if r["name"] == "cases")
    types = {field["name"]: field["type"] for field in cases["schema"]["fields"]}
    assert types["year_completed"] == "integer" and types["latitude"] == "number"
    assert types["first_published_at"] == "datetime"


def test_codebook_lists_each_column(client, library):
    html = client.get("/fr/downloads/codebook/").content.decode()
    for name, _kind, description in columns(CaseRecord):
        assert f"<code>{name}</code>" in html and escape(description) in html
    assert "Dictionnaire des données ouvertes" in html
    assert settings.OPEN_DATA_LICENCE_URL in html


def test_the_library_links_its_filtered_downloads(client, site_tree, library):
    html = client.get(f"{site_tree.case_index.url}?technology=vr").content.decode()
    assert 'href="/en/downloads/cases.csv?technology=vr"' in html
    assert 'href="/en/downloads/cases.json?technology=vr"' in html
    assert 'href="/en/downloads/codebook/"' in html
    assert settings.OPEN_DATA_LICENCE_URL in html


@pytest.mark.parametrize("url", ["/en/downloads/cases.csv", "/en/downloads/cases.json"])
def test_downloads_spend_the_same_queries_at_10_and_100_cases(
    client, make_cases, django_assert_max_num_queries, url
):
    make_cases(10)
    content(client.get(url))  # makes the renditions, as any first view does
    with django_assert_max_num_queries(CEILING_DOWNLOAD) as small:
        content(client.get(url))
    count = len(small.captured_queries)
    make_cases(90)
    content(client.get(url))
    with django_assert_max_num_queries(count) as large:
        body = content(client.get(url))
    assert len(large.captured_queries) == count
    assert body.count("/en/cases/case-") >= 100
