"""The demo loader (``load_demo_content``): the sample site, created once.

Contract: running the command twice creates nothing the second time; the sample holds
≥20 cases over both editions, the 2024 call (2 directions, 5 criteria, 4 dated stages,
deadline 12:00 Beijing = 04:00 UTC on 9 May 2024), the 2025 call (3 key areas), the
three events of the source documents, ≥3 news items, and it says it is sample content.
"""

import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Revision, Site

from cases.models import CallPage, CasePage
from core.models import CasebookImage, Organisation, Person, SiteSettings
from events.models import EventPage
from home.models import HomePage
from news.models import NewsPage
from tests.utils import text_of


def media_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": CasebookImage.objects.count(),
        "documents": get_document_model().objects.count(),
        "organisations": Organisation.objects.count(),
        "people": Person.objects.count(),
        "sites": Site.objects.count(),
        "page ids": sorted(Page.objects.values_list("pk", flat=True)),
    }


def test_second_run_creates_nothing(demo, db):
    first = snapshot()
    files = media_files()

    call_command("load_demo_content", verbosity=0)

    assert snapshot() == first
    # Original files are not uploaded again (renditions may be made by rendering only).
    assert [f for f in media_files() if not f.startswith("images/")] == [
        f for f in files if not f.startswith("images/")
    ]


def test_the_home_page_is_the_default_sites_root(demo, db):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)


def test_cases_over_both_editions(demo, db):
    cases = CasePage.objects.live().filter(locale=Locale.get_default())
    assert cases.count() >= 20
    years = set(cases.values_list("edition__year", flat=True))
    assert {2024, 2025} <= years
    for case in cases.select_related("edition"):
        years = case.edition.eligible_years()
        assert years is None or case.year_completed in years, case.title


def test_the_2024_call(demo, db):
    call = CallPage.objects.live().filter(locale=Locale.get_default()).get(year=2024)

    assert call.directions.count() == 2
    assert call.criteria.count() == 5
    stages = list(call.stages.all())
    assert len(stages) == 4
    assert all(stage.starts_on or stage.ends_on for stage in stages)
    assert call.closes_at == dt.datetime(2024, 5, 9, 4, 0, tzinfo=dt.UTC)
    local = call.deadline_local
    assert (local.hour, local.minute, local.utcoffset()) == (12, 0, dt.timedelta(hours=8))


def test_the_2025_call_has_three_key_areas(demo, db):
    call = CallPage.objects.live().filter(locale=Locale.get_default()).get(year=2025)
    assert call.directions.count() == 3


def test_the_three_seed_events(demo, db):
    events = list(EventPage.objects.live().filter(locale=Locale.get_default()))
    assert len(events) >= 3
    kinds = {event.kind for event in events}
    assert {EventPage.Kind.BRIEFING, EventPage.Kind.FORUM, EventPage.Kind.SEMINAR} <= kinds
    briefing = next(e for e in events if e.kind == EventPage.Kind.BRIEFING)
    assert briefing.local_start.date() == dt.date(2026, 1, 21)
    seminar = next(e for e in events if e.kind == EventPage.Kind.SEMINAR)
    assert seminar.local_start.year == 2021


def test_news(demo, db):
    assert NewsPage.objects.live().filter(locale=Locale.get_default()).count() >= 3


def test_marked_as_sample_content(demo, db, client):
    site = Site.objects.get(is_default_site=True)
    assert SiteSettings.for_site(site).is_sample_content

    # The notice is in the layout; these pages have no pictures to render (AVIF is slow).
    pages = [
        CallPage.objects.live().filter(locale=Locale.get_default()).get(year=2024),
        CallPage.objects.live().filter(locale=Locale.get_default()).get(year=2025).get_parent(),
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert "sample content" in text_of(response).lower(), page.url


def test_admin_dashboard_says_sample_content(demo, db, admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "This site holds sample content" in response.content.decode()

    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.filter(site=site).update(is_sample_content=False)
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert "This site holds sample content" not in response.content.decode()
