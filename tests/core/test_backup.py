"""Backup and restore: content made, backed up, wiped, restored and found again.

``restore`` flushes and loads in its own transaction, so these tests commit real
rows (``transaction=True``). ``serialized_rollback`` gives each test the rows the
migrations made (root page, locales, default site), which a flush removes. The site
tree is built here rather than through ``site_tree``, whose rows live in a
module-wide transaction that is never committed.
"""

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents.models import Document
from wagtail.models import Page

from config.settings.storage import media_storage
from core import backup
from core.models import CasebookImage
from tests.conftest import build_site_tree
from tests.factories import DocumentFactory, ImageFactory
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _content_type_cache(transactional_db):
    """Wagtail's Task() asks for its content type while the next test's rows are put
    back into empty tables; a cache miss there inserts one, which then clashes. So the
    cache is full when a test ends, and emptied once the rows are back."""
    ContentType.objects.clear_cache()
    yield
    ContentType.objects.get_for_models(*apps.get_models())


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.BACKUP_DIR = str(tmp_path / "backups")
    return tmp_path / "media"


def run(command, *args, **options):
    out = io.StringIO()
    call_command(command, *args, stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue().strip()


def pages():
    return sorted(
        (page.pk, page.url_path, page.title, page.locale.language_code, page.specific_class)
        for page in Page.objects.select_related("locale")
    )


def test_backup_wipe_restore_brings_everything_back(media_root, client):
    tree = build_site_tree()
    french = translate_page(tree.about, "fr")
    image = ImageFactory(title="Harbour")
    image.get_rendition("fill-20x20")
    document = DocumentFactory(title="Application form")
    get_user_model().objects.create_user("editor", "editor@example.org", "a long passphrase")
    before = pages()
    image_bytes = Path(image.file.path).read_bytes()

    archive = Path(run("backup"))

    assert archive.parent == media_root.parent / "backups"
    assert archive.name.startswith("casebook-") and archive.name.endswith(".tar.gz")
    assert archive.stat().st_mode & 0o777 == 0o600
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile(backup.MANIFEST))
    assert names[:2] == [backup.MANIFEST, backup.DUMP]
    assert f"media/{image.file.name}" in names and f"media/{document.file.name}" in names
    assert not [name for name in names if name.startswith("media/images/")]  # renditions
    assert manifest["counts"]["wagtailcore.Page"] == len(before)
    assert "contenttypes.ContentType" not in manifest["counts"]
    assert "auth.Permission" in manifest["counts"]

    call_command("flush", interactive=False, verbosity=0)
    shutil.rmtree(media_root)
    assert not Page.objects.exists()

    assert "Restored" in run("restore", str(archive), yes=True)

    assert pages() == before
    restored = CasebookImage.objects.get(title="Harbour")
    assert Path(restored.file.path).read_bytes() == image_bytes
    assert Path(Document.objects.get(title="Application form").file.path).is_file()
    assert get_user_model().objects.get(username="editor").check_password("a long passphrase")
    for url in ("/en/", tree.about.url, Page.objects.get(pk=french.pk).url):
        assert client.get(url).status_code == 200, url
    assert tree.about.pk in [page.pk for page in Page.objects.search("About the call")]


def make_archive(path, members):
    """A .tar.gz of {name: bytes or TarInfo}, with a valid manifest unless given one."""
    members = {backup.MANIFEST: json.dumps({"format": 1, "counts": {}}).encode(), **members}
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            if isinstance(data, tarfile.TarInfo):
                tar.addfile(data)
            else:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
    return path


def link(name):
    info = tarfile.TarInfo(name)
    info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
    return info


@pytest.fixture
def keeper(media_root):
    """A row that must still be there after a refused restore."""
    return get_user_model().objects.create_user("keeper")


def assert_untouched(keeper, media_root):
    assert get_user_model().objects.filter(pk=keeper.pk).exists()
    assert Page.objects.filter(depth=1).exists()
    assert not (media_root.parent / "evil").exists()


@pytest.mark.parametrize(
    "members",
    [
        {"../evil": b"x"},
        {"/evil": b"x"},
        {"media/../../evil": b"x"},
        {"media/link": link("media/link")},
        {"settings.py": b"x"},
    ],
    ids=["parent", "absolute", "media-parent", "symlink", "stray"],
)
def test_an_unsafe_member_is_refused(media_root, keeper, tmp_path, members):
    archive = make_archive(tmp_path / "evil.tar.gz", {backup.DUMP: b"", **members})

    with pytest.raises(CommandError, match="cannot be restored.*Nothing was changed"):
        run("restore", str(archive), yes=True)

    assert_untouched(keeper, media_root)


def test_a_damaged_archive_is_refused(media_root, keeper, tmp_path):
    good = Path(run("backup"))
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    garbage = tmp_path / "garbage.tar.gz"
    garbage.write_bytes(b"not an archive at all")

    with pytest.raises(CommandError, match="cannot be restored"):
        run("restore", str(truncated), yes=True)
    with pytest.raises(CommandError, match="not a readable backup archive"):
        run("restore", str(garbage), yes=True)
    with pytest.raises(CommandError, match="No backup archive"):
        run("restore", str(tmp_path / "missing.tar.gz"), yes=True)
    with pytest.raises(CommandError, match="database.jsonl is missing"):
        run("restore", str(make_archive(tmp_path / "empty.tar.gz", {})), yes=True)

    assert_untouched(keeper, media_root)


def test_a_dump_that_fails_to_load_is_rolled_back(media_root, keeper, tmp_path):
    dump = json.dumps({"model": "no.such", "pk": 1, "fields": {}}).encode()
    archive = make_archive(tmp_path / "broken.tar.gz", {backup.DUMP: dump})

    with pytest.raises(CommandError, match="rolled back: the database is as it was"):
        run("restore", str(archive), yes=True)

    assert_untouched(keeper, media_root)


def test_restore_without_yes_refuses_when_it_cannot_ask(media_root, keeper, monkeypatch):
    archive = Path(run("backup"))
    monkeypatch.setattr("sys.stdin", io.StringIO("yes\n"))

    with pytest.raises(CommandError, match="pass --yes"):
        run("restore", str(archive))

    assert_untouched(keeper, media_root)


def test_with_uploads_in_a_bucket_the_backup_says_it_holds_the_database_only(
    media_root, tmp_path, settings
):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": media_storage("https://k:s@s3.example.org/casebook", "/media/"),
    }
    errors = io.StringIO()
    call_command("backup", output=str(tmp_path), stdout=io.StringIO(), stderr=errors)
    assert "database only" in errors.getvalue()
    assert list(tmp_path.glob("casebook-*.tar.gz"))
