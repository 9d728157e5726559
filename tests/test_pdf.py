"""`make pdf`: one PDF per top-level section and one whole guide, read back with pdftotext."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.anchors import strip_front_matter
from macros.loader import load_site_data
from macros.pdfs import CHEAT_SHEET, PDF_DIR, WHOLE_GUIDE, extra_pdfs, pdf_sections, whole_guide

from .conftest import DATA, DOCS, ROOT, world_readable_tempdir

sys.path.insert(0, str(ROOT / "tools"))
from make_pdf import for_paper, read_config  # noqa: E402

NAV = read_config(ROOT / "mkdocs.yml")["nav"]
SECTIONS = pdf_sections(NAV)
GUIDE = whole_guide(NAV)


@pytest.fixture(scope="module")
def pdf_dir(built_site) -> Path:
    tmp = world_readable_tempdir("mla-pdf-")
    site = tmp / "site"
    shutil.copytree(built_site.site, site)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_pdf.py"), "--site", "site"],  # as make runs it
        cwd=tmp,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "SITE_URL": "https://example.org/mla/", "BUILD_DATE": "2026-11-27"},
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    yield site / PDF_DIR
    shutil.rmtree(tmp, ignore_errors=True)


def text_of(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def blank_pages(pages: list[str]) -> list[int]:
    return [n for n, page in enumerate(pages, 1) if not page.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())


def h1_of(src: str) -> str:
    text = strip_front_matter((DOCS / src).read_text(encoding="utf-8"))
    line = next(line for line in text.splitlines() if line.startswith("# "))
    return re.sub(r"\s*\{#[^}]*\}\s*$", "", line[2:]).strip()


def test_one_pdf_per_section_and_one_whole_guide(pdf_dir):
    made = {p.name for p in pdf_dir.glob("*.pdf")}
    extras = {p.filename for p in extra_pdfs(NAV)}
    assert made == {s.filename for s in SECTIONS} | {GUIDE.filename} | extras
    assert len(SECTIONS) >= 8
    assert not (pdf_dir / "_print").exists(), "the composed HTML was left behind"


@pytest.mark.parametrize("section", [*SECTIONS, GUIDE], ids=lambda s: s.slug)
def test_pdf_has_cover_contents_every_page_and_no_blank_page(pdf_dir, section):
    pages = text_of(pdf_dir / section.filename)
    assert len(pages) > 2
    assert blank_pages(pages) == [], "blank pages"
    cover = flat(pages[0])
    assert "MLA-C01" in cover and "Built 2026-11-27" in cover
    assert "https://example.org/mla/" in cover
    assert "Page 1 of" not in cover, "the cover has a page number"
    assert flat(pages[1]).startswith("Contents") or "Contents" in flat(pages[1])[:200]
    assert f"Page 2 of {len(pages)}" in flat(pages[1])
    body = flat(" ".join(pages))
    for src in section.pages:
        assert flat(h1_of(src)) in body, f"{section.filename}: no heading of {src}"


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.slug)
def test_running_title_names_the_section(pdf_dir, section):
    pages = text_of(pdf_dir / section.filename)
    unheaded = [
        n for n, p in enumerate(pages[1:], 2) if p.strip().splitlines()[0].strip() != section.title
    ]
    assert unheaded == [], f"{section.title}: no running title on pages {unheaded}"


def test_whole_guide_changes_its_running_title_by_section(pdf_dir):
    firsts = {p.strip().splitlines()[0].strip() for p in text_of(pdf_dir / GUIDE.filename)[1:]}
    assert {s.title for s in SECTIONS} <= firsts


def test_collapsed_answers_and_tabs_print_open_and_math_is_typeset(pdf_dir):
    practice = flat(" ".join(text_of(pdf_dir / "practice.pdf")))
    first = load_site_data(DATA, DOCS).questions["1.1"][0]
    assert flat(first.options[0].explanation)[:60] in practice, "answer blocks printed closed"
    ingestion = flat(" ".join(text_of(pdf_dir / "data-ingestion-and-storage.pdf")))
    assert "S3, File mode" in ingestion and "S3, FastFile mode" in ingestion, "tab labels missing"
    preparation = " ".join(text_of(pdf_dir / "data-preparation.pdf"))
    # MathML draws a variable in mathematical italic: 𝜎 (U+1D70E), not the plain Greek σ.
    assert "lower fence" in preparation and "𝜎" in preparation, "formulas not typeset"
    for pdf in pdf_dir.glob("*.pdf"):
        raw = " ".join(text_of(pdf))
        assert "\\frac" not in raw and "$$" not in raw, f"raw TeX in {pdf.name}"


def test_sources_print_their_address_and_links_leave_for_the_hosted_site(pdf_dir):
    text = flat(" ".join(text_of(pdf_dir / "deployment.pdf")))
    assert "(https://docs.aws.amazon.com/" in text


def test_every_pdf_is_tagged_and_has_bookmarks(pdf_dir):
    """Chromium builds a PDF's bookmarks from its tags: an untagged PDF has neither."""
    for pdf in pdf_dir.glob("*.pdf"):
        info = subprocess.run(
            ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        assert re.search(r"^Tagged:\s+yes$", info, re.M), f"{pdf.name} is not tagged"
        assert b"/Outlines" in pdf.read_bytes(), f"{pdf.name} has no bookmarks"


def test_practice_questions_print_as_paper_questions(pdf_dir):
    """Circles and squares to tick, blanks to write in, a matching question's choices lettered."""
    text = flat(" ".join(text_of(pdf_dir / "practice.pdf")))
    assert "Choose a match" not in text and " Position " not in text, "a drop-down printed"
    matching = next(q for q in load_site_data(DATA, DOCS).questions["1.1"] if q.type == "matching")
    choices = sorted({p.response for p in matching.pairs}, key=str.lower)
    assert flat(f"Choices A. {choices[0]} B. {choices[1]}") in text, "matching choices missing"


def test_for_paper_leaves_out_screen_controls_and_tooltips():
    from bs4 import BeautifulSoup

    article = BeautifulSoup(
        '<article><div class="tabbed-set"><input type="radio" name="t" id="t1"></div>'
        '<form class="question"><div class="q-option"><input type="radio" id="a">'
        '<label for="a">A. One</label></div><div class="q-option"><input type="checkbox" id="b">'
        '<label for="b">B. Two</label></div><div class="q-step"><span class="q-blank"></span>'
        '<label for="c">Step</label><select id="c"><option value="">Position</option></select>'
        '</div></form><p>Uses <abbr title="Amazon S3">S3</abbr>.</p></article>',
        "html.parser",
    ).article
    for_paper(article)
    html = str(article)
    assert "<input" not in html and "<select" not in html and "<abbr" not in html
    assert html.count("print-mark--radio") == 1 and html.count("print-mark--checkbox") == 1
    assert '<span class="q-blank"></span>' in html and "<p>Uses S3.</p>" in html


def test_blank_page_check_can_fail():
    assert blank_pages(["Cover", " \n ", "Text"]) == [2]


def test_downloads_page_and_section_pages_link_every_pdf(built_site):
    downloads = (built_site.site / "downloads" / "index.html").read_text(encoding="utf-8")
    for pdf in [GUIDE, *SECTIONS]:
        assert f'href="{pdf.filename}"' in downloads, pdf.filename
    for section in SECTIONS:
        first = section.pages[0]
        html = (built_site.site / Path(first).parent / "index.html").read_text(encoding="utf-8")
        assert f'{PDF_DIR}/{section.filename}"' in html, f"{first} does not link its PDF"
    assert GUIDE.slug == WHOLE_GUIDE


def test_cheat_sheet_prints_on_at_most_two_pages(pdf_dir):
    pages = text_of(pdf_dir / CHEAT_SHEET.filename)
    assert 1 <= len(pages) <= 2, f"the cheat sheet takes {len(pages)} pages"
    body = flat(" ".join(pages))
    assert "Key numbers" in body and "Which service when" in body and "Traps" in body
