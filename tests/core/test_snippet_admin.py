"""The Organisation and Person snippets, made in the admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from core.models import Organisation, Person
from tests.utils import form_errors

pytestmark = pytest.mark.django_db


def test_organisation_snippet_created_in_admin(admin_client):
    url = reverse("wagtailsnippets_core_organisation:add") + "?locale=en"
    response = admin_client.post(
        url,
        {
            "name": "International Centre for Creativity and Sustainable Development",
            "short_name": "ICCSD",
            "kind": Organisation.Kind.INTERNATIONAL,
            "country": "CN",
            "website": "https://example.org/",
            "logo": "",
        },
    )

    assert response.status_code == 302, form_errors(response)
    organisation = Organisation.objects.get(short_name="ICCSD")
    assert organisation.country.code == "CN"
    assert organisation.locale.language_code == "en"
    listing = admin_client.get(reverse("wagtailsnippets_core_organisation:list"))
    assert "International Centre for Creativity" in listing.content.decode()


def test_person_snippet_created_in_admin(admin_client):
    affiliation = Organisation.objects.create(name="Tsinghua University")
    url = reverse("wagtailsnippets_core_person:add") + "?locale=en"
    response = admin_client.post(
        url,
        {
            "name": "Li Wei",
            "title": "Professor",
            "affiliation": str(affiliation.pk),
            "photo": "",
            "bio": rich_text("<p>Works on digital heritage.</p>"),
        },
    )

    assert response.status_code == 302, form_errors(response)
    person = Person.objects.get(name="Li Wei")
    assert person.affiliation == affiliation
    assert "digital heritage" in person.bio
