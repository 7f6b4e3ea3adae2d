"""Finnish: "1. joulukuuta 2026 klo 8.58" (the month in the partitive, ``E``)."""

DATE_FORMAT = "j. E Y"  # 1. joulukuuta 2026
TIME_FORMAT = "G.i"  # 8.58
DATETIME_FORMAT = r"j. E Y \k\l\o G.i"  # 1. joulukuuta 2026 klo 8.58
YEAR_MONTH_FORMAT = "F Y"  # joulukuu 2026
MONTH_DAY_FORMAT = "j. E"  # 1. joulukuuta
SHORT_DATE_FORMAT = "j.n.Y"  # 1.12.2026
SHORT_DATETIME_FORMAT = "j.n.Y G.i"  # 1.12.2026 8.58
FIRST_DAY_OF_WEEK = 1  # Monday

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # no-break space: 1 234,5
NUMBER_GROUPING = 3
