"""Quote a number from data/limits.yml with its unit and a link to its AWS source."""

from __future__ import annotations

from html import escape

from .models import Limit


def format_value(value: int | float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def render_limit(limit: Limit) -> str:
    title = f"{limit.label} (AWS documentation, checked {limit.checked.isoformat()})"
    return (
        f'<span class="limit">{format_value(limit.value)}&nbsp;{escape(limit.unit)}</span>'
        f'<a class="limit-source" href="{escape(limit.source, quote=True)}" '
        f'title="{escape(title, quote=True)}">[source]</a>'
    )
