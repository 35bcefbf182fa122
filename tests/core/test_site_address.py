"""One public base address (PUBLIC_URL) gives canonical, hreflang and sitemap URLs."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Site

from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db


@override_settings(PUBLIC_URL="https://cases.example.org")
def test_migrate_writes_the_public_address_into_the_site_record(client, site_tree):
    translate_page(site_tree.call, "fr")
    call_command("migrate", verbosity=0)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("cases.example.org", 443)
    html = client.get(site_tree.call.url).content.decode()
    assert '<link rel="canonical" href="https://cases.example.org/en/calls/2024/">' in html
    assert 'hreflang="fr"\n          href="https://cases.example.org/fr/calls/2024/"' in html
    sitemap = client.get("/en/sitemap.xml").content.decode()
    assert "<loc>https://cases.example.org/en/calls/2024/</loc>" in sitemap
    assert "localhost" not in sitemap
