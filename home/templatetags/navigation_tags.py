"""Site navigation: main menu, footer links and section addresses for the active language.

All three read the live children of the site's home page in the active language. They
are fetched with one query per request (cached on the request): the home page is found
through Wagtail's cached list of site root paths, so no query is spent on the site, its
root page or the root's translations.
"""

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site, get_page_models

from core import cache_tags
from core.restrictions import private_q

register = template.Library()

CACHE_ATTRIBUTE = "_casebook_navigation"


def _language():
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None


def site_root_path(request):
    """The ``url_path`` of the site's home page in the active language, or None."""
    if request is None:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    paths = [root for root in Site.get_site_root_paths() if root.site_id == site.pk]
    if not paths:
        return None
    language = _language()
    for root in paths:
        if root.language_code == language:
            return root.root_path
    # No home page in this language: the default language's, else the site's first.
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    for root in paths:
        if root.language_code == default:
            return root.root_path
    return paths[0].root_path


def root_children(request):
    """Live, public children of the home page in the active language, in tree order (cached).

    A page behind a password or login is not offered in the menus.
    """
    if request is None:
        return []
    key = translation.get_language()
    cached = getattr(request, CACHE_ATTRIBUTE, None)
    if cached is not None and cached[0] == key:
        return cached[1]
    root_path = site_root_path(request)
    children = []
    if root_path is not None:

        def read():
            cache_tags.listing_of_children(root_path)
            return list(
                Page.objects.live()
                .exclude(private_q())
                .filter(url_path__startswith=root_path, depth=root_path.count("/") + 1)
                .order_by("path")
            )

        key = f"root-children:{root_path}"
        children = cache_tags.kept(key, read, settings.FRAGMENT_CACHE_SECONDS)
    setattr(request, CACHE_ATTRIBUTE, (key, children))
    return children


def _aria_current(item, current):
    if current is None or not getattr(current, "url_path", None):
        return ""
    if current.url_path == item.url_path:
        return "page"
    if current.url_path.startswith(item.url_path):
        return "true"
    return ""


def _links(request, pages, current):
    return [
        {
            "title": item.title,
            "url": item.get_url(request),
            "aria_current": _aria_current(item, current),
        }
        for item in pages
    ]


@register.filter
def menu_position(page):
    """What the menus' ``aria-current`` depends on: the section ``page`` is in, and whether
    it is the section itself (``/home/cases/`` or ``/home/cases/…``); "" elsewhere."""
    parts = (getattr(page, "url_path", "") or "").strip("/").split("/")
    if len(parts) < 2:
        return ""
    return f"/{parts[0]}/{parts[1]}/" + ("" if len(parts) == 2 else "…")


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's live children that are shown in menus; marks the current section."""
    request = context.get("request")
    pages = [item for item in root_children(request) if item.show_in_menus]
    return {"items": _links(request, pages, context.get("page")), "request": request}


def _model_names():
    """{content type id: model name} of the page types (cached by Django after one query)."""
    content_types = ContentType.objects.get_for_models(*get_page_models())
    return {
        content_type.pk: model._meta.model_name for model, content_type in content_types.items()
    }


@register.inclusion_tag("includes/footer_menu.html", takes_context=True)
def footer_menu(context):
    """The home page's live standard pages (about, contact, privacy, accessibility...)."""
    request = context.get("request")
    names = _model_names()
    pages = [
        item for item in root_children(request) if names.get(item.content_type_id) == "standardpage"
    ]
    return {"items": _links(request, pages, context.get("page")), "request": request}


@register.simple_tag(takes_context=True)
def section_urls(context):
    """{model name: address} of the home page's sections, e.g. ``caseindexpage``."""
    request = context.get("request")
    names = _model_names()
    urls = {}
    for item in root_children(request):
        urls.setdefault(names.get(item.content_type_id), item.get_url(request))
    return urls


@register.simple_tag
def home_url():
    """Address of the home page in the active language."""
    try:
        return reverse("wagtail_serve", args=[""])
    except NoReverseMatch:
        return "/"
