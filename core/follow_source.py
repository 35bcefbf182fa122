"""Translations follow their source page in publication and privacy.

Editors write in the default language; the other languages are translations of it. A
translation must never stay public when its source is withdrawn, so:

* unpublishing the source (in the admin, by a scheduled expiry or in code) unpublishes
  every translation;
* the source's view restrictions (password, login, groups) are copied to every
  translation and kept in step when they change or go (a translation made later gets
  them from Wagtail's copy);
* in the admin, deleting or moving the source deletes or moves its translations with it
  (Wagtail's own cascade, which lists them on the confirmation page).

A translation may still be unpublished on its own. Restricted pages are never listed:
listings, sitemaps, search and cards use ``.public()``.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.signals import page_unpublished

# Set on a page whose admin unpublish view unpublishes the translations itself.
CASCADED_BY_ADMIN = "_translations_unpublished_by_admin"


def is_source(page):
    return page.locale_id == Locale.get_default().pk


def translations_of(page, **filters):
    return Page.objects.translation_of(page, inclusive=False).filter(**filters)


def cascade(pages, action):
    """For Wagtail's ``construct_translated_pages_to_cascade_actions`` hook."""
    sources = [page for page in pages if is_source(page)]
    if action == "unpublish":
        for page in sources:
            setattr(page, CASCADED_BY_ADMIN, True)
        return {page: translations_of(page, alias_of__isnull=True, live=True) for page in sources}
    if action in ("delete", "move"):
        return {page: translations_of(page) for page in sources}
    return {}


@receiver(page_unpublished)
def unpublish_translations(sender, instance, **kwargs):
    if not is_source(instance) or getattr(instance, CASCADED_BY_ADMIN, False):
        return
    for translation in translations_of(instance, alias_of__isnull=True, live=True):
        UnpublishPageAction(translation).execute(skip_permission_checks=True)


def copy_restrictions(source, pages):
    """Give ``pages`` exactly the view restrictions of ``source``."""
    restrictions = list(source.view_restrictions.prefetch_related("groups"))
    for page in pages:
        page.view_restrictions.all().delete()
        for restriction in restrictions:
            copy = PageViewRestriction.objects.create(
                page=page,
                restriction_type=restriction.restriction_type,
                password=restriction.password,
            )
            copy.groups.set(restriction.groups.all())


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restrictions_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page and is_source(page):
        copy_restrictions(page, translations_of(page))


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, reverse, **kwargs):
    if action.startswith("post_") and not reverse:
        restrictions_changed(sender, instance)
