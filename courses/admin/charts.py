"""Geometry of the analytics charts, drawn as inline SVG by the templates (no
JavaScript); every chart comes with a table of the same figures."""


def week_chart(weeks, *, height=100, bar_width=8, gap=2):
    """Bars of the weekly enrolments: one per week, the highest ``height`` tall."""
    peak = max((week.count for week in weeks), default=0)
    bars = []
    for index, week in enumerate(weeks):
        bar_height = round(height * week.count / peak) if peak else 0
        bars.append(
            {
                "week": week,
                "x": index * (bar_width + gap),
                "y": height - bar_height,
                "height": bar_height,
            }
        )
    return {
        "bars": bars,
        "bar_width": bar_width,
        "width": len(weeks) * (bar_width + gap),
        "height": height,
        "peak": peak,
    }
