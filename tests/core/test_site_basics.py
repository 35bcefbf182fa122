"""robots.txt, security.txt and the icons every browser and crawler asks for."""

import datetime as dt
import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from wagtail.models import Site

from core.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_robots_points_at_the_sitemap_and_keeps_crawlers_off_search(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    for code, _name in settings.LANGUAGES:
        assert f"Disallow: /{code}/search/" in text


def test_security_txt_names_the_websites_address(client, site_tree):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert client.get("/.well-known/security.txt").status_code == 404  # no address yet

    site_settings.contact_email = "enquiries@example.org"
    site_settings.save()
    assert (
        "Contact: mailto:enquiries@example.org"
        in client.get("/.well-known/security.txt").content.decode()
    )

    site_settings.website_email = "web@example.org"
    site_settings.save()
    text = client.get("/.well-known/security.txt").content.decode()
    assert "Contact: mailto:web@example.org" in text
    expires = dt.datetime.fromisoformat(re.search(r"Expires: (\S+)", text).group(1))
    assert dt.timedelta(days=30) < expires - dt.datetime.now(dt.UTC) < dt.timedelta(days=365)
    assert "Canonical: http://testserver/.well-known/security.txt" in text


def test_favicon_and_touch_icon(client, site_tree):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith(".ico")
    for name in ("icons/favicon.ico", "icons/favicon-32.png", "icons/touch-icon.png"):
        assert finders.find(name), name
    html = client.get(site_tree.home.url).content.decode()
    assert 'rel="apple-touch-icon"' in html and 'rel="icon"' in html
