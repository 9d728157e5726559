"""The practice pages in a real browser: headless Chromium (the system one) through Playwright."""

from __future__ import annotations

from macros.loader import load_site_data

from .conftest import DATA, DOCS

SITE = load_site_data(DATA, DOCS)
QUESTIONS = SITE.questions
EXAM = SITE.exam("MLA-C01")
FIRST = QUESTIONS["1.1"][0]  # a multiple-choice question: the first of the Domain 1 page


def right_and_wrong(question) -> tuple[str, str]:
    right = next(c.id for c in question.options if c.correct)
    wrong = next(c.id for c in question.options if not c.correct)
    return right, wrong


def answer(page, question, option_id: str) -> str:
    form = page.locator(f'form[id="{question.id}"]')
    form.locator(f'input[value="{option_id}"]').check()
    form.locator("button.q-check").click()
    return form.locator(".q-feedback").inner_text()


def score_text(page) -> str:
    return page.locator(".practice-score-text").inner_text()


def test_right_and_wrong_answers_get_worded_feedback_and_the_score_updates(page, site_url):
    page.goto(f"{site_url}/practice/domain-1/")
    right, wrong = right_and_wrong(FIRST)
    assert "Answered 0 of" in score_text(page)
    assert answer(page, FIRST, wrong).startswith("✗ Not quite. Right answer: " + right.upper())
    assert "Answered 1 of" in score_text(page) and "; 0 correct" in score_text(page)
    assert answer(page, FIRST, right) == "✓ Correct."
    assert "; 1 correct" in score_text(page)
    assert f"Task {FIRST.id[1:4]}: 1 correct of 1 answered" in score_text(page)


def test_progress_survives_a_reload_and_reset_clears_it(page, site_url):
    page.goto(f"{site_url}/practice/domain-1/")
    right, _ = right_and_wrong(FIRST)
    answer(page, FIRST, right)
    page.reload()
    feedback = page.locator(f'form[id="{FIRST.id}"] .q-feedback').inner_text()
    assert feedback == "✓ Correct. (your last answer)"
    assert "Answered 1 of" in score_text(page)
    page.locator("button.practice-reset").click()
    assert "Answered 0 of" in score_text(page)
    page.reload()
    assert "Answered 0 of" in score_text(page)


def test_review_shows_only_missed_questions(page, site_url):
    page.goto(f"{site_url}/practice/domain-1/")
    _, wrong = right_and_wrong(FIRST)
    answer(page, FIRST, wrong)
    page.locator("input.practice-missed").check()
    visible = page.locator(".q-item:visible")
    assert visible.count() == 1
    assert visible.first.get_attribute("data-qid") == FIRST.id


def test_ordering_and_matching_are_checked_too(page, site_url):
    page.goto(f"{site_url}/practice/domain-1/")
    for kind in ("ordering", "matching"):
        q = next(q for q in QUESTIONS["1.1"] if q.type == kind)
        form = page.locator(f'form[id="{q.id}"]')
        key = form.get_attribute("data-answer").split("|" if kind == "matching" else ",")
        for select, value in zip(form.locator("select").all(), key, strict=True):
            select.select_option(value)
        form.locator("button.q-check").click()
        assert form.locator(".q-feedback").inner_text() == "✓ Correct.", q.id


def test_keyboard_alone_completes_a_question(page, site_url):
    page.goto(f"{site_url}/practice/domain-1/")
    right, _ = right_and_wrong(FIRST)
    form = page.locator(f'form[id="{FIRST.id}"]')
    form.locator('input[value="a"]').focus()  # reached with Tab in real use
    for _ in range(ord(right) - ord("a")):
        page.keyboard.press("ArrowDown")  # arrow keys move between radio buttons
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith("md-button q-check")
    page.keyboard.press("Enter")
    assert form.locator(".q-feedback").inner_text() == "✓ Correct."


def test_every_domain_has_a_practice_page():
    for d in EXAM.domains:
        page = DOCS / "practice" / f"domain-{d.id}.md"
        assert f"{{{{ practice({d.id}) }}}}" in page.read_text(encoding="utf-8"), page


def test_practice_pages_log_no_console_errors(page, site_url):
    paths = ["practice/", *(f"practice/domain-{d.id}/" for d in EXAM.domains)]
    for path in paths:
        page.goto(f"{site_url}/{path}")
        page.wait_for_load_state("networkidle")
    assert page.console_errors == []


def test_planted_script_error_is_caught(page, site_url):
    page.goto(f"{site_url}/practice/domain-1/")
    page.evaluate("setTimeout(() => { throw new Error('planted') }, 0)")
    page.wait_for_timeout(100)
    assert any("planted" in e for e in page.console_errors)


def test_no_page_scrolls_sideways_on_a_phone(browser, site_url, built_site):
    """At 390 px wide, wide tables and code scroll inside their own box, never the page."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    pages = sorted(
        p.relative_to(built_site.site).parent.as_posix()
        for p in built_site.site.rglob("index.html")
        if "assets" not in p.parts and "search" not in p.parts
    )
    wide = {}
    for path in pages:
        tab.goto(f"{site_url}/{'' if path == '.' else path + '/'}")
        width = tab.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide[path] = width
    context.close()
    assert len(pages) > 30 and wide == {}


def test_printing_from_the_browser_hides_navigation_opens_blocks_and_labels_tabs(page, site_url):
    page.goto(f"{site_url}/ingestion/storage/")
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert not page.locator(chrome).first.is_visible(), f"{chrome} prints"
    tabs = page.locator(".tabbed-set").first
    assert tabs.locator(".print-tab-label").first.inner_text() == "S3, File mode"
    assert tabs.locator(".tabbed-block").nth(1).is_visible(), "only the first tab prints"
    source_link = "getComputedStyle(document.querySelector('#sources ~ ul a'), '::after').content"
    assert "(https://docs.aws.amazon.com/" in page.evaluate(source_link), "a source hides its URL"
    page.emulate_media(media="screen")
    page.goto(f"{site_url}/practice/domain-1/")
    answer = page.locator(".q-item details").first
    assert not answer.locator("li").first.is_visible()
    page.emulate_media(media="print")
    assert answer.get_attribute("open") is None
    assert answer.locator("li").first.is_visible(), "a closed answer block prints closed"
    # Paper questions: a blank instead of each drop-down, a matching question's choices listed.
    matching = page.locator('form.question[data-type="matching"]').first
    assert not matching.locator("select").first.is_visible(), "a drop-down prints"
    assert matching.locator(".q-blank").first.is_visible()
    assert matching.locator(".q-print-choices li").first.is_visible()
    page.emulate_media(media="screen")
    assert not matching.locator(".q-print-choices").is_visible(), "paper choices show on screen"
    assert matching.locator("select").first.is_visible()
