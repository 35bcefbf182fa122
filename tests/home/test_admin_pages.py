"""Home and standard pages made in the admin."""

import pytest
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.utils import admin_add_url, form_errors, page_form_data, text_of

pytestmark = pytest.mark.django_db


def test_home_page_created_under_root_and_served(admin_client):
    root = Page.get_first_root_node()
    data = page_form_data(
        "Digital culture casebook",
        "digital-casebook",
        {
            "hero_heading": "Technology serving the diversity of cultural expressions",
            "hero_text": rich_text("<p>Cases from <b>every</b> region.</p>"),
            "featured_call": "",
            "featured_cases": inline_formset([]),
            "body": streamfield([("text", rich_text("<p>Welcome to the library of cases.</p>"))]),
        },
    )

    response = admin_client.post(admin_add_url(HomePage, root), data)

    assert response.status_code == 302, form_errors(response)
    home = HomePage.objects.get(slug="digital-casebook")
    assert home.live and home.get_parent().pk == root.pk
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    page = admin_client.get("/en/")
    assert page.status_code == 200
    text = text_of(page)
    assert "Technology serving the diversity of cultural expressions" in text
    assert "Welcome to the library of cases." in text


def test_standard_page_created_and_served(admin_client, site_tree):
    data = page_form_data(
        "Accessibility statement",
        "accessibility",
        {
            "introduction": "How we make the site usable by everyone.",
            "body": streamfield(
                [
                    ("text", rich_text("<h2>Standards</h2><p>We aim for WCAG 2.2 AA.</p>")),
                    (
                        "quote",
                        {"quote": "Nobody left behind.", "attribution": "An editor", "role": ""},
                    ),
                ]
            ),
        },
    )

    response = admin_client.post(admin_add_url(StandardPage, site_tree.home), data)

    assert response.status_code == 302, form_errors(response)
    page = StandardPage.objects.get(slug="accessibility")
    assert page.live and page.get_parent().pk == site_tree.home.pk
    served = admin_client.get(page.url)
    assert served.status_code == 200
    assert page.url == "/en/accessibility/"
    text = text_of(served)
    assert "Accessibility statement" in text
    assert "How we make the site usable by everyone." in text
    assert "We aim for WCAG 2.2 AA." in text
    assert "Nobody left behind." in text
