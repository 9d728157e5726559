"""The definition of done of a content page, as checks on its Markdown source.

A content page is any page an objective's `covered_by` points into. Each check returns a list of
problems (empty when the page is fine), so a test can show them all at once.
"""

from __future__ import annotations

import datetime as dt
import re

from macros.models import Limit

REQUIRED_SECTIONS = {
    "worked-scenario": "a worked scenario in the exam's style",
    "exam-cues-and-traps": "an 'Exam cues and traps' section",
    "sources": "a 'Sources' section",
}
CHECKED_LINE = re.compile(r"^Facts on this page last checked: (\d{4}-\d{2}-\d{2})\.$", re.M)
AWS_LINK = re.compile(r"\]\(https://(docs\.)?aws\.amazon\.com/[^)\s]*\)")
FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
MACRO_CALL = re.compile(r"\{\{.*?\}\}", re.S)


def without_code(markdown: str) -> str:
    return FENCE.sub("", markdown)


def section(markdown: str, heading_id: str) -> str:
    """The text under the `##` heading with this id, up to the next `##` heading."""
    match = re.search(rf"^## .*\{{#{re.escape(heading_id)}\}}\s*$", markdown, re.M)
    if not match:
        return ""
    rest = markdown[match.end() :]
    following = re.search(r"^## ", rest, re.M)
    return rest[: following.start()] if following else rest


def structure_problems(markdown: str, today: dt.date) -> list[str]:
    text = without_code(markdown)
    problems = []
    h1 = re.findall(r"^# ", text, re.M)
    if len(h1) != 1:
        problems.append(f"expected one H1 heading, found {len(h1)}")
    if '!!! summary "In short"' not in text:
        problems.append('no `!!! summary "In short"` block')
    if "{{ objectives_here() }}" not in text:
        problems.append("no `{{ objectives_here() }}` block")
    for heading_id, what in REQUIRED_SECTIONS.items():
        if not re.search(rf"^##+ .*\{{#{heading_id}(-\d+)?\}}\s*$", text, re.M):
            problems.append(f"missing {what} (heading id '{heading_id}')")
    if not AWS_LINK.search(section(text, "sources")):
        problems.append("the Sources section links to no AWS page")
    dates = CHECKED_LINE.findall(text)
    if len(dates) != 1:
        problems.append("expected one line 'Facts on this page last checked: YYYY-MM-DD.'")
    elif dt.date.fromisoformat(dates[0]) > today:
        problems.append(f"checked date {dates[0]} is in the future")
    return problems


def retyped_limits(markdown: str, limits: dict[str, Limit]) -> list[str]:
    """Numbers from data/limits.yml typed into the page instead of quoted with limit()."""
    text = MACRO_CALL.sub(" ", without_code(markdown))
    problems = []
    for limit in limits.values():
        value = f"{limit.value:g}" if isinstance(limit.value, float) else str(limit.value)
        variants = {value, f"{limit.value:,}"}
        for v in variants:
            pattern = rf"(?<![\d.,]){re.escape(v)}\s*(?:&nbsp;)?{re.escape(limit.unit)}\b"
            if re.search(pattern, text):
                problems.append(
                    f"'{v} {limit.unit}' typed in the page: quote it with "
                    f'{{{{ limit("{limit.id}") }}}}'
                )
                break
    return problems
