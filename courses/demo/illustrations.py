"""Draws the lead images of the demo courses: flat illustrations of industrial
symbiosis in the site's palette (``symbios/static/css/base.css``), made here rather
than downloaded so that their origin and licence are plain.

The PNG files in ``courses/demo/images/`` (one per course, named by the course's
``key``) are what ``load_demo`` stores as Wagtail images; this module is how they were
made. After changing a drawing, write them again with::

    python -m courses.demo.illustrations

Shapes are drawn at twice the size and scaled down, which smooths their edges
(Pillow's drawing has no anti-aliasing of its own).
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

IMAGES_DIR = Path(__file__).resolve().parent / "images"
WIDTH, HEIGHT = 1440, 810  # 16:9, the shape of the course cards
SCALE = 2

# The site's palette, and two lighter tones of it for depth.
TEXT = "#1d2430"
BAND = "#f2f5f3"
LINE = "#d5dbe1"
PRIMARY = "#0b4f8a"
PRIMARY_DARK = "#07365f"
PRIMARY_SOFT = "#eaf2fa"
PRIMARY_MID = "#7fa8cf"
ACCENT = "#1b6e4f"
ACCENT_SOFT = "#e3f1ea"
ACCENT_MID = "#8cc4a8"
WARNING = "#8a4b00"
WARNING_SOFT = "#fff3e0"
HEAT = "#d9822b"  # the warm tone of the call-outs, brightened for a flow of heat
WATER = "#3b82c4"
WHITE = "#ffffff"


class Canvas:
    """Drawing in illustration units (the final pixel size), scaled up."""

    def __init__(self, background):
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    @staticmethod
    def _points(points):
        return [(x * SCALE, y * SCALE) for x, y in points]

    def rect(self, box, fill, radius=0):
        x0, y0, x1, y1 = (v * SCALE for v in box)
        self.draw.rounded_rectangle((x0, y0, x1, y1), radius=radius * SCALE, fill=fill)

    def polygon(self, points, fill):
        self.draw.polygon(self._points(points), fill=fill)

    def ellipse(self, box, fill=None, outline=None, width=0):
        self.draw.ellipse(
            [v * SCALE for v in box], fill=fill, outline=outline, width=width * SCALE
        )

    def pieslice(self, box, start, end, fill):
        self.draw.pieslice([v * SCALE for v in box], start, end, fill=fill)

    def line(self, points, fill, width):
        """A thick polyline with round joints and caps (no jagged seams on curves)."""
        self.draw.line(self._points(points), fill=fill, width=width * SCALE)
        r = width / 2
        for x, y in points:
            self.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def flow(self, start, control, end, colour, width=14, dashed=False):
        """A curved flow from ``start`` to ``end`` ending in an arrowhead."""
        points = _bezier(start, control, end)
        size = width * 2.6
        # The line stops where the arrowhead's base begins.
        cut = len(points) - 1
        while cut > 1 and math.dist(points[cut], points[-1]) < size * 0.8:
            cut -= 1
        body = points[: cut + 1]
        if dashed:
            for dash in _dashes(body, length=width * 1.6, gap=width * 1.6):
                self.line(dash, colour, width)
        else:
            self.line(body, colour, width)
        (x0, y0), (x1, y1) = points[cut], points[-1]
        angle = math.atan2(y1 - y0, x1 - x0)
        left = (x1 - size * math.cos(angle - 0.45), y1 - size * math.sin(angle - 0.45))
        right = (x1 - size * math.cos(angle + 0.45), y1 - size * math.sin(angle + 0.45))
        self.polygon([(x1, y1), left, right], colour)

    def save(self, path):
        self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS).save(
            path, "PNG", optimize=True
        )


def _dashes(points, length, gap):
    """Pieces of the polyline ``points``: ``length`` drawn, ``gap`` left out, repeated."""
    dashes, current, travelled, drawing = [], [points[0]], 0.0, True
    for a, b in zip(points, points[1:], strict=False):
        travelled += math.dist(a, b)
        if drawing:
            current.append(b)
        if travelled >= (length if drawing else gap):
            if drawing and len(current) > 1:
                dashes.append(current)
            drawing, travelled, current = not drawing, 0.0, [b]
    if drawing and len(current) > 1:
        dashes.append(current)
    return dashes


def _bezier(start, control, end, steps=160):
    (x0, y0), (cx, cy), (x1, y1) = start, control, end
    points = []
    for i in range(steps + 1):
        t = i / steps
        points.append(
            (
                (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t**2 * x1,
                (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t**2 * y1,
            )
        )
    return points


# --- Pieces of scenery ---


def sky_and_ground(canvas, horizon, ground=ACCENT_SOFT):
    canvas.rect((0, horizon, WIDTH, HEIGHT), ground)
    canvas.ellipse((1120, 70, 1260, 210), fill=WARNING_SOFT)  # a low sun
    for x, y, w in ((150, 120, 180), (520, 80, 140), (860, 150, 120)):  # clouds
        canvas.rect((x, y, x + w, y + 34), WHITE, radius=17)
        canvas.rect((x + w * 0.25, y - 20, x + w * 0.7, y + 20), WHITE, radius=20)


def factory(canvas, x, base, width, height, colour, teeth=3, chimney=True):
    """A works with a saw-tooth roof and, optionally, a chimney."""
    top = base - height
    if chimney:
        canvas.rect((x + width - 70, top - 120, x + width - 34, base), PRIMARY_DARK)
        canvas.rect((x + width - 76, top - 132, x + width - 28, top - 112), PRIMARY_DARK, 4)
    canvas.rect((x, top, x + width, base), colour)
    tooth = width / teeth
    for i in range(teeth):
        left = x + i * tooth
        canvas.polygon([(left, top), (left + tooth, top - 46), (left + tooth, top)], colour)
    for i in range(teeth):  # windows
        wx = x + 24 + i * tooth
        canvas.rect((wx, top + 34, wx + tooth - 48, top + 70), PRIMARY_SOFT, 4)
    canvas.rect((x + width / 2 - 30, base - 70, x + width / 2 + 30, base), PRIMARY_SOFT, 4)


def power_station(canvas, x, base):
    canvas.polygon(
        [(x + 10, base), (x + 40, base - 230), (x + 130, base - 230), (x + 160, base)],
        PRIMARY_MID,
    )
    canvas.rect((x + 36, base - 244, x + 134, base - 226), PRIMARY_MID, 6)
    canvas.rect((x + 150, base - 150, x + 330, base), PRIMARY_DARK)
    for i in range(3):
        wx = x + 172 + i * 52
        canvas.rect((wx, base - 120, wx + 30, base - 86), PRIMARY_SOFT, 3)


def greenhouse(canvas, x, base, width=230, height=120):
    canvas.rect((x, base - height, x + width, base), "#f6fbf8")
    canvas.pieslice((x, base - height - 70, x + width, base - height + 70), 180, 360, "#f6fbf8")
    for i in range(1, 4):  # glazing bars
        bx = x + i * width / 4
        canvas.rect((bx - 2, base - height - 52, bx + 2, base), LINE)
    canvas.rect((x, base - height - 2, x + width, base - height + 2), LINE)
    for i in range(5):  # plants
        px = x + 22 + i * (width - 44) / 4
        canvas.ellipse((px - 16, base - 56, px + 16, base - 20), fill=ACCENT)
        canvas.rect((px - 2, base - 24, px + 2, base), ACCENT)


def houses(canvas, x, base, count=3):
    for i in range(count):
        hx = x + i * 92
        h = 70 + (i % 2) * 22
        canvas.rect((hx, base - h, hx + 74, base), WHITE)
        canvas.polygon([(hx - 8, base - h), (hx + 37, base - h - 42), (hx + 82, base - h)], TEXT)
        canvas.rect((hx + 26, base - 40, hx + 48, base), PRIMARY_MID, 3)


def fields(canvas, top, colours):
    """Strips of field rows in perspective towards the horizon."""
    band = (HEIGHT - top) / len(colours)
    for i, colour in enumerate(colours):
        y0, y1 = top + i * band, top + (i + 1) * band
        canvas.rect((0, y0, WIDTH, y1 + 1), colour)
        for k in range(-4, 26):
            x = k * 64 + i * 20
            canvas.line([(x, y1 - 4), (x + 36, y0 + 6)], _darker(colour), 3)


def _darker(colour, factor=0.86):
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def barn(canvas, x, base):
    canvas.rect((x, base - 130, x + 170, base), WARNING)
    canvas.polygon([(x - 14, base - 130), (x + 85, base - 205), (x + 184, base - 130)], TEXT)
    canvas.rect((x + 55, base - 80, x + 115, base), WARNING_SOFT, 4)
    canvas.line([(x + 55, base - 80), (x + 115, base)], WARNING, 5)
    canvas.line([(x + 115, base - 80), (x + 55, base)], WARNING, 5)
    canvas.rect((x + 190, base - 170, x + 236, base), LINE, 20)  # silo
    canvas.ellipse((x + 190, base - 190, x + 236, base - 150), fill=LINE)


def digester(canvas, x, base):
    """A biogas plant: two domes on round tanks."""
    for dx, w in ((0, 150), (170, 120)):
        canvas.rect((x + dx, base - 70, x + dx + w, base), ACCENT)
        canvas.pieslice(
            (x + dx, base - 70 - w / 2, x + dx + w, base - 70 + w / 2), 180, 360, ACCENT_MID
        )
    canvas.rect((x + 300, base - 150, x + 318, base), TEXT)  # flare stack
    canvas.polygon([(x + 300, base - 150), (x + 309, base - 178), (x + 318, base - 150)], HEAT)


# --- The course illustrations ---


def by_products_into_business():
    """A small industrial park: a power station's heat warms a greenhouse and the town,
    its gypsum goes to a board factory, cooling water is treated and reused."""
    canvas = Canvas(PRIMARY_SOFT)
    horizon = 560
    sky_and_ground(canvas, horizon)
    canvas.rect((0, horizon + 130, WIDTH, HEIGHT), ACCENT_MID)
    power_station(canvas, 90, horizon)
    factory(canvas, 560, horizon, 330, 150, PRIMARY, teeth=3)
    greenhouse(canvas, 1030, horizon)
    houses(canvas, 1040, horizon + 160, count=4)
    # Flows between them: heat over the park, gypsum to the board factory, heat to the
    # town, treated water back to the power station.
    canvas.flow((300, 300), (620, 70), (1080, 380), HEAT, width=14)
    canvas.flow((400, 470), (480, 380), (556, 470), ACCENT, width=14)
    canvas.flow((890, 500), (960, 640), (1030, 660), HEAT, width=10, dashed=True)
    canvas.flow((720, 610), (460, 740), (250, 590), WATER, width=12)
    return canvas


def agri_food_side_streams():
    """Fields, a barn, a food factory and a biogas plant: residues become feed and gas,
    digestate goes back to the fields, the plant's heat warms a greenhouse."""
    canvas = Canvas(PRIMARY_SOFT)
    horizon = 520
    sky_and_ground(canvas, horizon)
    fields(canvas, 610, ["#cfe6d8", ACCENT_MID, "#e9dfb8", "#b9d9c5"])
    barn(canvas, 90, 600)
    factory(canvas, 470, 600, 300, 140, PRIMARY, teeth=3)
    digester(canvas, 870, 600)
    greenhouse(canvas, 1220, 600, width=180, height=100)
    canvas.flow((720, 420), (840, 300), (950, 470), ACCENT, width=14)  # residues to biogas
    canvas.flow((520, 440), (400, 320), (300, 410), ACCENT, width=12)  # by-products to feed
    canvas.flow((1180, 460), (1240, 380), (1290, 470), HEAT, width=12)  # heat
    canvas.flow((960, 640), (720, 780), (420, 700), WARNING, width=12, dashed=True)  # digestate
    return canvas


ILLUSTRATIONS = {
    "is-basics": by_products_into_business,
    "agrifood-is": agri_food_side_streams,
}


def image_path(course_key):
    return IMAGES_DIR / f"{course_key}.png"


def main():
    IMAGES_DIR.mkdir(exist_ok=True)
    for key, drawing in ILLUSTRATIONS.items():
        drawing().save(image_path(key))
        print(f"Wrote {image_path(key)}")


if __name__ == "__main__":
    main()
