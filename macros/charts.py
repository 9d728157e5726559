"""Inline SVG charts: no JavaScript, real text, colours from the theme so both palettes work."""

from __future__ import annotations

from html import escape

from .models import Domain

_WIDTH = 480
_ROW = 52
_BAR_H = 20
_LABEL_GAP = 18
_VALUE_ROOM = 48


def domain_weight_chart(domains: list[Domain], exam_code: str, id_prefix: str = "weights") -> str:
    """Horizontal bar chart of domain weights (percent of scored content)."""
    top = max(d.weight for d in domains)
    usable = _WIDTH - _VALUE_ROOM
    height = _ROW * len(domains) + 8
    title = f"{exam_code}: share of scored content by domain"
    desc = "; ".join(f"Domain {d.id}, {d.title}: {d.weight}%" for d in domains)
    rows = []
    for i, d in enumerate(domains):
        y = i * _ROW + _LABEL_GAP
        bar = round(usable * d.weight / top, 1)
        rows.append(
            f'<g class="chart-row">'
            f'<text class="chart-label" x="0" y="{y - 4}">Domain {d.id}: {escape(d.title)}</text>'
            f'<rect class="chart-bar" x="0" y="{y + 2}" width="{bar}" height="{_BAR_H}" rx="3"/>'
            f'<text class="chart-value" x="{bar + 8}" y="{y + 2 + _BAR_H - 6}">{d.weight}%</text>'
            f"</g>"
        )
    return (
        f'<figure class="chart">'
        f'<svg class="chart-svg" role="img" viewBox="0 0 {_WIDTH} {height}" '
        f'aria-labelledby="{id_prefix}-title {id_prefix}-desc" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{id_prefix}-title">{escape(title)}</title>'
        f'<desc id="{id_prefix}-desc">{escape(desc)}</desc>'
        f"{''.join(rows)}</svg>"
        f"<figcaption>{escape(title)} (weights add up to "
        f"{sum(d.weight for d in domains)}%).</figcaption>"
        f"</figure>"
    )
