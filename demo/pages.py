"""Standard pages (about, FAQ, contact, privacy, accessibility) and the home page's content."""

from demo.base import (
    accordion_block,
    bullet_list,
    call_to_action_block,
    email_link,
    ensure_page,
    heading,
    key_figures_block,
    ordered,
    page_link,
    paragraphs,
    text_block,
    validate_streams,
)
from demo.site import CONTACT_EMAIL
from home.models import HomeFeaturedCase, StandardPage

# The home page features the current edition: the 2025 call, whose dates are not yet
# announced, rather than the 2024 call, whose results were published long ago.
FEATURED_CALL_YEAR = 2025
FEATURED_CASES = (
    "loom-pattern-ai-archive",
    "savanna-songs-sound-archive",
    "adobe-village-digital-twin",
    "craft-villages-live-market",
    "folk-tales-virtual-production",
    "community-dance-motion-library",
)

SAMPLE_NOTICE = (
    "This is a sample site. The call rules, events and news summarise public documents of "
    "ICCSD; the cases marked as fictional, with their organisations, people, quotations and "
    "figures, are invented to show how the site works."
)


def load_standard_pages(ctx):
    home = ctx.home
    pages = {
        "about": (build_about, True),
        "contact": (build_contact, True),
        "faq": (build_faq, False),
        "privacy": (build_privacy, False),
        "accessibility": (build_accessibility, False),
    }
    for slug, (builder, in_menus) in pages.items():
        ctx.pages[slug] = ensure_page(
            ctx,
            home,
            StandardPage,
            slug,
            lambda builder=builder, in_menus=in_menus: _standard(builder(ctx), in_menus),
        )


def _standard(fields, in_menus):
    return StandardPage(
        show_in_menus=in_menus,
        search_description=fields["introduction"][:300],
        **fields,
    )


def build_about(ctx):
    return {
        "title": "About ICCSD",
        "introduction": (
            "The International Centre for Creativity and Sustainable Development under the "
            "auspices of UNESCO (ICCSD) is a Category 2 centre for research and cooperation on "
            "creativity and sustainable development."
        ),
        "body": [
            text_block(
                paragraphs(
                    "The centre was established by the People's Government of Beijing "
                    "Municipality, and its creation was approved at the 38th session of "
                    "UNESCO's General Conference.",
                    "Its research covers creative cities, the creative economy and sustainable "
                    "development. It brings together experts and innovative companies from the "
                    "cultural and creative industries and from technology, runs a "
                    "communication platform of periodicals, websites and social media "
                    "accounts, develops training for less developed regions and works with "
                    "companies and non-governmental organisations on demonstration programmes.",
                )
                + heading("The call for cases")
                + paragraphs(
                    "In 2024 the centre launched a collection of cases showing how digital "
                    "technology protects and promotes cultural diversity. Twenty exemplary "
                    "cases were published at a forum marking the 20th anniversary of the 2005 "
                    "Convention on the Protection and Promotion of the Diversity of Cultural "
                    "Expressions, China's first project in UNESCO's global celebration of the "
                    "anniversary. The 2025 edition is part of UNESCO's celebratory agenda too."
                )
                + heading("About this site")
                + paragraphs(SAMPLE_NOTICE)
            ),
            call_to_action_block(
                "Browse the cases",
                "Filter the case library by direction, technology, country and more.",
                "Open the case library",
                page=ctx.indexes["cases"],
            ),
        ],
    }


def build_faq(ctx):
    call = ctx.calls[2024]
    answers = [
        (
            "Who could submit a case?",
            paragraphs(
                "Enterprises and organisations anywhere in the world that use technological "
                "innovation to advance culture. A case could be entered by the copyright "
                "holder or by the participant, but not by both."
            ),
        ),
        (
            "What kinds of case were accepted?",
            paragraphs("Cases had to fit one of the two directions of the 2024 call:")
            + bullet_list(
                [
                    "technological breakthroughs and innovative applications (AI, big data, "
                    "cloud computing, VR, AR and similar);",
                    "practices in the collaborative development of technology and culture, "
                    "for example by museums, libraries, memorials, galleries or heritage sites.",
                ]
            ),
        ),
        (
            "Which projects were eligible?",
            paragraphs(
                "Works, technologies or projects completed, published or patented between 2021 "
                "and 2024, that are genuine and lawful and whose intellectual property the "
                "applicant owns or is authorised to use."
            ),
        ),
        (
            "When was the deadline?",
            paragraphs(
                "Entries had to arrive by 12:00 noon Beijing time (04:00 UTC) on 9 May 2024. "
                "Preliminary screening ran from 10 to 12 May, expert review from 13 to 15 May, "
                "and results were announced and displayed from 16 to 20 May 2024."
            ),
        ),
        (
            "How were cases submitted?",
            f"<p>By email to {email_link(CONTACT_EMAIL)}, as one compressed file holding the "
            "application form (Word file and signed, sealed PDF scan), the case introduction "
            "as a Word file and any supporting material. The email and attachments were named "
            "Country + City + Case Name, for example \u201cChina, Beijing, XXX Project\u201d.</p>",
        ),
        (
            "How were cases evaluated?",
            paragraphs(
                "Against five criteria: demonstrability, innovation, applicability, "
                "completeness and sustainability. Each is described on the call page."
            ),
        ),
        (
            "What did selected cases receive?",
            paragraphs(
                "Promotion on the ICCSD website and by media partners, a certificate of "
                "recognition issued jointly by UNESCO and ICCSD, a place in a published "
                "collection of cases, and invitations to online and offline exchanges."
            ),
        ),
        (
            "Is there a 2025 edition?",
            "<p>Yes. It was presented on 21 January 2026; its dates and rules will be "
            f"published on the {page_link(ctx.calls[2025], '2025 call page')}.</p>",
        ),
    ]
    return {
        "title": "Questions about the call",
        "introduction": (
            "Answers about the 2024 call for cases, taken from the published call. Read the "
            "call itself for the full rules."
        ),
        "body": [
            accordion_block("The 2024 call", answers),
            text_block(f"<p>Read the {page_link(call, 'full 2024 call')}.</p>"),
            call_to_action_block(
                "Still have a question?",
                "Write to the centre or call one of the contacts.",
                "Contact us",
                page=ctx.pages["contact"],
            ),
        ],
    }


def build_contact(ctx):
    return {
        "title": "Contact",
        "introduction": (
            "Questions about the call for cases and this site go to the International Centre "
            "for Creativity and Sustainable Development under the auspices of UNESCO (ICCSD)."
        ),
        "body": [
            text_block(
                heading("Email")
                + f"<p>{email_link(CONTACT_EMAIL)}</p>"
                + heading("Telephone")
                + "<ul><li>Mr. Duan: +86 13552192286</li><li>Ms. Chen: +86 18600501919</li></ul>"
                + paragraphs(
                    "These contacts were published with the 2024 call for cases. Updates "
                    "about the calls appear on the ICCSD website and its media platforms."
                )
            )
        ],
    }


def build_privacy(ctx):
    return {
        "title": "Privacy",
        "introduction": "What this site does, and does not do, with information about you.",
        "body": [
            text_block(
                paragraphs(
                    "This site does not use tracking or advertising cookies and does not load "
                    "analytics or other services from third parties. Visitors can read every "
                    "page without an account.",
                    "Like any web server, ours may keep short technical logs (such as the "
                    "address requested and the time) to keep the site secure and working. "
                    "Editors who sign in to manage content receive a session cookie needed for "
                    "that purpose only.",
                    "If you write to us, we use your message only to answer it. To ask about "
                    "your data, write to the address on the contact page.",
                    "This is sample text for a demonstration site; the organisation running "
                    "the site should review it before publication.",
                )
            )
        ],
    }


def build_accessibility(ctx):
    return {
        "title": "Accessibility statement",
        "introduction": (
            "We want everyone to be able to use this site, whatever their device, connection "
            "or ability."
        ),
        "body": [
            text_block(
                heading("Our aim")
                + paragraphs(
                    "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 "
                    "at level AA. Pages should work with a keyboard and with screen readers, "
                    "images have text alternatives, and video and audio are never played "
                    "automatically."
                )
                + heading("Report a problem")
                + f"<p>If something on the site is hard to use, write to {email_link(CONTACT_EMAIL)} "
                "and tell us the address of the page and what went wrong. We will try to "
                "answer and fix the problem.</p>"
                + paragraphs(
                    "This statement is sample text for a demonstration site and has not been "
                    "confirmed by an accessibility audit."
                )
            )
        ],
    }


def finish_home(ctx):
    """Fill in and publish the home page created in this run (its single revision)."""
    if not ctx.home_created:
        return
    home = ctx.home
    home.featured_call = ctx.calls[FEATURED_CALL_YEAR]
    home.featured_cases = ordered(
        [HomeFeaturedCase(case=ctx.cases[slug]) for slug in FEATURED_CASES]
    )
    home.body = [
        text_block(
            paragraphs(
                "Around the world, museums, archives, artists, companies and communities use "
                "digital technology to keep cultural expressions alive and to share them. The "
                "calls for cases gather their experience so that others can learn from it."
            )
        ),
        key_figures_block(
            "The 2024 collection",
            [
                ("20", "", "exemplary cases published"),
                ("150", "", "representatives at the anniversary forum, at most"),
                ("10", "", "countries represented at the forum"),
            ],
        ),
        call_to_action_block(
            "Explore the case library",
            "Filter the cases by direction, technology, cultural domain, country, goal and "
            "year. The cases on this sample site are fictional.",
            "Browse the cases",
            page=ctx.indexes["cases"],
        ),
    ]
    validate_streams(home)
    home.save_revision().publish()
