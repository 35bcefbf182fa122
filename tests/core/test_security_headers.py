"""Every public response carries a strict security policy; the admin has its own."""

import re

import pytest
from django.template.loader import get_template
from django.urls import reverse

from core.models import SiteSettings

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def test_public_pages_allow_no_inline_script_or_style_and_no_framing(client, site_tree):
    for page in (site_tree.home, site_tree.call, site_tree.case_index, site_tree.about):
        response = client.get(page.url)
        assert response.status_code == 200
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], page.url
        assert policy["style-src"] == ["'self'"], page.url
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["object-src"] == ["'none'"]
        assert "unsafe" not in response["Content-Security-Policy"]
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert response["X-Frame-Options"] == "DENY"
        # Nothing inline for the policy to block; JSON-LD is data, never run.
        html = response.content.decode()
        assert "<style" not in html and " style=" not in html, page.url
        assert not re.search(r'<script(?![^>]*\s(src=|type="application/ld\+json"))', html)


def test_the_accent_colour_comes_from_a_stylesheet(client, site_tree):
    site_settings = SiteSettings.for_site(site_tree.site)
    site_settings.accent_colour = "#8a1538"
    site_settings.save()

    html = client.get(site_tree.home.url).content.decode()
    href = re.search(r'href="(/theme\.css\?v=[^"]+)"', html).group(1)
    assert "8a1538" in href  # a new colour is a new address
    response = client.get(href)
    assert response["Content-Type"].startswith("text/css")
    assert "--accent: #8a1538;" in response.content.decode()
    assert "immutable" in response["Cache-Control"]


def test_error_pages_keep_to_the_policy(client, site_tree):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert directives(response)["style-src"] == ["'self'"]
    html = get_template("500.html").render()
    assert "<style" not in html and "css/error.css" in html


def test_the_admin_has_its_own_working_policy(admin_client, site_tree):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[site_tree.call.pk]))
    assert response.status_code == 200
    policy = directives(response)
    # Wagtail's panels write inline scripts; its previews frame the site itself.
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
