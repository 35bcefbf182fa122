"""The search page in Chromium: suggestions by keyboard, axe-core on results with
facets, and the same search with JavaScript switched off."""

import pytest
from django.db import connection

from tests.browser.test_smoke import blocking_violations
from tests.factories import CasePageFactory, EventPageFactory

# serialized_rollback: the locales and goals made by migrations survive each test's flush.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def lanterns(site_tree):
    for title in ("Lantern makers", "Lantern festival online", "Lantern archive"):
        CasePageFactory(
            parent=site_tree.case_index,
            edition=site_tree.call,
            title=title,
            technologies=["Virtual reality"],
        )
    EventPageFactory(parent=site_tree.event_index, title="Lantern workshop")
    connection.close()  # the browser work below must not hold the test's connection


def test_search_page_in_chromium(lanterns, live_server, page, browser):
    """One test, because the live server's transactional database is emptied after each."""
    suggestions_are_reached_by_keyboard(live_server, page)
    results_with_facets_pass_axe(live_server, page)
    search_works_without_javascript(live_server, browser)


def suggestions_are_reached_by_keyboard(live_server, page):
    page.goto(f"{live_server.url}/en/search/")
    page.locator("#search-query").press_sequentially("lant")

    links = page.locator("#search-suggestions a")
    links.first.wait_for()
    assert links.count() == 4
    assert page.locator("#search-suggest-status").text_content() == "Suggested pages: 4"
    assert not blocking_violations(page)

    page.locator("#search-query").press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent").startswith("Lantern")
    page.keyboard.press("Escape")
    assert page.locator("#search-suggestions").is_hidden()
    assert page.evaluate("document.activeElement.id") == "search-query"


def results_with_facets_pass_axe(live_server, page):
    page.goto(f"{live_server.url}/en/search/?query=lantern")

    assert page.locator(".search-results li").count() == 4
    assert page.locator("#filter-technology").is_visible()
    assert not blocking_violations(page)

    page.select_option("#filter-technology", "virtual-reality")
    page.get_by_role("button", name="Show cases").click()
    assert page.locator(".search-results li").count() == 3


def search_works_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/en/search/")
    tab.fill("#search-query", "lanterns")
    tab.press("#search-query", "Enter")
    tab.wait_for_load_state()

    assert "query=lanterns" in tab.url
    assert tab.locator(".search-results li").count() == 4
    assert tab.locator("#search-suggestions").is_hidden()
    context.close()
