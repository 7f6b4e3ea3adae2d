"""Dates and numbers as each language writes them (``FORMAT_MODULE_PATH``).

Django's own locale formats give English readers "Dec. 1, 2026" and leave Estonian
without a date-time format (it falls back to the American "dets. 1, 2026, 8:58 e.l.").
Each ``<language>/formats.py`` here states the long and short forms the site prints;
what a module leaves out still comes from Django's module for that language.

Templates use the named formats only (``|date``, ``|date:"DATE_FORMAT"``,
``"SHORT_DATETIME_FORMAT"``…), never a format string of their own, so that every date
follows the reader's language. Machine-readable values (``<time datetime>``, CSV
exports) stay ISO 8601.

Numbers: the decimal separator always follows the language; thousands are grouped
only where a template asks (``floatformat:"1g"``), because ``USE_THOUSAND_SEPARATOR``
would also put separators into ids and sizes printed in URLs and SVG attributes.
"""

from django.utils.translation import pgettext_lazy

# Month names in dates (the ``E`` format character). Django's catalogues translate
# this context as the genitive in Finnish but give Slovenian no genitive at all and
# capitalise Portuguese months, which European Portuguese has written in lower case
# since the 1990 spelling agreement. Listed here so that ``makemessages`` keeps these
# entries in the project's catalogues, which take precedence over Django's.
MONTHS_IN_DATES = {
    1: pgettext_lazy("alt. month", "January"),
    2: pgettext_lazy("alt. month", "February"),
    3: pgettext_lazy("alt. month", "March"),
    4: pgettext_lazy("alt. month", "April"),
    5: pgettext_lazy("alt. month", "May"),
    6: pgettext_lazy("alt. month", "June"),
    7: pgettext_lazy("alt. month", "July"),
    8: pgettext_lazy("alt. month", "August"),
    9: pgettext_lazy("alt. month", "September"),
    10: pgettext_lazy("alt. month", "October"),
    11: pgettext_lazy("alt. month", "November"),
    12: pgettext_lazy("alt. month", "December"),
}
