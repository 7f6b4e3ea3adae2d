"""Reference data the community needs in production, loaded by data migrations:
NACE Rev. 2.1 (from ``naceconverter``, which ships the classification), the regions
with their centroids (``data/regions.csv``) and the languages members speak
(ISO 639-1, from ``pycountry``). Names in the reader's language come from pycountry's
own translations (regions, languages) and from our catalogues (NACE sections).
"""

import csv
import functools
import gettext
from pathlib import Path

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

import pycountry

DATA = Path(__file__).resolve().parent / "data"

# The 22 sections of NACE Rev. 2.1, shortened where the official title is long.
NACE_SECTIONS = {
    "A": _("Agriculture, forestry and fishing"),
    "B": _("Mining and quarrying"),
    "C": _("Manufacturing"),
    "D": _("Electricity, gas, steam and air conditioning supply"),
    "E": _("Water supply, sewerage, waste management and remediation"),
    "F": _("Construction"),
    "G": _("Wholesale and retail trade"),
    "H": _("Transportation and storage"),
    "I": _("Accommodation and food service activities"),
    "J": _("Publishing, broadcasting and content production"),
    "K": _("Telecommunication, computer programming and information services"),
    "L": _("Financial and insurance activities"),
    "M": _("Real estate activities"),
    "N": _("Professional, scientific and technical activities"),
    "O": _("Administrative and support service activities"),
    "P": _("Public administration and defence; compulsory social security"),
    "Q": _("Education"),
    "R": _("Human health and social work activities"),
    "S": _("Arts, sports and recreation"),
    "T": _("Other service activities"),
    "U": _("Activities of households as employers"),
    "V": _("Activities of extraterritorial organisations"),
}

# The countries whose regions the platform knows (the partners' countries); country
# names come from django-countries.
COUNTRIES = ("EE", "FI", "SI", "PT")


def nace_rows():
    """``[(code, parent code, level, English name)]`` of every NACE Rev. 2.1 entry,
    sections first (level 1 section, 2 division, 3 group, 4 class)."""
    import naceconverter

    path = Path(naceconverter.__file__).resolve().parent / "nacecodes.csv"
    with path.open(encoding="utf-8") as file:
        rows = [
            (row["code"], row["parentCode"] or None, int(row["level"]), row["name"].strip())
            for row in csv.DictReader(file, delimiter=";")
        ]
    # Level 5 is a national extension of the classes (01.110 under 01.11): not NACE.
    rows = [(c, p, lvl, " ".join(n.split())) for c, p, lvl, n in rows if lvl <= 4]
    return sorted(rows, key=lambda row: (row[2], row[0]))


def region_rows():
    """``[{code, country, name, latitude, longitude}]`` from ``data/regions.csv``."""
    with (DATA / "regions.csv").open(encoding="utf-8") as file:
        return list(csv.DictReader(file))


@functools.cache
def _pycountry_translation(domain, language):
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def translated(domain, text, language=None):
    """``text`` (an English or local name from pycountry) in the reader's language
    through pycountry's catalogue ``domain`` ("iso3166-2" regions, "iso639-3" languages)."""
    language = (language or get_language() or "en").split("-")[0]
    if language == "en":
        return text
    return _pycountry_translation(domain, language).gettext(text)


def language_rows():
    """``[(ISO 639-1 code, English name)]`` of the languages pycountry knows."""
    return sorted(
        (language.alpha_2, language.name)
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    )
