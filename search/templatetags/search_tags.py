from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight(text, pattern):
    """``text`` escaped, with the matches of ``pattern`` (see core.text.highlight_terms)
    wrapped in <mark>. Matching runs on the raw text so an entity is never split."""
    text = text or ""
    if pattern is None:
        return escape(text)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces += [escape(text[last : match.start()]), format_html("<mark>{}</mark>", match[0])]
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
