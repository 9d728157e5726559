"""Links between pages, written as relative Markdown paths so MkDocs validates and rewrites them."""

from __future__ import annotations

import posixpath


def relative_link(from_page: str, target: str) -> str:
    """Link from `from_page` to `target` (`page.md#id` or `page.md`), both relative to docs/."""
    page, _, anchor = target.partition("#")
    if page == from_page:
        return f"#{anchor}" if anchor else posixpath.basename(page)
    rel = posixpath.relpath(page, posixpath.dirname(from_page) or ".")
    return f"{rel}#{anchor}" if anchor else rel


def md_escape(text: str) -> str:
    """Escape text for a Markdown table cell or link label (no HTML, no table pipes)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "&#124;")
        .replace("[", "&#91;")
        .replace("]", "&#93;")
        .replace("*", "&#42;")
        .replace("_", "&#95;")
        .replace("`", "&#96;")
    )
