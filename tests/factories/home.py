"""Images, documents, snippets and the pages of the ``home`` app."""

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Collection

from core.models import CasebookImage, Organisation, Person
from home.models import HomePage, StandardPage


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    """A small Pillow-generated picture with its required alt text."""

    title = factory.Sequence(lambda n: f"Picture {n}")
    description = factory.LazyAttribute(lambda o: f"Alt text of {o.title}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.ImageField(width=96, height=64, color="teal")

    class Meta:
        model = CasebookImage


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.FileField(filename="application-form.pdf", data=b"%PDF-1.4 test")


class OrganisationFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = Organisation.Kind.CULTURAL
    country = "CN"

    class Meta:
        model = Organisation


class PersonFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Person {n}")
    title = "Professor"

    class Meta:
        model = Person


class BasePageFactory(wagtail_factories.PageFactory):
    """Live, published pages created in one save (no revision: fast enough for 100s)."""

    title = factory.Sequence(lambda n: f"Page {n}")
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyAttribute(lambda o: o.first_published_at)

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Home"
    hero_heading = "Cultural diversity in the digital environment"

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"About {n}")
    introduction = "Who runs the call and why."

    class Meta:
        model = StandardPage
