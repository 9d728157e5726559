"""Which pages teach which exam objectives, computed from `covered_by` (the one source of truth)."""

from __future__ import annotations

from dataclasses import dataclass

from .anchors import PageAnchors
from .links import md_escape, relative_link
from .models import Exam, Objective, Task

KIND_LABEL = {"knowledge": "Knowledge", "skill": "Skill"}


@dataclass(frozen=True)
class TaskCoverage:
    task: Task
    covered: list[Objective]
    gaps: list[Objective]

    @property
    def complete(self) -> bool:
        return not self.gaps


def task_coverage(exam: Exam) -> list[TaskCoverage]:
    return [
        TaskCoverage(
            task=t,
            covered=[o for o in t.objectives if o.covered_by],
            gaps=[o for o in t.objectives if not o.covered_by],
        )
        for t in exam.tasks
    ]


def uncovered_objective_ids(exam: Exam) -> set[str]:
    return {o.id for o in exam.objectives if not o.covered_by}


def pending_list_problems(exam: Exam, pending: set[str]) -> list[str]:
    """Compare the pending list with what the data says; the list may only shrink."""
    known = {o.id for o in exam.objectives}
    uncovered = uncovered_objective_ids(exam)
    problems = [f"{i}: listed as pending but no such objective" for i in sorted(pending - known)]
    problems += [
        f"{i}: covered now (covered_by is set): remove it from the pending list"
        for i in sorted((pending & known) - uncovered)
    ]
    problems += [
        f"{i}: not covered by any page and not in the pending list"
        for i in sorted(uncovered - pending)
    ]
    return problems


def anchor_label(anchor: str, pages: dict[str, PageAnchors]) -> str:
    page, _, heading = anchor.partition("#")
    info = pages.get(page)
    if info is None:
        return anchor
    title = info.title or page
    text = info.headings.get(heading, heading)
    return title if text == title else f"{title} › {text}"


def _links(obj: Objective, pages: dict[str, PageAnchors], from_page: str) -> str:
    return "<br>".join(
        f"[{md_escape(anchor_label(a, pages))}]({relative_link(from_page, a)})"
        for a in obj.covered_by
    )


def coverage_matrix(exam: Exam, pages: dict[str, PageAnchors], from_page: str) -> str:
    """Markdown: totals, a summary per task, the gaps, then task → objectives → pages."""
    report = task_coverage(exam)
    n_obj = sum(len(c.task.objectives) for c in report)
    n_cov = sum(len(c.covered) for c in report)
    n_tasks_done = sum(c.complete for c in report)
    out = [
        f"**{len(report)} task statements, {n_obj} objectives.** "
        f"{n_cov} objectives are taught on a page; {n_obj - n_cov} are gaps. "
        f"{n_tasks_done} of {len(report)} task statements are fully covered.",
        "",
        "| Task | Title | Objectives | Covered | Gaps |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for c in report:
        out.append(
            f"| [{c.task.id}](#task-{c.task.id.replace('.', '-')}) | {md_escape(c.task.title)} | "
            f"{len(c.task.objectives)} | {len(c.covered)} | {len(c.gaps)} |"
        )
    out += ["", "## Gaps {#gaps}", ""]
    gap_lines = [
        f"- **Task {c.task.id}** ({len(c.gaps)}): " + ", ".join(o.id for o in c.gaps)
        for c in report
        if c.gaps
    ]
    out += gap_lines or ["No gaps: every objective is taught on at least one page."]
    out += ["", "## Task statements, objectives and pages {#matrix}", ""]
    for c in report:
        t = c.task
        out += [
            f"### Task {t.id}: {md_escape(t.title)} {{#task-{t.id.replace('.', '-')}}}",
            "",
            f"{len(c.covered)} of {len(t.objectives)} objectives covered.",
            "",
            "| Objective | Kind | In short | Taught on |",
            "| --- | --- | --- | --- |",
        ]
        for o in t.objectives:
            where = _links(o, pages, from_page) if o.covered_by else "*gap: not yet taught*"
            out.append(f"| {o.id} | {KIND_LABEL[o.kind]} | {md_escape(o.text)} | {where} |")
        out.append("")
    return "\n".join(out)


def objectives_on_page(
    exam: Exam, pages: dict[str, PageAnchors], page: str, coverage_page: str
) -> str:
    """Markdown admonition listing the objectives whose covered_by points into `page`."""
    found = [(o, [a for a in o.covered_by if a.partition("#")[0] == page]) for o in exam.objectives]
    found = [(o, anchors) for o, anchors in found if anchors]
    link = relative_link(page, coverage_page)
    if not found:
        return (
            f'!!! note "Exam objectives on this page"\n\n'
            f"    This page teaches no {exam.code} objective directly. "
            f"See the [coverage matrix]({link}).\n"
        )
    lines = [f'!!! abstract "{exam.code} objectives on this page"', ""]
    for o, anchors in found:
        where = ", ".join(
            f"[{md_escape(anchor_label(a, pages).split(' › ')[-1])}]({relative_link(page, a)})"
            for a in anchors
        )
        lines.append(
            f"    - **{o.id}** ({KIND_LABEL[o.kind].lower()}, task {o.task_id}): "
            f"{md_escape(o.text)} — {where}"
        )
    lines += ["", f"    Every objective and where it is taught: [coverage matrix]({link}).", ""]
    return "\n".join(lines)
