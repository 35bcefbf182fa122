"""A publish makes the pictures its page and its listing show, before any visitor asks."""

import pytest

from core.models import CasebookRendition
from tests.factories import CasePageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def test_a_published_case_has_its_renditions_made(
    client, site_tree, django_capture_on_commit_callbacks, settings
):
    # As in production: only the site's own host name is accepted.
    settings.ALLOWED_HOSTS = [site_tree.site.hostname]
    client.defaults["HTTP_HOST"] = site_tree.site.hostname
    image = ImageFactory()
    case = CasePageFactory(
        parent=site_tree.case_index, title="Sample mural scans", edition=site_tree.call
    )
    case.hero_image = image
    assert not CasebookRendition.objects.filter(image=image).exists()

    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()

    made = set(CasebookRendition.objects.filter(image=image).values_list("pk", flat=True))
    assert made, "the publish made no rendition"
    # Neither the page nor the library makes any more: they were all there.
    for url in (case.url, site_tree.case_index.url):
        assert client.get(url).status_code == 200
    assert set(CasebookRendition.objects.filter(image=image).values_list("pk", flat=True)) == made
