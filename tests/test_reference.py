"""The reference pages: services A-Z, key numbers, glossary tooltips, cheat sheet, flashcards."""

from __future__ import annotations

import re
from html import escape, unescape

import pytest

from macros.errors import DataError
from macros.loader import load_site_data
from macros.models import Service
from macros.pdfs import FLASHCARDS_TSV, PDF_DIR
from macros.reference import flashcards, pages_teaching, service_patterns

from .conftest import DATA, DOCS

SITE = load_site_data(DATA, DOCS)
EXAM = SITE.exam("MLA-C01")
SOURCES = {p.relative_to(DOCS).as_posix(): p.read_text("utf-8") for p in DOCS.rglob("*.md")}


def html(built_site, page: str) -> str:
    return (built_site.site / page / "index.html").read_text(encoding="utf-8")


# --- services A-Z ---------------------------------------------------------------------------------


def test_every_in_scope_service_has_an_entry_and_every_out_of_scope_one_is_marked(built_site):
    page = html(built_site, "reference/services")
    assert len(EXAM.services_in_scope) == 88
    for sid in EXAM.services_in_scope:
        assert f'id="{sid}"' in page, f"{sid} has no entry"
    out = re.sub(r"<[^>]+>", "", page.split('id="out-of-scope"', 1)[1])  # text, tooltips off
    for sid in EXAM.services_out_of_scope:
        assert SITE.services[sid].name.replace("&", "&amp;") in out, sid
    assert out.count("not on the exam") >= len(EXAM.services_out_of_scope)


def test_back_links_are_computed_from_the_pages():
    taught = pages_teaching(SITE.services, SOURCES)
    assert "ingestion/streaming.md" in taught["kinesis"]
    assert "operations/model-monitoring.md" in taught["sagemaker"]
    assert all(not p.startswith(("reference/", "practice/")) for ps in taught.values() for p in ps)
    # "batch transform" is not AWS Batch: an ambiguous short name needs the full name.
    assert not any("AWS Batch" not in SOURCES[p] for p in taught.get("batch", []))


def test_a_planted_service_name_is_found_and_an_unused_one_is_not():
    fake = Service(id="zz-planted", name="Amazon Zebra Planted", category="Test")
    sources = {"ingestion/x.md": "Use Zebra Planted here.", "preparation/y.md": "Nothing."}
    assert pages_teaching({"zz-planted": fake}, sources) == {"zz-planted": ["ingestion/x.md"]}
    assert service_patterns(fake).search("ZebraPlantedX") is None


def test_an_in_scope_service_without_its_reference_fields_fails_to_load(data_copy):
    path = data_copy / "services.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(\n- id: athena\n(?:  .*\n)*?)  purpose: .*\n", r"\1", text, count=1))
    with pytest.raises(DataError, match=r"services\[id=athena\]\.purpose: required"):
        load_site_data(data_copy, DOCS)


# --- key numbers ----------------------------------------------------------------------------------


def test_key_numbers_page_shows_every_limit_with_its_source_and_date(built_site):
    page = html(built_site, "reference/key-numbers")
    for limit in SITE.limits.values():
        row = re.search(
            re.escape(escape(limit.label)) + r"</th>(.*?)</tr>",
            page,
        )
        assert row, limit.id
        assert escape(limit.source) in row.group(1), limit.id
        assert limit.checked.isoformat() in row.group(1), limit.id


@pytest.mark.parametrize("field", ["source", "checked"])
def test_a_limit_without_source_or_date_fails_to_load(data_copy, field):
    path = data_copy / "limits.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(rf"\n    {field}: .*", "", text, count=1), encoding="utf-8")
    with pytest.raises(DataError, match=field):
        load_site_data(data_copy, DOCS)


# --- glossary and tooltips ------------------------------------------------------------------------


def test_glossary_has_at_least_150_terms_all_on_its_page(built_site):
    assert len(SITE.glossary) >= 150
    page = unescape(re.sub(r"<[^>]+>", "", html(built_site, "reference/glossary")))
    for term in SITE.glossary:
        assert term.term in page, term.term


def test_abbreviations_become_tooltips_on_every_page_but_never_in_code_or_math(built_site):
    tips = [t for t in SITE.glossary if t.abbr and t.tooltip]
    assert len(tips) >= 60
    bias = html(built_site, "preparation/data-quality-and-bias")
    assert re.search(r'<abbr title="Difference in proportions of labels: [^"]+">DPL</abbr>', bias)
    for path in built_site.site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"<(code|math)\b.*?</(code|math)>", text, re.S):
            assert "<abbr" not in match.group(0), f"{path}: tooltip inside {match.group(1)}"
    untipped = next(t for t in SITE.glossary if t.abbr == "CI")
    assert not untipped.tooltip  # CI also means continuous integration ("CI/CD") on the site


def test_a_glossary_term_pointing_nowhere_fails_to_load(data_copy):
    path = data_copy / "glossary.yml"
    text = path.read_text(encoding="utf-8")
    bad = "see: ingestion/streaming.md#no-such-heading"
    path.write_text(re.sub(r"see: \S+", bad, text, count=1))
    with pytest.raises(DataError, match=r"glossary.yml: terms\[term=.*\]\.see"):
        load_site_data(data_copy, DOCS)


# --- flashcards -----------------------------------------------------------------------------------


def test_anki_file_has_a_row_of_three_tab_separated_fields_per_card(built_site):
    cards = flashcards(SITE.glossary, SITE.limits, SITE.services, EXAM)
    lines = (built_site.site / PDF_DIR / FLASHCARDS_TSV).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#separator:tab"
    rows = [line for line in lines if not line.startswith("#")]
    assert len(rows) == len(cards) >= len(SITE.glossary) + len(SITE.limits)
    assert all(len(r.split("\t")) == 3 and all(r.split("\t")) for r in rows)


def test_flashcards_turn_with_the_keyboard_and_keep_their_box(page, site_url):
    page.goto(f"{site_url}/reference/flashcards/")
    face = page.locator("button.flashcard-face")
    first = face.get_attribute("data-card")
    front = page.locator(".flashcard-text").inner_text()
    face.focus()
    page.keyboard.press("Space")
    assert page.locator(".flashcard-text").inner_text() != front
    assert page.locator(".flashcard-side").inner_text().endswith("answer")
    assert page.evaluate("document.activeElement.classList.contains('flashcard-knew')")
    page.keyboard.press("Enter")  # "I knew it"
    assert face.get_attribute("data-card") != first
    assert "box 2: 1" in page.locator(".flashcard-status").inner_text()
    page.reload()
    assert "box 2: 1" in page.locator(".flashcard-status").inner_text()
    saved = page.evaluate("JSON.parse(localStorage.getItem('mla-flashcards-v1'))")
    assert saved[first]["box"] == 2
    page.locator("button.flashcard-reset").click()
    assert "box 2: 0" in page.locator(".flashcard-status").inner_text()


def test_a_missed_card_comes_round_again_after_the_others(page, site_url):
    page.goto(f"{site_url}/reference/flashcards/")
    page.select_option("select.flashcard-deck-choice", "Which service?")
    first = page.locator("button.flashcard-face").get_attribute("data-card")
    page.locator("button.flashcard-face").click()
    page.locator("button.flashcard-missed").click()
    due = int(page.locator(".flashcard-status").inner_text().split()[0])
    assert due == len([s for s in EXAM.services_in_scope if SITE.services[s].cues])
    seen = []
    for _ in range(due - 1):
        seen.append(page.locator("button.flashcard-face").get_attribute("data-card"))
        page.locator("button.flashcard-face").click()
        page.locator("button.flashcard-knew").click()
    assert first not in seen
    assert page.locator("button.flashcard-face").get_attribute("data-card") == first


# --- cheat sheet, downloads, exam versions --------------------------------------------------------


def test_downloads_list_the_cheat_sheet_and_the_flashcards(built_site):
    page = html(built_site, "downloads")
    assert 'href="cheat-sheet.pdf"' in page and f'href="{FLASHCARDS_TSV}"' in page


def test_exam_versions_page_is_linked_from_the_home_page_notice(built_site):
    home = (built_site.site / "index.html").read_text(encoding="utf-8")
    notice = home.split("Exam status", 1)[1].split("</div>", 1)[0]
    assert 'href="exam/versions/"' in notice
    assert "mla-02-comparison.html" in html(built_site, "exam/versions")


def test_no_page_keeps_a_second_copy_of_the_abbreviations():
    """The tooltips come from data/glossary.yml alone, added to each page at build time."""
    for page, text in SOURCES.items():
        assert not re.search(r"^\*\[[^\]]+\]:", text, re.M), f"{page}: abbreviation typed in"
