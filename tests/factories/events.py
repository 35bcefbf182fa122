import datetime as dt

import factory
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from tests.factories.home import BasePageFactory


class EventIndexPageFactory(BasePageFactory):
    title = "Events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(BasePageFactory):
    """An event one week from now unless ``starts_at`` is given; two hours long."""

    title = factory.Sequence(lambda n: f"Event {n}")
    kind = EventPage.Kind.FORUM
    summary = factory.LazyAttribute(lambda o: f"What happens at {o.title}.")
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + dt.timedelta(hours=2))
    time_zone = "Asia/Shanghai"
    city = "Beijing"
    country = "CN"

    class Meta:
        model = EventPage
