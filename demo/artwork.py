"""Generated sample artwork: calm geometric patterns after weaving, tiles and ornament.

The pictures stand in for photographs on the sample site, so it needs no image rights and
depicts no real person or place. Each is drawn from a generator seeded with its key, so the
same key always gives the same pixels, and ``describe`` names what was drawn for alt text.
"""

import math
import random

from PIL import Image, ImageDraw

# fmt: off
COLOURS = {
    "cream": (244, 237, 224), "ivory": (250, 247, 240), "sand": (234, 222, 198),
    "charcoal": (38, 39, 46), "midnight blue": (25, 33, 58), "teal": (28, 118, 118),
    "amber": (226, 154, 52), "terracotta": (186, 86, 56), "indigo": (52, 62, 128),
    "saffron": (238, 186, 64), "rose": (206, 112, 120), "forest green": (44, 96, 72),
    "ochre": (200, 146, 60), "plum": (112, 56, 92), "gold": (214, 172, 84),
    "sage": (138, 166, 130), "turquoise": (70, 178, 170), "coral": (238, 128, 104),
    "sky blue": (136, 184, 214),
}
# A ground and three accents each, chosen to sit well together.
PALETTES = (
    ("cream", ("teal", "amber", "terracotta")), ("ivory", ("indigo", "saffron", "rose")),
    ("sand", ("forest green", "ochre", "terracotta")), ("cream", ("plum", "gold", "sage")),
    ("ivory", ("teal", "coral", "indigo")), ("charcoal", ("turquoise", "amber", "rose")),
    ("midnight blue", ("gold", "turquoise", "coral")),
    ("midnight blue", ("sky blue", "rose", "saffron")),
)
# fmt: on


def _diamond(draw, x, y, rx, ry, fill):
    draw.polygon([(x - rx, y), (x, y - ry), (x + rx, y), (x, y + ry)], fill)


def _star(x, y, outer, inner, turn=0.0):
    corners = [(turn + math.pi * k / 8, (outer, inner)[k % 2]) for k in range(16)]
    return [(x + r * math.cos(a), y + r * math.sin(a)) for a, r in corners]


def _brocade(draw, rng, w, h, ground, cols):
    dx = rng.choice((220, 260, 300))
    dy = dx * rng.uniform(0.55, 0.7)
    for row in range(int(h / dy) + 2):
        for col in range(int(w / dx) + 2):
            x, y = col * dx + (row % 2) * dx / 2, row * dy
            for scale, colour in ((0.86, cols[row % 2]), (0.6, ground), (0.34, cols[2])):
                _diamond(draw, x, y, dx / 2 * scale, dy * scale, colour)
            _diamond(draw, x + dx / 2, y, dx * 0.05, dy * 0.1, cols[2])


def _arcs(draw, rng, w, h, ground, cols):
    cx = rng.choice((rng.uniform(-0.1, 0.3), rng.uniform(0.7, 1.1))) * w
    cy, step, group = rng.uniform(0.3, 1.05) * h, rng.choice((52, 68, 90)), rng.choice((1, 2, 3))
    count = int(math.hypot(max(cx, w - cx), max(cy, h - cy)) / step) + 1
    thick = [step * rng.choice((0.22, 0.34, 0.48)) for _ in range(count)]  # a recorded rhythm
    for index in range(count):
        r, colour = step * (index + 0.6) + thick[index], cols[index // group % 3]
        draw.circle((cx, cy), r, outline=colour, width=round(thick[index]))
    draw.circle((cx, cy), step * 0.3, cols[0])


def _tiles(draw, rng, w, h, ground, cols):
    s, checker = rng.choice((140, 180, 220)), rng.choice((0, 1))  # rows or a chequer
    for row in range(h // s + 2):
        for col in range(w // s + 2):
            x, y, colour = col * s, row * s, cols[(row + col * checker) % 2]
            draw.polygon(_star(x, y, s * 0.47, s * 0.34, math.pi / 8), colour)
            draw.polygon(_star(x, y, s * 0.28, s * 0.2), ground)
            draw.circle((x, y), s * 0.09, cols[2])
            _diamond(draw, x + s / 2, y + s / 2, s * 0.12, s * 0.12, cols[2])


def _terraces(draw, rng, w, h, ground, cols):
    sun = rng.uniform(0.2, 0.8) * w, rng.uniform(0.15, 0.3) * h
    draw.circle(sun, h * 0.11, cols[2])
    for k in range(4):
        top, x, outline = h * (0.38 + 0.14 * k), -20.0, []
        while x < w:
            y = top - rng.choice((0, 1, 2, 3)) * h * 0.045
            outline += [(x, y), (x + rng.uniform(90, 240), y)]
            x = outline[-1][0]
        t = 0.6 + 0.4 * k / 3  # farther terraces fade a little into the ground
        shade = tuple(round(g + (c - g) * t) for g, c in zip(ground, cols[k % 2], strict=True))
        draw.polygon([*outline, (w + 20, h), (-20, h)], shade)
    for (x0, y0), (x1, _) in zip(outline[::2], outline[1::2], strict=True):
        for dx in range(int(x0) + 30, int(x1) - 40, 72):  # arched doorways on the front terrace
            draw.rectangle((dx, y0 + h * 0.065, dx + 24, y0 + h * 0.12), ground)
            draw.pieslice((dx, y0 + h * 0.05, dx + 24, y0 + h * 0.08), 180, 360, ground)


def _ribbons(draw, rng, w, h, ground, cols):
    count = rng.randint(4, 6)
    for k in range(count):
        y0 = h * (k + 0.5) / count + rng.uniform(-0.05, 0.05) * h
        amp, length = rng.uniform(0.06, 0.16) * h, rng.uniform(0.7, 1.3) * w
        phase, twist = rng.uniform(0, math.tau), rng.uniform(0, math.tau)
        top, bottom = [], []
        for x in range(-40, w + 41, 16):
            y = y0 + amp * math.sin(math.tau * x / length + phase)
            half = h / count * (0.22 + 0.14 * math.sin(math.tau * x / (length * 0.8) + twist))
            top.append((x, y - half))
            bottom.append((x, y + half))
        draw.polygon(top + bottom[::-1], fill=cols[k % 3], outline=ground, width=4)


def _rosette(draw, rng, w, h, ground, cols):
    cx, cy = rng.choice((0.5, 0.32, 0.68)) * w, h / 2
    petals, reach = rng.choice((8, 12, 16)), h * 0.3
    side = [(reach * i / 12, reach * 0.17 * math.sin(math.pi * i / 12)) for i in range(13)]
    lens = side + [(d, -o) for d, o in side[::-1]]
    for p in range(petals):
        c, s = math.cos(math.tau * p / petals), math.sin(math.tau * p / petals)
        draw.polygon([(cx + d * c - o * s, cy + d * s + o * c) for d, o in lens], cols[p % 2])
    draw.circle((cx, cy), h * 0.06, cols[2])
    step = h * 0.055
    for ring in range(int(math.hypot(w, h) / step)):
        radius, dot = h * 0.36 + ring * step, step * (0.32 if ring % 2 else 0.22)
        count = round(math.tau * radius / (step * 1.1))
        for i in range(count):
            a = math.tau * (i + ring * 0.5) / count
            x, y = cx + radius * math.cos(a), cy + radius * math.sin(a)
            if -dot < x < w + dot and -dot < y < h + dot:
                draw.circle((x, y), dot, cols[ring % 3])


# Name for the alt text, drawing function, and words in a key that call for the motif.
MOTIFS = (
    ("a diamond brocade", _brocade, "loom weaving textile textiles kilim"),
    ("concentric arcs like sound waves", _arcs, "songs sound music radio"),
    ("tessellated star tiles", _tiles, "tiles ceramics crafts"),
    ("stepped terraces under a round sun", _terraces, "adobe village heritage buildings"),
    ("flowing ribbons", _ribbons, "dance dancers"),
    ("a dotted rosette", _rosette, "mandala"),
)


def _choices(key):
    rng = random.Random(f"casebook-artwork:{key}")
    motif = rng.choice(MOTIFS)
    motif = next((m for m in MOTIFS if set(key.split("-")) & set(m[2].split())), motif)
    ground, accents = rng.choice(PALETTES)
    return rng, motif, ground, rng.sample(accents, 3)


def render(key: str, size=(1600, 900)) -> Image.Image:
    """The RGB picture for ``key``: one motif family in one named palette."""
    rng, (_, draw_motif, _), ground, accents = _choices(key)
    picture = Image.new("RGB", size, COLOURS[ground])
    cols = [COLOURS[name] for name in accents]
    draw_motif(ImageDraw.Draw(picture), rng, *size, COLOURS[ground], cols)
    return picture


def describe(key: str) -> str:
    """Alt text for ``render(key)``, from the same random choices."""
    _, (name, _, _), ground, accents = _choices(key)
    article = "an" if ground[0] in "aeiou" else "a"
    return f"{name} in {accents[0]}, {accents[1]} and {accents[2]} on {article} {ground} ground"


LOGO_DESCRIPTION = "Sample logo: a teal eight-pointed star with amber dots beside a row of diamonds"


def render_logo(size=(1200, 300)) -> Image.Image:
    """A sample logo mark without letters: a star-tile emblem and a row of diamonds."""
    w, h = size[0] * 3, size[1] * 3  # drawn large and reduced, so its edges are smooth
    teal, amber, white = COLOURS["teal"], COLOURS["amber"], (255, 255, 255)
    picture = Image.new("RGB", (w, h), white)
    draw = ImageDraw.Draw(picture)
    c, r = h / 2, h * 0.42
    draw.polygon(_star(c, c, r, r * 0.76, math.pi / 8), teal)
    draw.polygon(_star(c, c, r * 0.56, r * 0.42), white)
    draw.circle((c, c), r * 0.2, amber)
    for a in (math.tau * k / 8 for k in range(8)):
        draw.circle((c + r * 0.92 * math.cos(a), c + r * 0.92 * math.sin(a)), r * 0.07, amber)
    for k in range(int((w - h * 1.2) / (h * 0.16))):
        _diamond(draw, h * 1.15 + k * h * 0.16, h / 2, h * 0.05, h * 0.09, (teal, amber)[k % 2])
    return picture.reduce(3)
