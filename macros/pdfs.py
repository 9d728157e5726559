"""Which PDFs exist: one per top-level section of the navigation, and one for the whole guide.

`make pdf` (tools/make_pdf.py) prints them and the Downloads page links them; both read the list
from here, so a section added to the nav gets its PDF and its link together.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

PDF_DIR = "downloads"  # under the site root: the PDFs, and the offline zip where published
OFFLINE_ZIP = "mla-c01-study-guide-offline.zip"
FLASHCARDS_TSV = "mla-c01-flashcards.tsv"  # written by every build (macros: on_post_build)
WHOLE_GUIDE = "mla-c01-study-guide"
# Not printed: the mock exam draws its questions in the browser; the flashcards repeat the
# glossary and the key numbers (and the Anki file carries them); Downloads lists these files.
NOT_PRINTED = {"practice/mock-exam.md", "reference/flashcards.md", "downloads.md"}


@dataclass(frozen=True)
class PdfSection:
    title: str
    slug: str
    pages: tuple[str, ...]  # Markdown sources, in nav order
    compact: bool = False  # no cover and no contents (the cheat sheet: two pages in all)

    @property
    def filename(self) -> str:
        return f"{self.slug}.pdf"


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _pages(entry) -> list[str]:
    """The Markdown files under one nav entry (a string, a {title: ...} map or a list)."""
    if isinstance(entry, str):
        return [] if "://" in entry else [entry]
    if isinstance(entry, dict):
        return [p for value in entry.values() for p in _pages(value)]
    if isinstance(entry, list):
        return [p for item in entry for p in _pages(item)]
    return []


def pdf_sections(nav: list) -> list[PdfSection]:
    """Top-level nav sections (entries with children), in order; single pages are left out."""
    sections = []
    for entry in nav:
        if not isinstance(entry, dict):
            continue
        for title, children in entry.items():
            if not isinstance(children, list):
                continue  # a single page such as Home: it goes into the whole guide only
            pages = tuple(p for p in _pages(children) if p not in NOT_PRINTED)
            if pages:
                sections.append(PdfSection(title, slugify(title), pages))
    return sections


def whole_guide(nav: list) -> PdfSection:
    pages = tuple(p for p in _pages(nav) if p not in NOT_PRINTED)
    return PdfSection("The whole guide", WHOLE_GUIDE, pages)


CHEAT_SHEET = PdfSection("Cheat sheet", "cheat-sheet", ("reference/cheat-sheet.md",), compact=True)


def extra_pdfs(nav: list) -> list[PdfSection]:
    """Single pages that also get a PDF of their own, when they are in the nav."""
    pages = set(_pages(nav))
    return [p for p in (CHEAT_SHEET,) if set(p.pages) <= pages]


def section_of(nav: list, page: str) -> PdfSection | None:
    return next((s for s in pdf_sections(nav) if page in s.pages), None)


def page_url(src: str) -> str:
    """Site path of a page built with directory URLs: a/b.md -> a/b/, a/index.md -> a/."""
    path = PurePosixPath(src)
    if path.stem in ("index", "README"):
        parent = path.parent.as_posix()
        return "" if parent == "." else parent + "/"
    return (path.parent / path.stem).as_posix() + "/"


def download_href(from_url: str, filename: str) -> str:
    """A relative link from a built page (its MkDocs URL, `a/b/` or `a/b.html`) to a download."""
    folder = from_url.rstrip("/") if from_url.endswith("/") else posixpath.dirname(from_url)
    return posixpath.relpath(f"{PDF_DIR}/{filename}", folder or ".")
