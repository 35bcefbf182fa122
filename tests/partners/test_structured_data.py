"""JSON-LD, Open Graph and Twitter tags as extruct reads them from the rendered pages."""

import datetime as dt

import extruct
import lxml.html
import pytest
from django.utils import timezone

from cases.models import CaseOrganisation
from core.models import SiteText
from events.models import EventOrganisation, EventSpeaker
from tests.factories import (
    EventPageFactory,
    ImageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PersonFactory,
)
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db


def extract(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return extruct.extract(
        response.content.decode(),
        base_url=page.full_url,
        syntaxes=["json-ld", "opengraph"],
        uniform=True,
    )


def meta_tags(html, prefix):
    """{name: content} of the ``<meta name="…">`` tags whose name starts with ``prefix``."""
    tags = lxml.html.fromstring(html).xpath(f'//meta[starts-with(@name, "{prefix}")]')
    return {tag.get("name"): tag.get("content") for tag in tags}


def described(data, schema_type):
    (found,) = [
        item
        for item in data["json-ld"]
        if schema_type == item["@type"] or schema_type in item.get("@type", [])
    ]
    return found


def test_case_is_a_creative_work_and_project_linked_to_its_translations(client, library):
    case = library.opera
    CaseOrganisation.objects.create(
        page=case, organisation=OrganisationFactory(name="Sample Opera Lab"), role="applicant"
    )
    french = translate_page(case, "fr")

    work = described(extract(client, case), "CreativeWork")

    assert set(work["@type"]) == {"CreativeWork", "Project"}
    assert work["@context"] == "https://schema.org"
    assert (work["name"], work["url"], work["inLanguage"]) == (case.title, case.full_url, "en")
    assert work["description"] == case.summary
    assert set(work["keywords"]) == {"AI", "VR"}
    assert {place["identifier"] for place in work["spatialCoverage"]} == {"FR", "CN"}
    assert work["creator"] == [{"@type": "Organization", "name": "Sample Opera Lab"}]
    assert work["isPartOf"]["url"] == case.edition.full_url
    assert work["datePublished"]
    assert work["workTranslation"] == [
        {"@type": "CreativeWork", "url": french.full_url, "inLanguage": "fr"}
    ]
    french_work = described(extract(client, french), "CreativeWork")
    assert french_work["inLanguage"] == "fr"
    assert french_work["workTranslation"][0]["url"] == case.full_url


def test_event_has_dates_place_organiser_performers_and_attendance_mode(client, site_tree):
    starts = timezone.now().replace(microsecond=0) + dt.timedelta(days=30)
    event = EventPageFactory(
        parent=site_tree.event_index,
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=3),
        venue_name="Sample hall",
        online_url="https://meeting.example/room",
    )
    EventOrganisation.objects.create(
        page=event, organisation=OrganisationFactory(name="Sample Centre"), role="host"
    )
    EventSpeaker.objects.create(
        page=event, person=PersonFactory(name="Sample Speaker"), affiliation="Sample Institute"
    )

    found = described(extract(client, event), "Event")

    assert dt.datetime.fromisoformat(found["startDate"]) == starts
    assert dt.datetime.fromisoformat(found["endDate"]) == starts + dt.timedelta(hours=3)
    assert found["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, online = found["location"]
    assert place["name"] == "Sample hall" and place["address"]["addressCountry"] == "CN"
    assert online == {"@type": "VirtualLocation", "url": "https://meeting.example/room"}
    assert found["organizer"] == [{"@type": "Organization", "name": "Sample Centre"}]
    assert found["performer"] == [
        {"@type": "Person", "name": "Sample Speaker", "jobTitle": "Sample Institute"}
    ]
    assert found["eventStatus"] == "https://schema.org/EventScheduled"


def test_news_is_a_news_article_with_its_picture(client, site_tree):
    item = NewsPageFactory(
        parent=site_tree.news_index, hero_image=ImageFactory(file__width=1200, file__height=800)
    )

    data = extract(client, item)

    article = described(data, "NewsArticle")
    assert article["headline"] == item.title
    assert article["datePublished"] == item.date.isoformat()
    assert article["image"][0].startswith("http") and article["inLanguage"] == "en"
    (og,) = data["opengraph"]
    assert og["og:title"] == item.title and og["@type"] == "article"
    assert og["og:locale"] == "en_GB"
    twitter = meta_tags(client.get(item.url).content.decode(), "twitter:")
    assert twitter["twitter:card"] == "summary_large_image"
    assert twitter["twitter:title"] == og["og:title"]
    assert twitter["twitter:description"] == og["og:description"] == item.summary
    assert twitter["twitter:image"] == og["og:image"]


def test_home_is_the_website_with_its_search_and_the_organisation(client, site_tree):
    SiteText.objects.create(organisation_name="Sample Centre", locale=site_tree.home.locale)

    data = extract(client, site_tree.home)

    site = described(data, "WebSite")
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"].endswith("/en/search/?q={search_term_string}")
    assert action["query-input"] == "required name=search_term_string"
    organisation = described(data, "Organization")
    assert organisation["name"] == "Sample Centre"
    assert organisation["url"] == site["url"] == site_tree.home.full_url


def test_call_names_its_publishers_and_deadline(client, site_tree):
    call = described(extract(client, site_tree.call), "CreativeWork")
    assert call["name"] == site_tree.call.title
    assert dt.datetime.fromisoformat(call["expires"]) == site_tree.call.closes_at


def test_json_ld_cannot_be_closed_by_page_words(client, library):
    case = library.opera
    case.summary = "Opera </script><script>alert(1)</script>"
    case.save_revision().publish()

    html = client.get(case.url).content.decode()

    assert "</script><script>alert(1)" not in html
    assert described(extract(client, case), "CreativeWork")["description"] == case.summary
