"""HTML tables from data. Every value from a data file is HTML-escaped here."""

from __future__ import annotations

from html import escape

from .limits import expand_limit_tokens
from .models import QUESTION_KINDS, Algorithm, Comparison, Exam, Limit


def _table(
    caption: str, rows: list[str], columns: list[str] | None = None, label: str | None = None
) -> str:
    """A captioned table in a focusable box that scrolls sideways instead of widening the page.

    `rows` are ready `<tr>` strings (their cells already escaped); caption, columns and label
    are escaped here.
    """
    head = ""
    if columns:
        cells = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns)
        head = f"<thead><tr>{cells}</tr></thead>"
    return (
        f'<div class="table-scroll" role="region" tabindex="0" '
        f'aria-label="{escape(label or caption)}">'
        f"<table><caption>{escape(caption)}</caption>{head}"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def domains_table(exam: Exam) -> str:
    rows = []
    for d in exam.domains:
        objectives = [o for t in d.tasks for o in t.objectives]
        rows.append(
            f'<tr><th scope="row">{d.id}</th><td>{escape(d.title)}</td>'
            f'<td class="num">{d.weight}%</td><td class="num">{len(d.tasks)}</td>'
            f'<td class="num">{len(objectives)}</td></tr>'
        )
    columns = ["Domain", "Title", "Weight", "Task statements", "Objectives"]
    return _table(f"{exam.code} domains and their weights", rows, columns)


def tasks_table(exam: Exam, domain_id: int | None = None) -> str:
    """The task statements of the exam, or of one domain when `domain_id` is given."""
    if domain_id is not None and domain_id not in {d.id for d in exam.domains}:
        raise KeyError(f"{exam.code} has no domain {domain_id!r}")
    tasks = [t for d in exam.domains if domain_id in (None, d.id) for t in d.tasks]
    rows = []
    for t in tasks:
        knowledge = sum(o.kind == "knowledge" for o in t.objectives)
        rows.append(
            f'<tr><th scope="row">{escape(t.id)}</th><td>{escape(t.title)}</td>'
            f"<td>{escape(t.summary)}</td>"
            f'<td class="num">{knowledge}</td>'
            f'<td class="num">{len(t.objectives) - knowledge}</td></tr>'
        )
    columns = ["Task", "Title", "What it asks of you", "Knowledge items", "Skill items"]
    caption = f"{exam.code} task statements"
    if domain_id is not None:
        caption += f" of Domain {domain_id}"
    return _table(caption, rows, columns)


def comparison_table(comparison: Comparison, limits: dict[str, Limit] | None = None) -> str:
    """A comparison file as a table; {limit:id} in a cell shows that number from limits.yml."""

    def cell(text: str) -> str:
        return expand_limit_tokens(escape(text), limits or {})

    rows = []
    for row in comparison.rows:
        first, *rest = row.cells
        cells = "".join(f"<td>{cell(c)}</td>" for c in rest)
        rows.append(
            f'<tr><th scope="row">{cell(first)}</th>{cells}'
            f'<td><a href="{escape(row.source, quote=True)}">AWS source</a></td></tr>'
        )
    table = _table(comparison.caption, rows, [*comparison.columns, "Source"], comparison.title)
    checked = comparison.checked.isoformat()
    return f'{table}<p class="checked">Checked against AWS sources on {checked}.</p>'


def exam_format_table(exam: Exam) -> str:
    f = exam.format
    pairs = [
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
    rows = [f'<tr><th scope="row">{escape(k)}</th><td>{escape(v)}</td></tr>' for k, v in pairs]
    return _table(f"{exam.code} format and scoring", rows)


def question_types_table(exam: Exam) -> str:
    rows = [
        f'<tr><th scope="row">{escape(q.name)}</th><td>{escape(q.summary)}</td></tr>'
        for q in exam.format.question_types
    ]
    return _table(f"{exam.code} question types", rows, ["Type", "How it works"])


ALGORITHM_GROUPS = {
    "tabular": "tabular data",
    "text": "text",
    "time-series": "time series",
    "unsupervised": "unsupervised learning",
    "vision": "images (computer vision)",
}


# Short names for the content types, so a narrow table cell stays readable; the raw content type
# stays in the cell as a tooltip and is taught on the data formats page.
FORMAT_NAMES = {
    "text/csv": "CSV",
    "text/libsvm": "LibSVM",
    "application/x-recordio-protobuf": "RecordIO-protobuf",
    "application/x-recordio": "RecordIO (images)",
    "application/jsonlines": "JSON Lines",
    "application/x-image": "Image files",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
}


def _format_name(content_type: str) -> str:
    name = FORMAT_NAMES.get(content_type)
    if name is None:
        return escape(content_type)
    return f'<span title="{escape(content_type, quote=True)}">{escape(name)}</span>'


def _yes_no(value: bool | None) -> str:
    return {True: "Yes", False: "No", None: "Not stated"}[value]


def algorithms_table(algorithms: list[Algorithm], category: str | None = None) -> str:
    """The built-in algorithms (of one AWS group when `category` is given) as one table."""
    if category is not None and category not in ALGORITHM_GROUPS:
        raise KeyError(f"no algorithm group {category!r} (have: {sorted(ALGORITHM_GROUPS)})")
    chosen = [a for a in algorithms if category in (None, a.category)]
    if not chosen:
        raise KeyError(f"data/algorithms.yml has no algorithm in group {category!r}")
    rows = []
    for a in chosen:
        rows.append(
            f'<tr><th scope="row"><a href="{escape(a.docs_url, quote=True)}">'
            f"{escape(a.name)}</a></th>"
            f"<td>{escape(a.learning.capitalize())}</td>"
            f"<td>{escape('; '.join(a.problems))}</td>"
            f"<td>{'; '.join(_format_name(t) for t in a.training_formats)}</td>"
            f"<td>{escape(', '.join(a.input_modes))}</td>"
            f"<td>{escape(a.instances)}</td>"
            f"<td>{_yes_no(a.multi_instance)}</td>"
            f"<td>{_yes_no(a.incremental_training)}</td></tr>"
        )
    columns = [
        "Algorithm",
        "Learning",
        "Problems it solves",
        "Training input",
        "Input modes",
        "Instances",
        "Multi-instance training",
        "Incremental training",
    ]
    group = f" for {ALGORITHM_GROUPS[category]}" if category else ""
    checked = max(a.checked for a in chosen).isoformat()
    table = _table(f"SageMaker AI built-in algorithms{group}", rows, columns)
    return f'{table}<p class="checked">Checked against AWS documentation on {checked}.</p>'


def question_counts_table(exam: Exam, questions: dict[str, list]) -> str:
    """Questions per task statement and type; a task without questions shows zeros."""
    kinds = [qt for qt in exam.format.question_types if qt.id in QUESTION_KINDS]
    rows = []
    for t in exam.tasks:
        qs = questions.get(t.id, [])
        counts = "".join(
            f'<td class="num">{sum(q.type == kind.id for q in qs)}</td>' for kind in kinds
        )
        rows.append(
            f'<tr><th scope="row">{escape(t.id)}</th><td>{escape(t.title)}</td>{counts}'
            f'<td class="num">{len(qs)}</td></tr>'
        )
    columns = ["Task", "Title", *(kind.name for kind in kinds), "Total"]
    return _table(f"{exam.code} practice questions by task statement", rows, columns)


def progress_table(exam: Exam, questions: dict[str, list]) -> str:
    """Your progress per domain and task statement: the counts come from the data, the answered
    and right cells are filled in the browser from saved answers (a dash without JavaScript)."""
    rows = []
    for d in exam.domains:
        total = sum(len(questions.get(t.id, [])) for t in d.tasks)
        rows.append(
            f'<tr class="progress-domain" data-domain="{d.id}"><th scope="row">Domain {d.id}</th>'
            f'<td>{escape(d.title)}</td><td class="num">{total}</td>'
            '<td class="num progress-answered">–</td><td class="num progress-right">–</td></tr>'
        )
        for t in d.tasks:
            rows.append(
                f'<tr class="progress-task" data-task="{escape(t.id)}">'
                f'<th scope="row">Task {escape(t.id)}</th><td>{escape(t.title)}</td>'
                f'<td class="num">{len(questions.get(t.id, []))}</td>'
                '<td class="num progress-answered">–</td><td class="num progress-right">–</td></tr>'
            )
    columns = ["Part", "Title", "Questions", "Answered", "Right"]
    return _table("Your progress on the practice pages, saved in this browser", rows, columns)


def downloads_table(files: list[tuple[str, str, str, str]]) -> str:
    """Rows of (label, description, href, file name): a link per file, raw HTML on purpose,
    since the files are written after the build (`make pdf`) and MkDocs cannot check them."""
    rows = [
        f'<tr><th scope="row">{escape(label)}</th><td>{escape(description)}</td>'
        f'<td><a href="{escape(href)}">{escape(name)}</a></td></tr>'
        for label, description, href, name in files
    ]
    return _table("Files to download", rows, ["Part", "What it holds", "File"])
