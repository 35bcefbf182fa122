"""What translators translate and what stays in sync with the source (wagtail-localize)."""

import pytest
from django.apps import apps
from django.db import models
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.models import TranslationSource

from cases.models import CasePage, CulturalDomain
from core.models import Organisation, Person
from events.models import EventPage
from news.models import NewsPage
from tests.factories.translations import save_target, translate_with_localize

pytestmark = pytest.mark.django_db

PROJECT_APPS = {"home", "cases", "events", "news", "search"}
PAGE_MODELS = [m for m in get_page_models() if m._meta.app_label in PROJECT_APPS]
TRANSLATABLE_MODELS = [
    m
    for m in apps.get_models()
    if m._meta.app_label in PROJECT_APPS and issubclass(m, TranslatableMixin)
]
CONTENT_PAGES = [CasePage, EventPage, NewsPage]

# Wagtail's own bookkeeping: neither translated nor synchronised by editors.
PAGE_INTERNALS = {
    "id",
    "page_ptr",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale",
    "content_type",
    "url_path",
    "owner",
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "live_revision",
    "latest_revision",
    "draft_title",
    "locked",
    "locked_at",
    "locked_by",
    "go_live_at",
    "expire_at",
    "expired",
    "alias_of",
    "sort_order",
    "page",
    "wagtail_admin_comments",
}


def kinds(model):
    """{field name: "translated" | "synchronised"} as wagtail-localize reads the model."""
    result = {}
    for field in get_translatable_fields(model):
        assert field.field_name not in result, f"{model.__name__}.{field.field_name} twice"
        if isinstance(field, TranslatableField):
            result[field.field_name] = "translated"
        else:
            assert isinstance(field, SynchronizedField)
            result[field.field_name] = "synchronised"
    return result


def editable_fields(model):
    """The fields an editor fills in: columns, many-to-many fields and child relations."""
    names = set()
    for field in model._meta.get_fields():
        if isinstance(field, ClusterTaggableManager):
            continue  # edited through its child relation (technology_items, tag_items)
        if isinstance(field, models.ManyToOneRel):
            if isinstance(field.remote_field, ParentalKey):
                names.add(field.name)
            continue
        if field.auto_created or not getattr(field, "editable", False):
            continue
        names.add(field.name)
    return names - PAGE_INTERNALS


@pytest.mark.parametrize("model", TRANSLATABLE_MODELS, ids=lambda m: m.__name__)
def test_every_field_is_declared_translated_or_synchronised(model):
    assert "translatable_fields" in vars(model) or any(
        "translatable_fields" in vars(base) for base in model.__mro__[1:] if base is not Page
    ), f"{model.__name__} relies on wagtail-localize's guesses"
    declared = kinds(model)
    for name in declared:
        model._meta.get_field(name)  # raises FieldDoesNotExist for a typo
    assert editable_fields(model) - set(declared) == set(), model.__name__


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda m: m.__name__)
def test_page_words_are_translated_and_slugs_synchronised(model):
    fields = kinds(model)

    for name in ("title", "seo_title", "search_description"):
        assert fields[name] == "translated", name
    assert fields["slug"] == "synchronised"
    for name in ("listing_image", "social_image"):
        assert fields[name] == "synchronised", name


@pytest.mark.parametrize("model", CONTENT_PAGES, ids=lambda m: m.__name__)
def test_content_page_text_is_translated_and_pictures_synchronised(model):
    fields = kinds(model)

    for name in ("summary", "body", "hero_image_alt"):
        assert fields[name] == "translated", name
    assert fields["hero_image"] == "synchronised"


def test_case_taxonomies_and_facts_are_synchronised():
    fields = kinds(CasePage)

    for name in (
        "edition",
        "direction",
        "cultural_domains",
        "sdgs",
        "year_completed",
        "countries",
        "technology_items",
        "organisations",
    ):
        assert fields[name] == "synchronised", name
    for name in ("key_figures", "criterion_sections", "city"):
        assert fields[name] == "translated", name


@pytest.mark.parametrize(
    ("model", "translated", "synchronised"),
    [
        (CulturalDomain, {"name"}, {"slug"}),
        (Organisation, {"name", "short_name"}, {"kind", "country", "website", "logo"}),
        (Person, {"name", "title", "bio"}, {"affiliation", "photo"}),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_snippet_names_are_translated(model, translated, synchronised):
    fields = kinds(model)

    assert {n for n, kind in fields.items() if kind == "translated"} == translated
    assert {n for n, kind in fields.items() if kind == "synchronised"} == synchronised


def test_updating_a_translation_syncs_facts_and_keeps_the_translated_words(client, french):
    english = french.en.case
    translation = translate_with_localize(
        english,
        "es",
        strings={
            english.title: "Murales de Dunhuang en línea",
            english.summary: "Cómo se digitalizan los murales.",
        },
    )
    spanish = translation.get_target_instance().specific
    assert spanish.title == "Murales de Dunhuang en línea"
    assert spanish.live
    assert spanish.year_completed == 2024

    # The editor changes facts on the English case and publishes it.
    english = CasePage.objects.get(pk=english.pk)
    english.year_completed = 2022
    english.countries = ["CN", "FR"]
    english.direction = french.en.directions["collaboration"]
    english.cultural_domains = [french.en.music]
    english.save_revision().publish()

    # ... then "Sync translated pages" and the translation is published again.
    TranslationSource.update_or_create_from_instance(english)
    spanish = save_target(translation).specific

    assert spanish.year_completed == 2022
    assert [country.code for country in spanish.countries] == ["CN", "FR"]
    assert spanish.direction_id == french.en.directions["collaboration"].pk
    assert list(spanish.cultural_domains.all()) == [french.en.music]
    assert spanish.title == "Murales de Dunhuang en línea"
    assert spanish.summary == "Cómo se digitalizan los murales."
    assert spanish.slug == english.slug
    assert not spanish.has_unpublished_changes
    served = client.get(spanish.url)
    assert served.status_code == 200
    assert served.context["page"].year_completed == 2022
