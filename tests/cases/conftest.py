import itertools
from types import SimpleNamespace

import pytest

from tests.conftest import shared_per_module
from tests.factories import CasePageFactory, CulturalDomainFactory, ImageFactory


@shared_per_module
def library(site_tree):
    """Five live cases with distinct taxonomies, and one draft that must never show.

    Built once per module; each test gets fresh instances.

    ==========================  ======  =============  ========  ==========  ======  =====  ====
    case                        ed.     direction      domain    tech        ctry    SDGs   year
    ==========================  ======  =============  ========  ==========  ======  =====  ====
    dunhuang                    2024    technology     heritage  AI          CN      4      2023
    opera                       2024    technology     music     AI, VR      FR, CN  4, 11  2022
    beadwork                    2024    collaboration  heritage  VR          KE      11     2024
    kizil                       2025    heritage       heritage  AI          CN      9      2025
    lao                         2025    languages      music     Big data    LA      4      2022
    draft (not live)            2024    technology     heritage  AI          CN      4      2023
    ==========================  ======  =============  ========  ==========  ======  =====  ====
    """
    call, call_2025 = site_tree.call, site_tree.call_2025
    d24 = {d.slug: d for d in call.directions.all()}
    d25 = {d.slug: d for d in call_2025.directions.all()}
    heritage = CulturalDomainFactory(name="Tangible heritage", slug="heritage")
    music = CulturalDomainFactory(name="Music", slug="music")

    def case(title, edition, direction, domain, technologies, countries, sdgs, year, **kwargs):
        return CasePageFactory(
            parent=site_tree.case_index,
            title=title,
            edition=edition,
            direction=direction,
            cultural_domains=[domain],
            technologies=technologies,
            countries=countries,
            sdg_numbers=sdgs,
            year_completed=year,
            **kwargs,
        )

    return SimpleNamespace(
        heritage=heritage,
        music=music,
        dunhuang=case(
            "Dunhuang murals online", call, d24["technology"], heritage, ["AI"], ["CN"], [4], 2023
        ),
        opera=case(
            "Virtual opera house",
            call,
            d24["technology"],
            music,
            ["AI", "VR"],
            ["FR", "CN"],
            [4, 11],
            2022,
        ),
        beadwork=case(
            "Maasai beadwork archive",
            call,
            d24["collaboration"],
            heritage,
            ["VR"],
            ["KE"],
            [11],
            2024,
        ),
        kizil=case(
            "Kizil grotto scans", call_2025, d25["heritage"], heritage, ["AI"], ["CN"], [9], 2025
        ),
        lao=case(
            "Lao language model",
            call_2025,
            d25["languages"],
            music,
            ["Big data"],
            ["LA"],
            [4],
            2022,
        ),
        draft=case(
            "Unpublished draft case",
            call,
            d24["technology"],
            heritage,
            ["AI"],
            ["CN"],
            [4],
            2023,
            live=False,
        ),
    )


@pytest.fixture
def make_cases(site_tree):
    """``make_cases(n, **extra)``: n live cases over both editions, sharing a few images."""
    images = ImageFactory.create_batch(3)
    domains = [CulturalDomainFactory(slug=slug, name=slug.title()) for slug in ("a", "b", "c")]
    directions = list(site_tree.call.directions.all()) + list(site_tree.call_2025.directions.all())
    editions = {site_tree.call.pk: site_tree.call, site_tree.call_2025.pk: site_tree.call_2025}
    counter = itertools.count()

    def make(n, **extra):
        made = []
        for _ in range(n):
            i = next(counter)
            direction = directions[i % len(directions)]
            made.append(
                CasePageFactory(
                    parent=site_tree.case_index,
                    edition=editions[direction.page_id],
                    direction=direction,
                    year_completed=2022 + i % 3,
                    hero_image=images[i % 3],
                    cultural_domains=[domains[i % 3]],
                    technologies=["AI", f"Tech {i % 7}"],
                    countries=[["CN"], ["FR", "KE"], ["LA"]][i % 3],
                    sdg_numbers=[4, 1 + i % 17],
                    **extra,
                )
            )
        return made

    return make
