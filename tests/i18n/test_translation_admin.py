"""The translations report for editors, and wagtail-localize's translation editor."""

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from tests.factories.translations import translate_page, translate_with_localize
from tests.i18n.html import soup

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translations/"


def at(day):
    """Travel to ``day`` days after now (time runs on, so saves get distinct times)."""
    return time_machine.travel(timezone.now() + dt.timedelta(days=day), tick=True)


@pytest.fixture
def statuses(site_tree):
    """The 2025 call: English, Spanish translation, English republished, French translation.

    Expected: French up to date, Spanish older than the source, the others missing.
    """
    call = site_tree.call_2025
    with at(1):
        translate_page(call, "es")
    with at(2):
        call = type(call).objects.get(pk=call.pk)
        call.theme = "A new theme"
        call.save_revision().publish()
    with at(3):
        translate_page(call, "fr")
    return call


def report_rows(response):
    """{page title: {column heading: cell text}} of the report's table."""
    doc = soup(response)
    table = doc.select_one("table.listing")
    assert table is not None
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    rows = {}
    for tr in table.select("tbody tr"):
        cells = [td.get_text(" ", strip=True) for td in tr.find_all("td")]
        link = tr.find("a")
        rows[link.get_text(" ", strip=True)] = dict(zip(headings, cells, strict=False))
    return headings, rows


def language_columns():
    return {
        locale.language_code: locale.get_display_name()
        for locale in Locale.objects.exclude(language_code="en")
    }


def test_the_report_shows_each_languages_status(admin_client, statuses):
    response = admin_client.get(REPORT)

    headings, rows = report_rows(response)
    columns = language_columns()
    assert set(columns.values()) <= set(headings)
    row = rows[statuses.title]
    assert row[columns["fr"]] == "Up to date"
    assert row[columns["es"]] == "Older than the source"
    for code in ("zh-hans", "ar", "ru"):
        assert row[columns[code]] == "Missing", code
    # Only source-language pages are rows; their translations are columns.
    assert f"{statuses.title} (fr)" not in rows
    assert f"{statuses.title} (es)" not in rows


def test_republishing_the_translation_brings_it_up_to_date(admin_client, statuses):
    spanish = statuses.get_translation(Locale.objects.get(language_code="es"))
    with at(4):
        spanish.save_revision().publish()

    _headings, rows = report_rows(admin_client.get(REPORT))

    assert rows[statuses.title][language_columns()["es"]] == "Up to date"


def test_a_draft_translation_counts_as_missing(admin_client, site_tree):
    translate_page(site_tree.about, "ru", publish=False)

    _headings, rows = report_rows(admin_client.get(REPORT))

    assert rows[site_tree.about.title][language_columns()["ru"]] == "Missing"


@pytest.fixture
def editor_without_page_permissions(django_user_model):
    """Can log in to the admin, has no permission on any page."""
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("reader", password="password")  # noqa: S106
    user.groups.add(group)
    return user


def test_users_without_page_permissions_cannot_see_the_report(
    client, statuses, editor_without_page_permissions
):
    client.force_login(editor_without_page_permissions)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    response = client.get(REPORT)

    assert response.status_code in (302, 403), response.status_code
    assert statuses.title not in response.content.decode()


def test_visitors_are_sent_to_the_login(client, statuses):
    response = client.get(REPORT)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_translation_editor_opens_for_a_translated_page(admin_client, site_tree):
    translation = translate_with_localize(
        site_tree.call_2025, "fr", strings={site_tree.call_2025.title: "Appel à cas 2025"}
    )
    french = translation.get_target_instance()
    assert isinstance(french.specific, type(site_tree.call_2025))

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[french.pk]))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    assert "Appel à cas 2025" in response.content.decode()
