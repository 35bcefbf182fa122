"""Pictures made when a page is published, so that no visitor waits for them.

A rendition is made the first time a page shows a picture at a size and format, which
takes seconds for a large photo in AVIF. After a publish (once it is committed), a task
renders the page and its section's listing as a visitor would see them, which makes
every rendition they show; with ``TASKS_BACKEND=database`` this happens in the worker.
"""

from urllib.parse import urlsplit

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.test import RequestFactory
from django.utils import translation
from django_tasks import task
from wagtail.models import Page

from core.localization import language_of


@task()
def render_page_and_listing(page_id):
    page = Page.objects.filter(pk=page_id, live=True).first()
    if page is None:
        return
    for shown in (page, page.get_parent()):
        shown = shown.specific
        url = shown.get_url()
        if not url or not shown.live:
            continue
        # Addressed to the page's own site: production accepts no other host name.
        site = urlsplit(shown.get_site().root_url)
        request = RequestFactory().get(url, HTTP_HOST=site.netloc, secure=site.scheme == "https")
        request.user = AnonymousUser()
        with translation.override(language_of(shown.locale_id)):
            response = shown.serve(request)
            if hasattr(response, "render"):
                response.render()


def after_publish(sender, instance, **kwargs):
    transaction.on_commit(lambda: render_page_and_listing.enqueue(instance.pk))
