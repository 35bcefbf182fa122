"""Cultural domains (snippets with stable slugs) and the technology tag names."""

from cases.models import CulturalDomain
from demo.base import ensure_snippet

# slug: name. The slugs appear in filter addresses: keep them stable.
CULTURAL_DOMAINS = {
    "intangible-heritage": "Intangible cultural heritage",
    "built-heritage": "Built heritage and archaeology",
    "museums": "Museums and collections",
    "libraries-archives": "Libraries and archives",
    "performing-arts": "Performing arts",
    "music": "Music",
    "crafts": "Crafts and design",
    "languages": "Languages",
    "film-animation": "Film and animation",
    "literature": "Literature and publishing",
    "visual-arts": "Visual arts",
}

# Technology tags, spelt once here so that every case uses the same tag.
AI = "AI"
GENERATIVE_AI = "generative AI"
VR = "VR"
AR = "AR"
BIG_DATA = "big data"
CLOUD = "cloud computing"
FIVE_G = "5G"
DIGITAL_TWIN = "digital twin"
SCANNING = "3D scanning"
SPATIAL = "spatial computing"
MOTION_CAPTURE = "motion capture"
PHOTOGRAMMETRY = "photogrammetry"
SENSORS = "IoT sensors"
MACHINE_TRANSLATION = "machine translation"
SPEECH_RECOGNITION = "speech recognition"


def load(ctx):
    for slug, name in CULTURAL_DOMAINS.items():
        ctx.domains[slug] = ensure_snippet(
            ctx, CulturalDomain, "cultural domains", {"slug": slug}, {"name": name}
        )
