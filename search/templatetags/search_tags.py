import re

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def highlight(text, words):
    """``text`` escaped, with each of the query's ``words`` wrapped in <mark>."""
    text = escape(text or "")
    words = sorted({escape(word) for word in words if word.strip()}, key=len, reverse=True)
    if not words:
        return mark_safe(text)  # noqa: S308 - escaped above
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", text))  # noqa: S308
