"""Eight invented cases for the 2025 edition, across its three key areas.

Every project, organisation, person, quotation and figure here is fictional. The
2025 edition has announced no evaluation criteria and no results, so these cases
have no criterion sections and no recognition.
"""

from demo import taxonomies as t
from demo.sample_case import SampleCase

INDUSTRIES = "cultural-industries"
HERITAGE = "cultural-heritage-protection"
LIVING = "living-intangible-heritage"

CASES_2025 = (
    SampleCase(
        slug="folk-tales-virtual-production",
        title="Folk Tales Virtual Production Studio (fictional)",
        summary=(
            "A fictional sample case: a small studio shared by animators in Beijing and "
            "Bangkok films folk tales on LED stages, lowering the cost of short productions."
        ),
        edition=2025,
        direction=INDUSTRIES,
        countries=("CN", "TH"),
        city="Beijing",
        coordinates=(39.904200, 116.407400),
        domains=("film-animation", "literature"),
        technologies=(t.MOTION_CAPTURE, t.CLOUD, t.GENERATIVE_AI),
        sdgs=(8, 9, 17),
        year_completed=2025,
        recognition="",
        applicants=(
            ("Sample Folk Tale Studio (fictional)", "company", "CN"),
            ("Example Animation Guild Bangkok (fictional)", "nonprofit", "TH"),
        ),
        figures=(
            ("short films produced", 16, ""),
            ("production cost compared with location shooting", 35, "%"),
            ("young animators trained", 48, ""),
        ),
        glance=(("16", "", "films"), ("2", "", "countries")),
        introduction=(
            "Folk tales from both countries were rarely filmed because location shooting and "
            "hand-built sets were too expensive for small studios."
        ),
        practice=(
            "Painted backgrounds are projected on an LED wall and actors perform in front of "
            "them, with motion capture for the animated characters. The two studios share "
            "assets through the cloud and use generative tools only for early sketches."
        ),
        quote=(
            "Grandmothers' stories finally look as rich on screen as they sound.",
            "Niran P. (fictional)",
            "Director, Example Animation Guild Bangkok (fictional)",
        ),
        pictures=(
            "an actor in front of a glowing painted backdrop",
            "A storyboard for a folk tale.",
            "Animators from both studios reviewing a scene online.",
        ),
    ),
    SampleCase(
        slug="epic-poems-game-jam",
        title="Epic Poems Game Jam (fictional)",
        summary=(
            "A fictional sample case: young developers in Dakar and Marseille turn oral epic "
            "poems into small games, working with griots who check every adaptation."
        ),
        edition=2025,
        direction=INDUSTRIES,
        countries=("SN", "FR"),
        city="Dakar",
        coordinates=(14.716700, -17.467700),
        domains=("literature", "intangible-heritage", "languages"),
        technologies=(t.GENERATIVE_AI, t.CLOUD),
        sdgs=(4, 5, 8),
        year_completed=2024,
        recognition="",
        applicants=(("Sample Game Jam Network (fictional)", "nonprofit", "SN"),),
        figures=(
            ("games made", 31, ""),
            ("participants", 140, ""),
            ("share of women participants", 52, "%"),
        ),
        glance=(("31", "", "games"), ("140", "", "participants")),
        introduction=(
            "Young people love games but rarely meet their own epics in them. The jam pairs "
            "developers with the storytellers who know the poems."
        ),
        practice=(
            "Over one weekend, teams design small games around an episode of an epic. "
            "Storytellers attend every review; generative tools help only with placeholder "
            "art that teams later redraw."
        ),
        quote=(
            "The storyteller told us when a scene was wrong. We changed it the same night.",
            "Awa N. (fictional)",
            "Developer (fictional)",
        ),
        pictures=(
            "young developers around laptops at night",
            "A storyteller reviewing a game scene.",
            "A screenshot of a finished game.",
        ),
    ),
    SampleCase(
        slug="rural-pattern-licensing",
        title="Pattern Licensing Platform for Rural Designers (fictional)",
        summary=(
            "A fictional sample case: an online platform near Hanoi lets village embroiderers "
            "license their patterns to designers and be paid each time they are used."
        ),
        edition=2025,
        direction=INDUSTRIES,
        countries=("VN",),
        city="Hanoi",
        coordinates=(21.027800, 105.834200),
        domains=("crafts",),
        technologies=(t.AI, t.BIG_DATA, t.CLOUD),
        sdgs=(1, 5, 8),
        year_completed=2025,
        recognition="",
        applicants=(("Sample Pattern Commons (fictional)", "company", "VN"),),
        figures=(
            ("patterns registered", 2300, ""),
            ("licences sold", 410, ""),
            ("embroiderers receiving royalties", 155, ""),
        ),
        glance=(("2,300", "", "patterns"), ("155", "", "embroiderers paid")),
        introduction=(
            "Village patterns were often copied onto mass-produced goods without credit or "
            "payment to the women who created them."
        ),
        practice=(
            "Embroiderers register their patterns with a photo and a short story. An image "
            "matching model flags likely copies online, and designers buy simple licences "
            "that pay royalties directly to the makers."
        ),
        quote=(
            "Now when my pattern travels, my name and my fee travel with it.",
            "Hoa T. (fictional)",
            "Embroiderer (fictional)",
        ),
        pictures=(
            "embroidered cloth with a geometric pattern",
            "Registering a pattern with a phone.",
            "A designer browsing licensed patterns.",
        ),
    ),
    SampleCase(
        slug="stone-carving-crack-monitoring",
        title="Stone Carving Micro-Crack Monitoring (fictional)",
        summary=(
            "A fictional sample case: conservators near Amman combine sensors and image "
            "analysis to spot tiny cracks in carved sandstone before they spread."
        ),
        edition=2025,
        direction=HERITAGE,
        countries=("JO",),
        city="Amman",
        coordinates=(31.945400, 35.928400),
        domains=("built-heritage",),
        technologies=(t.AI, t.SENSORS, t.DIGITAL_TWIN),
        sdgs=(11, 13),
        year_completed=2024,
        recognition="",
        applicants=(("Sample Stone Conservation Unit (fictional)", "university", "JO"),),
        figures=(
            ("carved surfaces monitored", 75, ""),
            ("cracks detected early", 38, ""),
            ("monitoring cost compared with manual surveys", 30, "%"),
        ),
        glance=(("75", "", "surfaces"), ("38", "", "early warnings")),
        introduction=(
            "Sandstone carvings weather slowly, then suddenly lose a piece. Manual surveys "
            "came too rarely to notice the first signs."
        ),
        practice=(
            "Fixed cameras photograph each surface weekly; an image model compares the "
            "pictures and flags new cracks for a conservator to check. Humidity and "
            "temperature sensors feed a digital twin of the site."
        ),
        quote=(
            "We used to find damage after it happened. Now we find it while it is starting.",
            "Rami H. (fictional)",
            "Conservator, Sample Stone Conservation Unit (fictional)",
        ),
        pictures=(
            "carved sandstone in warm light",
            "A fixed camera mounted near a carving.",
            "Crack detection highlighted on a photo.",
        ),
    ),
    SampleCase(
        slug="flood-archive-rescue-kit",
        title="Rapid Digitisation Kit for Flood-Hit Archives (fictional)",
        summary=(
            "A fictional sample case: a mobile kit lets archivists in Cairo photograph and back "
            "up water-damaged documents within days of a flood, before mould sets in."
        ),
        edition=2025,
        direction=HERITAGE,
        countries=("EG",),
        city="Cairo",
        coordinates=(30.044400, 31.235700),
        domains=("libraries-archives",),
        technologies=(t.PHOTOGRAMMETRY, t.CLOUD),
        sdgs=(11, 13, 16),
        year_completed=2023,
        recognition="",
        applicants=(("Example Archive Rescue Team (fictional)", "nonprofit", "EG"),),
        figures=(
            ("pages captured after emergencies", 64000, ""),
            ("archives helped", 12, ""),
            ("average days from call to capture", 3, ""),
        ),
        glance=(("64,000", "", "pages"), ("12", "", "archives")),
        introduction=(
            "When water reaches an archive, every day counts. Drying and restoring paper takes "
            "months; a digital copy can be made in days."
        ),
        practice=(
            "The kit fits in two cases: lights, a camera stand, a laptop and a satellite link. "
            "Volunteers photograph damaged pages and upload them to a secure cloud store while "
            "conservators treat the originals."
        ),
        quote=(
            "The copy does not replace the page, but it means the page's words are safe.",
            "Mona S. (fictional)",
            "Archivist, Example Archive Rescue Team (fictional)",
        ),
        pictures=(
            "damaged documents spread out to dry",
            "The kit unpacked in a reading room.",
            "Volunteers photographing a damaged register.",
        ),
    ),
    SampleCase(
        slug="shipwreck-photogrammetry-atlas",
        title="Underwater Wreck Photogrammetry Atlas (fictional)",
        summary=(
            "A fictional sample case: volunteer divers near Wellington record historic wrecks "
            "with photogrammetry and publish a VR atlas that non-divers can explore."
        ),
        edition=2025,
        direction=HERITAGE,
        countries=("NZ",),
        city="Wellington",
        coordinates=(-41.286600, 174.775600),
        domains=("museums", "built-heritage"),
        technologies=(t.PHOTOGRAMMETRY, t.DIGITAL_TWIN, t.VR),
        sdgs=(4, 14),
        year_completed=2025,
        recognition="",
        applicants=(("Sample Maritime Heritage Divers (fictional)", "nonprofit", "NZ"),),
        figures=(
            ("wrecks recorded", 14, ""),
            ("dives", 520, ""),
            ("VR visits", 27000, ""),
        ),
        glance=(("14", "", "wrecks"), ("520", "", "dives")),
        introduction=(
            "Most people will never see a wreck on the sea floor, and the wrecks themselves "
            "are slowly breaking apart."
        ),
        practice=(
            "Trained volunteers take thousands of overlapping photos on each dive. The models "
            "become a baseline for measuring decay and a VR atlas for schools and museums."
        ),
        quote=(
            "Each model is a visit for people who cannot dive, and a record for the future.",
            "Aroha W. (fictional)",
            "Dive leader, Sample Maritime Heritage Divers (fictional)",
        ),
        pictures=(
            "a diver photographing a wooden hull",
            "A 3D model of a wreck on screen.",
            "Students exploring the atlas in VR.",
        ),
    ),
    SampleCase(
        slug="community-dance-motion-library",
        title="Community Dance Motion Library (fictional)",
        summary=(
            "A fictional sample case: dancers in Accra record traditional dances with motion "
            "capture so young people can learn them step by step, on their own terms."
        ),
        edition=2025,
        direction=LIVING,
        countries=("GH",),
        city="Accra",
        coordinates=(5.603700, -0.187000),
        domains=("performing-arts", "intangible-heritage", "music"),
        technologies=(t.MOTION_CAPTURE, t.AI, t.VR),
        sdgs=(4, 10),
        year_completed=2024,
        recognition="",
        applicants=(("Sample Dance Memory Studio (fictional)", "cultural", "GH"),),
        figures=(
            ("dances recorded", 57, ""),
            ("young learners", 900, ""),
            ("community elders advising", 23, ""),
        ),
        glance=(("57", "", "dances"), ("900", "", "learners")),
        introduction=(
            "Some dances are performed only at certain ceremonies, so young people rarely "
            "have the chance to learn them properly."
        ),
        practice=(
            "Elders choose which dances may be recorded and how they may be used. Dancers "
            "perform in motion-capture suits; learners follow an avatar at their own pace "
            "and an AI coach compares their steps with the recording."
        ),
        quote=(
            "The elders decide what is recorded. The young decide how they learn it.",
            "Kofi A. (fictional)",
            "Choreographer, Sample Dance Memory Studio (fictional)",
        ),
        pictures=(
            "dancers in motion-capture suits",
            "An avatar demonstrating a step.",
            "Elders watching a recording session.",
        ),
    ),
    SampleCase(
        slug="elders-recipe-atlas",
        title="Shared Recipe Atlas with Elders (fictional)",
        summary=(
            "A fictional sample case: families in Chiang Mai map their elders' recipes and food "
            "customs in a spatial app, with translations checked by the cooks themselves."
        ),
        edition=2025,
        direction=LIVING,
        countries=("TH",),
        city="Chiang Mai",
        coordinates=(18.788300, 98.985300),
        domains=("intangible-heritage", "languages"),
        technologies=(t.SPATIAL, t.MACHINE_TRANSLATION, t.AR),
        sdgs=(2, 5, 11),
        year_completed=2025,
        recognition="",
        applicants=(("Example Food Heritage Circle (fictional)", "nonprofit", "TH"),),
        figures=(
            ("recipes recorded", 610, ""),
            ("families taking part", 130, ""),
            ("languages and dialects", 5, ""),
        ),
        glance=(("610", "", "recipes"), ("130", "", "families")),
        introduction=(
            "Recipes carry knowledge of plants, seasons and ceremonies. Much of it lives only "
            "in the kitchens of older cooks."
        ),
        practice=(
            "Grandchildren film their elders cooking and pin each recipe to the places its "
            "ingredients come from. Machine translation drafts versions in other languages, "
            "and the cooks check them before publication; AR labels show ingredients in the "
            "market."
        ),
        quote=(
            "My grandson asked me questions about my cooking I had never been asked.",
            "Malee S. (fictional)",
            "Cook (fictional)",
        ),
        pictures=(
            "hands preparing herbs in a kitchen",
            "The recipe map on a phone.",
            "An AR label above market vegetables.",
        ),
    ),
)
