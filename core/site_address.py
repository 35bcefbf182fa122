"""PUBLIC_URL, the one public base address, is written into the default Wagtail Site.

Canonical and hreflang links, sitemaps and feeds take their host from the Site record,
the admin's emails from WAGTAILADMIN_BASE_URL; both come from PUBLIC_URL, so nobody has
to edit the record by hand after a deploy. It is applied after every ``migrate``.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site


def public_host_and_port():
    address = urlsplit(settings.PUBLIC_URL)
    return address.hostname, address.port or (443 if address.scheme == "https" else 80)


def apply_public_url(**kwargs):
    hostname, port = public_host_and_port()
    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=port)
