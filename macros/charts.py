"""Inline SVG charts: no JavaScript, real text, colours from the theme so both palettes work."""

from __future__ import annotations

import textwrap
from html import escape

from .models import Domain

# User units. The viewBox is narrow so that text stays legible when a phone scales it down;
# long labels wrap onto several lines instead of shrinking.
_WIDTH = 360
_LINE = 18
_BAR_H = 20
_GAP = 16
_VALUE_ROOM = 48
_WRAP = 40


def domain_weight_chart(domains: list[Domain], exam_code: str, id_prefix: str = "weights") -> str:
    """Horizontal bar chart of domain weights (percent of scored content)."""
    top = max(d.weight for d in domains)
    usable = _WIDTH - _VALUE_ROOM
    title = f"{exam_code}: share of scored content by domain"
    desc = "; ".join(f"Domain {d.id}, {d.title}: {d.weight}%" for d in domains)
    rows, y = [], 0
    for d in domains:
        lines = textwrap.wrap(f"Domain {d.id}: {d.title}", _WRAP)
        label = "".join(
            f'<tspan x="0" y="{y + _LINE * (i + 1) - 4}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
        bar_y = y + _LINE * len(lines) + 2
        bar = round(usable * d.weight / top, 1)
        rows.append(
            f'<g class="chart-row">'
            f'<text class="chart-label">{label}</text>'
            f'<rect class="chart-bar" x="0" y="{bar_y}" width="{bar}" height="{_BAR_H}" rx="3"/>'
            f'<text class="chart-value" x="{bar + 6}" y="{bar_y + _BAR_H - 5}">{d.weight}%</text>'
            f"</g>"
        )
        y = bar_y + _BAR_H + _GAP
    return (
        f'<figure class="chart">'
        f'<svg class="chart-svg" role="img" viewBox="0 0 {_WIDTH} {y}" '
        f'aria-labelledby="{id_prefix}-title {id_prefix}-desc" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{id_prefix}-title">{escape(title)}</title>'
        f'<desc id="{id_prefix}-desc">{escape(desc)}</desc>'
        f"{''.join(rows)}</svg>"
        f"<figcaption>{escape(title)} (weights add up to "
        f"{sum(d.weight for d in domains)}%).</figcaption>"
        f"</figure>"
    )
