"""News: an announcement per call, coverage of the forum and one fictional story."""

import datetime

from demo.base import (
    call_to_action_block,
    ensure_page,
    heading,
    paragraphs,
    quote_block,
    text_block,
)
from demo.events import FORUM_PLACEHOLDER_DATE
from demo.images import ensure_image
from news.models import NewsPage

Kind = NewsPage.Kind


def load(ctx):
    index = ctx.indexes["news"]
    builders = {
        "2024-call-for-cases-launched": build_call_2024,
        "forum-coverage-china-daily": build_forum_coverage,
        "2025-call-briefing-session-held": build_briefing,
        "sample-story-singers-set-the-rules": build_sample_story,
    }
    for slug, builder in builders.items():
        ctx.news[slug] = ensure_page(
            ctx, index, NewsPage, slug, lambda builder=builder: builder(ctx)
        )


def _hero(ctx, key, subject, subtitle):
    return ensure_image(
        ctx,
        f"news-{key}",
        f"Sample image: {subtitle}",
        "Abstract generated illustration of coloured shapes marked SAMPLE, standing in for "
        f"{subject}.",
        subtitle=subtitle,
    )


def _page(tags, **fields):
    page = NewsPage(search_description=fields["summary"], **fields)
    page.tags.add(*tags)
    return page


def build_call_2024(ctx):
    call = ctx.calls[2024]
    return _page(
        ["2024 call", "announcement"],
        title="Call for cases 2024: cultural diversity in the digital environment",
        # The source does not date the launch; the application form's address points to
        # 10 April 2024.
        date=datetime.date(2024, 4, 10),
        kind=Kind.ANNOUNCEMENT,
        summary=(
            "ICCSD invites enterprises and organisations worldwide to submit cases in which "
            "digital technology protects and promotes cultural diversity. Entries close at "
            "noon Beijing time on 9 May 2024."
        ),
        hero_image=_hero(ctx, "call-2024", "a picture announcing the 2024 call", "Call 2024"),
        body=[
            text_block(
                paragraphs(
                    "A new case collection, Protecting and Promoting Cultural Diversity in the "
                    "Digital Environment, is open to enterprises and organisations around the "
                    "world that use technological innovation for culture. It is hosted by "
                    "ICCSD with the backing of CRI Online, Beijing Radio & Television Station "
                    "(BRTV), Tingting FM and Beijing Time.",
                    "Cases can follow one of two directions: technological breakthroughs and "
                    "innovative applications, or the collaborative development of technology "
                    "and culture in museums, libraries, heritage sites and other institutions. "
                    "Eligible work was completed, published or patented between 2021 and 2024.",
                )
                + heading("Timetable")
                + paragraphs(
                    "Submissions are accepted until 12:00 noon Beijing time on 9 May 2024. "
                    "Preliminary screening follows from 10 to 12 May, expert review from 13 to "
                    "15 May, and the results are announced and displayed from 16 to 20 May."
                )
            ),
            call_to_action_block(
                "Read the full call",
                "Directions, guidelines, the five evaluation criteria and how to submit.",
                "Open the 2024 call",
                page=call,
            ),
        ],
    )


def build_forum_coverage(ctx):
    forum = ctx.events["convention-20th-anniversary-forum"]
    return _page(
        ["forum", "media coverage"],
        title="China Daily on the forum for the Convention's 20th anniversary",
        # Same placeholder as the forum: the source gives no date.
        date=FORUM_PLACEHOLDER_DATE,
        kind=Kind.COVERAGE,
        source_publication="China Daily",
        summary=(
            "China Daily reported on the Beijing forum where twenty exemplary cases from the "
            "2024 collection were published before about 150 representatives from ten "
            "countries. Sample site: the date is a placeholder."
        ),
        hero_image=_hero(ctx, "forum-coverage", "a picture of the forum", "Forum coverage"),
        related_events=[forum],
        body=[
            text_block(
                paragraphs(
                    "This summary is based on China Daily's report; the original address and "
                    "publication date are not recorded on this sample site, so the date shown "
                    "is a placeholder.",
                    "The newspaper described the forum, organised by ICCSD under the guidance "
                    "of the Beijing Science and Technology Commission and the Zhongguancun "
                    "Science Park Administrative Committee, with support from the Beijing "
                    "Science and Technology Innovation Promotion Center. Up to 150 "
                    "representatives from ten countries, among them France, Germany and "
                    "Austria, took part.",
                    "Twenty exemplary cases from the collection launched by ICCSD in 2024 were "
                    "published there, showing artificial intelligence, extended displays and "
                    "big data at work in culture. The report also noted the growth of "
                    "Beijing's science fiction industry: nearly 800 companies with a combined "
                    "annual revenue of 48 billion yuan.",
                )
            ),
            text_block(
                paragraphs(
                    "According to the report, Shahbaz Khan, director of the UNESCO "
                    "Multisectoral Regional Office for East Asia, told the forum in a video "
                    "speech that creativity and innovation matter greatly for sustainable "
                    "development and for cultural diversity in the digital age."
                )
            ),
            call_to_action_block(
                "About the forum",
                "Organisers, the video address and the figures.",
                "See the event",
                page=forum,
            ),
        ],
    )


def build_briefing(ctx):
    briefing = ctx.events["2025-call-briefing-session"]
    call = ctx.calls[2025]
    return _page(
        ["2025 call", "announcement"],
        title="2025 call for cases presented at a briefing session in Beijing",
        date=datetime.date(2026, 1, 21),
        kind=Kind.ANNOUNCEMENT,
        summary=(
            "The 2025 call on the diversity of cultural expressions in the digital environment "
            "was presented in Beijing on 21 January 2026, with three key areas and a focus on "
            "replicable, low-cost models."
        ),
        hero_image=_hero(ctx, "briefing-2026", "a picture of the briefing", "Briefing 2026"),
        related_events=[briefing],
        body=[
            text_block(
                paragraphs(
                    "A briefing session at the South Central Axis xR Cloud Performing Arts "
                    "Center introduced the 2025 edition of the call for cases. ICCSD guided "
                    "the event, organised jointly by the Zhongguancun Zhongheng Culture "
                    "Technology Innovation Service Alliance, the Institute for Cultural "
                    "Creativity of Tsinghua University and the Professional Committee of "
                    "Cultural Creativity of Tsinghua Alumni Association, with Yunxi (Beijing) "
                    "Cultural Technology Co., Ltd. as co-organiser.",
                    "The edition covers three key areas: technology-enabled development of "
                    "cultural industries, protection of cultural heritage, and living "
                    "transmission and community-based innovation of intangible cultural "
                    "heritage. Its dates and submission rules have not been announced yet.",
                )
            ),
            call_to_action_block(
                "The 2025 call",
                "Key areas and what the edition is looking for.",
                "Open the 2025 call",
                page=call,
            ),
        ],
    )


def build_sample_story(ctx):
    case = ctx.cases["savanna-songs-sound-archive"]
    return _page(
        ["sample", "story"],
        title="Sample story: the singers who set the rules of a sound archive (fictional)",
        date=datetime.date(2026, 9, 14),
        kind=Kind.STORY,
        summary=(
            "A fictional sample story: how the singers of an invented Nairobi sound archive "
            "decide who may hear each recording, and why the volunteers wrote that rule first."
        ),
        hero_image=_hero(ctx, "sample-story", "a picture of a singer", "Sample story"),
        related_cases=[case],
        body=[
            text_block(
                paragraphs(
                    "This story is fictional, like the case it describes. It shows how a "
                    "story about a case looks on the site.",
                    "Before the first song was recorded, the volunteers of the sample archive "
                    "sat with the singers and asked one question: who should be allowed to "
                    "listen? The answers shaped everything that followed - three levels of "
                    "access, chosen by the singer for each song and changeable at any time.",
                    "The speech recognition came later. It drafts the lyrics, but speakers of "
                    "each language correct them, and no transcript is published without the "
                    "singer's agreement.",
                )
            ),
            quote_block(
                "We asked permission before we asked for songs.",
                "Wanjiru M. (fictional)",
                "Coordinator, Sample Sound Commons Kenya (fictional)",
            ),
            call_to_action_block(
                "The sample case",
                "Figures, pictures and the fact sheet.",
                "Read the case",
                page=case,
            ),
        ],
    )
