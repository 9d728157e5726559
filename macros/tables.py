"""HTML tables from data. Every value from a data file is HTML-escaped here."""

from __future__ import annotations

from html import escape

from .models import Comparison, Exam


def _scroll(label: str, table: str) -> str:
    """Wide tables scroll inside their own focusable box instead of widening the page."""
    return (
        f'<div class="table-scroll" role="region" tabindex="0" aria-label="{escape(label)}">'
        f"{table}</div>"
    )


def _head(columns: list[str]) -> str:
    cells = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns)
    return f"<thead><tr>{cells}</tr></thead>"


def domains_table(exam: Exam) -> str:
    rows = []
    for d in exam.domains:
        objectives = [o for t in d.tasks for o in t.objectives]
        rows.append(
            f'<tr><th scope="row">{d.id}</th><td>{escape(d.title)}</td>'
            f'<td class="num">{d.weight}%</td><td class="num">{len(d.tasks)}</td>'
            f'<td class="num">{len(objectives)}</td></tr>'
        )
    caption = f"{exam.code} domains and their weights"
    table = (
        f"<table><caption>{escape(caption)}</caption>"
        f"{_head(['Domain', 'Title', 'Weight', 'Task statements', 'Objectives'])}"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _scroll(caption, table)


def tasks_table(exam: Exam) -> str:
    rows = []
    for d in exam.domains:
        for t in d.tasks:
            knowledge = sum(o.kind == "knowledge" for o in t.objectives)
            skills = len(t.objectives) - knowledge
            rows.append(
                f'<tr><th scope="row">{escape(t.id)}</th><td>{escape(t.title)}</td>'
                f"<td>{escape(t.summary)}</td>"
                f'<td class="num">{knowledge}</td><td class="num">{skills}</td></tr>'
            )
    caption = f"{exam.code} task statements"
    table = (
        f"<table><caption>{escape(caption)}</caption>"
        f"{_head(['Task', 'Title', 'What it asks of you', 'Knowledge items', 'Skill items'])}"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return _scroll(caption, table)


def comparison_table(comparison: Comparison) -> str:
    rows = []
    for row in comparison.rows:
        first, *rest = row.cells
        cells = "".join(f"<td>{escape(c)}</td>" for c in rest)
        rows.append(
            f'<tr><th scope="row">{escape(first)}</th>{cells}'
            f'<td><a href="{escape(row.source, quote=True)}">AWS source</a></td></tr>'
        )
    table = (
        f"<table><caption>{escape(comparison.caption)}</caption>"
        f"{_head([*comparison.columns, 'Source'])}"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    note = (
        f'<p class="checked">Checked against AWS sources on {comparison.checked.isoformat()}.</p>'
    )
    return _scroll(comparison.title, table) + note


def exam_format_table(exam: Exam) -> str:
    f = exam.format
    rows = [
        (
            "Questions",
            f"{f.scored_questions + f.unscored_questions} "
            f"({f.scored_questions} scored, {f.unscored_questions} unscored and not marked)",
        ),
        ("Score", f"Scaled, {f.score_min:,} to {f.score_max:,}"),
        ("To pass", f"{f.passing_score:,}"),
        ("Scoring", f.scoring),
        ("Unanswered questions", f.unanswered),
    ]
    body = "".join(
        f'<tr><th scope="row">{escape(k)}</th><td>{escape(v)}</td></tr>' for k, v in rows
    )
    caption = f"{exam.code} format and scoring"
    return _scroll(
        caption, f"<table><caption>{escape(caption)}</caption><tbody>{body}</tbody></table>"
    )


def question_types_table(exam: Exam) -> str:
    body = "".join(
        f'<tr><th scope="row">{escape(q.name)}</th><td>{escape(q.summary)}</td></tr>'
        for q in exam.format.question_types
    )
    caption = f"{exam.code} question types"
    table = (
        f"<table><caption>{escape(caption)}</caption>{_head(['Type', 'How it works'])}"
        f"<tbody>{body}</tbody></table>"
    )
    return _scroll(caption, table)
