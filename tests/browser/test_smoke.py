"""The main public pages load in a real browser and pass axe-core."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.db import connection

from cases.models import CallPage, CaseIndexPage, CasePage
from events.models import EventPage
from home.models import HomePage
from news.models import NewsPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BLOCKING_IMPACTS = {"serious", "critical"}


def smoke_urls():
    """Path and a text the page must show, for each page type a visitor reaches."""
    call = CallPage.objects.live().get(year=2024)
    library = CaseIndexPage.objects.live().first()
    direction = call.directions.first()
    case = CasePage.objects.live().filter(edition=call).order_by("pk").first()
    event = EventPage.objects.live().order_by("pk").first()
    news = NewsPage.objects.live().order_by("pk").first()
    return [
        (HomePage.objects.live().first().url, None),
        (call.url, call.theme),
        (f"{library.url}?edition=2024&direction={direction.slug}", direction.name),
        (case.url, case.title),
        (event.url, event.title),
        (news.url, news.title),
    ]


def blocking_violations(tab):
    results = Axe().run(tab)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]


def test_public_pages_in_chromium(demo_site, live_server, page):
    """One test, because the live server's transactional database is emptied after each."""
    urls = smoke_urls()
    connection.close()  # the browser work below must not hold the test's connection
    problems = {}
    for path, expected_text in urls:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, f"{path} answered {response.status}"
        assert page.locator("h1").count() == 1, f"{path} must have exactly one h1"
        if expected_text:
            assert expected_text in page.content(), f"{path} lacks {expected_text!r}"
        violations = blocking_violations(page)
        if violations:
            problems[path] = violations
    assert not problems, problems

    # Keyboard: the skip link is the first stop, visibly focused, and leads to main.
    page.goto(f"{live_server.url}{urls[0][0]}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
