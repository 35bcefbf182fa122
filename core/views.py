import datetime
import logging
import sys

from django.conf import settings
from django.db import DatabaseError
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import render
from django.template.loader import get_template
from django.templatetags.static import static
from django.utils import timezone
from django.views.decorators.cache import cache_control, never_cache
from wagtail.models import Site

from core.health import degradable_checks, essential_checks
from core.models import SiteSettings

logger = logging.getLogger(__name__)

# What the 503 page asks clients and crawlers to wait while the database is away.
DATABASE_RETRY_AFTER_SECONDS = 120
# How long a security.txt stays valid (RFC 9116 asks for an expiry under a year).
SECURITY_TXT_VALIDITY = datetime.timedelta(days=180)


@never_cache
def health(request):
    """For load balancers: 200 when the site can serve, else 503 naming what failed.

    A failing search engine (the database index still answering) is named as degraded,
    with a 200. The reasons go to the log, never into the answer.
    """
    failed = failing(essential_checks())
    if failed:
        return JsonResponse({"status": "unavailable", "failed": failed}, status=503)
    degraded = failing(degradable_checks())
    if degraded:
        return JsonResponse({"status": "degraded", "degraded": degraded})
    return JsonResponse({"status": "ok"})


def failing(checks):
    failed = []
    for name, check in checks.items():
        try:
            check()
        except Exception:  # noqa: BLE001 - any failure means this part is unhealthy
            logger.exception("Health check %s failed", name)
            failed.append(name)
    return failed


@cache_control(public=True, max_age=86400)
def robots_txt(request):
    """Crawlers: everything public, but not the admin or the search result pages."""
    languages = [code for code, _name in settings.LANGUAGES]
    return render(request, "robots.txt", {"languages": languages}, content_type="text/plain")


@cache_control(public=True, max_age=86400)
def security_txt(request):
    """Where to report a vulnerability (RFC 9116): the site's own address, else enquiries."""
    site = Site.find_for_request(request)
    site_settings = SiteSettings.for_site(site) if site else None
    contact = site_settings and (site_settings.website_email or site_settings.contact_email)
    if not contact:
        raise Http404("No contact address is set in the site settings.")
    context = {"contact": contact, "expires": timezone.now() + SECURITY_TXT_VALIDITY}
    return render(request, "security.txt", context, content_type="text/plain")


@cache_control(public=True, max_age=31_536_000, immutable=True)
def theme_css(request):
    """The site's colours from its settings, as a style sheet (pages carry no inline style).

    Pages link it with the colour in the query string, so a new colour is a new address
    and the old one may stay cached for good.
    """
    return render(request, "theme.css", content_type="text/css")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: send them to the static icon."""
    return HttpResponsePermanentRedirect(static("icons/favicon.ico"))


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """500, or a 503 "back soon" with Retry-After while the database is unreachable.

    Django calls this inside its exception handler, so the error is in sys.exc_info().
    No context processors: whatever broke must not break the error page too.
    """
    if isinstance(sys.exc_info()[1], DatabaseError):
        response = HttpResponse(get_template("503.html").render(), status=503)
        response["Retry-After"] = str(DATABASE_RETRY_AFTER_SECONDS)
        return response
    return HttpResponse(get_template("500.html").render(), status=500)


# Ten kilobytes of HTML, the size of a light page.
CEILING_PAGE = (
    "<!DOCTYPE html><html lang=en><title>Ceiling</title><main>"
    + "<p>The fastest answer a dynamic view can give, for the benchmark to compare.</p>" * 125
    + "</main></html>"
).encode()


@never_cache
def ceiling(request):
    """A constant page through the whole middleware stack: the most requests a second any
    dynamic answer could reach here. Routed only with BENCHMARK_VIEWS (bench/serve.sh)."""
    return HttpResponse(CEILING_PAGE)
