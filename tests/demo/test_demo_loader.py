"""The loader's promises: sample content read from data files, created once, never forced back.

What an editor deletes stays deleted, what an editor renames is not made twice, edited
settings are kept; a data file or block that does not fit stops the loader with a clear
message before anything is saved; every translated string is found; the personal phone
numbers of the seeds stay with the 2024 call; the pictures are generated artwork.
"""

import hashlib
import io
import shutil

import pytest
import yaml
from django.core.management import call_command
from django.core.management.base import CommandError
from PIL import Image
from wagtail.models import Locale, Page, Site

from cases.models import CallPage, CasePage
from core.models import CasebookImage, Organisation, SiteSettings, SiteText
from demo import records
from demo.builder import load_demo_content
from events.models import EventPage
from tests.utils import text_of

PHONES = ("13552192286", "18600501919")


def reload():
    """Run the loader again; return what it created (kind: count)."""
    return dict(load_demo_content().created)


def test_edits_deletes_and_renames_survive_a_reload(demo, db):
    english = Locale.get_default()
    case = CasePage.objects.get(locale=english, slug="loom-pattern-ai-archive")
    event = EventPage.objects.get(locale=english, slug="sample-online-exchange")
    french = Locale.objects.get(language_code="fr")
    french_case = CasePage.objects.get(locale=french, slug="savanna-songs-sound-archive")
    organisation = Organisation.objects.get(locale=english, name="China Daily")
    image = CasebookImage.objects.get(
        title="Sample image: Shadow Puppetry on a Virtual Stage (hero)"
    )

    case.delete()
    french_case.delete()
    organisation.delete()
    image.delete()
    event.title, event.slug = "Online exchange, renamed by an editor", "renamed-exchange"
    event.save_revision().publish()
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email, settings.is_sample_content = "editor@example.org", False
    settings.save()
    SiteText.objects.filter(locale=english).update(tagline="An editor's tagline")
    pages = Page.objects.count()

    assert reload() == {}

    assert Page.objects.count() == pages
    assert not CasePage.objects.filter(locale=english, slug="loom-pattern-ai-archive").exists()
    assert not CasePage.objects.filter(locale=french, slug="savanna-songs-sound-archive").exists()
    assert not Organisation.objects.filter(locale=english, name="China Daily").exists()
    assert not CasebookImage.objects.filter(title=image.title).exists()
    assert not EventPage.objects.filter(slug="sample-online-exchange").exists()
    assert EventPage.objects.get(slug="renamed-exchange").title.endswith("renamed by an editor")
    settings.refresh_from_db()
    assert (settings.contact_email, settings.is_sample_content) == ("editor@example.org", False)
    assert SiteText.objects.get(locale=english).tagline == "An editor's tagline"


def test_every_translated_string_is_found(demo, db):
    """The data's English matches the translation files: the loader would warn otherwise."""
    assert Page.objects.filter(
        locale__language_code="zh-hans", slug="loom-pattern-ai-archive"
    ).exists()
    assert demo.created["translated pages"] > 100
    assert demo.warnings == []


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of demo/data that a test may break; the loader reads it instead."""
    copy = tmp_path / "data"
    shutil.copytree(records.DATA_DIR, copy)
    monkeypatch.setattr(records, "DATA_DIR", copy)
    return copy


def edit(path, change):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_a_data_file_that_does_not_fit_is_named(demo, db, data_copy):
    edit(data_copy / "cases-2025.yaml", lambda d: d["cases"][0].update(title="No label"))
    with pytest.raises(
        CommandError, match=r"(?s)cases-2025.yaml is not valid.*end in \(fictional\)"
    ):
        call_command("load_demo_content", verbosity=0)

    edit(data_copy / "cases-2025.yaml", lambda d: d["cases"][0].update(title="A (fictional)"))
    edit(data_copy / "events.yaml", lambda d: d["pages"][0]["fields"].update(colour="red"))
    with pytest.raises(CommandError, match="EventPage has no field named 'colour'"):
        call_command("load_demo_content", verbosity=0)


def test_a_new_page_with_invalid_blocks_saves_nothing(demo, db, data_copy):
    def add_page(data):
        page = {"slug": "broken", "fields": {"title": "Broken", "summary": "-", "kind": "story"}}
        page["fields"]["body"] = [{"quote": {"attribution": "Nobody"}}]  # no quotation
        # A valid page first: it must not stay behind when the next one fails.
        data["pages"].append(
            {"slug": "fine", "fields": {"title": "Fine", "summary": "-", "kind": "story"}}
        )
        data["pages"].append(page)

    edit(data_copy / "news.yaml", add_page)
    pages = Page.objects.count()
    with pytest.raises(CommandError, match="'Broken': body is not valid"):
        call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == pages
    assert not Page.objects.filter(slug="fine").exists()


def test_a_new_page_is_created_once(demo, db, data_copy):
    fields = {"title": "Added later", "summary": "Sample news.", "kind": "story"}
    page = {"slug": "added", "fields": fields}
    fields["body"] = [{"text": ["See [the call](page:calls/2024)."]}]
    edit(data_copy / "news.yaml", lambda d: d["pages"].append(page))

    assert reload() == {"pages": 1}
    added = Page.objects.get(slug="added").specific
    call = CallPage.objects.get(locale=Locale.get_default(), year=2024)
    assert f'<a linktype="page" id="{call.pk}">the call</a>' in added.body[0].value.source
    assert added.search_description == "Sample news."
    assert reload() == {}


def test_phone_numbers_only_with_the_2024_call(demo, db, client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert not settings.contact_phone
    call = CallPage.objects.get(locale=Locale.get_default(), year=2024)
    phones = {str(contact.phone.as_e164) for contact in call.contacts.all() if contact.phone}
    assert phones == {f"+86{phone}" for phone in PHONES}
    response = client.get(Site.objects.get(is_default_site=True).root_page.url)
    footer = response.content.decode().split("<footer", 1)[1]
    assert "tel:" not in footer
    assert not any(phone in text_of(response) for phone in PHONES)


def test_pictures_are_distinct_generated_artwork(demo, db):
    cases = CasePage.objects.filter(locale=Locale.get_default()).select_related("hero_image")
    digests = set()
    for case in cases:
        image = case.hero_image
        assert image.credit == "Generated sample artwork"
        assert image.description.startswith("Generated sample artwork, ")
        with image.open_file() as file:
            data = file.read()
        digests.add(hashlib.sha256(data).hexdigest())
        assert Image.open(io.BytesIO(data)).size == (1600, 900)
    assert len(digests) == cases.count() >= 20
