"""The case library for partners' pages: the embeddable list and the page that builds the snippet."""

import re
from urllib.parse import urlencode

from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from cases.models import CaseIndexPage
from core.embed import count_from, framable, render_embed


@framable
def case_list(request):
    """The latest cases matching the library's filters, ``?count=`` of them."""
    index = CaseIndexPage.in_active_language()
    case_filter = index.filter_cases(request.GET)
    cases = case_filter.results()[: count_from(request)]
    more = index.get_url(request) + case_filter.url_with()
    return render_embed(request, cases, index.title, more)


COUNTS = (3, 4, 6, 8, 12)


def builder(request):
    """ "Embed our cases": choose filters and a number, copy the snippet, see it live."""
    index = CaseIndexPage.in_active_language()
    case_filter = index.filter_cases(request.GET)
    count = count_from(request)
    language = translation.get_language()
    attributes = {"lang": language, **case_filter.selected, "count": count}
    query = urlencode({**case_filter.selected, "count": count})
    frame = request.build_absolute_uri(f"{reverse('embed_cases')}?{query}")
    library = index.get_full_url(request) + case_filter.url_with()
    element = format_html_join(" ", '{}="{}"', attributes.items())
    context = {
        "page_title": _("Embed our cases"),
        "filter": case_filter,
        "count": count,
        "counts": COUNTS,
        "element_attributes": element,
        "widget_snippet": format_html(
            '<script src="{}" defer></script>\n<casebook-cases {}><a href="{}">{}</a></casebook-cases>',
            request.build_absolute_uri(static("js/casebook-cases.js")),
            element,
            library,
            index.title,
        ),
        "frame_snippet": format_html(
            '<iframe src="{}&amp;origin=https://your-site.example" title="{}" data-casebook '
            'style="border:0;width:100%;height:40rem"></iframe>\n<script src="{}" defer></script>',
            frame,
            index.title,
            request.build_absolute_uri(static("js/embed-resize.js")),
        ),
        **provider_snippets(request),
        "preview_frame": f"{frame}&{urlencode({'origin': request.build_absolute_uri('/')[:-1]})}",
        "index": index,
    }
    return render(request, "embed/builder.html", context)


def provider_snippets(request):
    """How a Wagtail and a WordPress site add this site's oEmbed provider."""
    root = request.build_absolute_uri("/")
    endpoint = request.build_absolute_uri(reverse("oembed"))
    pattern = re.escape(root)
    return {
        "wagtail_snippet": (
            "WAGTAILEMBEDS_FINDERS = [\n"
            '    {\n        "class": "wagtail.embeds.finders.oembed",\n'
            f'        "providers": [{{"endpoint": "{endpoint}", "urls": [r"^{pattern}.+$"]}}],\n'
            '    },\n    {"class": "wagtail.embeds.finders.oembed"},\n]'
        ),
        "wordpress_snippet": f"wp_oembed_add_provider( '{root}*', '{endpoint}' );",
    }
