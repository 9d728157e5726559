"""Heading anchors of the Markdown pages, read from source so data can be checked before a build.

Ids follow Python-Markdown's toc rules: an explicit `{#id}` attribute wins; otherwise the heading
text is slugified, and a repeated id gets `_1`, `_2`, ... as toc does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from markdown.extensions.toc import slugify

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ATTRS = re.compile(r"\s*\{:?\s*([^}]*)\}\s*$")
_EXPLICIT_ID = re.compile(r"(?:^|\s)#([A-Za-z0-9_-]+)")
_INLINE_MARKUP = re.compile(r"[*_`]|\[([^\]]*)\]\([^)]*\)|<[^>]+>")


@dataclass
class PageAnchors:
    title: str | None = None
    headings: dict[str, str] = field(default_factory=dict)  # id -> heading text


def heading_text(raw: str) -> str:
    """Heading text as toc sees it: inline markup and link targets removed."""
    return _INLINE_MARKUP.sub(lambda m: m.group(1) or "", raw).strip()


def strip_front_matter(markdown: str) -> str:
    """The page without its YAML front matter (whose comment lines look like headings)."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            return markdown[end + 5 :]
    return markdown


def read_page_anchors(markdown: str) -> PageAnchors:
    page = PageAnchors()
    in_fence = False
    for line in strip_front_matter(markdown).splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _HEADING.match(line)
        if not match:
            continue
        level, raw = len(match.group(1)), match.group(2)
        anchor = None
        attrs = _ATTRS.search(raw)
        if attrs:
            raw = raw[: attrs.start()]
            explicit = _EXPLICIT_ID.search(attrs.group(1))
            anchor = explicit.group(1) if explicit else None
        text = heading_text(raw)
        if anchor is None:
            anchor = base = slugify(text, "-")
            n = 0
            while anchor in page.headings:
                n += 1
                anchor = f"{base}_{n}"
        page.headings[anchor] = text
        if level == 1 and page.title is None:
            page.title = text
    return page


def index_docs(docs_dir: Path) -> dict[str, PageAnchors]:
    """Every page under docs_dir, keyed by its path relative to docs_dir (posix)."""
    return {
        path.relative_to(docs_dir).as_posix(): read_page_anchors(path.read_text(encoding="utf-8"))
        for path in sorted(docs_dir.rglob("*.md"))
    }
