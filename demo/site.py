"""The page tree's trunk (home page, default site, section indexes) and the site settings."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, Site

from cases.models import CallIndexPage, CaseIndexPage
from core.models import SiteSettings, SiteText
from demo.base import ensure_page, paragraphs
from demo.images import ensure_logo
from events.models import EventIndexPage
from home.models import HomePage
from news.models import NewsIndexPage

HOME_SLUG = "home"
WELCOME_TITLE = "Welcome to your new Wagtail site!"
SITE_NAME = "Casebook"

ORGANISATION_NAME = (
    "International Centre for Creativity and Sustainable Development under the auspices of UNESCO"
)
CONTACT_EMAIL = "media@unesco-iccsd.com"
CONTACT_PHONE = "+86 13552192286 (Mr. Duan); +86 18600501919 (Ms. Chen)"
TAGLINE = "How digital technology can protect and promote the diversity of cultural expressions"
FOOTER_TEXT = (
    "This is a sample site. The calls, events and news summarise public documents of the "
    "International Centre for Creativity and Sustainable Development under the auspices of "
    "UNESCO (ICCSD). Every case marked as fictional, with its organisations, people, "
    "quotations and figures, is invented to show how the site works."
)

# slug: (model, title, summary, introduction)
INDEXES = {
    "calls": (
        CallIndexPage,
        "Calls for cases",
        "Every edition of the call for cases on cultural diversity in the digital environment, "
        "with its rules, criteria and timetable.",
        "Each edition has its own theme, directions and dates. Open an edition to read its "
        "rules and see whether it is accepting submissions.",
    ),
    "cases": (
        CaseIndexPage,
        "Case library",
        "Cases that show how digital technology protects and promotes cultural diversity, "
        "filterable by direction, technology, domain, country, goal and year.",
        "Browse the cases by edition, direction, technology, cultural domain, country, "
        "Sustainable Development Goal and year. The cases on this sample site are fictional.",
    ),
    "events": (
        EventIndexPage,
        "Events",
        "Forums, briefing sessions, seminars and exchanges around the call for cases.",
        "Forums, briefing sessions, seminars and online exchanges where the cases and the "
        "ideas behind them are discussed.",
    ),
    "news": (
        NewsIndexPage,
        "News",
        "Announcements, media coverage and stories about the call for cases.",
        "Announcements about the calls, coverage of our events and stories about the cases.",
    ),
}


def load_tree(ctx):
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.child_of(root).first()
    if home is None:
        _remove_welcome_page(ctx, root, site)
        home = HomePage(
            title="Protecting and Promoting Cultural Diversity in the Digital Environment",
            slug=HOME_SLUG,
            hero_heading="Digital technology in the service of cultural diversity",
            hero_text=paragraphs(
                "A library of cases showing how digital tools help people protect, pass on "
                "and share the diversity of cultural expressions, and the calls that collect them."
            ),
            search_description=(
                "Cases, calls, events and news on protecting and promoting cultural "
                "diversity in the digital environment. Sample content."
            ),
            locale=ctx.locale,
        )
        # Published once, in pages.finish_home, when the call and cases it features exist.
        root.add_child(instance=home)
        ctx.home_created = True
        ctx.tally("pages")
    else:
        _remove_welcome_page(ctx, root, site)
    ctx.home = home

    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            site_name=SITE_NAME,
            root_page=home,
            is_default_site=True,
        )
        ctx.tally("sites")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or SITE_NAME
        site.save()
        ctx.note("pointed the default site at the home page")
    ctx.site = site

    for slug, (model, title, summary, introduction) in INDEXES.items():
        ctx.indexes[slug] = ensure_page(
            ctx,
            home,
            model,
            slug,
            lambda model=model, title=title, summary=summary, introduction=introduction: model(
                title=title,
                show_in_menus=True,
                search_description=summary,
                listing_summary=summary,
                introduction=paragraphs(introduction),
            ),
        )


def _remove_welcome_page(ctx, root, site):
    """Delete Wagtail's stock "Welcome to your new Wagtail site!" page if it is untouched."""
    plain_page = ContentType.objects.get_for_model(Page)
    welcome = (
        root.get_children()
        .filter(content_type=plain_page)
        .filter(Q(slug=HOME_SLUG) | Q(title=WELCOME_TITLE))
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


def load_settings(ctx):
    if not SiteText.objects.filter(locale=ctx.locale).exists():
        text = SiteText(
            organisation_name=ORGANISATION_NAME,
            tagline=TAGLINE,
            footer_text=FOOTER_TEXT,
            locale=ctx.locale,
        )
        text.full_clean()
        text.save()
        ctx.tally("site text")
    settings = SiteSettings.for_site(ctx.site)
    if settings.contact_email:
        return
    settings.contact_email = CONTACT_EMAIL
    settings.contact_phone = CONTACT_PHONE
    settings.logo = ensure_logo(ctx)
    settings.is_sample_content = True
    settings.full_clean()
    settings.save()
    ctx.tally("site settings")
