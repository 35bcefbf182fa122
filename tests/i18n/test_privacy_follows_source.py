"""Unpublishing, deleting, moving and restricting a page reach all its translations, and
no listing, sitemap, search result, suggestion or card shows a page a visitor may not see."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, PageViewRestriction

from tests.factories import StandardPageFactory
from tests.factories.translations import translate_page
from tests.i18n.html import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "zh-hans", "ar"]


@pytest.fixture
def tree(translated_tree):
    return translated_tree(LANGUAGES[1:])


def versions(tree, name):
    return {code: Page.objects.get(pk=getattr(tree.pages[code], name).pk) for code in LANGUAGES}


def shown_anywhere(client, code, page):
    """Where a visitor of ``code`` finds ``page``: listing, sitemap, search, suggestions."""
    path = page.url
    places = []
    listing = soup(client.get(page.get_parent().url)).select(".card__title a")
    if any(a["href"] == path for a in listing):
        places.append("listing")
    if path in client.get(f"/{code}/sitemap.xml").content.decode():
        places.append("sitemap")
    results = client.get(f"/{code}/search/", {"query": page.title}).context["results"]
    if page.pk in [result.pk for result in results]:
        places.append("search")
    words = page.title.split()[0][:4]
    suggested = client.get(f"/{code}/search/suggest/", {"query": words}).json()
    if path in [suggestion["url"] for suggestion in suggested["suggestions"]]:
        places.append("suggestions")
    return places


def restrict(page, **fields):
    return PageViewRestriction.objects.create(page=page, **fields)


def test_a_password_on_the_source_protects_every_translation(client, tree):
    cases = versions(tree, "case")
    for code, case in cases.items():
        assert shown_anywhere(client, code, case) == ["listing", "sitemap", "search", "suggestions"]

    assert cases["fr"].url in client.get(tree.pages["fr"].home.url).content.decode()

    restriction = restrict(cases["en"], restriction_type="password", password="s3cret")

    for code, case in cases.items():
        response = client.get(case.url)
        assert response.templates[0].name == "password_required.html", code
        assert tree.pages[code].case.title not in response.content.decode(), code
        assert shown_anywhere(client, code, case) == [], code
    # The French home page no longer shows it in its sections either.
    assert cases["fr"].url not in client.get(tree.pages["fr"].home.url).content.decode()

    restriction.delete()
    for code, case in cases.items():
        assert not case.get_view_restrictions().exists(), code
        assert client.get(case.url).status_code == 200


def test_a_login_restriction_follows_with_its_groups(client, tree):
    cases = versions(tree, "case")
    reviewers = Group.objects.create(name="Reviewers")
    restriction = restrict(cases["en"], restriction_type="groups")
    restriction.groups.set([reviewers])

    for code in LANGUAGES[1:]:
        copy = cases[code].view_restrictions.get()
        assert copy.restriction_type == "groups"
        assert list(copy.groups.all()) == [reviewers]
        response = client.get(cases[code].url)
        assert response.status_code == 302 and "login" in response["Location"], code
        assert shown_anywhere(client, code, cases[code]) == [], code


def test_a_translation_made_after_the_restriction_is_restricted_too(client, tree):
    english = tree.en.english_only_case
    restrict(english, restriction_type="login")

    russian = translate_page(english, "ru")

    assert russian.view_restrictions.get().restriction_type == "login"
    assert client.get(russian.url).status_code == 302


def test_unpublishing_the_source_in_the_admin_unpublishes_its_translations(
    admin_client, client, tree
):
    cases = versions(tree, "case")
    url = reverse("wagtailadmin_pages:unpublish", args=[cases["en"].pk])

    assert admin_client.get(url).context["translation_count"] == 3  # the editor is told
    admin_client.post(url)

    for code, case in cases.items():
        case.refresh_from_db()
        assert not case.live, code
        # Unpublished once, by the admin's cascade, not again by the signal.
        assert PageLogEntry.objects.filter(page=case, action="wagtail.unpublish").count() == 1
        assert client.get(f"/{code}/sitemap.xml").content.decode().count(case.url) == 0


def test_an_expiry_or_code_unpublishing_the_source_reaches_translations(client, tree):
    events = versions(tree, "event")

    events["en"].specific.unpublish(set_expired=True)

    for code, event in events.items():
        event.refresh_from_db()
        assert not event.live, code
        assert client.get(f"/{code}/sitemap.xml").content.decode().count(event.url) == 0


def test_a_translation_can_still_be_withdrawn_alone(tree):
    cases = versions(tree, "case")

    cases["fr"].specific.unpublish()

    for code, case in cases.items():
        case.refresh_from_db()
        assert case.live == (code != "fr"), code


def test_deleting_the_source_in_the_admin_deletes_its_translations(admin_client, tree):
    cases = versions(tree, "case")
    url = reverse("wagtailadmin_pages:delete", args=[cases["en"].pk])

    response = admin_client.post(url)

    assert response.status_code == 302
    assert not Page.objects.filter(pk__in=[case.pk for case in cases.values()]).exists()


def test_moving_the_source_under_a_restricted_section_moves_and_hides_its_translations(
    admin_client, client, tree
):
    def in_every_language(page):
        return {"en": page} | {code: translate_page(page, code) for code in LANGUAGES[1:]}

    sections = in_every_language(
        StandardPageFactory(parent=tree.en.home, title="Members only", slug="members")
    )
    rules = in_every_language(
        StandardPageFactory(parent=tree.en.home, title="Rules of the call", slug="rules")
    )
    restrict(sections["en"], restriction_type="password", password="members")
    for code, page in rules.items():
        assert "sitemap" in shown_anywhere(client, code, page), code

    response = admin_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[rules["en"].pk, sections["en"].pk])
    )

    assert response.status_code == 302
    for code, page in rules.items():
        page.refresh_from_db()
        assert page.get_parent().pk == sections[code].pk, code
        assert page.get_view_restrictions().exists(), code
        assert shown_anywhere(client, code, page) == [], code


def test_a_restricted_section_leaves_the_menus_in_every_language(client, tree):
    sections = versions(tree, "news_index")
    for code, section in sections.items():
        assert f'href="{section.url}"' in client.get(tree.pages[code].home.url).content.decode()

    restrict(sections["en"], restriction_type="login")

    for code, section in sections.items():
        html = client.get(tree.pages[code].home.url).content.decode()
        assert f'href="{section.url}"' not in html, code
