"""The two editions of the call for cases (source documents 000 and 001)."""

import datetime
import zoneinfo

from cases.models import (
    CallContact,
    CallCriterion,
    CallDirection,
    CallGuideline,
    CallOrganisation,
    CallPage,
    CallStage,
)
from demo.base import (
    bullet_list,
    email_link,
    ensure_page,
    heading,
    ordered,
    paragraphs,
    text_block,
)
from demo.documents import ensure_pdf
from demo.images import ensure_image
from demo.site import CONTACT_EMAIL

BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")
Role = CallOrganisation.Role
Stage = CallStage.Kind

THEME_2024 = "Protecting and Promoting Cultural Diversity in the Digital Environment"
THEME_2025 = (
    "Protecting and Promoting the Diversity of Cultural Expressions in the Digital Environment"
)

# The two directions of 2024 and the three key areas of 2025: (slug, name, description).
DIRECTIONS_2024 = [
    (
        "technological-breakthroughs",
        "Technological breakthroughs and innovative applications",
        "Cases that use advanced technology to make culture flourish and to answer the "
        "creativity of science fiction: new technologies and products built on AI, big data, "
        "cloud computing, VR, AR and the like that enrich cultural experiences and help "
        "protect and spread culture.",
    ),
    (
        "collaborative-development",
        "Practices in the collaborative development of technology and culture",
        "Cases that help diverse cultures be passed on, blend and renew themselves in the "
        "digital environment, such as projects in which museums, libraries, memorials, art "
        "galleries, science and technology museums or heritage sites use digital technology "
        "to protect heritage and to exhibit and present their cultural resources better.",
    ),
]
DIRECTIONS_2025 = [
    (
        "cultural-industries",
        "Technology-enabled development of cultural industries",
        "How digital technology helps cultural and creative industries grow, and how "
        "enterprises take their work abroad with a strong sense of social responsibility.",
    ),
    (
        "cultural-heritage-protection",
        "Protection of cultural heritage",
        "Digital approaches that help conserve heritage, understand its values and present "
        "it to the public.",
    ),
    (
        "living-intangible-heritage",
        "Living transmission and community-based innovation of intangible cultural heritage",
        "Ways in which communities keep intangible heritage alive, pass it on and renew it "
        "with digital tools.",
    ),
]

GUIDELINES_2024 = [
    "The case must match the theme, protecting and promoting cultural diversity in the "
    "digital environment, and belong to one of the two directions.",
    "Fill in every part of the application form and add the material that best shows the "
    "case at work: pictures, video, sound, systems or applications.",
    "Only works, technologies or projects completed, published or patented between 2021 "
    "and 2024 can be evaluated.",
    "Applicants vouch that the case is genuine and lawful, and either hold all of its "
    "intellectual property rights or have permission from those who do.",
    "A case can be entered once, with one set of material, either by the copyright holder "
    "or by the participant, never by both.",
]

# (name, description): the five evaluation criteria of 2024.
CRITERIA_2024 = [
    (
        "Demonstrability",
        "How far the technical innovation drives related industries, how promoting the case "
        "benefits associated projects, and how widely the public takes part in it and "
        "thinks well of it.",
    ),
    (
        "Innovation",
        "How original, advanced and leading the digital technology is, and how inventively "
        "the case reinterprets traditional culture for today and carries it into society.",
    ),
    (
        "Applicability",
        "Performance data showing what the technical solution achieves for the protection, "
        "transmission and development of culture, with concrete examples of real problems "
        "it has solved.",
    ),
    (
        "Completeness",
        "Whether the application form, the introductory text and the supporting material "
        "together describe the case fully and make its argument convincingly.",
    ),
    (
        "Sustainability",
        "Whether cultural resources are used sustainably, the technology can be upgraded and "
        "the project can be replicated elsewhere: a sustainable case looks beyond today's "
        "results to its future development and impact.",
    ),
]

# (kind, title, first day, last day); the submission stage runs "from now" in the source.
STAGES_2024 = [
    (Stage.SUBMISSION, "Submission of entries", None, datetime.date(2024, 5, 9)),
    (
        Stage.SCREENING,
        "Preliminary screening",
        datetime.date(2024, 5, 10),
        datetime.date(2024, 5, 12),
    ),
    (Stage.REVIEW, "Expert review", datetime.date(2024, 5, 13), datetime.date(2024, 5, 15)),
    (
        Stage.ANNOUNCEMENT,
        "Announcement and display of results",
        datetime.date(2024, 5, 16),
        datetime.date(2024, 5, 20),
    ),
]

# 12:00 noon Beijing time on 9 May 2024 (04:00 UTC).
DEADLINE_2024 = datetime.datetime(2024, 5, 9, 12, 0, tzinfo=BEIJING)

PROMOTION_2024 = [
    "Outstanding cases are showcased, over time, on the ICCSD website and by media partners "
    "in China and abroad, to widen their audience and influence.",
    "Selected cases receive a certificate of recognition issued jointly by UNESCO and ICCSD.",
    "Selected cases are gathered in a publication that institutions and researchers can use "
    "as a reference on protecting and promoting cultural diversity in the digital environment.",
    "Online and offline exchanges invite the teams behind selected cases to share their "
    "creative experience and ideas.",
]

APPLICATION_FORM_LINES = [
    "SAMPLE - generated for the Casebook demonstration site. This is not the official "
    "application form of the call; it only shows where a downloadable form appears.",
    "",
    "# 1. The case",
    "Case name: ____________________________________________",
    "Country and city of the case: __________________________",
    "Direction (tick one): [ ] Technological breakthroughs and innovative applications",
    "                      [ ] Practices in the collaborative development of technology and culture",
    "Year completed, published or patented (2021-2024): ________",
    "# 2. The applicant",
    "Organisation or team: __________________________________",
    "Contact person, email and telephone: ___________________",
    "I hold the intellectual property rights, or the rights holder has authorised this entry: [ ]",
    "# 3. Description",
    "Summary of the case (about 300 words), the technologies used and the cultural "
    "resources concerned.",
    "# 4. The evaluation criteria",
    "Demonstrability, Innovation, Applicability (with performance data), Completeness, "
    "Sustainability: a short paragraph on each.",
    "# 5. Attachments",
    "The form as a Word file and as a signed and sealed scanned PDF; the case introduction "
    "as a Word file; supporting images, audio, video, software, systems or databases, all "
    "in one compressed file.",
    "Email subject and attachment names: Country + City + Case Name "
    '(for example "China, Beijing, XXX Project").',
    "",
    "Signature and seal: ______________________   Date: ____________",
]


def load(ctx):
    index = ctx.indexes["calls"]
    ctx.calls[2024] = ensure_page(ctx, index, CallPage, "2024", lambda: build_2024(ctx))
    ctx.calls[2025] = ensure_page(ctx, index, CallPage, "2025", lambda: build_2025(ctx))


def _directions(rows):
    return ordered(
        [CallDirection(slug=slug, name=name, description=text) for slug, name, text in rows]
    )


def _organisations(ctx, rows):
    return ordered(
        [CallOrganisation(organisation=ctx.organisations[key], role=role) for key, role in rows]
    )


def build_2024(ctx):
    form = ensure_pdf(
        ctx,
        "sample-application-form-2024",
        "SAMPLE application form – 2024 call for cases",
        APPLICATION_FORM_LINES,
    )
    image = ensure_image(
        ctx,
        "call-2024",
        "Sample image: 2024 call for cases",
        "Abstract generated illustration of overlapping translucent shapes with the word "
        "SAMPLE, standing in for a picture of the 2024 call.",
        subtitle="Call for cases 2024",
    )
    summary = (
        "The 2024 call gathered cases from around the world that use digital technology to "
        "protect and promote cultural diversity. Submissions closed at noon Beijing time on "
        "9 May 2024."
    )
    return CallPage(
        title="2024 Call for Cases: Protecting and Promoting Cultural Diversity in the "
        "Digital Environment",
        listing_title="Call for cases 2024",
        listing_summary=summary,
        listing_image=image,
        search_description=summary,
        show_in_menus=False,
        year=2024,
        theme=THEME_2024,
        introduction=paragraphs(
            "The UNESCO Convention on the Protection and Promotion of the Diversity of "
            "Cultural Expressions turns twenty in 2025. Since it was adopted, UNESCO has "
            "followed closely how a fast-changing digital environment challenges the "
            "protection of cultural resources and exchange between cultures.",
            "Artificial intelligence, virtual reality, 5G and big data are now used widely "
            "in cultural activities, goods and services. The new forms of business they bring "
            "- technology merging with culture, digitised heritage, cultural technology "
            "industries and the science fiction industry - have become central questions for "
            "anyone working to protect and promote cultural diversity.",
            "This call invites enterprises and organisations everywhere that advance culture "
            "through technical innovation to share their cases. It shows how digital "
            "technology protects and promotes cultural diversity, encourages technology and "
            "culture to grow together, and helps organisations in China and abroad learn "
            "from one another. It is hosted by ICCSD with backing from CRI Online, Beijing "
            "Radio & Television Station (BRTV), Tingting FM and Beijing Time.",
        ),
        directions_label="Directions",
        directions=_directions(DIRECTIONS_2024),
        eligible_from_year=2021,
        eligible_to_year=2024,
        eligibility=paragraphs(
            "Enterprises and organisations worldwide that use technological innovation for "
            "cultural development may take part. The work, technology or project must have "
            "been completed, published or patented between 2021 and 2024."
        ),
        guidelines=ordered([CallGuideline(text=text) for text in GUIDELINES_2024]),
        criteria=ordered(
            [CallCriterion(name=name, description=text) for name, text in CRITERIA_2024]
        ),
        time_zone="Asia/Shanghai",
        opens_at=None,
        closes_at=DEADLINE_2024,
        stages=ordered(
            [
                CallStage(kind=kind, title=title, starts_on=start, ends_on=end)
                for kind, title, start, end in STAGES_2024
            ]
        ),
        submission_email=CONTACT_EMAIL,
        submission_subject_format="Country + City + Case Name",
        submission_subject_example="China, Beijing, XXX Project",
        submission_instructions=paragraphs(
            "Download the application form, fill it in carefully with your project's details "
            "and send everything as one compressed file by email. The file should contain:"
        )
        + bullet_list(
            [
                "the application form twice: as the original Word file and as a scanned PDF "
                "bearing a signature and seal;",
                "the introductory text of the case as a Word file;",
                "any supporting material, such as images, audio, video, software, systems or "
                "databases.",
            ]
        )
        + paragraphs(
            "Name the email and its attachments after the country, the city of the case and "
            "the case name. Entries had to arrive by 12:00 noon Beijing time on 9 May 2024."
        ),
        application_form=form,
        promotion=bullet_list(PROMOTION_2024, ordered=True),
        organisations=_organisations(
            ctx,
            [
                ("iccsd", Role.HOST),
                ("unesco", Role.AUSPICES),
                ("cri-online", Role.BACKING),
                ("brtv", Role.BACKING),
                ("tingting-fm", Role.BACKING),
                ("beijing-time", Role.BACKING),
            ],
        ),
        contacts=ordered(
            [
                CallContact(name="ICCSD enquiries", email=CONTACT_EMAIL),
                CallContact(name="Mr. Duan", phone="+86 13552192286"),
                CallContact(name="Ms. Chen", phone="+86 18600501919"),
            ]
        ),
        body=[
            text_block(
                heading("Updates")
                + paragraphs(
                    "News about the call is published on the ICCSD website and its media "
                    "platforms. For questions, write to the address below or call one of the "
                    "contacts."
                )
                + f"<p>{email_link(CONTACT_EMAIL)}</p>"
            )
        ],
    )


def build_2025(ctx):
    image = ensure_image(
        ctx,
        "call-2025",
        "Sample image: 2025 call for cases",
        "Abstract generated illustration of coloured circles and bands with the word SAMPLE, "
        "standing in for a picture of the 2025 call.",
        subtitle="Call for cases 2025",
    )
    summary = (
        "The 2025 edition looks for replicable, low-cost digital practices in cultural "
        "industries, heritage protection and living intangible heritage. Dates are not "
        "announced yet."
    )
    return CallPage(
        title=f"2025 Call for Cases: {THEME_2025}",
        listing_title="Call for cases 2025",
        listing_summary=summary,
        listing_image=image,
        search_description=summary,
        year=2025,
        theme=THEME_2025,
        introduction=paragraphs(
            "As the 2005 Convention on the Protection and Promotion of the Diversity of "
            "Cultural Expressions reaches its twentieth anniversary, this case collection - "
            "also presented as the 2025 Global Digital Innovation Case Collection - has become "
            "part of UNESCO's worldwide programme celebrating the anniversary. It was "
            "presented at a briefing session in Beijing on 21 January 2026.",
            "The evaluation looks beyond individual technologies to international "
            "responsibility and people-centred values. The edition seeks practices, in "
            "particular from China, that can truly be replicated and that serve "
            "development: low-cost, standardised models that other regions can adapt at "
            "different scales, especially in developing countries, and that support the "
            "Sustainable Development Goals, including decent work and gender equality.",
            "It is organised around three key areas. The aim is to help digital cultural "
            "and creative enterprises work internationally with a strong sense of social "
            "responsibility, moving from applying technology towards setting standards and "
            "leading on values.",
        ),
        directions_label="Key areas",
        directions=_directions(DIRECTIONS_2025),
        time_zone="Asia/Shanghai",
        organisations=_organisations(ctx, [("iccsd", Role.HOST)]),
        body=[
            text_block(
                heading("Dates and rules")
                + paragraphs(
                    "The opening and closing dates, the eligibility window and the submission "
                    "method of this edition have not been announced. They will appear on "
                    "this page when they are published."
                )
            )
        ],
    )
