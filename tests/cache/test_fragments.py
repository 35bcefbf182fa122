"""Parts of pages kept in the fragment cache (header, menus, footer, bodies, related boxes,
option counts, routes, restricted sections) are fresh at once after a change.

Each test renders a page once to fill the fragment cache, changes something through
the editor's path (publishing, saving a snippet or a setting), and reads the page again.
"""

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cases.models import CasePage
from core.models import SiteSettings, SiteText
from tests.factories import CasePageFactory, NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fragments_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 3600


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def test_the_shared_parts_are_rendered_once(client, site_tree, settings):
    page(client, site_tree.about.url)
    # Another page reuses the header, menus, footer, settings and site text.
    with_fragments = queries(client, site_tree.case_index.url)
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert with_fragments < queries(client, site_tree.case_index.url)


def test_a_new_menu_page_and_new_settings_reach_the_shared_parts(client, site_tree):
    page(client, site_tree.about.url)
    page(client, site_tree.case_index.url)
    StandardPageFactory(
        parent=site_tree.home, title="Sample partners", slug="partners", show_in_menus=True
    ).save_revision().publish()
    assert "Sample partners" in page(client, site_tree.case_index.url)

    settings = SiteSettings.for_site(site_tree.site)
    settings.contact_email = "sample-enquiries@example.org"
    settings.save()
    assert "sample-enquiries@example.org" in page(client, site_tree.about.url)

    text = SiteText.objects.get_or_create(
        locale=site_tree.home.locale, defaults={"organisation_name": "Sample centre"}
    )[0]
    text.tagline = "A tagline for this test"
    text.save()
    assert "A tagline for this test" in page(client, site_tree.case_index.url)


def test_a_republished_body_and_a_new_mention_reach_a_case_page(client, library, site_tree):
    case = library.opera
    page(client, case.url)
    case.body = [("text", "<p>A paragraph written just now.</p>")]
    case.save_revision().publish()
    assert "A paragraph written just now." in page(client, case.url)

    NewsPageFactory(
        parent=site_tree.news_index, title="Sample report on the opera", related_cases=[case]
    ).save_revision().publish()
    assert "Sample report on the opera" in page(client, case.url)


def test_option_counts_follow_a_new_case(client, library, site_tree):
    url = f"{site_tree.case_index.url}?domain=music"
    before = page(client, url)
    CasePageFactory(
        parent=site_tree.case_index,
        title="Sample choir archive",
        edition=site_tree.call,
        cultural_domains=[library.music],
    ).save_revision().publish()
    after = page(client, url)
    assert "Sample choir archive" in after and before != after


def test_an_unpublished_case_is_gone_from_its_cached_route(client, library):
    page(client, library.kizil.url)
    library.kizil.unpublish()
    assert client.get(library.kizil.url).status_code == 404


def test_a_section_closed_behind_a_password_is_closed_at_once(client, library, page_cache):
    case = library.beadwork
    assert case.summary in page(client, case.url)
    assert case.title in page(client, "/en/cases/")
    PageViewRestriction.objects.create(
        page=case, restriction_type=PageViewRestriction.PASSWORD, password="sesame"
    )
    closed = page(client, case.url)
    assert 'name="password"' in closed and case.summary not in closed
    assert case.title not in page(client, "/en/cases/")


def test_a_call_reads_closed_once_its_deadline_passes(client, site_tree):
    call = site_tree.call_2025
    call.opens_at = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    call.closes_at = dt.datetime(2030, 3, 1, tzinfo=dt.UTC)
    call.save_revision().publish()
    with time_machine.travel(dt.datetime(2030, 2, 1, tzinfo=dt.UTC)):
        assert "status--open" in page(client, call.url)
    with time_machine.travel(dt.datetime(2030, 3, 2, tzinfo=dt.UTC)):
        assert "status--open" not in page(client, call.url)


def test_a_preview_neither_reads_nor_fills_the_kept_parts(rf):
    """A preview shows the draft: not a part kept from the live page with the same key
    (Wagtail's preview request may well carry the visitors' host), and it keeps nothing."""
    fragment = Template(
        "{% load fragment_tags %}{% cached_fragment 'body' %}{{ text }}{% endcached_fragment %}"
    )

    def rendered(text, preview=False):
        request = rf.get("/en/cases/sample/")
        request.is_preview = preview
        return fragment.render(Context({"request": request, "text": text}))

    assert rendered("live") == "live"
    assert rendered("draft", preview=True) == "draft"
    assert rendered("changed draft", preview=True) == "changed draft"
    assert rendered("not rendered: kept") == "live"


def test_kept_cards_follow_their_case_and_its_edition(client, library, site_tree):
    """Cards are kept whole and one by one; a change to what a card shows (the case, the
    call whose year it prints) reaches every listing at once."""
    library_url, filtered = site_tree.case_index.url, f"{site_tree.case_index.url}?domain=music"
    page(client, library_url)
    page(client, filtered)
    opera = library.opera
    opera.title = "Sample opera archive, renamed"
    opera.save_revision().publish()
    assert "Sample opera archive, renamed" in page(client, library_url)
    assert "Sample opera archive, renamed" in page(client, filtered)

    call = site_tree.call
    call.year = 2023
    call.save_revision().publish()
    assert "Edition 2023" in page(client, filtered)


def test_a_listing_reuses_the_cards_another_listing_rendered(client, library, site_tree):
    library_url = site_tree.case_index.url
    page(client, library_url)  # every card kept
    # Renamed behind the site's back (no signal, no purge): a listing never rendered
    # before still shows the kept card, so it did not render the card again.
    CasePage.objects.filter(pk=library.opera.pk).update(title="Renamed without a purge")
    assert "Renamed without a purge" not in page(client, f"{library_url}?domain=music")
