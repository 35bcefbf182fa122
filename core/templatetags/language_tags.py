"""The language switcher and hreflang alternates, built on the page's translations."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

register = template.Library()


@dataclass
class LanguageVersion:
    code: str
    name: str
    url: str
    full_url: str
    current: bool


def page_versions(page, request):
    """The live translations of ``page``; aliases (source text shown as is) are left out."""
    translations = (
        page.get_translations(inclusive=True)
        .live()
        .filter(Q(alias_of__isnull=True) | Q(pk=page.pk))
        .select_related("locale")
    )
    by_code = {version.locale.language_code: version for version in translations}
    return [
        LanguageVersion(
            code=code,
            name=get_language_info(code)["name_local"],
            url=by_code[code].get_url(request),
            full_url=by_code[code].get_full_url(request),
            current=by_code[code].pk == page.pk,
        )
        for code, _name in settings.LANGUAGES
        if code in by_code
    ]


def view_versions(request):
    """Every language of a view that is not a page (search, for instance)."""
    current = get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code)
        versions.append(
            LanguageVersion(
                code=code,
                name=get_language_info(code)["name_local"],
                url=url,
                full_url=request.build_absolute_uri(url),
                current=code == current,
            )
        )
    return versions


@register.simple_tag(takes_context=True)
def language_versions(context):
    """[LanguageVersion] for the switcher and the hreflang links of this page or view."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    if page is not None and getattr(page, "pk", None):
        return page_versions(page, request)
    if getattr(request, "resolver_match", None) is not None:
        return view_versions(request)
    return []


@register.filter
def default_version(versions):
    """The version in the site's default language, for hreflang="x-default"."""
    return next((v for v in versions if v.code == settings.LANGUAGE_CODE), None)
