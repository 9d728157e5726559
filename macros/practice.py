"""Practice questions as real form controls, with the answer in a collapsible block.

The form part is raw HTML (fieldset, legend, radio buttons, checkboxes, selects); every value
from the data is escaped. The answer and explanations are Markdown inside a `???` details block,
so MkDocs checks and rewrites the links to the pages that teach the question. Without
JavaScript a learner answers, then opens the block; a later script can add instant feedback.
"""

from __future__ import annotations

from html import escape

from .anchors import PageAnchors
from .coverage import anchor_label
from .links import md_escape, relative_link
from .models import Matching, MultipleChoice, MultipleResponse, Ordering


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _with_code(text: str, plain) -> str:
    """`code` spans become <code>; the rest goes through `plain` (HTML or Markdown escaping)."""
    parts = text.split("`")
    if len(parts) % 2 == 0:  # an unpaired backtick: treat the text as plain
        return plain(text)
    return "".join(
        f"<code>{escape(part)}</code>" if i % 2 else plain(part) for i, part in enumerate(parts)
    )


def html_text(text: str) -> str:
    return _with_code(text, escape)


def md_text(text: str) -> str:
    return _with_code(text, md_escape)


def _choices_html(q: MultipleChoice | MultipleResponse) -> str:
    kind = "radio" if isinstance(q, MultipleChoice) else "checkbox"
    rows = []
    for c in q.options:
        control_id = f"{q.id}-{c.id}"
        rows.append(
            f'<div class="q-option"><input type="{kind}" name="{_attr(q.id)}" '
            f'id="{_attr(control_id)}" value="{_attr(c.id)}">'
            f'<label for="{_attr(control_id)}">{c.id.upper()}. {html_text(c.text)}</label></div>'
        )
    return "".join(rows)


def _labelled_select(css_class: str, control_id: str, label: str, first: str, options: str) -> str:
    """A label and a select, for ordering (positions) and matching (responses).

    On paper a drop-down is useless: the line starts with a blank to write in instead (shown
    only in print, like the select only on screen).
    """
    return (
        f'<div class="{css_class}"><span class="q-blank" aria-hidden="true"></span>'
        f'<label for="{_attr(control_id)}">{html_text(label)}</label>'
        f'<select id="{_attr(control_id)}" name="{_attr(control_id)}">'
        f'<option value="">{first}</option>{options}</select></div>'
    )


def _ordering_html(q: Ordering) -> str:
    positions = "".join(f'<option value="{n}">{n}</option>' for n in range(1, len(q.steps) + 1))
    return "".join(
        _labelled_select("q-step", f"{q.id}-{s.id}", s.text, "Position", positions) for s in q.steps
    )


def _matching_html(q: Matching) -> str:
    responses = sorted({p.response for p in q.pairs}, key=str.lower)  # never in answer order
    options = "".join(f'<option value="{_attr(r)}">{escape(r)}</option>' for r in responses)
    # On screen the responses live in each drop-down; on paper they print once, lettered, and
    # each prompt gets a blank for a letter.
    on_paper = (
        '<div class="q-print-choices"><p>Choices</p><ol type="A">'
        + "".join(f"<li>{html_text(r)}</li>" for r in responses)
        + "</ol></div>"
    )
    return on_paper + "".join(
        _labelled_select("q-pair", f"{q.id}-{n}", p.prompt, "Choose a match", options)
        for n, p in enumerate(q.pairs, 1)
    )


def _answer_markdown(q, pages: dict[str, PageAnchors], from_page: str) -> list[str]:
    if isinstance(q, MultipleChoice | MultipleResponse):
        right = ", ".join(c.id.upper() for c in q.options if c.correct)
        lines = [f"**Answer: {right}.**", ""]
        for c in q.options:
            verdict = "right" if c.correct else "wrong"
            lines.append(f"- **{c.id.upper()}** ({verdict}): {md_text(c.explanation)}")
    elif isinstance(q, Ordering):
        by_id = {s.id: s for s in q.steps}
        lines = ["**Answer, in order:**", ""]
        for n, step_id in enumerate(q.answer, 1):
            s = by_id[step_id]
            lines.append(f"{n}. {md_text(s.text)}: {md_text(s.explanation)}")
    else:
        lines = ["**Answer:**", ""]
        for p in q.pairs:
            lines.append(
                f"- {md_text(p.prompt)} → **{md_text(p.response)}**: {md_text(p.explanation)}"
            )
    links = ", ".join(
        f"[{md_escape(anchor_label(a, pages))}]({relative_link(from_page, a)})" for a in q.teaches
    )
    return [*lines, "", f"Learn more: {links}"]


def answer_key(q) -> str:
    """The answer in a form the page script compares with: ids, or positions, or responses."""
    if isinstance(q, MultipleChoice | MultipleResponse):
        return ",".join(c.id for c in q.options if c.correct)
    if isinstance(q, Ordering):
        position = {step_id: n for n, step_id in enumerate(q.answer, 1)}
        return ",".join(str(position[s.id]) for s in q.steps)  # a position per displayed step
    return "|".join(p.response for p in q.pairs)  # a response per displayed prompt


def question_block(
    q, number: int, pages: dict[str, PageAnchors], from_page: str, type_names: dict[str, str]
) -> str:
    """One question: an HTML form part, then a Markdown details block with the answer.

    Both sit in one `q-item` block (Markdown allowed inside) so that a script can check the
    answer against `data-answer`, and show or hide a question with its answer.
    """
    if isinstance(q, MultipleChoice | MultipleResponse):
        controls = _choices_html(q)
    elif isinstance(q, Ordering):
        controls = _ordering_html(q)
    else:
        controls = _matching_html(q)
    meta = f"Question {number} · {type_names[q.type]} · {q.difficulty.capitalize()}"
    task = q.id[1:].split("-")[0]
    form = (
        f'<form class="question" id="{_attr(q.id)}" data-type="{_attr(q.type)}" '
        f'data-task="{_attr(task)}" data-answer="{_attr(answer_key(q))}" '
        f'data-difficulty="{_attr(q.difficulty)}">'  # no name: a named form is a landmark
        f'<fieldset><legend><span class="q-meta">{escape(meta)}</span> '
        f'<span class="q-stem">{html_text(q.stem)}</span></legend>'
        f'<div class="q-controls">{controls}</div></fieldset></form>'
    )
    details = [f'??? success "Answer and explanations ({escape(q.id)})"', ""]
    details += [f"    {line}" if line else "" for line in _answer_markdown(q, pages, from_page)]
    return "\n".join(
        [
            f'<div class="q-item" data-qid="{_attr(q.id)}" markdown>',
            "",
            form,
            "",
            *details,
            "",
            "</div>",
            "",
        ]
    )


def task_section(
    task, questions: list, pages: dict[str, PageAnchors], from_page: str, type_names: dict[str, str]
) -> str:
    heading_id = "task-" + task.id.replace(".", "-")
    parts = [
        f"## Task {task.id}: {md_escape(task.title)} {{#{heading_id}}}",
        "",
        f"{len(questions)} questions. Answer each one, then open its answer block.",
        "",
    ]
    parts += [
        question_block(q, n, pages, from_page, type_names) for n, q in enumerate(questions, 1)
    ]
    return "\n".join(parts)
