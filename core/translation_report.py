"""Admin report: pages whose translation is missing or older than the source."""

from collections import defaultdict

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

MISSING = _("Missing")
OUTDATED = _("Older than the source")
UP_TO_DATE = _("Up to date")


def translation_status(source, translation):
    if translation is None or not translation.live:
        return MISSING
    if source.last_published_at and (
        translation.last_published_at is None
        or translation.last_published_at < source.last_published_at
    ):
        return OUTDATED
    return UP_TO_DATE


def status_attribute(locale):
    return f"status_{locale.language_code.replace('-', '_')}"


class TranslationStatusReportView(ReportView):
    page_title = _("Translations")
    model = Page
    any_permission_required = ["add", "change", "publish"]
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    is_searchable = True
    search_fields = ["title"]
    default_ordering = "path"
    export_headings = {"title": _("Title")}

    @cached_property
    def target_locales(self):
        return list(Locale.objects.exclude(pk=Locale.get_default().pk).order_by("language_code"))

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit"),
            *(
                Column(status_attribute(locale), label=locale.get_display_name())
                for locale in self.target_locales
            ),
        ]

    @property
    def list_export(self):
        return ["title", *(status_attribute(locale) for locale in self.target_locales)]

    def get_base_queryset(self):
        """Published pages in the source language (the site's default language)."""
        return Page.objects.filter(locale=Locale.get_default(), depth__gt=1).live()

    def get_queryset(self):
        return self.get_base_queryset().order_by("path")

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        versions = defaultdict(dict)
        for version in Page.objects.filter(
            translation_key__in={page.translation_key for page in pages},
            locale__in=self.target_locales,
            alias_of__isnull=True,
        ).only("translation_key", "locale_id", "live", "last_published_at"):
            versions[version.translation_key][version.locale_id] = version
        for page in pages:
            for locale in self.target_locales:
                translation = versions[page.translation_key].get(locale.pk)
                setattr(page, status_attribute(locale), translation_status(page, translation))
        return pages
