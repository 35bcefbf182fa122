"""The main public pages load in a real browser, in English, Arabic and Chinese,
and axe-core finds no serious or critical problem on them; the search page's
suggestions work by keyboard, and search works with JavaScript switched off."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.urls import reverse
from wagtail.models import Locale, PageViewRestriction

from cases.models import CallIndexPage, CallPage, CaseIndexPage, CasePage
from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.browser.checks import blocking_violations, watch_for_policy_violations

# Serialized rollback: each test here flushes the database, migrations' rows included;
# the next one gets them back (the root page, the locales).
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ADMIN_PASSWORD = "a-browser-test-password-4921"


def translated(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def smoke_urls(code):
    """Path and a text the page must show, for each page type a visitor reaches.

    The sample content translates the home page, both calls, the indexes and at
    least one case, event and news item into every language.
    """
    english = Locale.get_default()
    call = CallPage.objects.live().get(year=2024, locale=english)
    library = CaseIndexPage.objects.live().get(locale=english)
    direction = call.directions.first()
    translated_keys = CasePage.objects.filter(locale__language_code=code).values("translation_key")
    case = CasePage.objects.live().filter(
        locale=english, edition=call, translation_key__in=translated_keys
    )
    event = EventPage.objects.live().filter(
        locale=english,
        translation_key__in=EventPage.objects.filter(locale__language_code=code).values(
            "translation_key"
        ),
    )
    news = NewsPage.objects.live().filter(
        locale=english,
        translation_key__in=NewsPage.objects.filter(locale__language_code=code).values(
            "translation_key"
        ),
    )
    pages = [
        (HomePage.objects.live().get(locale=english), None),
        (call, "theme"),
        (case.order_by("pk").first(), "title"),
        (event.order_by("pk").first(), "title"),
        (news.order_by("pk").first(), "title"),
    ]
    urls = []
    for page, field in pages:
        version = translated(page, code) if code != english.language_code else page
        urls.append((version.url, getattr(version, field) if field else None))
    library_version = translated(library, code) if code != english.language_code else library
    urls.append((f"{library_version.url}?edition=2024&direction={direction.slug}", None))
    return urls


def other_page_types():
    """The page types the language loop does not visit, in English, and a password form."""
    english = Locale.get_default()
    pages = [
        model.objects.live().filter(locale=english).order_by("pk").first()
        for model in (CallIndexPage, EventIndexPage, NewsIndexPage, StandardPage)
    ]
    protected = CasePage.objects.live().filter(locale=english).order_by("-pk").first()
    PageViewRestriction.objects.create(page=protected, restriction_type="password", password="x")
    return [
        *(page.url for page in pages),
        "/en/search/?query=archive",
        "/en/no-such-page/",
        "/robots.txt",
        protected.url,  # the password form
    ]


def test_public_pages_in_chromium(demo_site, live_server, page, browser, tmp_path):
    """One test, because the live server's transactional database is emptied after each."""
    urls = {code: smoke_urls(code) for code in ("en", "ar", "zh-hans")}
    more_urls = other_page_types()
    case_editor = reverse("wagtailadmin_pages:edit", args=[CasePage.objects.first().pk])
    User.objects.create_superuser("editor", "editor@example.org", ADMIN_PASSWORD)
    connection.close()  # the browser work below must not hold the test's connection
    refusals = watch_for_policy_violations(page)
    problems = {}
    for code, language_urls in urls.items():
        for path, expected_text in language_urls:
            response = page.goto(f"{live_server.url}{path}")
            assert response.status == 200, f"{path} answered {response.status}"
            assert page.locator("h1").count() == 1, f"{path} must have exactly one h1"
            assert page.get_attribute("html", "lang") == code
            assert page.get_attribute("html", "dir") == ("rtl" if code == "ar" else "ltr")
            if expected_text:
                assert expected_text in page.content(), f"{path} lacks {expected_text!r}"
            violations = blocking_violations(page)
            if violations:
                problems[path] = violations
    assert not problems, problems
    for path in more_urls:
        page.goto(f"{live_server.url}{path}")
    assert not refusals, refusals
    # The policy is really enforced: an injected inline style is refused.
    page.evaluate("document.head.insertAdjacentHTML('beforeend', '<style>p {}</style>')")
    page.wait_for_timeout(200)
    assert any("style-src" in text for text in refusals), refusals

    # Right to left: the layout mirrors (the brand starts on the right) and the
    # Arabic and Chinese home pages are captured as pictures.
    for code, language_urls in urls.items():
        page.goto(f"{live_server.url}{language_urls[0][0]}")
        brand = page.locator(".brand").bounding_box()
        search = page.locator(".site-search").bounding_box()
        if code == "ar":
            assert brand["x"] > search["x"], "Arabic header is not mirrored"
            assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        else:
            assert brand["x"] < search["x"]
        shot = tmp_path / f"home-{code}.png"
        page.screenshot(path=shot, full_page=True)
        assert shot.stat().st_size > 20_000

    # Keyboard: the skip link is the first stop, visibly focused, and leads to main.
    page.goto(f"{live_server.url}{urls['en'][0][0]}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"

    admin_keeps_to_its_policy(live_server, browser, case_editor)
    search_suggestions_by_keyboard(live_server, page)
    search_facets(live_server, page)
    search_without_javascript(live_server, browser)


def admin_keeps_to_its_policy(live_server, browser, editor_path):
    context = browser.new_context()
    tab = context.new_page()
    refusals = watch_for_policy_violations(tab)
    tab.goto(f"{live_server.url}{editor_path}")
    tab.fill("#id_username", "editor")
    tab.fill("#id_password", ADMIN_PASSWORD)
    tab.locator("#id_password").press("Enter")
    tab.wait_for_url(f"**{editor_path}")
    tab.wait_for_load_state("networkidle")
    assert tab.locator("form[data-edit-form]").count() == 1, "the page editor did not open"
    assert not refusals, refusals
    context.close()


def search_suggestions_by_keyboard(live_server, page):
    page.goto(f"{live_server.url}/en/search/")
    page.locator("#search-query").press_sequentially("sha")

    links = page.locator("#search-suggestions a")
    links.first.wait_for()
    titles = links.all_text_contents()
    assert any(title.startswith("Shadow Puppetry") for title in titles), titles
    status = page.locator("#search-suggest-status").text_content()
    assert status == f"Suggested pages: {len(titles)}"
    assert not blocking_violations(page)

    page.locator("#search-query").press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == titles[0]
    page.keyboard.press("Escape")
    assert page.locator("#search-suggestions").is_hidden()
    assert page.evaluate("document.activeElement.id") == "search-query"


def search_facets(live_server, page):
    page.goto(f"{live_server.url}/en/search/?query=archive")
    assert page.locator(".search-results li").count() > 1
    assert not blocking_violations(page)

    option = page.locator("#filter-technology option").nth(1)
    value, label = option.get_attribute("value"), option.text_content()
    page.select_option("#filter-technology", value)
    page.get_by_role("button", name="Show cases").click()
    count = int(label.rsplit("(", 1)[1].rstrip(")"))
    assert page.locator(".search-results li").count() == min(count, 10)
    assert f"technology={value}" in page.url


def search_without_javascript(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/en/search/")
    tab.fill("#search-query", "archives")
    tab.press("#search-query", "Enter")
    tab.wait_for_load_state()

    assert "query=archives" in tab.url
    assert tab.locator(".search-results li").count() > 1
    assert tab.locator("#search-suggestions").is_hidden()
    context.close()
