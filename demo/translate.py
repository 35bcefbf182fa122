"""Translations of part of the sample site, made with wagtail-localize's own machinery.

For every chosen snippet and page, in an order where a page's parent comes first, and
for every other language:

1. ``TranslationSource.get_or_create_from_instance`` freezes the English content and
   splits it into segments (an existing source is reused as it is);
2. a ``Translation`` of that source into the language is found or opened;
3. the translation's PO export is filled from ``translations/<language>.po``
   (msgid = English text) and imported back with ``Translation.import_po``;
4. ``Translation.save_target`` writes the translated page or snippet; a page is saved as
   a draft revision and published at once (wagtail-localize would publish on commit,
   which never comes inside a test's transaction).

So the admin shows these objects as translated by wagtail-localize, and translators go on
in its translation editor. Step 3 fills a segment that has no translation yet, or one
this loader translated and nobody changed since (an editor's change, a PO upload or a
machine translation records another tool), so improved files reach existing sites and an
editor's work is never overwritten. Step 4 only runs when the translation is new or a
segment changed, so a second run writes nothing: no source, translation, string, page or
revision. A translation an editor disabled or deleted, and a translated object made by
hand without wagtail-localize, are left alone.

A string missing from a language's file is not an error: the segment keeps the English
text (``save_target`` falls back to it), wagtail-localize shows it as untranslated, and
the loader counts it in a warning. ``write_template`` writes ``demo.pot``, the strings
that the chosen objects expose, for translators and for the coverage test.
"""

from collections import Counter, defaultdict
from pathlib import Path

import polib
from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from demo.models import SampleObject

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
TEMPLATE_NAME = "demo.pot"
TOOL_NAME = "Casebook sample content"

# Wagtail locale (language code) → file name (Django's locale name).
FILE_NAMES = {"zh-hans": "zh_Hans", "fr": "fr", "es": "es", "ar": "ar", "ru": "ru"}


def demo_objects():
    """(key, object) of what to translate (``translate: true`` in the data), in order.

    Snippets first (organisations before the people affiliated to them), then pages in
    the order they were created, parents first: a page is only translated under its
    translated parent. What an editor deleted is skipped.
    """
    records = SampleObject.objects.filter(translate=True).order_by("pk")
    found = [(r.key, r.content_object) for r in records.prefetch_related("content_object")]
    snippets = [(key, obj) for key, obj in found if obj and not isinstance(obj, Page)]
    pages = [(key, obj) for key, obj in found if isinstance(obj, Page)]
    return snippets + [(key, Page.objects.get(pk=page.pk).specific) for key, page in pages]


class Catalogue:
    """One language's translations: msgid → msgstr, optionally narrowed by msgctxt.

    An entry with a msgctxt applies only to segments of the field of that name (the first
    component of the segment's context path: ``title``, ``name``, ``body`` ...); the entry
    without msgctxt applies everywhere else. Fuzzy, obsolete and empty entries are ignored,
    as gettext does.
    """

    def __init__(self, path):
        self.path = path
        self.entries = {}
        if path.exists():
            for entry in polib.pofile(str(path)):
                if entry.obsolete or entry.fuzzy or not entry.msgstr:
                    continue
                self.entries[(entry.msgctxt or None, entry.msgid)] = entry.msgstr

    def get(self, msgid, context_path):
        field_name = (context_path or "").split(".", 1)[0]
        return self.entries.get((field_name, msgid)) or self.entries.get((None, msgid))


def target_locales(ctx):
    locales = {}
    for code in FILE_NAMES:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            ctx.warn(f"no {code} locale: its translations were skipped")
        else:
            locales[code] = locale
    return locales


def translate(ctx):
    """Create or complete the translations of ``demo_objects`` into the other languages."""
    locales = target_locales(ctx)
    catalogues = {code: Catalogue(TRANSLATIONS_DIR / f"{FILE_NAMES[code]}.po") for code in locales}
    missing = defaultdict(set)
    changed = Counter()
    for key, instance in demo_objects():
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        for code, locale in locales.items():
            key_in = f"translation:{key}@{code}"
            _translate(ctx, key_in, source, locale, catalogues[code], missing[code], changed)
    for code in locales:
        if changed[code]:
            ctx.note(f"filled in {changed[code]} translated segments in {code}")
        if missing[code]:
            ctx.warn(
                f"{len(missing[code])} strings have no {code} translation in "
                f"{catalogues[code].path.name}: the English text is shown"
            )


def _translate(ctx, key, source, locale, catalogue, missing, changed):
    if ctx.deleted(key):
        return  # an editor deleted this translation (wagtail-localize deletes its record)
    translation = Translation.objects.filter(source=source, target_locale=locale).first()
    created = translation is None
    if created:
        if _target(source, locale) is not None:
            # Made by hand, without wagtail-localize: an editor's work, left alone.
            return
        translation = Translation.objects.create(source=source, target_locale=locale)
        ctx.tally("translations")
    elif not translation.enabled:
        return
    ctx.ensure(key, lambda: translation)

    # Segments translated by this loader and not touched since (an editor's change in the
    # translation editor, a PO upload or machine translation sets another tool name).
    ours = set(
        StringTranslation.objects.filter(
            context__object_id=source.object_id, locale=locale, tool_name=TOOL_NAME
        ).values_list("translation_of__data", "context__path")
    )
    po = translation.export_po()
    todo = polib.POFile(wrapwidth=0)
    todo.metadata = po.metadata
    for entry in po:
        if entry.obsolete:
            continue
        text = catalogue.get(entry.msgid, entry.msgctxt)
        if text is None:
            if not entry.msgstr:
                missing.add(entry.msgid)
            continue
        if entry.msgstr == text or (entry.msgstr and (entry.msgid, entry.msgctxt) not in ours):
            continue
        entry.msgstr = text
        todo.append(entry)
    if todo:
        warnings = translation.import_po(todo, translation_type="manual", tool_name=TOOL_NAME)
        if warnings:
            ctx.warn(f"{source.object_repr} ({locale.language_code}): {warnings}")
        if not created:
            changed[locale.language_code] += len(todo)

    target = _target(source, locale)
    if target is None and not created:
        return  # an editor deleted this translation
    if not (created or todo):
        return
    original = source.get_source_instance()
    if isinstance(original, Page):
        # A draft revision made by wagtail-localize, published at once rather than on
        # commit; a translation an editor unpublished stays a draft.
        publish = target is None or target.live
        translation.save_target(publish=False)
        if publish:
            _target(source, locale).get_latest_revision().publish()
    else:
        translation.save_target(publish=True)
    if created:
        ctx.tally("translated pages" if isinstance(original, Page) else "translated snippets")


def _target(source, locale):
    try:
        return source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None


def write_template(directory=TRANSLATIONS_DIR):
    """Write ``demo.pot``: every string the translated objects expose, once, in order.

    Each entry says where it is used (object and field). Returns the file's path and its
    number of entries.
    """
    where = defaultdict(list)
    for _key, instance in demo_objects():
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        label = f"{source.specific_content_type.model_class().__name__} {source.object_repr}"
        for entry in source.export_po():
            place = f"{label}: {entry.msgctxt.split('.', 1)[0]}"
            if place not in where[entry.msgid]:
                where[entry.msgid].append(place)

    pot = polib.POFile(wrapwidth=0)
    pot.metadata = {
        "Project-Id-Version": "Casebook sample content",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": settings.LANGUAGE_CODE,
    }
    pot.header = (
        "Strings of the sample content that the loader translates with wagtail-localize.\n"
        "Generated by: python manage.py load_demo_content --export-demo-strings DIR\n"
        "Copy to <language>.po and fill in msgstr; keep inline tags and their ids."
    )
    for msgid, places in where.items():
        shown = places[:3] + ([f"and {len(places) - 3} more"] if len(places) > 3 else [])
        pot.append(polib.POEntry(msgid=msgid, msgstr="", comment="\n".join(shown)))
    path = Path(directory) / TEMPLATE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    pot.save(str(path))
    return path, len(pot)
