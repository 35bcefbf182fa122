"""Where each page type may be created: parent/subpage types and one-per-parent indexes."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page

from cases.models import CallIndexPage, CallPage, CaseIndexPage, CasePage
from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.factories import HomePageFactory
from tests.utils import admin_add_url

pytestmark = pytest.mark.django_db

INDEXES = [CallIndexPage, CaseIndexPage, EventIndexPage, NewsIndexPage]


@pytest.mark.parametrize(
    ("parent", "children"),
    [
        (HomePage, {CallIndexPage, CaseIndexPage, EventIndexPage, NewsIndexPage, StandardPage}),
        (CallIndexPage, {CallPage}),
        (CaseIndexPage, {CasePage}),
        (EventIndexPage, {EventPage}),
        (NewsIndexPage, {NewsPage}),
        (StandardPage, {StandardPage}),
        (CallPage, set()),
        (CasePage, set()),
        (EventPage, set()),
        (NewsPage, set()),
    ],
)
def test_allowed_subpage_types(parent, children):
    assert set(parent.allowed_subpage_models()) == children


@pytest.mark.parametrize(
    ("child", "parents"),
    [
        (HomePage, {Page}),
        (StandardPage, {HomePage, StandardPage}),
        (CallPage, {CallIndexPage}),
        (CasePage, {CaseIndexPage}),
        (EventPage, {EventIndexPage}),
        (NewsPage, {NewsIndexPage}),
        *[(index, {HomePage}) for index in INDEXES],
    ],
)
def test_allowed_parent_page_types(child, parents):
    assert set(child.allowed_parent_page_models()) == parents


@pytest.mark.parametrize(
    ("child", "parent_attr"),
    [
        (CasePage, "news_index"),
        (CasePage, "home"),
        (CasePage, "event_index"),
        (NewsPage, "case_index"),
        (EventPage, "news_index"),
        (CallPage, "case_index"),
        (StandardPage, "case_index"),
        (HomePage, "home"),
    ],
)
def test_can_not_create_at_the_wrong_place(site_tree, child, parent_attr):
    assert not child.can_create_at(getattr(site_tree, parent_attr))


@pytest.mark.parametrize(
    ("child", "parent_attr"),
    [
        (CasePage, "case_index"),
        (NewsPage, "news_index"),
        (EventPage, "event_index"),
        (CallPage, "call_index"),
        (StandardPage, "home"),
        (StandardPage, "about"),
    ],
)
def test_can_create_at_the_right_place(site_tree, child, parent_attr):
    assert child.can_create_at(getattr(site_tree, parent_attr))


def assert_refused(response):
    """Wagtail turns PermissionDenied into a redirect to the dashboard with an error."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
        messages = [str(m) for m in get_messages(response.wsgi_request)]
        assert any("permission" in m for m in messages), messages


def test_admin_refuses_a_case_under_the_news_index(admin_client, site_tree, directions):
    url = admin_add_url(CasePage, site_tree.news_index)

    assert_refused(admin_client.get(url))
    response = admin_client.post(
        url,
        {
            "title": "Misplaced",
            "slug": "misplaced",
            "summary": "A summary.",
            "edition": str(site_tree.call.pk),
            "year_completed": "2023",
            "action-publish": "action-publish",
        },
    )
    assert_refused(response)
    assert not CasePage.objects.exists()
    # The same view accepts the case under the library.
    assert admin_client.get(admin_add_url(CasePage, site_tree.case_index)).status_code == 200


@pytest.mark.parametrize("index", INDEXES)
def test_one_index_of_each_kind_per_home(admin_client, site_tree, index):
    home = site_tree.home
    assert index.max_count_per_parent == 1
    assert not index.can_create_at(home)  # the tree already has one
    url = admin_add_url(index, home)
    assert_refused(admin_client.post(url, {"title": "Second", "slug": "second"}))
    assert index.objects.count() == 1
    # Another home (e.g. another site) may have its own.
    other_home = HomePageFactory(parent=site_tree.root, slug="other-site")
    assert index.can_create_at(other_home)


def test_one_home_page_under_the_root(site_tree):
    assert not HomePage.can_create_at(site_tree.root)
    site_tree.home.delete()
    assert HomePage.can_create_at(Page.get_first_root_node())
