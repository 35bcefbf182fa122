"""Snippets and settings: organisations, people, cultural domains, site text, site settings."""

from django.utils.text import slugify
from wagtail.models import Site

from cases.models import CulturalDomain
from core.models import Organisation, Person, SiteSettings, SiteText
from demo.images import create_logo
from demo.records import PeopleFile, SiteFile, TaxonomyFile, read


def ensure_snippet(ctx, key, model, lookup, defaults):
    """The snippet under ``key``; one found by ``lookup`` is adopted, else one is created."""

    def create():
        found = model.objects.filter(locale=ctx.locale, **lookup).first()
        if found is None:
            found = model(locale=ctx.locale, **lookup, **defaults)
            found.full_clean()
            found.save()
            ctx.tally(str(model._meta.verbose_name_plural))
        return found

    return ctx.ensure(key, create, translate=True)


def load_people(ctx):
    data = read("organisations", PeopleFile)
    for key, organisation in data.organisations.items():
        ensure_organisation(ctx, organisation, key)
    for key, person in data.people.items():
        affiliation = person.affiliation and ctx.get(f"organisation:{person.affiliation}")
        ensure_snippet(
            ctx,
            f"person:{key}",
            Person,
            {"name": person.name},
            {"title": person.title, "affiliation": affiliation or None},
        )


def ensure_organisation(ctx, organisation, key=None):
    """An organisation of the sources (under its key) or a case's invented applicant."""
    return ensure_snippet(
        ctx,
        f"organisation:{key or slugify(organisation.name)}",
        Organisation,
        {"name": organisation.name},
        organisation.model_dump(exclude={"name"}),
    )


def load_taxonomies(ctx):
    for slug, name in read("taxonomies", TaxonomyFile).cultural_domains.items():
        ensure_snippet(ctx, f"domain:{slug}", CulturalDomain, {"slug": slug}, {"name": name})


def load_site_text(ctx):
    data = read("site", SiteFile)
    ensure_snippet(ctx, "site-text", SiteText, {}, data.site_text)

    def fill_settings():
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        if settings.contact_email:  # filled in by an editor before the sample was loaded
            return settings
        settings.contact_email = data.contact_email
        settings.logo = ctx.ensure("image:site-logo", lambda: create_logo(ctx))
        settings.is_sample_content = True
        settings.full_clean()
        settings.save()
        ctx.tally("site settings")
        return settings

    ctx.ensure("settings", fill_settings)
