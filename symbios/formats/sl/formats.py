"""Slovenian: "1. decembra 2026 ob 08:58" (the month in the genitive, ``E``)."""

DATE_FORMAT = "j. E Y"  # 1. decembra 2026
TIME_FORMAT = "H:i"  # 08:58
DATETIME_FORMAT = r"j. E Y \o\b H:i"  # 1. decembra 2026 ob 08:58
YEAR_MONTH_FORMAT = "F Y"  # december 2026
MONTH_DAY_FORMAT = "j. E"  # 1. decembra
SHORT_DATE_FORMAT = "j. n. Y"  # 1. 12. 2026
SHORT_DATETIME_FORMAT = "j. n. Y, H:i"  # 1. 12. 2026, 08:58
FIRST_DAY_OF_WEEK = 1  # Monday

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."  # 1.234,5
NUMBER_GROUPING = 3
