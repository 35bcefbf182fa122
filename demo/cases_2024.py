"""Fourteen invented cases for the 2024 edition (completed 2021-2024).

Every project, organisation, person, quotation and figure here is fictional.
"""

from demo import taxonomies as t
from demo.sample_case import SampleCase

TECH = "technological-breakthroughs"
COLLAB = "collaborative-development"

CASES_2024 = (
    SampleCase(
        slug="loom-pattern-ai-archive",
        title="Loom Pattern AI Archive (fictional)",
        summary=(
            "A fictional sample case: a textile lab digitises old brocade patterns and uses "
            "AI to suggest how damaged motifs once looked, so weavers can study and reuse them."
        ),
        edition=2024,
        direction=TECH,
        countries=("CN",),
        city="Hangzhou",
        coordinates=(30.274100, 120.155100),
        domains=("crafts", "intangible-heritage"),
        technologies=(t.AI, t.BIG_DATA, t.CLOUD),
        sdgs=(4, 8, 11),
        year_completed=2023,
        recognition="exemplary",
        applicants=(("Sample Textile Memory Lab (fictional)", "cultural", "CN"),),
        figures=(
            ("patterns digitised", 12000, ""),
            ("weavers trained to use the archive", 340, ""),
            ("share of restorations accepted by master weavers", 87, "%"),
        ),
        glance=(("12,000", "", "patterns"), ("41", "", "partner workshops"), ("3", "", "years")),
        introduction=(
            "Bolts of patterned silk kept in family chests were fading and tearing. The lab "
            "photographed them at high resolution and built an open archive that weavers, "
            "designers and students can search by motif, colour and technique."
        ),
        practice=(
            "A pattern model trained only on the archive proposes how a missing section might "
            "have looked. A master weaver accepts, edits or rejects every proposal, and the "
            "decision is recorded next to the image so nobody mistakes a guess for a source."
        ),
        quote=(
            "The machine offers a sketch; the weaver decides what is true to the cloth.",
            "Mei L. (fictional)",
            "Archive lead, Sample Textile Memory Lab (fictional)",
        ),
        pictures=(
            "a brocade pattern on a loom",
            "A damaged motif beside its suggested restoration.",
            "Weavers compare a printed pattern with the original cloth.",
            "Students search the archive by colour.",
        ),
        criteria={
            "Demonstrability": (
                "Forty-one workshops now draw on the archive for new designs, and a design "
                "school uses it in its weaving course."
            ),
            "Innovation": (
                "Restoration proposals are always reviewed by a master weaver and labelled as "
                "proposals, an unusual safeguard for generative tools."
            ),
            "Applicability": (
                "Master weavers accepted 87% of proposed restorations, saving weeks of manual "
                "reconstruction per pattern."
            ),
            "Completeness": (
                "The entry includes the archive, a sample of restorations with the weavers' "
                "notes and a short film of the review process."
            ),
            "Sustainability": (
                "The archive runs on a shared cloud service paid for by the partner workshops "
                "and can be copied by other weaving regions."
            ),
        },
    ),
    SampleCase(
        slug="shadow-puppetry-virtual-stage",
        title="Shadow Puppetry on a Virtual Stage (fictional)",
        summary=(
            "A fictional sample case: two puppet companies, one in Xi'an and one in Lyon, "
            "perform shadow plays together in a shared virtual theatre using motion capture."
        ),
        edition=2024,
        direction=TECH,
        countries=("CN", "FR"),
        city="Xi'an",
        coordinates=(34.341600, 108.939800),
        domains=("performing-arts", "intangible-heritage"),
        technologies=(t.VR, t.MOTION_CAPTURE, t.FIVE_G),
        sdgs=(4, 11, 17),
        year_completed=2022,
        recognition="selected",
        applicants=(
            ("Example Shadow Theatre Collective (fictional)", "cultural", "CN"),
            ("Atelier Exemple Numérique (fictional)", "company", "FR"),
        ),
        figures=(
            ("joint performances", 24, ""),
            ("online audience", 58000, "viewers"),
            ("average delay between the two stages", 38, "ms"),
        ),
        glance=(("2", "", "cities"), ("24", "", "joint shows"), ("9", "", "puppeteers")),
        introduction=(
            "Shadow puppetry survives in many places but its performers rarely meet. This "
            "project linked a company in Xi'an with a small puppet studio in Lyon so that "
            "their puppets could share one screen."
        ),
        practice=(
            "Sensors on the rods capture every movement. The figures are rebuilt in a virtual "
            "theatre and streamed to both audiences, so the two troupes can answer each "
            "other's gestures in real time."
        ),
        quote=(
            "Our puppets had never crossed a border. Now they share a stage twice a month.",
            "Camille R. (fictional)",
            "Puppeteer, Atelier Exemple Numérique (fictional)",
        ),
        pictures=(
            "two shadow puppets facing each other on a glowing screen",
            "Rods fitted with motion sensors.",
            "The shared virtual stage seen from the audience.",
        ),
        criteria={
            "Demonstrability": (
                "Two more puppet companies have asked to join the shared stage, and a local "
                "school now streams the shows."
            ),
            "Innovation": (
                "Capturing the rods rather than the puppets keeps the craft of the hand at the "
                "centre of a digital performance."
            ),
            "Applicability": (
                "A 38-millisecond delay proved low enough for improvised dialogue between "
                "puppets eight time zones apart."
            ),
            "Completeness": (
                "The application includes full recordings of three performances and the "
                "technical set-up."
            ),
            "Sustainability": (
                "The rig costs little more than a laptop and can be lent to troupes that "
                "cannot afford it."
            ),
        },
    ),
    SampleCase(
        slug="savanna-songs-sound-archive",
        title="Savanna Songs Sound Archive (fictional)",
        summary=(
            "A fictional sample case: a community archive in Nairobi records songs in several "
            "local languages and uses speech recognition to make the lyrics searchable."
        ),
        edition=2024,
        direction=TECH,
        countries=("KE",),
        city="Nairobi",
        coordinates=(-1.292100, 36.821900),
        domains=("music", "languages"),
        technologies=(t.AI, t.SPEECH_RECOGNITION, t.CLOUD),
        sdgs=(4, 10, 16),
        year_completed=2024,
        recognition="exemplary",
        applicants=(("Sample Sound Commons Kenya (fictional)", "nonprofit", "KE"),),
        figures=(
            ("songs recorded", 3800, ""),
            ("languages covered", 14, ""),
            ("transcription accuracy after community correction", 96, "%"),
        ),
        glance=(("3,800", "", "songs"), ("14", "", "languages"), ("120", "", "singers")),
        introduction=(
            "Many songs are known only to a handful of elders. Volunteers travelled with "
            "simple recorders and asked singers to choose which songs should be kept and who "
            "may hear them."
        ),
        practice=(
            "A speech model drafts a transcript of every song; speakers of each language "
            "correct it through a phone app. Singers decide whether a recording is public, "
            "shared with the community only, or kept private."
        ),
        quote=(
            "The singers decide who listens. That rule came before any software.",
            "Wanjiru M. (fictional)",
            "Coordinator, Sample Sound Commons Kenya (fictional)",
        ),
        pictures=(
            "a singer recording in a courtyard",
            "Volunteers correcting a transcript on a phone.",
            "A map of the languages in the archive.",
        ),
        criteria={
            "Demonstrability": (
                "Two radio stations broadcast songs from the archive each week, with the "
                "singers' consent."
            ),
            "Innovation": (
                "Consent settings travel with every recording, so the archive respects "
                "community rules as it grows."
            ),
            "Applicability": (
                "Community correction raised transcription accuracy from 71% to 96% in "
                "languages with little written text."
            ),
            "Completeness": (
                "The entry documents the consent process, the app and a sample of recordings "
                "in four languages."
            ),
            "Sustainability": (
                "Volunteers are trained as archive keepers, and a small fee from broadcasters "
                "covers the storage costs."
            ),
        },
    ),
    SampleCase(
        slug="5g-opera-for-remote-towns",
        title="5G Live Opera for Remote Towns (fictional)",
        summary=(
            "A fictional sample case: a regional opera troupe streams live performances over "
            "5G to community halls in mountain towns, with VR seats for the front rows."
        ),
        edition=2024,
        direction=TECH,
        countries=("CN",),
        city="Chengdu",
        coordinates=(30.572800, 104.066800),
        domains=("performing-arts", "music"),
        technologies=(t.FIVE_G, t.CLOUD, t.VR),
        sdgs=(9, 10, 11),
        year_completed=2021,
        recognition="selected",
        applicants=(("Sample Opera Streaming Studio (fictional)", "company", "CN"),),
        figures=(
            ("community halls connected", 62, ""),
            ("spectators per season", 41000, ""),
            ("cost per hall compared with touring", 18, "%"),
        ),
        glance=(("62", "", "halls"), ("40", "", "performances a year")),
        introduction=(
            "Touring a full opera company to small mountain towns is expensive, so most "
            "audiences there had not seen a live performance for years."
        ),
        practice=(
            "Five cameras and a spatial microphone capture each show. A 5G link carries it to "
            "halls with a projector and sound system; a few headsets let spectators sit, "
            "virtually, in the front row."
        ),
        quote=(
            "People come early to choose their seats, just as they would in the city.",
            "Zhou Y. (fictional)",
            "Producer, Sample Opera Streaming Studio (fictional)",
        ),
        pictures=(
            "a projected opera performance in a village hall",
            "Camera positions around the stage.",
            "Spectators wearing headsets in the front row.",
        ),
        criteria={
            "Demonstrability": (
                "The model has been taken up by two other troupes and by the county "
                "culture offices that run the halls."
            ),
            "Innovation": (
                "Mixing a shared projection with a few VR seats keeps the collective "
                "experience of a theatre evening."
            ),
            "Applicability": (
                "A season of streamed shows costs the halls 18% of what touring would."
            ),
            "Completeness": (
                "The entry includes audience surveys from twelve halls and the network "
                "measurements of a full season."
            ),
            "Sustainability": (
                "Halls pay a small subscription, and the equipment list is published for "
                "others to copy."
            ),
        },
    ),
    SampleCase(
        slug="augmented-street-murals",
        title="Augmented Street Murals of the Old Port (fictional)",
        summary=(
            "A fictional sample case: an artists' collective in São Paulo adds augmented-reality "
            "layers to street murals so passers-by can hear the stories the painters collected."
        ),
        edition=2024,
        direction=TECH,
        countries=("BR",),
        city="São Paulo",
        coordinates=(-23.550500, -46.633300),
        domains=("visual-arts",),
        technologies=(t.AR, t.SCANNING),
        sdgs=(8, 11),
        year_completed=2023,
        recognition="selected",
        applicants=(("Coletivo Exemplo de Arte Urbana (fictional)", "nonprofit", "BR"),),
        figures=(
            ("murals with an augmented layer", 35, ""),
            ("AR sessions", 120000, ""),
            ("residents interviewed", 210, ""),
        ),
        glance=(("35", "", "murals"), ("210", "", "stories")),
        introduction=(
            "Murals in the old harbour district change often, and the stories behind them "
            "are easily lost. The collective interviews residents before each mural is painted."
        ),
        practice=(
            "Each mural is scanned once finished. Pointing a phone at it opens short audio "
            "stories and the sketches that led to the painting; when a mural is painted over, "
            "its scan stays in the app."
        ),
        quote=(
            "A wall can be repainted. The voices of the street should not disappear with it.",
            "Rafael S. (fictional)",
            "Painter, Coletivo Exemplo de Arte Urbana (fictional)",
        ),
        pictures=(
            "a colourful mural seen through a phone screen",
            "Residents recording their stories.",
            "A scan of a mural that has since been painted over.",
        ),
        criteria={
            "Demonstrability": (
                "Neighbourhood walking tours now use the app, bringing visitors to small "
                "local businesses."
            ),
            "Innovation": (
                "Archiving murals that are meant to disappear gives street art a memory "
                "without freezing it."
            ),
            "Applicability": (
                "The app recorded 120,000 sessions in its first year, most of them by local "
                "residents."
            ),
            "Completeness": (
                "The entry includes the scans, the interview guide and the app's usage data."
            ),
            "Sustainability": (
                "The app is built on open tools, and the collective trains other crews to "
                "scan their own walls."
            ),
        },
    ),
    SampleCase(
        slug="adobe-village-digital-twin",
        title="Digital Twin of an Adobe Village (fictional)",
        summary=(
            "A fictional sample case: architects and engineers build a digital twin of an "
            "earthen village near Marrakesh, fed by moisture sensors that warn before walls fail."
        ),
        edition=2024,
        direction=TECH,
        countries=("MA", "DE"),
        city="Marrakesh",
        coordinates=(31.629500, -7.981100),
        domains=("built-heritage",),
        technologies=(t.DIGITAL_TWIN, t.SCANNING, t.SENSORS),
        sdgs=(11, 13),
        year_completed=2022,
        recognition="exemplary",
        applicants=(
            ("Sample Earthen Architecture Studio (fictional)", "company", "MA"),
            ("Beispiel Heritage Engineering (fictional)", "company", "DE"),
        ),
        figures=(
            ("buildings modelled", 146, ""),
            ("sensors installed", 80, ""),
            ("emergency repairs avoided in two rainy seasons", 11, ""),
        ),
        glance=(("146", "", "buildings"), ("80", "", "sensors")),
        introduction=(
            "Earthen walls are strong when dry and fragile when wet. Heavier rains were "
            "damaging houses faster than families could repair them."
        ),
        practice=(
            "Laser scans produced a model of every building. Moisture sensors report to the "
            "model, which colours walls at risk so that masons can repair them before the "
            "next storm."
        ),
        quote=(
            "We now repair in the dry months, not after the collapse.",
            "Youssef A. (fictional)",
            "Mason, Sample Earthen Architecture Studio (fictional)",
        ),
        pictures=(
            "earthen houses under an evening sky",
            "A moisture sensor set into a wall.",
            "The digital twin showing walls at risk in red.",
        ),
        criteria={
            "Demonstrability": (
                "Local masons use the model to plan their work, and two nearby villages have "
                "asked for sensors."
            ),
            "Innovation": (
                "Linking a heritage model to live sensor data turns documentation into "
                "day-to-day maintenance."
            ),
            "Applicability": ("Eleven emergency repairs were avoided over two rainy seasons."),
            "Completeness": (
                "The entry includes the model, sensor data and the masons' repair log."
            ),
            "Sustainability": (
                "Sensors run on small solar panels, and masons are trained to read the model "
                "themselves."
            ),
        },
    ),
    SampleCase(
        slug="sign-language-avatar-guides",
        title="Sign Language Avatar Guides (fictional)",
        summary=(
            "A fictional sample case: a museum lab in Vienna creates signing avatars that "
            "guide deaf visitors through exhibitions, recorded with deaf performers."
        ),
        edition=2024,
        direction=TECH,
        countries=("AT",),
        city="Vienna",
        coordinates=(48.208200, 16.373800),
        domains=("museums", "languages"),
        technologies=(t.MOTION_CAPTURE, t.AR, t.AI),
        sdgs=(4, 10),
        year_completed=2024,
        recognition="selected",
        applicants=(("Sample Inclusive Museum Lab (fictional)", "cultural", "AT"),),
        figures=(
            ("signed tours available", 9, ""),
            ("deaf visitors in the first year", 2600, ""),
            ("visitors rating the signing natural", 91, "%"),
        ),
        glance=(("9", "", "tours"), ("4", "", "sign languages")),
        introduction=(
            "Audio guides leave deaf visitors out, and live interpreters are rarely "
            "available. The lab wanted a guide as natural as a person signing."
        ),
        practice=(
            "Deaf performers were recorded with motion capture. Their signing drives an avatar "
            "that appears beside each object on a tablet or in AR glasses; AI only helps to "
            "blend recorded sentences smoothly."
        ),
        quote=(
            "The avatar signs like a person because a person taught it every sentence.",
            "Lena K. (fictional)",
            "Accessibility lead, Sample Inclusive Museum Lab (fictional)",
        ),
        pictures=(
            "a signing avatar beside a painting",
            "A performer in a motion-capture suit.",
            "A visitor using the guide on a tablet.",
        ),
        criteria={
            "Demonstrability": (
                "Three partner museums have licensed the tours, and the deaf community helps "
                "choose new content."
            ),
            "Innovation": (
                "Recording deaf performers instead of generating signs keeps the language faithful."
            ),
            "Applicability": ("91% of deaf visitors surveyed found the signing natural."),
            "Completeness": (
                "The entry includes sample tours and the evaluation with deaf visitors."
            ),
            "Sustainability": (
                "Recorded sentences are reused across exhibitions, lowering the cost of each "
                "new tour."
            ),
        },
    ),
    SampleCase(
        slug="shared-cloud-collections",
        title="Shared Cloud Collections for Small Museums (fictional)",
        summary=(
            "A fictional sample case: a network of small museums in Germany and Austria shares "
            "one cloud platform to digitise, describe and publish its collections."
        ),
        edition=2024,
        direction=COLLAB,
        countries=("DE", "AT"),
        city="Berlin",
        coordinates=(52.520000, 13.405000),
        domains=("museums",),
        technologies=(t.CLOUD, t.BIG_DATA, t.SCANNING),
        sdgs=(9, 11, 17),
        year_completed=2022,
        recognition="exemplary",
        applicants=(("Example Museum Network (fictional)", "nonprofit", "DE"),),
        figures=(
            ("museums in the network", 48, ""),
            ("objects published online", 95000, ""),
            ("cost per museum compared with its own system", 25, "%"),
        ),
        glance=(("48", "", "museums"), ("95,000", "", "objects")),
        introduction=(
            "Village and town museums hold remarkable objects but cannot afford their own "
            "collection systems or photographers."
        ),
        practice=(
            "The network runs one shared platform and a travelling digitisation kit. "
            "Volunteers photograph and scan objects; common vocabularies let visitors search "
            "all the collections at once."
        ),
        quote=(
            "Alone, each museum had a shoebox of photos. Together we have a catalogue.",
            "Jonas B. (fictional)",
            "Coordinator, Example Museum Network (fictional)",
        ),
        pictures=(
            "museum objects laid out for photography",
            "The travelling digitisation kit.",
            "A search across all the collections.",
        ),
        criteria={
            "Demonstrability": (
                "Local schools use the shared catalogue for history projects, and visitor "
                "numbers in member museums have risen."
            ),
            "Innovation": (
                "A travelling kit and shared vocabulary bring professional digitisation "
                "within reach of volunteer-run museums."
            ),
            "Applicability": (
                "Each museum pays about a quarter of what its own system would cost."
            ),
            "Completeness": (
                "The entry includes the platform, the vocabularies and the training material."
            ),
            "Sustainability": (
                "Membership fees cover running costs, and the kit is documented for other regions."
            ),
        },
    ),
    SampleCase(
        slug="neighbourhood-oral-history-lab",
        title="Neighbourhood Oral History Lab (fictional)",
        summary=(
            "A fictional sample case: a public library in Kolkata records residents' memories "
            "in Bengali, Hindi and Urdu and makes them searchable with speech recognition."
        ),
        edition=2024,
        direction=COLLAB,
        countries=("IN",),
        city="Kolkata",
        coordinates=(22.572600, 88.363900),
        domains=("libraries-archives", "languages"),
        technologies=(t.SPEECH_RECOGNITION, t.AI, t.CLOUD),
        sdgs=(4, 11, 16),
        year_completed=2023,
        recognition="selected",
        applicants=(("Sample Public Library Trust (fictional)", "cultural", "IN"),),
        figures=(
            ("hours of recorded memories", 1450, ""),
            ("residents interviewed", 780, ""),
            ("library visits linked to the project", 22000, ""),
        ),
        glance=(("1,450", "", "hours"), ("3", "", "languages")),
        introduction=(
            "The neighbourhood is changing fast, and its older residents carry memories that "
            "appear in no book. The library decided to collect them."
        ),
        practice=(
            "Young volunteers interview their elders in the library's recording room. Speech "
            "recognition drafts transcripts, which librarians check before they are published "
            "in the catalogue next to the books."
        ),
        quote=(
            "My grandmother's voice is now in the same catalogue as the poets she loved.",
            "Ananya D. (fictional)",
            "Volunteer interviewer (fictional)",
        ),
        pictures=(
            "an interview in a library reading room",
            "A transcript being checked by a librarian.",
            "Listening stations in the library.",
        ),
        criteria={
            "Demonstrability": (
                "The project brought 22,000 visits to the library and inspired two other "
                "branches to start their own."
            ),
            "Innovation": (
                "Treating oral memories as catalogue items puts residents' voices beside "
                "published works."
            ),
            "Applicability": (
                "Search across 1,450 hours of recordings in three languages helps "
                "researchers and families alike."
            ),
            "Completeness": (
                "The entry includes consent forms, transcripts and sample recordings."
            ),
            "Sustainability": (
                "Volunteers train the next group, and the library funds storage from its "
                "regular budget."
            ),
        },
    ),
    SampleCase(
        slug="temple-mural-immersive-room",
        title="Immersive Room for Temple Mural Replicas (fictional)",
        summary=(
            "A fictional sample case: a city museum in Taiyuan projects scanned copies of "
            "temple murals in an immersive room, sparing the fragile originals from crowds."
        ),
        edition=2024,
        direction=COLLAB,
        countries=("CN",),
        city="Taiyuan",
        coordinates=(37.870600, 112.548900),
        domains=("museums", "built-heritage", "visual-arts"),
        technologies=(t.VR, t.SCANNING, t.PHOTOGRAMMETRY),
        sdgs=(4, 11),
        year_completed=2021,
        recognition="selected",
        applicants=(("Sample City Museum Digital Team (fictional)", "cultural", "CN"),),
        figures=(
            ("square metres of murals captured", 640, ""),
            ("visitors to the immersive room", 310000, ""),
            ("reduction in visitors inside the original hall", 60, "%"),
        ),
        glance=(("640", "m²", "of murals"), ("310,000", "", "visitors")),
        introduction=(
            "The murals of a small temple hall were suffering from the breath and warmth of "
            "too many visitors. The museum needed a way to share them without harming them."
        ),
        practice=(
            "Photogrammetry captured the murals in fine detail. An immersive room in the museum "
            "surrounds visitors with the painted walls at full scale, and a VR version lets "
            "schools visit from afar."
        ),
        quote=(
            "Visitors now stand closer to the paintings than they ever could in the temple.",
            "Guo H. (fictional)",
            "Curator, Sample City Museum Digital Team (fictional)",
        ),
        pictures=(
            "an immersive room surrounded by projected murals",
            "Photographing a mural section by section.",
            "A school class visiting in VR.",
        ),
        criteria={
            "Demonstrability": (
                "The room became the museum's most visited space, drawing people to the "
                "temple's history."
            ),
            "Innovation": (
                "Full-scale projection gives visitors a closer view than the protected "
                "original allows."
            ),
            "Applicability": (
                "Crowds in the original hall fell by 60%, easing pressure on the paintings."
            ),
            "Completeness": (
                "The entry includes the capture method, visitor data and conservation reports."
            ),
            "Sustainability": (
                "The scans serve conservators as a reference for monitoring change over time."
            ),
        },
    ),
    SampleCase(
        slug="craft-villages-live-market",
        title="Craft Villages Live Market (fictional)",
        summary=(
            "A fictional sample case: a women's weaving cooperative in Oaxaca sells through "
            "live video from the workshop, showing buyers how each piece is made."
        ),
        edition=2024,
        direction=COLLAB,
        countries=("MX",),
        city="Oaxaca",
        coordinates=(17.073200, -96.726600),
        domains=("crafts", "intangible-heritage"),
        technologies=(t.FIVE_G, t.CLOUD, t.BIG_DATA),
        sdgs=(1, 5, 8),
        year_completed=2023,
        recognition="exemplary",
        applicants=(("Cooperativa Ejemplo de Artesanas (fictional)", "nonprofit", "MX"),),
        figures=(
            ("weavers in the cooperative", 65, ""),
            ("increase in members' income", 42, "%"),
            ("live sessions", 230, ""),
        ),
        glance=(("65", "", "weavers"), ("230", "", "live sessions")),
        introduction=(
            "Intermediaries bought the cooperative's textiles cheaply and sold them far away "
            "without saying who made them or how."
        ),
        practice=(
            "Weavers stream from the workshop, explaining dyes, patterns and their meaning. "
            "Buyers order during the session; sales data helps the cooperative plan which "
            "pieces to make without copying designs that belong to other communities."
        ),
        quote=(
            "Buyers now know our names, our village and how long a piece takes.",
            "Rosa M. (fictional)",
            "Weaver, Cooperativa Ejemplo de Artesanas (fictional)",
        ),
        pictures=(
            "a weaver at a backstrap loom in front of a camera",
            "Natural dyes prepared for a live session.",
            "A finished textile with its maker's name tag.",
        ),
        criteria={
            "Demonstrability": (
                "Neighbouring cooperatives have started their own streams with the "
                "cooperative's help."
            ),
            "Innovation": (
                "Live selling is used to explain the meaning of designs, not only to sell them."
            ),
            "Applicability": ("Members' income rose by 42% in eighteen months."),
            "Completeness": (
                "The entry includes sales figures, recordings and the cooperative's rules on "
                "designs."
            ),
            "Sustainability": ("A share of every sale funds training for young weavers."),
        },
    ),
    SampleCase(
        slug="memorial-archive-voices",
        title="Restored Voices of a Memorial Archive (fictional)",
        summary=(
            "A fictional sample case: a memorial archive in Paris restores damaged audio "
            "testimonies with AI tools and publishes them with careful editorial notes."
        ),
        edition=2024,
        direction=COLLAB,
        countries=("FR",),
        city="Paris",
        coordinates=(48.856600, 2.352200),
        domains=("libraries-archives", "film-animation"),
        technologies=(t.AI, t.BIG_DATA),
        sdgs=(4, 16),
        year_completed=2024,
        recognition="selected",
        applicants=(("Archives Exemple (fictional)", "cultural", "FR"),),
        figures=(
            ("testimonies restored", 520, ""),
            ("hours of audio", 890, ""),
            ("teachers using the material", 1100, ""),
        ),
        glance=(("520", "", "testimonies"), ("890", "", "hours")),
        introduction=(
            "Testimonies recorded on tape decades ago were hissing and fading. Some could "
            "barely be understood."
        ),
        practice=(
            "Noise-reduction models cleaned the recordings; archivists compared every result "
            "with the original and noted each intervention. Teachers receive the testimonies "
            "with context and classroom guides."
        ),
        quote=(
            "We clean the sound, never the words. Every change is written down.",
            "Hélène P. (fictional)",
            "Archivist, Archives Exemple (fictional)",
        ),
        pictures=(
            "old audio tapes on an archive shelf",
            "A sound wave before and after restoration.",
            "Students listening to a testimony.",
        ),
        criteria={
            "Demonstrability": (
                "Over a thousand teachers use the testimonies, and two other archives have "
                "adopted the method."
            ),
            "Innovation": (
                "Each restoration is documented, so that listeners know what was changed."
            ),
            "Applicability": (
                "Recordings once judged unusable can now be heard clearly in a classroom."
            ),
            "Completeness": (
                "The entry includes before-and-after samples and the editorial guidelines."
            ),
            "Sustainability": (
                "Originals are kept unchanged, and restorations can be redone as tools improve."
            ),
        },
    ),
    SampleCase(
        slug="science-fiction-futures-lab",
        title="Science Fiction Futures Lab at a Science Museum (fictional)",
        summary=(
            "A fictional sample case: a Beijing science museum invites teenagers to write "
            "science fiction and turn their stories into short VR scenes with generative tools."
        ),
        edition=2024,
        direction=COLLAB,
        countries=("CN",),
        city="Beijing",
        coordinates=(39.904200, 116.407400),
        domains=("museums", "literature", "film-animation"),
        technologies=(t.GENERATIVE_AI, t.VR),
        sdgs=(4, 9),
        year_completed=2024,
        recognition="exemplary",
        applicants=(("Sample Science Museum Learning Team (fictional)", "cultural", "CN"),),
        figures=(
            ("teenagers taking part", 1200, ""),
            ("stories turned into VR scenes", 180, ""),
            ("participants who wrote a second story", 64, "%"),
        ),
        glance=(("1,200", "", "young writers"), ("180", "", "VR scenes")),
        introduction=(
            "The museum wanted young visitors to imagine the future of science, not only to "
            "learn its past. Writing science fiction seemed the most direct route."
        ),
        practice=(
            "Writers' workshops come first. Teenagers then use generative tools, under the "
            "guidance of artists, to sketch settings for their stories, which a small team "
            "builds into short VR scenes shown in the museum."
        ),
        quote=(
            "The tools draw fast, but the ideas are the students' own.",
            "Wang Q. (fictional)",
            "Educator, Sample Science Museum Learning Team (fictional)",
        ),
        pictures=(
            "teenagers writing at a museum workshop table",
            "A generated sketch of a future city.",
            "A visitor exploring a student's VR scene.",
        ),
        criteria={
            "Demonstrability": (
                "The lab fills up each holiday, and local schools bring classes to see the "
                "student scenes."
            ),
            "Innovation": (
                "Generative tools serve the students' stories; writing always comes before "
                "image making."
            ),
            "Applicability": ("Almost two thirds of participants went on to write a second story."),
            "Completeness": (
                "The entry includes the workshop plan, student stories and three VR scenes."
            ),
            "Sustainability": ("The workshop format is published for other science museums."),
        },
    ),
    SampleCase(
        slug="andean-heritage-trail-app",
        title="Andean Heritage Trail App (fictional)",
        summary=(
            "A fictional sample case: a heritage trust near Cusco offers an AR trail app with "
            "audio in Quechua and Spanish, written and voiced by local guides."
        ),
        edition=2024,
        direction=COLLAB,
        countries=("PE",),
        city="Cusco",
        coordinates=(-13.532000, -71.967500),
        domains=("built-heritage", "languages"),
        technologies=(t.AR, t.CLOUD),
        sdgs=(4, 8, 11),
        year_completed=2022,
        recognition="selected",
        applicants=(("Sample Andean Heritage Trust (fictional)", "nonprofit", "PE"),),
        figures=(
            ("trail stops", 28, ""),
            ("downloads", 46000, ""),
            ("local guides paid for content", 19, ""),
        ),
        glance=(("28", "", "stops"), ("2", "", "languages")),
        introduction=(
            "Visitors walked past terraces and stone channels without learning what they "
            "meant to the people who still farm them."
        ),
        practice=(
            "Local guides wrote and recorded the stories for each stop in Quechua and Spanish. "
            "At each stop, AR shows how the site was used, and the app works offline on "
            "the trail."
        ),
        quote=(
            "Visitors hear our language first, then the translation.",
            "Quispe T. (fictional)",
            "Guide (fictional)",
        ),
        pictures=(
            "stone terraces on a mountain slope",
            "A guide recording a story in Quechua.",
            "The AR view of a stone water channel.",
        ),
        criteria={
            "Demonstrability": (
                "The trail has brought visitors to villages that tours used to skip."
            ),
            "Innovation": (
                "Putting Quechua first reverses the usual order of visitor information."
            ),
            "Applicability": (
                "Nineteen guides are paid for their stories, creating income from heritage "
                "knowledge."
            ),
            "Completeness": (
                "The entry includes the app, the scripts in both languages and usage data."
            ),
            "Sustainability": (
                "The app works offline and can be updated by the guides themselves."
            ),
        },
    ),
)
