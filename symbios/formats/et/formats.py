"""Estonian: "1. detsember 2026, 08:58"; a decimal comma, thousands set apart by a space."""

DATE_FORMAT = "j. F Y"  # 1. detsember 2026
TIME_FORMAT = "H:i"  # 08:58
DATETIME_FORMAT = "j. F Y, H:i"  # 1. detsember 2026, 08:58
YEAR_MONTH_FORMAT = "F Y"  # detsember 2026
MONTH_DAY_FORMAT = "j. F"  # 1. detsember
SHORT_DATE_FORMAT = "d.m.Y"  # 01.12.2026
SHORT_DATETIME_FORMAT = "d.m.Y H:i"  # 01.12.2026 08:58
FIRST_DAY_OF_WEEK = 1  # Monday

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # no-break space: 1 234,5
NUMBER_GROUPING = 3
