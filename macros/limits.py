"""Quote a number from data/limits.yml with its unit and a link to its AWS source."""

from __future__ import annotations

import re
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


# Data files that are not templates (comparison cells) refer to a limit as {limit:the-id}.
LIMIT_TOKEN = re.compile(r"\{limit:([a-z0-9][a-z0-9-]*)\}")


def limit_ids_in(text: str) -> list[str]:
    return LIMIT_TOKEN.findall(text)


def render_limit_inline(limit: Limit) -> str:
    """The value as a link to its source: compact enough for a table cell."""
    title = f"{limit.label} (AWS documentation, checked {limit.checked.isoformat()})"
    return (
        f'<a class="limit" href="{escape(limit.source, quote=True)}" '
        f'title="{escape(title, quote=True)}">{format_value(limit.value)}&nbsp;'
        f"{escape(limit.unit)}</a>"
    )


def expand_limit_tokens(escaped_text: str, limits: dict[str, Limit]) -> str:
    """Replace {limit:id} tokens in already-escaped text (the token survives escaping intact)."""

    def one(match: re.Match) -> str:
        limit_id = match.group(1)
        if limit_id not in limits:
            raise KeyError(f"no limit {limit_id!r} in data/limits.yml")
        return render_limit_inline(limits[limit_id])

    return LIMIT_TOKEN.sub(one, escaped_text)
