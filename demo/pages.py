"""Pages: the home page and default site, then every page file of ``demo/data``.

A page's key is its path under the home page (``page:calls/2024``); the home page's
is ``page:home``.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.db.models import Q
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from core.site_address import public_host_and_port
from demo.fields import assign, build, model_fields
from demo.records import PageFile, SiteFile, read
from home.models import HomePage

HOME = "page:home"
WELCOME_TITLE = "Welcome to your new Wagtail site!"


def load_home(ctx):
    """The home page (created unpublished: ``finish_home`` publishes it) and the default site."""
    data = read("site", SiteFile)
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    _remove_welcome_page(ctx, root, site)

    def create():
        home = build(ctx, HomePage, data.home.fields)
        home.slug, home.locale = "home", ctx.locale
        root.add_child(instance=home)
        ctx.home_created = True
        ctx.tally("pages")
        return home

    home = ctx.ensure(HOME, create, translate=True)
    if home is None:
        raise CommandError("The sample home page was deleted: there is nowhere to load into.")
    if site is None:
        hostname, port = public_host_and_port()
        Site.objects.create(
            hostname=hostname,
            port=port,
            site_name=data.site_name,
            root_page=home,
            is_default_site=True,
        )
        ctx.tally("sites")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or data.site_name
        site.save()
        ctx.note("pointed the default site at the home page")


def _remove_welcome_page(ctx, root, site):
    """Delete Wagtail's stock "Welcome to your new Wagtail site!" page if it is untouched."""
    welcome = (
        root.get_children()
        .filter(content_type=ContentType.objects.get_for_model(Page))
        .filter(Q(slug="home") | Q(title=WELCOME_TITLE))
        .first()
    )
    if welcome is None or welcome.get_children_count():
        return
    for pointing in Site.objects.filter(root_page=welcome):
        # Sites cascade with their root page: park them on the root until home exists.
        pointing.root_page = root
        pointing.save()
    welcome.delete()
    ctx.note("removed the default welcome page")


def load_page_file(ctx, name):
    data = read(name, PageFile)
    for record in data.pages:
        model = apps.get_model(record.type or data.type)
        model_fields(model, record.fields)  # checked even when the page exists
        fields = _with_search_description(record.fields)
        ensure_page(
            ctx,
            data.parent,
            model,
            record.slug,
            lambda model=model, fields=fields: build(ctx, model, fields),
            record.translate,
        )


def ensure_page(ctx, parent_key, model, slug, make, translate=False):
    """The page under ``parent_key``/``slug``; ``make()`` builds it, published here, if new."""
    key = "page:" + slug if parent_key == HOME else f"{parent_key}/{slug}"

    def create():
        parent = ctx.need(parent_key)
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:  # made before the loader kept keys, or by hand
            existing = existing.specific
            if not isinstance(existing, model):
                raise CommandError(
                    f"The page {existing.url_path!r} is a {type(existing).__name__}, not a "
                    f"{model.__name__}; rename or move it and run the command again."
                )
            return existing
        page = make()
        page.slug, page.locale = slug, parent.locale
        validate_streams(page)
        parent.add_child(instance=page)
        page.save_revision().publish()
        ctx.tally("pages")
        return page

    return ctx.ensure(key, create, translate=translate)


def _with_search_description(fields):
    """Pages are described to search engines by their summary unless the data says more."""
    summary = fields.get("summary") or fields.get("listing_summary")
    if summary and "search_description" not in fields:
        return {**fields, "search_description": summary}
    return fields


def finish_home(ctx):
    """Fill in and publish the home page created in this run (its single revision)."""
    if not ctx.home_created:
        return
    home = assign(ctx, ctx.need(HOME), read("site", SiteFile).home.finish)
    validate_streams(home)
    home.save_revision().publish()


def validate_streams(instance):
    """Run the blocks' own validation, which a model's full_clean() does not do."""
    for model_field in instance._meta.concrete_fields:
        if isinstance(model_field, StreamField):
            try:
                model_field.stream_block.clean(getattr(instance, model_field.name))
            except ValidationError as error:
                detail = error.as_json_data() if hasattr(error, "as_json_data") else error
                raise CommandError(
                    f"{instance.title!r}: {model_field.name} is not valid: {detail}"
                ) from None
