"""Translations made the way editors make them.

* ``translate_page``: Wagtail's "Translate" action (``copy_for_translation``), the words
  changed in the copy, then published (or left as a draft).
* ``translate_with_localize``: wagtail-localize's workflow (a ``TranslationSource`` of
  the source page, a ``Translation`` into a locale, strings translated in the editor,
  ``save_target``).
* ``translate_snippet``: a snippet's "Translate" action, words changed, saved.
* ``alias_page``: an alias in another locale (the source's words shown as they are).
"""

from django.test import TestCase
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def locale(code):
    return Locale.objects.get(language_code=code)


def translated_title(title, code):
    """The marker the translated fixtures use for a page title: ``"Cases (fr)"``."""
    return f"{title} ({code})"


def translate_page(page, code, title=None, publish=True, children=None, **fields):
    """The translation of ``page`` into ``code``, live unless ``publish`` is False.

    ``title`` defaults to ``translated_title``; ``fields`` are other words changed in
    the copy; ``children`` maps a child relation name to a function changing each
    translated child object in place (``{"directions": rename}``).
    """
    page = page.specific
    copy = page.copy_for_translation(locale(code), copy_parents=True).specific
    copy.title = title or translated_title(page.title, code)
    for name, value in fields.items():
        setattr(copy, name, value)
    for relation, change in (children or {}).items():
        objects = list(getattr(copy, relation).all())
        for obj in objects:
            change(obj)
        setattr(copy, relation, objects)
    revision = copy.save_revision()
    if publish:
        revision.publish()
    return Page.objects.get(pk=copy.pk).specific


def translate_snippet(obj, code, **fields):
    """A snippet's translation into ``code`` with the given words."""
    copy = obj.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def alias_page(page, code):
    """An alias of ``page`` in ``code``: the English words, kept in sync with the source."""
    return page.specific.copy_for_translation(locale(code), copy_parents=True, alias=True).specific


def translate_with_localize(page, code, strings=None, publish=True):
    """``page`` translated into ``code`` through wagtail-localize; returns the Translation.

    ``strings`` maps source strings to what the translator typed in the editor; the
    others fall back to the source text, as ``save_target`` does.
    """
    source, _created = TranslationSource.get_or_create_from_instance(page.specific)
    translation = Translation.objects.create(source=source, target_locale=locale(code))
    translate_strings(translation, strings or {})
    save_target(translation, publish=publish)
    return translation


def translate_strings(translation, strings):
    """Record translated strings for ``translation`` as the translation editor does."""
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    for segment in segments:
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={
                    "data": strings[segment.string.data],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )


def save_target(translation, publish=True):
    """``translation.save_target`` with its on-commit publishing run inside the test.

    The translation is read again first, as the editor's next request would: its cached
    ``source`` would otherwise hold the content from before "Sync translated pages".
    """
    translation.refresh_from_db()
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)
    return translation.get_target_instance()
