"""The page cache: anonymous answers kept whole, and purged exactly where a change shows.

An answer served from the page cache spends no query, so ``served`` tells a stored
answer from a rendered one by counting queries.
"""

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.models import SiteSettings, SiteText
from tests.factories import CasePageFactory, EventPageFactory, OrganisationFactory
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _on(page_cache):
    pass


def served(client, url, **headers):
    """(response, whether it came from the page cache)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response, len(queries) == 0


def warm(client, *urls):
    for url in urls:
        served(client, url)
        assert served(client, url)[1], f"{url} was not kept"


def test_an_anonymous_answer_is_kept_with_headers_for_shared_caches(client, library):
    url = library.opera.url
    first, from_cache = served(client, url, HTTP_ACCEPT_ENCODING="br, gzip")
    assert not from_cache
    again, from_cache = served(client, url, HTTP_ACCEPT_ENCODING="br, gzip")
    assert from_cache and again.content == first.content
    assert again["Content-Encoding"] == "br"
    cache_control = again["Cache-Control"]
    for directive in ("public", "max-age=60", "s-maxage=60", "stale-while-revalidate=600"):
        assert directive in cache_control
    assert "Cookie" not in again.get("Vary", "")
    assert "Accept-Encoding" in again["Vary"]
    assert again.has_header("ETag") and again.has_header("Last-Modified")
    assert not again.cookies
    # Each encoding is kept apart: a client without brotli gets gzip, then plain text.
    gzipped, _ = served(client, url, HTTP_ACCEPT_ENCODING="gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    plain, _ = served(client, url)
    assert not plain.has_header("Content-Encoding") and b"Virtual opera house" in plain.content


def test_an_unchanged_answer_is_a_304(client, library):
    first, _ = served(client, library.opera.url)
    again = client.get(library.opera.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    since = client.get(library.opera.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


def test_editors_neither_see_nor_fill_the_cache(client, admin_client, library):
    url = library.opera.url
    served(admin_client, url)
    response, from_cache = served(admin_client, url)
    assert not from_cache
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]
    # What the editor was shown was not kept for visitors either.
    assert not served(client, url)[1]
    assert served(client, url)[1]
    assert not served(admin_client, url)[1]


def test_an_answer_with_a_csrf_token_is_not_kept(client, site_tree):
    PageViewRestriction.objects.create(
        page=site_tree.about, restriction_type=PageViewRestriction.PASSWORD, password="sesame"
    )
    served(client, site_tree.about.url)
    response, from_cache = served(client, site_tree.about.url)
    assert not from_cache and b"csrfmiddlewaretoken" in response.content


def test_a_publish_reaches_every_address_showing_the_case_and_no_other(client, library, site_tree):
    lao = library.lao
    french = translate_page(lao, "fr")
    index = site_tree.case_index.url
    showing = [
        lao.url,
        french.url,
        index,
        f"{index}?page=2",
        f"{index}?direction=languages",
        f"{index}?domain=music&year=2022",
        site_tree.home.url,
        "/en/feeds/cases/rss/",
        "/en/feeds/cases/json/",
        "/en/embed/cases/",
        "/api/v1/cases/?lang=en&page_size=2&page=1",
        f"/api/v1/cases/{lao.pk}/?lang=en",
        "/en/sitemap.xml",
        f"/oembed/?url=http://testserver{lao.url}",
    ]
    not_showing = [
        library.beadwork.url,  # shares no topic with the Lao case
        site_tree.about.url,
        site_tree.event_index.url,
        site_tree.news_index.url,
        "/en/feeds/news/rss/",
        "/en/feeds/events/atom/",
        "/en/calendar/events.ics",
        "/theme.css",
    ]
    warm(client, *showing, *not_showing)

    lao.title = "Lao language model, second edition"
    lao.save_revision().publish()

    for url in showing:
        response, from_cache = served(client, url)
        assert not from_cache, f"{url} still came from the cache"
    for url in [lao.url, index, f"{index}?direction=languages"]:
        assert b"second edition" in client.get(url).content, url
    for url in ["/en/feeds/cases/rss/", "/en/embed/cases/", f"/api/v1/cases/{lao.pk}/?lang=en"]:
        assert b"second edition" in client.get(url).content, url
    for url in not_showing:
        assert served(client, url)[1], f"{url} lost its cache entry"


def test_a_new_case_on_a_topic_joins_the_related_cases_at_once(client, library, site_tree):
    warm(client, library.dunhuang.url, library.lao.url)
    CasePageFactory(
        parent=site_tree.case_index,
        title="Another heritage archive",
        edition=site_tree.call,
        direction=library.dunhuang.direction,
        cultural_domains=[library.heritage],
        technologies=["AI"],
    ).save_revision().publish()
    dunhuang, from_cache = served(client, library.dunhuang.url)
    assert not from_cache and b"Another heritage archive" in dunhuang.content
    # The Lao case (music) has nothing in common with it.
    assert served(client, library.lao.url)[1]


def test_unpublishing_and_moving_reach_the_page_and_its_listings(client, library, site_tree):
    index = site_tree.case_index.url
    warm(client, library.kizil.url, index, site_tree.about.url)
    library.kizil.unpublish()
    assert client.get(library.kizil.url).status_code == 404
    listing, from_cache = served(client, index)
    assert not from_cache and b"Kizil grotto scans" not in listing.content
    assert served(client, site_tree.about.url)[1]


def test_a_translation_published_reaches_the_source_pages_language_menu(client, library):
    url = library.opera.url
    warm(client, url)
    translate_page(library.opera, "es")
    response, from_cache = served(client, url)
    assert not from_cache and b'hreflang="es"' in response.content


def test_snippets_images_settings_and_site_text_purge_what_shows_them(client, library, site_tree):
    organisation = OrganisationFactory(name="Sample Archive Foundation")
    library.opera.organisations.create(organisation=organisation, role="partner")
    library.opera.save_revision().publish()
    warm(client, library.opera.url, library.beadwork.url, "/theme.css", site_tree.about.url)

    organisation.name = "Sample Archive Trust"
    organisation.save()
    response, from_cache = served(client, library.opera.url)
    assert not from_cache and b"Sample Archive Trust" in response.content
    assert served(client, library.beadwork.url)[1]

    settings = SiteSettings.for_site(site_tree.site)
    settings.accent_colour = "#5a2d82"
    settings.save()
    theme, from_cache = served(client, "/theme.css")
    assert not from_cache and b"#5a2d82" in theme.content

    text = SiteText.objects.get_or_create(
        locale=site_tree.home.locale, defaults={"organisation_name": "Sample centre"}
    )[0]
    text.tagline = "A tagline edited just now"
    text.save()
    about, from_cache = served(client, site_tree.about.url)
    assert not from_cache and b"A tagline edited just now" in about.content


def test_an_upcoming_event_leaves_the_cached_listing_when_it_ends(client, site_tree):
    ends = timezone.now() + dt.timedelta(hours=2)
    EventPageFactory(
        parent=site_tree.event_index,
        title="Sample briefing ending soon",
        starts_at=ends - dt.timedelta(hours=1),
        ends_at=ends,
    )
    url = site_tree.event_index.url
    warm(client, url)
    with time_machine.travel(ends + dt.timedelta(minutes=1)):
        response, from_cache = served(client, url)
    assert not from_cache


def test_a_moved_page_leaves_its_old_address_and_the_menu(client, site_tree):
    about = site_tree.about
    old = about.url
    warm(client, old, site_tree.case_index.url)
    assert b"About the call" in served(client, site_tree.case_index.url)[0].content
    about.move(site_tree.news_index, pos="last-child")
    # The old address is not answered from the cache: it redirects to the new one.
    moved = client.get(old)
    assert moved.status_code == 301 and moved["Location"] == "/en/news/about/"
    assert client.get("/en/news/about/").status_code == 200
    listing, from_cache = served(client, site_tree.case_index.url)
    assert not from_cache and b"About the call" not in listing.content


def test_a_deleted_case_leaves_every_listing(client, library, site_tree):
    index = site_tree.case_index.url
    warm(client, index, "/en/feeds/cases/rss/", library.beadwork.url)
    library.opera.delete()
    for url in (index, "/en/feeds/cases/rss/"):
        response, from_cache = served(client, url)
        assert not from_cache and b"Virtual opera house" not in response.content, url
