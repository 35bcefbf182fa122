"""An oEmbed provider (https://oembed.com) for case, event and news addresses.

``/oembed/?url=<page address>&format=json|xml&maxwidth=&maxheight=`` answers a ``rich``
embed whose HTML is the page's card in a frame (``core.embed.page_card``), sized within
the consumer's limits. Pages announce it with discovery links (``oembed_links``).
"""

from urllib.parse import urlencode, urlsplit
from xml.etree import ElementTree

from django.http import Http404, HttpResponse, JsonResponse
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.html import format_html
from django.views.decorators.http import require_safe
from wagtail.models import Page, Site
from wagtail.views import serve

from core.models import ContentPage, SiteText

WIDTH, HEIGHT = 480, 420
THUMBNAIL = "fill-480x300|format-jpeg"
CACHE_AGE = 3600
FORMATS = {"json", "xml"}


def page_at(request, address):
    """The live, public case, event or news page at ``address`` on this site, or None."""
    parts = urlsplit(address)
    hosts = {request.get_host(), *(urlsplit(site.root_url).netloc for site in Site.objects.all())}
    if parts.netloc not in hosts:
        return None
    language = translation.get_language_from_path(parts.path)
    if language is None:
        return None
    with translation.override(language):
        try:
            match = resolve(parts.path)
        except Resolver404:
            return None
        if match.func is not serve:
            return None
        path = match.args[0] if match.args else match.kwargs.get("path", "")
        found = Page.route_for_request(request, path)
    page = found[0].specific if found else None
    if not isinstance(page, ContentPage) or page.get_view_restrictions():
        return None
    return page


def dimension(request, name, limit):
    try:
        asked = int(request.GET.get(name, ""))
    except ValueError:
        return limit
    return min(asked, limit) if asked > 0 else limit


def answer(request, page):
    width, height = dimension(request, "maxwidth", WIDTH), dimension(request, "maxheight", HEIGHT)
    with translation.override(page.locale.language_code):
        frame_url = request.build_absolute_uri(reverse("embed_page", args=[page.pk]))
    text = SiteText.for_active_language()
    site = page.get_site()
    data = {
        "version": "1.0",
        "type": "rich",
        "title": page.title,
        "provider_name": text.organisation_name if text else site.site_name,
        "provider_url": site.root_url,
        "cache_age": CACHE_AGE,
        "width": width,
        "height": height,
        "html": format_html(
            '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
            'data-casebook="" style="border:0"></iframe>',
            frame_url,
            width,
            height,
            page.title,
        ),
    }
    image = page.card_image
    if image is not None:
        rendition = image.get_rendition(THUMBNAIL)
        if rendition.width <= width and rendition.height <= height:
            data.update(
                thumbnail_url=request.build_absolute_uri(rendition.url),
                thumbnail_width=rendition.width,
                thumbnail_height=rendition.height,
            )
    return data


@require_safe
def oembed(request):
    response_format = request.GET.get("format", "json")
    if response_format not in FORMATS:
        return HttpResponse("Only json and xml are offered.", status=501, content_type="text/plain")
    page = page_at(request, request.GET.get("url", ""))
    if page is None:
        raise Http404
    data = answer(request, page)
    if response_format == "json":
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    else:
        response = HttpResponse(as_xml(data), content_type="text/xml; charset=utf-8")
    return response


def as_xml(data):
    root = ElementTree.Element("oembed")
    for key, value in data.items():
        ElementTree.SubElement(root, key).text = str(value)
    body = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n{body}'


def discovery_links(request, page):
    """(MIME type, address) of the oEmbed answers about ``page``, for its ``<head>``."""
    if not isinstance(page, ContentPage):
        return []
    endpoint = request.build_absolute_uri(reverse("oembed"))
    address = page.get_full_url(request)
    return [
        (f"application/{name}+oembed", f"{endpoint}?{urlencode({'url': address, 'format': name})}")
        for name in ("json", "xml")
    ]
