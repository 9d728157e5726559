"""The mock exam: the draw rule (plain Python) and the attempt in a real browser."""

from __future__ import annotations

import random

import pytest

from macros.loader import load_site_data
from macros.mock import draw_counts

from .conftest import DATA, DOCS

SITE = load_site_data(DATA, DOCS)
EXAM = SITE.exam("MLA-C01")
SIZE = EXAM.format.scored_questions + EXAM.format.unscored_questions
PLAN = draw_counts({d.id: d.weight for d in EXAM.domains}, SIZE)
IN_BANK = {d.id: sum(len(SITE.questions.get(t.id, [])) for t in d.tasks) for d in EXAM.domains}
MOCK = "practice/mock-exam/"


# --- the draw rule -------------------------------------------------------------------------------


def test_sixty_five_questions_split_by_the_exam_weights():
    assert SIZE == 65
    assert draw_counts({1: 28, 2: 26, 3: 22, 4: 24}, 65) == {1: 18, 2: 17, 3: 14, 4: 16}


def test_counts_always_add_up_and_stay_within_one_of_the_exact_share():
    rng = random.Random(7)
    for _ in range(500):
        weights = {d: rng.randint(1, 50) for d in range(1, rng.randint(2, 7))}
        size = rng.randint(0, 200)
        counts = draw_counts(weights, size)
        assert sum(counts.values()) == size
        for d, w in weights.items():
            assert abs(counts[d] - size * w / sum(weights.values())) < 1


def test_ties_go_to_the_lower_domain_and_bad_input_is_refused():
    assert draw_counts({1: 1, 2: 1}, 3) == {1: 2, 2: 1}
    for weights, size in (({1: 0}, 5), ({1: 3, 2: -1}, 5), ({1: 1}, -1)):
        with pytest.raises(ValueError):
            draw_counts(weights, size)


def test_the_bank_can_fill_every_domain_whose_questions_are_written():
    for d in EXAM.domains:
        if all(SITE.questions.get(t.id) for t in d.tasks):
            assert IN_BANK[d.id] >= PLAN[d.id], f"domain {d.id}: {IN_BANK[d.id]} < {PLAN[d.id]}"


# --- in a real browser ---------------------------------------------------------------------------


def start(page, site_url, timer: bool = False):
    page.goto(f"{site_url}/{MOCK}")
    if timer:
        page.locator("input.mock-timer-on").check()
    page.locator("button.mock-start-button").click()


def drawn(page) -> list[str]:
    return page.locator(".mock-bank .q-item:visible").evaluate_all(
        "items => items.map(i => i.dataset.qid)"
    )


def answer_right(page, qid: str) -> None:
    form = page.locator(f'form[id="{qid}"]')
    kind = form.get_attribute("data-type")
    key = form.get_attribute("data-answer")
    if kind in ("multiple-choice", "multiple-response"):
        for option in key.split(","):
            form.locator(f'input[value="{option}"]').check()
    else:
        values = key.split("|" if kind == "matching" else ",")
        for select, value in zip(form.locator("select").all(), values, strict=True):
            select.select_option(value)


def test_a_new_attempt_draws_each_domain_its_share(page, site_url):
    start(page, site_url)
    ids = drawn(page)
    by_domain = {d: sum(i[1:].split(".")[0] == str(d) for i in ids) for d in PLAN}
    assert by_domain == {d: min(PLAN[d], IN_BANK[d]) for d in PLAN}
    assert len(set(ids)) == len(ids)
    assert page.locator(".mock-bank details:visible").count() == 0, "answers show before the end"
    assert page.locator(".mock-bank button.q-check").count() == 0, "practice buttons in the exam"
    first_meta = page.locator(".mock-bank .q-item:visible .q-meta").first.inner_text()
    assert first_meta.startswith(f"Question 1 of {len(ids)} · ")


def test_answers_survive_a_reload_and_the_result_counts_them(page, site_url):
    start(page, site_url)
    first, second = drawn(page)[:2]
    answer_right(page, first)
    assert page.locator(".mock-status").inner_text().startswith("Answered 1 of ")
    page.reload()
    assert drawn(page)[:2] == [first, second], "the reload drew a new exam"
    assert page.locator(".mock-status").inner_text().startswith("Answered 1 of ")
    page.locator("button.mock-finish-button").click()
    assert "not answered" in page.locator(".mock-finish-note").inner_text()
    page.locator("button.mock-finish-button").click()  # the second press confirms
    total = len(drawn(page))
    assert (
        page.locator(".mock-score")
        .inner_text()
        .startswith(f"You answered 1 of {total} questions right")
    )
    domain = first[1:].split(".")[0]
    row = page.locator(f'.mock-results tr[data-part="{domain}"] td')
    assert row.nth(1).inner_text() == "1"
    assert page.locator(f'form[id="{first}"] .q-feedback').inner_text() == "✓ Correct."
    assert "Not answered" in page.locator(f'form[id="{second}"] .q-feedback').inner_text()
    assert page.locator(".mock-bank details:visible").count() == total
    page.locator("input.mock-missed").check()
    assert first not in drawn(page) and second in drawn(page)


def test_the_timer_counts_down_and_ends_the_attempt(page, site_url):
    start(page, site_url, timer=True)
    clock = page.locator(".mock-clock")
    minutes = EXAM.format.practice_timer_minutes
    assert clock.inner_text().startswith(
        f"Time left: {minutes - 1} min 5"
    ) or clock.inner_text() == (f"Time left: {minutes} min 00 s")
    expire = """key => {
        const attempt = JSON.parse(localStorage.getItem(key));
        attempt.deadline = Date.now() - 1000;
        localStorage.setItem(key, JSON.stringify(attempt));
    }"""
    page.evaluate(expire, "mla-mock-v1")
    page.reload()
    assert "Time ran out" in page.locator(".mock-score").inner_text()
    assert not clock.is_visible()


def test_keyboard_alone_starts_the_exam_and_answers(page, site_url):
    page.goto(f"{site_url}/{MOCK}")
    page.locator("input.mock-timer-on").focus()  # reached with Tab in real use
    page.keyboard.press("Tab")
    assert "mock-start-button" in page.evaluate("document.activeElement.className")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.classList.contains('mock-status')")
    first = drawn(page)[0]
    form = page.locator(f'form[id="{first}"]')
    form.locator("input, select").first.focus()
    if form.get_attribute("data-type") in ("multiple-choice", "multiple-response"):
        page.keyboard.press("Space")
    else:
        page.keyboard.press("ArrowDown")
    assert page.locator(".mock-status").inner_text().startswith("Answered ")


def test_progress_table_and_mock_page_log_no_console_errors(page, site_url):
    page.goto(f"{site_url}/practice/domain-1/")
    first = SITE.questions["1.1"][0]
    answer_right(page, first.id)
    page.locator(f'form[id="{first.id}"] button.q-check').click()
    page.goto(f"{site_url}/practice/")
    row = page.locator('tr.progress-task[data-task="1.1"]')
    assert row.locator(".progress-answered").inner_text() == "1"
    assert row.locator(".progress-right").inner_text() == "1"
    domain = page.locator('tr.progress-domain[data-domain="1"]')
    assert domain.locator(".progress-right").inner_text() == "1"
    start(page, site_url)
    page.wait_for_load_state("networkidle")
    assert page.console_errors == []
