"""Sitemaps per language with hreflang alternates, and an index of them.

Wagtail's stock sitemap walks the default site root only, which leaves out every
other language's home page and its pages.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps.views import sitemap as django_sitemap_view
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core import cache_tags
from core.localization import active_locale_id
from core.restrictions import private_q


class LocaleSitemap(Sitemap):
    """The live, public pages of the active language, each with its translations."""

    def items(self):
        root = self.get_wagtail_site().root_page
        home = root.get_translations(inclusive=True).filter(locale_id=active_locale_id()).first()
        if home is None:
            return Page.objects.none()
        cache_tags.listing_of_pages(Page, home.locale_id)
        return (
            home.get_descendants(inclusive=True)
            .live()
            .exclude(private_q())
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_for(pages)
        for url_info, item in zip(urls, pages, strict=True):
            url_info["alternates"] = alternates.get(item.translation_key, [])
        return urls

    def alternates_for(self, pages):
        """{translation_key: [{lang_code, location}]} including x-default; one query."""
        versions = defaultdict(list)
        translations = (
            Page.objects.live()
            .exclude(private_q())
            .filter(translation_key__in={p.translation_key for p in pages}, alias_of__isnull=True)
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for version in translations:
            versions[version.translation_key].append(
                {
                    "lang_code": version.locale.language_code,
                    "location": version.get_full_url(self.request),
                }
            )
        for links in versions.values():
            default = next((v for v in links if v["lang_code"] == settings.LANGUAGE_CODE), None)
            if default and len(links) > 1:
                links.append({"lang_code": "x-default", "location": default["location"]})
        return {key: links for key, links in versions.items() if len(links) > 1}


def locale_sitemap(request):
    return django_sitemap_view(request, {"pages": LocaleSitemap(request)})


def sitemap_index(request):
    """/sitemap.xml: one sitemap per language."""
    locations = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            locations.append(request.build_absolute_uri(reverse("sitemap")))
    return render(
        request,
        "sitemap_index.xml",
        {"sitemaps": [{"location": location} for location in locations]},
        content_type="application/xml",
    )
