import factory
from django.utils import timezone

from news.models import NewsIndexPage, NewsPage
from tests.factories.home import BasePageFactory


class NewsIndexPageFactory(BasePageFactory):
    title = "News"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.LazyFunction(timezone.localdate)
    kind = NewsPage.Kind.ANNOUNCEMENT
    summary = factory.LazyAttribute(lambda o: f"What {o.title} announces.")

    class Meta:
        model = NewsPage
