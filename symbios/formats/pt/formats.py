"""European Portuguese: "1 de dezembro de 2026 às 08:58" (months in lower case, ``E``)."""

DATE_FORMAT = r"j \d\e E \d\e Y"  # 1 de dezembro de 2026
TIME_FORMAT = "H:i"  # 08:58
DATETIME_FORMAT = r"j \d\e E \d\e Y à\s H:i"  # 1 de dezembro de 2026 às 08:58
YEAR_MONTH_FORMAT = r"E \d\e Y"  # dezembro de 2026
MONTH_DAY_FORMAT = r"j \d\e E"  # 1 de dezembro
SHORT_DATE_FORMAT = "d/m/Y"  # 01/12/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 01/12/2026 08:58
FIRST_DAY_OF_WEEK = 1  # Monday

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # no-break space, as the Portuguese standard writes 1 234,5
NUMBER_GROUPING = 3
