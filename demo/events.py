"""Events: the 2026 briefing (source 001), the anniversary forum (002), the 2021 seminar
(003) and one fictional online exchange."""

import datetime
import zoneinfo

from demo.base import (
    ensure_page,
    heading,
    key_figures_block,
    ordered,
    page_link,
    paragraphs,
    text_block,
)
from demo.images import ensure_image
from events.models import EventAgendaItem, EventOrganisation, EventPage, EventSpeaker

BEIJING_ZONE = "Asia/Shanghai"
BEIJING = zoneinfo.ZoneInfo(BEIJING_ZONE)
Role = EventOrganisation.Role
Kind = EventPage.Kind

# The source gives no date for the forum; this placeholder is said to be one on the page.
FORUM_PLACEHOLDER_DATE = datetime.date(2025, 11, 20)

# (person key, affiliation shown, talk title in our words), in the order of the report.
BRIEFING_SPEAKERS = [
    (
        "liu-bing",
        "Culture and Technology Innovation Service Alliance",
        "Opening speech: the Alliance as a link between universities, research and industry",
    ),
    (
        "chen-jie",
        "ICCSD",
        "The 2025 case collection: its background, global significance and criteria",
    ),
    (
        "zhang-zheng",
        "Tsinghua University; Professional Committee of Cultural Creativity of Tsinghua "
        "Alumni Association",
        "Technology for good: keeping cultural diversity visible and transmissible online",
    ),
    (
        "du-fanding",
        "Tsinghua Tongheng Urban Planning & Design Institute",
        "Digital practice on heritage cultural routes and in grotto conservation",
    ),
    (
        "an-nanxu",
        "Cultural Heritage Conservation Center of Qingyuan",
        "Digital tools for a holistic understanding of World Heritage values",
    ),
    (
        "zhang-lie",
        "Academy of Arts & Design, Tsinghua University",
        "Digital art and interaction in heritage display: Yingtianmen and the Kizil murals",
    ),
    (
        "wang-xia",
        "Science and Art Center, Institute of Automation, Chinese Academy of Sciences",
        "The Ocean Metaverse: sharing marine culture and ecology",
    ),
    (
        "song-ting",
        "",
        "Generative AI and youth expression: an art hackathon for young people in Laos",
    ),
    ("de-wen", "Innomix", "Spatial computing for immersive heritage experiences"),
    (
        "liu-changyuan",
        "Lancang-Mekong Cross-border Language AI Large Model",
        "Multilingual AI for communication across the Lancang-Mekong region",
    ),
]


def _day(date, zone=BEIJING):
    """An all-day event: from local midnight to the last minute of the day."""
    start = datetime.datetime.combine(date, datetime.time(0, 0), tzinfo=zone)
    end = datetime.datetime.combine(date, datetime.time(23, 59), tzinfo=zone)
    return {"starts_at": start, "ends_at": end, "all_day": True}


def _organisations(ctx, rows):
    return ordered(
        [EventOrganisation(organisation=ctx.organisations[key], role=role) for key, role in rows]
    )


def load(ctx):
    index = ctx.indexes["events"]
    builders = {
        "2025-call-briefing-session": build_briefing,
        "convention-20th-anniversary-forum": build_forum,
        "2021-seminar-digital-technology-creative-economy": build_seminar,
        "sample-online-exchange": build_online_exchange,
    }
    for slug, builder in builders.items():
        ctx.events[slug] = ensure_page(
            ctx, index, EventPage, slug, lambda builder=builder: builder(ctx)
        )


def _hero(ctx, key, subject, subtitle):
    return ensure_image(
        ctx,
        f"event-{key}",
        f"Sample image: {subtitle}",
        "Abstract generated illustration of coloured shapes marked SAMPLE, standing in for "
        f"a photo of {subject}.",
        subtitle=subtitle,
    )


def build_briefing(ctx):
    call = ctx.calls[2025]
    summary = (
        "Beijing, 21 January 2026: the 2025 call for cases was presented to experts and "
        "industry, with talks on digital heritage, AI and immersive technology for cultural "
        "diversity."
    )
    return EventPage(
        title="Briefing session for the 2025 call for cases",
        kind=Kind.BRIEFING,
        summary=summary,
        search_description=summary,
        hero_image=_hero(ctx, "briefing-2026", "the briefing session", "Briefing session 2026"),
        time_zone=BEIJING_ZONE,
        **_day(datetime.date(2026, 1, 21)),
        venue_name="South Central Axis xR Cloud Performing Arts Center",
        city="Beijing",
        country="CN",
        organisations=_organisations(
            ctx,
            [
                ("iccsd", Role.GUIDED_BY),
                ("zhongheng-alliance", Role.JOINT_ORGANISER),
                ("tsinghua-cultural-creativity", Role.JOINT_ORGANISER),
                ("tsinghua-alumni-committee", Role.JOINT_ORGANISER),
                ("yunxi", Role.CO_ORGANISER),
            ],
        ),
        speakers=ordered(
            [
                EventSpeaker(person=ctx.people[key], affiliation=affiliation, talk_title=title)
                for key, affiliation, title in BRIEFING_SPEAKERS
            ]
        ),
        agenda_items=ordered(
            [
                EventAgendaItem(title="Opening speech", speakers="Liu Bing"),
                EventAgendaItem(title="The 2025 call for cases explained", speakers="Chen Jie"),
                EventAgendaItem(
                    title="Technology for good and cultural diversity", speakers="Zhang Zheng"
                ),
                EventAgendaItem(
                    title="Thematic sharing: technologies and international practice",
                    speakers="Du Fanding, An Nanxu, Zhang Lie, Wang Xia, Song Ting, De Wen, "
                    "Liu Changyuan",
                ),
                EventAgendaItem(
                    title="Visit of the venue's digital performance and virtual production facilities",
                    speakers="Yunxi (Beijing) Cultural Technology Co., Ltd.",
                ),
            ]
        ),
        body=[
            text_block(
                paragraphs(
                    "The session introduced the 2025 call for cases and was held together "
                    "with an outreach activity of the Culture and Technology Innovation "
                    "Service Alliance. Experts and representatives of universities, research "
                    "institutes, cultural technology companies and professional bodies "
                    "discussed how digital technology can safeguard cultural diversity and "
                    "renew cultural heritage."
                )
                + "<p>Read the rules of the edition presented here: "
                + page_link(call, call.title)
                + ".</p>"
            ),
            text_block(
                heading("The call")
                + paragraphs(
                    "Speaking for ICCSD, Chen Jie explained that the collection is now part of "
                    "UNESCO's global programme for the Convention's twentieth anniversary. Its "
                    "criteria look past individual technologies to international "
                    "responsibility and people-centred values, favouring low-cost, "
                    "standardised models that other regions, especially in developing "
                    "countries, can adapt, in line with goals such as decent work and gender "
                    "equality. The edition has three key areas: cultural industries, heritage "
                    "protection and the living transmission of intangible heritage.",
                    "Opening the event, Liu Bing described the Alliance as a platform that "
                    "connects universities, research institutes and companies so that good "
                    "results find practical use. Zhang Zheng warned that algorithms and "
                    "generative AI can speed up creation but also make expression more uniform "
                    "and deepen digital forgetting, and argued for technology used for good, "
                    "with better ways to spread and preserve culture.",
                )
            ),
            text_block(
                heading("Projects shared")
                + paragraphs(
                    "Speakers presented AI monitoring and micro-trace imaging for grotto "
                    "heritage on cultural routes; digital tools for understanding World "
                    "Heritage values; digital art and interaction at the Yingtianmen Site "
                    "Museum in Luoyang and in an exhibition of the Kizil Cave murals; the "
                    "Ocean Metaverse for marine culture and ecology; a generative AI art "
                    "hackathon for young people in Laos; spatial computing for immersive "
                    "heritage visits; and a multilingual language model for the "
                    "Lancang-Mekong region.",
                    "Participants finished with a visit of the venue's digital performance "
                    "and virtual production facilities, where Yunxi presented its platforms "
                    "for cloud performance, virtual production and digital content. The "
                    "published report gives no times, so the agenda shows the order of the "
                    "talks only.",
                )
            ),
        ],
    )


def build_forum(ctx):
    summary = (
        "An ICCSD forum in Beijing for the 20th anniversary of the 2005 Convention published "
        "twenty exemplary cases. Sample site: the date shown is a placeholder, as the source "
        "gives none."
    )
    return EventPage(
        title="Forum marking the 20th anniversary of the 2005 Convention",
        kind=Kind.FORUM,
        summary=summary,
        search_description=summary,
        hero_image=_hero(ctx, "forum-2025", "the anniversary forum", "Anniversary forum"),
        time_zone=BEIJING_ZONE,
        **_day(FORUM_PLACEHOLDER_DATE),
        city="Beijing",
        country="CN",
        attendance_people=150,
        attendance_countries=10,
        organisations=_organisations(
            ctx,
            [
                ("beijing-science-commission", Role.GUIDED_BY),
                ("zhongguancun-committee", Role.GUIDED_BY),
                ("beijing-innovation-center", Role.SUPPORTER),
                ("iccsd", Role.ORGANISER),
            ],
        ),
        speakers=ordered(
            [
                EventSpeaker(
                    person=ctx.people["shahbaz-khan"],
                    affiliation="Director, UNESCO Multisectoral Regional Office for East Asia",
                    talk_title="Video address: creativity and innovation for sustainable "
                    "development and cultural diversity",
                )
            ]
        ),
        body=[
            text_block(
                paragraphs(
                    "Date placeholder: the press report this page is based on does not give "
                    "the day of the forum. The date shown on this sample site was chosen "
                    "only so that the event can be listed; check it before publishing.",
                    "The forum celebrated twenty years of the 2005 Convention on the "
                    "Protection and Promotion of the Diversity of Cultural Expressions, which "
                    "encourages developing countries to build their capacity to protect and "
                    "promote cultural diversity through dialogue and international "
                    "cooperation. It was the first project from China to be included in "
                    "UNESCO's global celebration of the anniversary.",
                    "Twenty exemplary cases from the collection ICCSD launched in 2024 were "
                    "published at the forum. They feature technologies such as artificial "
                    "intelligence, extended displays and big data applied to culture.",
                )
            ),
            key_figures_block(
                "In figures",
                [
                    ("20", "", "exemplary cases published"),
                    ("150", "", "representatives, at most"),
                    ("10", "", "countries, including France, Germany and Austria"),
                ],
            ),
            text_block(
                heading("Video address")
                + paragraphs(
                    "In a video speech, Shahbaz Khan, director of the UNESCO Multisectoral "
                    "Regional Office for East Asia, said the forum showed how much creativity "
                    "and innovation contribute to sustainable development and to cultural "
                    "diversity in the digital age. He called for resources, networks and "
                    "policy frameworks that help creative industries, science fiction among "
                    "them, to innovate and grow."
                )
            ),
            text_block(
                heading("Science fiction in Beijing")
                + paragraphs(
                    "New blends of culture and technology, science fiction among them, are "
                    "growing quickly. According to the report, Beijing alone has nearly 800 "
                    "science fiction companies with a combined annual revenue of 48 billion "
                    "yuan (about 6.6 billion US dollars)."
                )
            ),
        ],
    )


def build_seminar(ctx):
    summary = (
        "ICCSD's 2021 seminar asked how to regulate the digital economy, how digital tools "
        "can support everyday life and production, and how they can advance the creative "
        "industries."
    )
    return EventPage(
        title="Seminar on digital technology and the creative economy",
        kind=Kind.SEMINAR,
        summary=summary,
        search_description=summary,
        hero_image=_hero(ctx, "seminar-2021", "the 2021 seminar", "Seminar 2021"),
        time_zone=BEIJING_ZONE,
        **_day(datetime.date(2021, 5, 6)),
        organisations=_organisations(ctx, [("iccsd", Role.ORGANISER)]),
        body=[
            text_block(
                paragraphs(
                    "ICCSD opened the seminar by recalling its work: research on creative "
                    "cities, the creative economy and sustainable development; a network of "
                    "experts and innovative companies in the cultural and creative industries "
                    "and in technology; a communication platform of periodicals, websites and "
                    "social media accounts; training for less developed regions; and "
                    "demonstration programmes with companies and non-governmental "
                    "organisations.",
                    "The centre sees creativity and innovation as keys to the sustainable "
                    "development of cities, and digital technology as one of their mainstays. "
                    "It has changed how people communicate, relate to their surroundings and "
                    "present art and culture, and during the COVID-19 pandemic, when "
                    "activities in physical space stopped, it offered another place to meet "
                    "and kept cities running.",
                )
                + heading("Questions for the seminar")
                + paragraphs(
                    "Because the digital economy is still immature in many ways, the seminar "
                    "was convened to discuss three questions: how to regulate it through laws "
                    "and policies; how digital technology can serve offline production and "
                    "daily life instead of competing with the offline economy; and how the "
                    "digital economy can advance the cultural and creative industries.",
                    "ICCSD noted that China attaches great importance to the digital economy "
                    "and has introduced many new policies, that the fast-growing creative "
                    "industries are a shared wealth of humankind, and that both fields need "
                    "more experts and companies at the frontier. It plans further research "
                    "with its international think-tank team and more focused seminars with "
                    "experts, entrepreneurs and policy makers.",
                )
            )
        ],
    )


def build_online_exchange(ctx):
    summary = (
        "A fictional sample event: teams behind three sample cases compare how they involve "
        "communities in digital projects. Online; the link goes to example.org."
    )
    start = datetime.datetime(2027, 3, 18, 20, 0, tzinfo=BEIJING)
    cases = [
        ctx.cases[slug]
        for slug in (
            "savanna-songs-sound-archive",
            "craft-villages-live-market",
            "community-dance-motion-library",
        )
    ]
    return EventPage(
        title="Sample online exchange (fictional)",
        kind=Kind.ONLINE_EXCHANGE,
        summary=summary,
        search_description=summary,
        hero_image=_hero(ctx, "online-exchange-2027", "an online meeting", "Online exchange"),
        starts_at=start,
        ends_at=start + datetime.timedelta(minutes=90),
        time_zone=BEIJING_ZONE,
        online_url="https://example.org/sample-online-exchange",
        registration_url="https://example.org/sample-online-exchange/register",
        related_cases=cases,
        agenda_items=ordered(
            [
                EventAgendaItem(starts_at=datetime.time(20, 0), title="Welcome and introductions"),
                EventAgendaItem(
                    starts_at=datetime.time(20, 10),
                    title="Three sample cases, ten minutes each",
                    speakers="Teams of the sample cases (fictional)",
                ),
                EventAgendaItem(
                    starts_at=datetime.time(20, 45), title="Questions from the audience"
                ),
                EventAgendaItem(starts_at=datetime.time(21, 20), title="Close"),
            ]
        ),
        body=[
            text_block(
                paragraphs(
                    "This event is fictional: it shows how an upcoming online exchange "
                    "appears on the site, with its time in several time zones, its agenda "
                    "and its related cases. The links lead to example.org.",
                    "The (fictional) teams behind a sound archive, a weaving cooperative and a "
                    "dance library would each show how the people whose culture they work "
                    "with decide what is recorded and shared.",
                )
            )
        ],
    )
