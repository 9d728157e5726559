"""The practice question bank: counts, type mix, no near-duplicates, no answer-position tells."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from pydantic import TypeAdapter

from macros.errors import DataError
from macros.loader import load_site_data
from macros.models import Question

from .conftest import DATA, DOCS
from .question_checks import (
    LONGEST_SHARE_MAX,
    count_problems,
    longest_is_right_share,
    near_duplicate_stems,
    position_problems,
    type_mix_problems,
)

PENDING_FILE = Path(__file__).with_name("questions_pending.yml")
SITE = load_site_data(DATA, DOCS)
EXAM = SITE.exam("MLA-C01")
ALL = [q for qs in SITE.questions.values() for q in qs]
TODAY = dt.date.today()


def pending_tasks() -> set[str]:
    return set(yaml.safe_load(PENDING_FILE.read_text(encoding="utf-8"))["pending"] or [])


def test_every_task_statement_has_its_questions_or_is_pending():
    assert count_problems(SITE.questions, [t.id for t in EXAM.tasks], pending_tasks()) == []


def test_every_task_mixes_the_four_question_types():
    assert type_mix_problems(SITE.questions) == []


def test_no_two_stems_are_near_duplicates():
    assert near_duplicate_stems(ALL) == []


def test_right_option_is_not_usually_the_longest():
    assert longest_is_right_share(ALL) <= LONGEST_SHARE_MAX


def test_right_answers_are_spread_over_positions():
    assert position_problems(ALL) == []


def test_checked_dates_are_not_in_the_future():
    assert [q.id for q in ALL if q.checked > TODAY] == []


# --- planted faults ------------------------------------------------------------------------------

ADAPTER = TypeAdapter(Question)


def mc(qid: str, right: str = "b", right_text: str = "Right", stem: str = "A stem?"):
    options = [
        {"id": i, "text": right_text if i == right else f"Wrong {i}", "explanation": "Why."}
        | ({"correct": True} if i == right else {})
        for i in "abcd"
    ]
    return ADAPTER.validate_python(
        {
            "id": qid,
            "type": "multiple-choice",
            "difficulty": "easy",
            "checked": "2026-11-27",
            "stem": stem,
            "options": options,
            "teaches": ["index.md#how-to-study"],
        }
    )


def test_planted_short_task_is_caught_and_full_pending_task_must_leave_the_list():
    bank = {"1.1": [mc(f"q1.1-{i:03}") for i in range(1, 6)]}
    assert count_problems(bank, ["1.1"], set()) == [
        "task 1.1: 5 questions, needs 20 (or list it as pending)"
    ]
    assert count_problems(bank, ["1.1"], {"1.1"}) == []
    full = {"1.1": [mc(f"q1.1-{i:03}") for i in range(1, 21)]}
    assert count_problems(full, ["1.1"], {"1.1"}) == [
        "task 1.1: has 20 questions now: remove it from the pending list"
    ]


def test_planted_missing_types_are_caught():
    assert type_mix_problems({"1.1": [mc("q1.1-001")]}) == [
        "task 1.1: no MultipleResponse, Ordering, Matching question"
    ]


def test_planted_near_duplicate_stem_is_caught():
    a = mc("q1.1-001", stem="A bank stores loan data in Amazon S3. Which service finds PII?")
    b = mc("q1.1-002", stem="A bank stores loan data in Amazon S3. Which service finds the PII?")
    assert near_duplicate_stems([a, b]) == ["q1.1-001 and q1.1-002: stems are 97% alike"]
    assert (
        near_duplicate_stems([a, mc("q1.1-003", stem="Which metric suits imbalanced data?")]) == []
    )


def test_planted_longest_right_answer_tell_is_caught():
    tell = [mc(f"q1.1-{i:03}", right_text="The right answer, long and detailed") for i in range(4)]
    assert longest_is_right_share(tell) == 1.0
    assert longest_is_right_share([mc("q1.1-001")]) == 0.0


def test_planted_answers_all_in_one_position_are_caught():
    same = [mc(f"q1.1-{i:03}", right="b") for i in range(8)]
    problems = position_problems(same)
    assert any("option b in 100% of multiple-choice questions" in p for p in problems)


def write_questions(data_copy: Path, task: str, questions: list[dict]) -> None:
    folder = data_copy / "questions"
    folder.mkdir(exist_ok=True)
    text = yaml.safe_dump({"task": task, "questions": questions}, sort_keys=False)
    (folder / f"{task}.yml").write_text(text, encoding="utf-8")


def question(**overrides) -> dict:
    base = mc("q1.1-001").model_dump(mode="json", exclude_defaults=False)
    return {**base, **overrides}


def test_loader_rejects_two_right_options(data_copy):
    q = question()
    q["options"][0]["correct"] = True
    write_questions(data_copy, "1.1", [q])
    with pytest.raises(DataError, match=r"questions\[id=q1\.1-001\]\.options: .* 1 right option"):
        load_site_data(data_copy, DOCS)


def test_loader_rejects_ordering_stored_in_answer_order(data_copy):
    steps = [{"id": i, "text": f"Step {i}", "explanation": "Why."} for i in "abc"]
    q = question(type="ordering", steps=steps, answer=["a", "b", "c"])
    del q["options"]
    write_questions(data_copy, "1.1", [q])
    with pytest.raises(DataError, match=r"\.steps: stored in answer order: shuffle them"):
        load_site_data(data_copy, DOCS)


def test_loader_rejects_unknown_anchor_and_wrong_id_prefix(data_copy):
    write_questions(data_copy, "1.1", [question(id="q2.1-001", teaches=["index.md#nope"])])
    with pytest.raises(DataError) as caught:
        load_site_data(data_copy, DOCS)
    message = str(caught.value)
    assert "questions[id=q2.1-001].id: ids in this file start with q1.1-" in message
    assert "questions[id=q2.1-001].teaches[0]: page anchor 'index.md#nope'" in message


def test_loader_rejects_an_option_without_explanation(data_copy):
    q = question()
    del q["options"][2]["explanation"]
    write_questions(data_copy, "1.1", [q])
    with pytest.raises(DataError, match=r"options\[2\]\.explanation: Field required"):
        load_site_data(data_copy, DOCS)


# --- rendering -----------------------------------------------------------------------------------


def render(q) -> str:
    from macros.practice import question_block

    names = {qt.id: qt.name for qt in EXAM.format.question_types}
    return question_block(q, 3, SITE.pages, "practice/domain-1.md", names)


def test_multiple_choice_renders_radio_buttons_with_labels_and_an_answer_block():
    q = mc("q1.1-001", stem="Which <b>one</b>?")
    html = render(q)
    form, _, answer = html.partition("??? success")
    assert (
        '<fieldset><legend><span class="q-meta">Question 3 · Multiple choice · Easy</span>' in form
    )
    assert "Which &lt;b&gt;one&lt;/b&gt;?" in form
    assert form.count('type="radio" name="q1.1-001"') == 4
    assert '<label for="q1.1-001-b">B. Right</label>' in form
    assert "Answer: B." in answer and "- **A** (wrong): Why." in answer
    assert "Learn more: [" in answer and "](../index.md#how-to-study)" in answer


def test_multiple_response_uses_checkboxes_and_lists_every_right_option():
    options = [
        {"id": i, "text": f"Option {i}", "explanation": "Why.", "correct": i in "ac"}
        for i in "abcde"
    ]
    q = ADAPTER.validate_python(question(id="q1.1-002", type="multiple-response", options=options))
    html = render(q)
    assert html.count('type="checkbox"') == 5 and "Answer: A, C." in html


def test_ordering_and_matching_render_labelled_selects_without_revealing_the_answer():
    steps = [{"id": i, "text": f"Step {i}", "explanation": "Why."} for i in "abc"]
    raw = question(id="q1.1-003", type="ordering", steps=steps, answer=["c", "a", "b"])
    del raw["options"]
    ordering = ADAPTER.validate_python(raw)
    html = render(ordering)
    assert html.count("<select") == 3 and '<label for="q1.1-003-a">Step a</label>' in html
    assert "1. Step c: Why." in html  # the answer block lists the right order
    pairs = [
        {"prompt": "Stream video", "response": "Kinesis Video Streams", "explanation": "Why."},
        {"prompt": "Deliver to S3", "response": "Amazon Data Firehose", "explanation": "Why."},
        {"prompt": "Replay records", "response": "Kinesis Data Streams", "explanation": "Why."},
    ]
    raw = question(id="q1.1-004", type="matching", pairs=pairs)
    del raw["options"]
    html = render(ADAPTER.validate_python(raw))
    form = html.partition("??? success")[0]
    order = [form.index(r) for r in ("Amazon Data Firehose", "Kinesis Data Streams")]
    assert order == sorted(order)  # responses listed alphabetically, not in answer order
    assert '<label for="q1.1-004-1">Stream video</label>' in form
    # On paper: the responses once, lettered, in the drop-downs' order, and a blank per prompt.
    listed = re.search(r'<div class="q-print-choices">.*?</div>', form)[0]
    assert re.findall(r"<li>(.*?)</li>", listed) == sorted(
        (p["response"] for p in pairs), key=str.lower
    )
    assert form.count('<span class="q-blank" aria-hidden="true"></span>') == 3


def test_question_kinds_all_have_a_name_in_the_exam_data():
    from macros.models import QUESTION_KINDS

    assert set(QUESTION_KINDS) <= {qt.id for qt in EXAM.format.question_types}
    assert len(QUESTION_KINDS) == 4


def test_backticks_become_code_and_everything_else_stays_escaped():
    from macros.practice import html_text, md_text

    assert html_text("Set `max_wait` <now>") == "Set <code>max_wait</code> &lt;now&gt;"
    assert md_text("Use `a_b` and *c*") == "Use <code>a_b</code> and &#42;c&#42;"
    assert html_text("one ` tick") == "one ` tick"
