"""make pdf: print the built site into one PDF per top-level nav section and one whole guide.

Each PDF is one HTML document composed from the built pages (their article only: no navigation
chrome), with a cover, a table of contents, every collapsible block open, content tabs labelled,
running section titles and page numbers (CSS @page margin boxes, which Chromium supports), printed
by the system Chromium through Playwright. Links between pages in the same PDF become links inside
the PDF; links to pages outside it point to the hosted site when its address is known.

    python tools/make_pdf.py [--site site] [--out site/pdf] [--only SLUG ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from html import escape, unescape
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from macros.pdfs import (  # noqa: E402 (the project root goes on the path first)
    PDF_DIR,
    WHOLE_GUIDE,
    PdfSection,
    extra_pdfs,
    page_url,
    pdf_sections,
    whole_guide,
)

# The system browser (never a downloaded one): $CHROMIUM, or the first of these on the PATH.
# Debian's headless shell (the old headless mode, without the full browser) prints the guide
# about 15% faster than the full browser; any of the others works too.
CHROMIUM = os.environ.get("CHROMIUM") or next(
    filter(
        None,
        map(
            shutil.which,
            ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"),
        ),
    ),
    "/usr/bin/chromium",
)


ID_ATTRIBUTES = re.compile(
    r'(\s(?:id|for|aria-labelledby|aria-describedby|aria-controls))="([^"]*)"'
)
HREF = re.compile(r'\shref="([^"]*)"')
# Material's content area; articles never nest, so the first closing tag ends it.
ARTICLE = re.compile(r'<article class="md-content__inner[^"]*">.*?</article>', re.DOTALL)


def _is_print_junk(tag) -> bool:
    """Heading permalinks, the edit/view buttons and scripts: of no use on paper."""
    classes = tag.get("class") or ()
    return (
        tag.name == "script"
        or (tag.name == "a" and "headerlink" in classes)
        or "md-content__button" in classes
    )


@dataclass(frozen=True)
class Article:
    title: str
    headings: tuple[tuple[str, str], ...]  # (id, text) of each h2
    html: str


class _AnyTagLoader(yaml.SafeLoader):
    """mkdocs.yml uses tags such as !ENV; the nav and names never do, so tags read as None."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(path: Path) -> dict:
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=_AnyTagLoader)  # noqa: S506 (a SafeLoader subclass)


def _plain(tag) -> str:
    """A tag's text with its whitespace collapsed (inline tags such as <abbr> add no spaces)."""
    return " ".join(tag.get_text().split())


def page_id(src: str) -> str:
    url = page_url(src).strip("/")
    return "p-" + (url.replace("/", "-") if url else "home")


class Composer:
    """Turns built pages into one printable document per PDF."""

    def __init__(self, site: Path, site_url: str):
        self.site = site
        self.site_url = site_url.rstrip("/") + "/" if site_url else ""
        self._articles: dict[str, Article] = {}
        self._src_by_url: dict[str, str] = {}
        self._head = self._stylesheets()

    def _stylesheets(self) -> str:
        """The theme's and the site's stylesheets, as the built home page links them."""
        home = BeautifulSoup((self.site / "index.html").read_text(encoding="utf-8"), "html.parser")
        links = [
            f'<link rel="stylesheet" href="../../{escape(link["href"])}">'
            for link in home.select('link[rel="stylesheet"]')
            if "://" not in link["href"]
        ]
        return "".join(links)

    def article(self, src: str) -> Article:
        """The page's article, cleaned for print once and kept as text (parsing is slow)."""
        if src not in self._articles:
            html = (self.site / page_url(src) / "index.html").read_text(encoding="utf-8")
            # Only the article is parsed: the rest of the page (navigation, footer) is dropped.
            match = ARTICLE.search(html)
            if match is None:
                raise SystemExit(f"{src}: no article in the built page; build the site first")
            article = BeautifulSoup(match[0], "html.parser").article
            for junk in article.find_all(_is_print_junk):
                junk.decompose()
            for details in article.find_all("details"):
                details["open"] = ""
            for_paper(article)
            h1 = article.find("h1")
            self._articles[src] = Article(
                title=_plain(h1) if h1 else src,
                headings=tuple((h["id"], _plain(h)) for h in article.find_all("h2", id=True)),
                html=str(article),
            )
        return self._articles[src]

    def _rewrite(self, src: str, html: str, in_doc: set[str]) -> str:
        """Ids get the page's prefix; links point inside the PDF, or to the hosted site.

        Plain substitutions on the serialized article: attribute values are always double-quoted
        there, and a quote inside text or code is escaped, so only real attributes match.
        """
        prefix = page_id(src)
        base = "/" + page_url(src)

        def new_id(match: re.Match) -> str:
            ids = " ".join(f"{prefix}--{i}" for i in match[2].split())
            return f'{match[1]}="{ids}"'

        def new_href(match: re.Match) -> str:
            href = unescape(match[1])
            if "://" in href or href.startswith("mailto:"):
                return match[0]
            target, fragment = urldefrag(urljoin(base, href))
            target_src = self._src_by_url.get(target.lstrip("/"))
            if target_src in in_doc:
                pid = page_id(target_src)
                href = f"#{pid}--{fragment}" if fragment else f"#{pid}"
            elif self.site_url:
                href = self.site_url + target.lstrip("/") + (f"#{fragment}" if fragment else "")
            return f' href="{escape(href)}"'

        html = ID_ATTRIBUTES.sub(new_id, html)
        return HREF.sub(new_href, html)

    def document(self, pdf: PdfSection, cover: dict[str, str], sections: list[PdfSection]) -> str:
        """One HTML document: cover, contents, then the pages, each section on its named page."""
        in_doc = set(pdf.pages)
        self._src_by_url.update((page_url(src), src) for src in in_doc)
        parts, toc = [], []
        for section in sections:
            pages = [p for p in section.pages if p in in_doc]
            if not pages:
                continue
            body = []
            for src in pages:
                article = self.article(src)
                html = self._rewrite(src, article.html, in_doc)
                pid = page_id(src)
                sub = "".join(
                    f'<li><a href="#{pid}--{escape(hid)}">{escape(text)}</a></li>'
                    for hid, text in article.headings
                    if hid != "sources"
                )
                toc.append(
                    f'<li><a href="#{pid}">{escape(article.title)}</a>'
                    + (f"<ol>{sub}</ol>" if sub else "")
                    + "</li>"
                )
                body.append(f'<div class="print-page" id="{pid}">{html}</div>')
            parts.append(
                f'<section class="print-section" style="page: {section.slug}">'
                f"{''.join(body)}</section>"
            )
        heading = cover["site_name"] if pdf.slug == WHOLE_GUIDE else pdf.title
        # The running title: the PDF's own on the contents pages, each section's on its pages.
        page_rules = f'@page {{ @top-center {{ content: "{_css_string(heading)}"; }} }}' + "".join(
            f'@page {s.slug} {{ @top-center {{ content: "{_css_string(s.title)}"; }} }}'
            for s in sections
        )
        cover_html = (
            '<div class="print-cover">'
            f'<p class="print-cover-site">{escape(cover["site_name"])}</p>'
            f"<h1>{escape(heading)}</h1>"
            f'<p class="print-cover-exam">{escape(cover["exam"])}</p>'
            f"<dl><dt>Exam version</dt><dd>{escape(cover['exam_code'])}</dd>"
            f"<dt>Built</dt><dd>{escape(cover['date'])}</dd>"
            f"<dt>Online</dt><dd>{escape(cover['address'])}</dd></dl>"
            f'<p class="print-cover-note">{escape(cover["copyright"])}</p></div>'
        )
        toc_html = f'<nav class="print-toc"><h2>Contents</h2><ol>{"".join(toc)}</ol></nav>'
        if pdf.compact:  # the page alone, under its running title and page numbers
            cover_html = toc_html = ""
        return (
            '<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(pdf.title)} · {escape(cover['site_name'])}</title>{self._head}"
            f"<style>{PRINT_CSS}{page_rules}</style></head>"
            '<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" '
            'data-md-color-accent="indigo"><div class="md-typeset print-doc">'
            f"{cover_html}{toc_html}{''.join(parts)}</div></body></html>"
        )


def for_paper(article) -> None:
    """Leave out, in place, what only works on screen; Chromium is slowest to lay these out.

    The site's print stylesheet already hides a practice question's drop-downs (a blank and,
    for matching, a lettered list of choices print instead) and the tab switches; here they go
    from the document, and each radio button or checkbox becomes a plain circle or square to
    tick. Abbreviations keep their text without the tooltip (the guide has the glossary).
    Without these thousands of elements the whole guide prints about 3 s sooner.
    """
    for control in article.find_all(("input", "select")):
        kind = control.get("type")
        if kind in ("radio", "checkbox") and control.find_parent("form", class_="question"):
            control.replace_with(_paper_mark(kind))
        else:
            control.decompose()
    for abbr in article.find_all("abbr"):
        abbr.unwrap()


def _paper_mark(kind: str):
    return BeautifulSoup(
        f'<span class="print-mark print-mark--{kind}" aria-hidden="true"></span>', "html.parser"
    ).span


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


PRINT_CSS = """
@page { size: A4; margin: 20mm 15mm 18mm 15mm;
  @top-center { font: 8pt sans-serif; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif;
    color: #555; } }
@page cover { @top-center { content: none; } @bottom-center { content: none; } }
html, body { background: #fff; }
.print-doc { font-size: 10pt; max-width: none; }
.print-cover { page: cover; break-after: page; padding-top: 35%; }
.print-cover h1 { font-size: 2.2em; margin: 0.2em 0 0.4em; }
.print-cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1em; }
.print-cover dt { font-weight: 700; margin: 0; }
.print-cover dd { margin: 0; }
.print-cover-note { margin-top: 3em; font-size: 0.8em; color: #555; }
.print-toc { break-after: page; }
.print-toc ol ol { font-size: 0.9em; }
.print-page { break-before: page; }
.print-mark { display: inline-block; flex: none; width: 0.9em; height: 0.9em;
  border: 1px solid #555; vertical-align: -0.1em; }
.print-mark--radio { border-radius: 50%; }
.md-typeset details { break-inside: auto; }
.md-typeset details > summary::after { display: none; }
.md-typeset .table-scroll, .md-typeset .md-typeset__scrollwrap, .md-typeset .md-typeset__table {
  overflow: visible !important; display: block; }
.md-typeset table:not([class]), .md-typeset .table-scroll table { display: table; width: 100%;
  table-layout: auto; font-size: 0.85em; }
.md-typeset td, .md-typeset th { overflow-wrap: anywhere; }
.md-typeset pre > code { white-space: pre-wrap; overflow-wrap: anywhere; }
.md-typeset tr, .md-typeset pre, .md-typeset .admonition { break-inside: avoid; }
.md-typeset h1, .md-typeset h2, .md-typeset h3 { break-after: avoid; }
/* On paper a link is only useful with its address: show it for the AWS pages in Sources. */
.md-typeset h2[id$="--sources"] ~ ul a[href^="http"]::after { content: " (" attr(href) ")";
  font-size: 0.8em; overflow-wrap: anywhere; color: #555; }
"""


def cover_facts(config: dict) -> dict[str, str]:
    exam = yaml.safe_load((ROOT / "data" / "exams" / "mla-c01.yml").read_text(encoding="utf-8"))
    site_url = os.environ.get("SITE_URL", "")
    repo_url = os.environ.get("REPO_URL", "")
    return {
        "site_name": config.get("site_name", "Study guide"),
        "exam": f"{exam['name']} ({exam['code']})",
        "exam_code": exam["code"],
        "date": os.environ.get("BUILD_DATE", dt.date.today().isoformat()),
        "address": site_url or repo_url or "a local build (no site address was set)",
        "copyright": " ".join((config.get("copyright") or "").split()),
    }


def print_batch(jobs: list[tuple[str, str]]) -> list[str]:
    """Print (html, pdf) pairs with one Chromium; returns a line per PDF."""
    from playwright.sync_api import sync_playwright

    lines, started = [], time.perf_counter()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        for html, pdf in jobs:
            page.goto(Path(html).as_uri(), wait_until="load")
            page.pdf(
                path=pdf,
                prefer_css_page_size=True,
                print_background=True,
                outline=True,  # bookmarks from the headings
                tagged=True,  # accessible, and Chromium builds the bookmarks from the tags
            )
            lines.append(f"{pdf}: {Path(pdf).stat().st_size // 1024} KB")
        browser.close()
    lines.append(
        f"  ({len(jobs)} PDFs printed by one Chromium in {time.perf_counter() - started:.1f} s)"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--only", nargs="*", default=None, help="slugs to print")
    args = parser.parse_args(argv)
    args.site = args.site.resolve()  # Chromium opens the composed files by file:// URI
    out = args.out or args.site / PDF_DIR
    config = read_config(ROOT / "mkdocs.yml")
    sections = pdf_sections(config["nav"])
    pdfs = [*sections, whole_guide(config["nav"]), *extra_pdfs(config["nav"])]
    if args.only:
        pdfs = [p for p in pdfs if p.slug in args.only]
    started = time.perf_counter()
    composer = Composer(args.site, os.environ.get("SITE_URL", ""))
    cover = cover_facts(config)
    work = args.site / PDF_DIR / "_print"  # inside the site, so the stylesheets' paths resolve
    work.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    # Two Chromium processes print side by side (this machine has two cores): one the whole guide,
    # which is as long as all the sections together, the other the rest. The guide is composed
    # first and starts printing while the rest is composed; composing it parses every page, so
    # the rest only reuses parsed pages.
    guide = [pdf for pdf in pdfs if pdf.slug == WHOLE_GUIDE]
    rest = [pdf for pdf in pdfs if pdf.slug != WHOLE_GUIDE]
    with ProcessPoolExecutor(max_workers=2) as pool:
        printing = []
        for batch in (guide, rest):
            if batch:
                jobs = [compose(composer, pdf, cover, sections, work, out) for pdf in batch]
                printing.append(pool.submit(print_batch, jobs))
        composed = time.perf_counter()
        for future in printing:
            for line in future.result():
                print(line)
    shutil.rmtree(work)
    done = time.perf_counter()
    print(
        f"{len(pdfs)} PDFs in {done - started:.1f} s "
        f"(composing {composed - started:.1f} s, then printing {done - composed:.1f} s more)"
    )
    return 0


def compose(
    composer: Composer,
    pdf: PdfSection,
    cover: dict[str, str],
    sections: list[PdfSection],
    work: Path,
    out: Path,
) -> tuple[str, str]:
    """Write the PDF's HTML document; returns the (html, pdf) paths for print_batch."""
    # The whole guide keeps its sections (each with its running title); Home leads it.
    if pdf.compact:
        parts = [pdf]
    elif pdf.slug == WHOLE_GUIDE:
        home = tuple(p for p in pdf.pages if not any(p in s.pages for s in sections))
        parts = [PdfSection("Home", "home", home), *sections]
    else:
        parts = sections
    path = work / f"{pdf.slug}.html"
    path.write_text(composer.document(pdf, cover, parts), encoding="utf-8")
    return str(path), str(out / pdf.filename)


if __name__ == "__main__":
    sys.exit(main())
