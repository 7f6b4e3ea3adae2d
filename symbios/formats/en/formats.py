"""English as written in Europe: "1 December 2026", a 24-hour clock, weeks from Monday."""

DATE_FORMAT = "j F Y"  # 1 December 2026
TIME_FORMAT = "H:i"  # 08:58
DATETIME_FORMAT = "j F Y, H:i"  # 1 December 2026, 08:58
YEAR_MONTH_FORMAT = "F Y"  # December 2026
MONTH_DAY_FORMAT = "j F"  # 1 December
SHORT_DATE_FORMAT = "j M Y"  # 1 Dec 2026 (01/12/2026 is read differently in the US)
SHORT_DATETIME_FORMAT = "j M Y, H:i"  # 1 Dec 2026, 08:58
FIRST_DAY_OF_WEEK = 1  # Monday

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
