"""Checks on a built site, as plain functions so tests can also run them on planted faults."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

# Attributes that make the browser fetch something (unlike <a href>, which is only a link).
_FETCHING = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
}
# <link rel=...> values that load a resource.
_LOADING_RELS = {
    "stylesheet",
    "icon",
    "preload",
    "prefetch",
    "modulepreload",
    "preconnect",
    "dns-prefetch",
    "manifest",
    "apple-touch-icon",
    "shortcut",
}
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)['"]""", re.I)


def is_foreign(url: str) -> bool:
    """Another origin: an absolute http(s) URL or a protocol-relative one."""
    url = url.strip().lower()
    return url.startswith(("http://", "https://", "//"))


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        for name in _FETCHING.get(tag, ()):
            for url in re.split(r",\s*", a.get(name, "")):
                url = url.split(" ")[0]
                if url and is_foreign(url):
                    self.found.append(f"<{tag} {name}={url}>")
        if tag == "link":
            rels = set(a.get("rel", "").lower().split())
            if rels & _LOADING_RELS and is_foreign(a.get("href", "")):
                self.found.append(f"<link rel={a.get('rel')} href={a['href']}>")
        if "style" in a:
            self.found += [f"style attribute url({u})" for u in css_foreign_urls(a["style"])]
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.found += [f"<style> url({u})" for u in css_foreign_urls(data)]


def css_foreign_urls(css: str) -> list[str]:
    return [u for m in _CSS_URL.finditer(css) for u in m.groups() if u and is_foreign(u)]


def foreign_resources(site: Path) -> list[str]:
    """Every resource a built page or stylesheet would load from another origin."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        collector = _Collector()
        collector.feed(page.read_text(encoding="utf-8"))
        problems += [f"{page.relative_to(site)}: {x}" for x in collector.found]
    for sheet in sorted(site.rglob("*.css")):
        problems += [
            f"{sheet.relative_to(site)}: url({u})"
            for u in css_foreign_urls(sheet.read_text(encoding="utf-8"))
        ]
    return problems
