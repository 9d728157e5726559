"""Every content page meets the definition of done (DEVELOPERS.md, DESIGN.md section 5)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from macros.loader import load_site_data

from .conftest import DATA, DOCS
from .page_checks import retyped_limits, structure_problems

DATA_NOW = load_site_data(DATA, DOCS)
CONTENT_PAGES = sorted(
    {a.partition("#")[0] for o in DATA_NOW.exam("MLA-C01").objectives for a in o.covered_by}
)
TODAY = dt.date.today()

GOOD_PAGE = """# A page {#a-page}

!!! summary "In short"

    - one

{{ objectives_here() }}

## Body {#body}

Text, and a quoted number: {{ limit("serverless-payload-max") }}.

## Worked scenario {#worked-scenario}

A question.

## Exam cues and traps {#exam-cues-and-traps}

- a cue

## Sources {#sources}

- [An AWS page](https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html)

Facts on this page last checked: 2026-11-27.
"""


def test_there_are_content_pages():
    assert CONTENT_PAGES, "no objective points at a page yet"


@pytest.mark.parametrize("page", CONTENT_PAGES)
def test_content_page_has_every_required_part(page):
    markdown = (DOCS / page).read_text(encoding="utf-8")
    assert structure_problems(markdown, TODAY) == []


@pytest.mark.parametrize("page", CONTENT_PAGES)
def test_content_page_quotes_numbers_from_data(page):
    markdown = (DOCS / page).read_text(encoding="utf-8")
    assert retyped_limits(markdown, DATA_NOW.limits) == []


@pytest.mark.parametrize("name", sorted(DATA_NOW.comparisons))
def test_comparison_cells_quote_numbers_from_data(name):
    problems = [
        f"rows[{i}].cells[{j}]: {p}"
        for i, row in enumerate(DATA_NOW.comparisons[name].rows)
        for j, cell in enumerate(row.cells)
        for p in retyped_limits(cell, DATA_NOW.limits)
    ]
    assert problems == []


def comparisons_shown(docs_dir) -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in docs_dir.rglob("*.md"))
    return set(re.findall(r"comparison\(\s*[\"']([^\"']+)[\"']\s*\)", text))


def test_every_comparison_file_is_shown_on_a_page():
    assert set(DATA_NOW.comparisons) - comparisons_shown(DOCS) == set()


def test_planted_unused_comparison_is_caught(tmp_path):
    (tmp_path / "page.md").write_text('{{ comparison("used") }}', encoding="utf-8")
    assert {"used", "orphan"} - comparisons_shown(tmp_path) == {"orphan"}


def test_good_page_passes_both_checks():
    assert structure_problems(GOOD_PAGE, dt.date(2026, 11, 27)) == []
    assert retyped_limits(GOOD_PAGE, DATA_NOW.limits) == []


@pytest.mark.parametrize(
    ("remove", "expected"),
    [
        ('!!! summary "In short"', 'no `!!! summary "In short"` block'),
        ("{{ objectives_here() }}", "no `{{ objectives_here() }}` block"),
        ("{#worked-scenario}", "missing a worked scenario in the exam's style"),
        ("{#exam-cues-and-traps}", "missing an 'Exam cues and traps' section"),
        ("https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html", "links to no AWS page"),
        ("Facts on this page last checked: 2026-11-27.", "last checked"),
    ],
)
def test_planted_missing_part_is_caught(remove, expected):
    broken = GOOD_PAGE.replace(remove, "x")
    problems = structure_problems(broken, dt.date(2026, 11, 27))
    assert any(expected in p for p in problems), problems


def test_planted_second_h1_and_future_date_are_caught():
    broken = GOOD_PAGE.replace("## Body {#body}", "# Body {#body}")
    assert structure_problems(broken, dt.date(2026, 11, 27)) == ["expected one H1 heading, found 2"]
    assert structure_problems(GOOD_PAGE, dt.date(2026, 11, 26)) == [
        "checked date 2026-11-27 is in the future"
    ]


def test_h1_inside_a_code_block_does_not_count():
    with_code = GOOD_PAGE.replace(
        "## Body {#body}", "```bash\n# a shell comment\n```\n\n## Body {#body}"
    )
    assert structure_problems(with_code, dt.date(2026, 11, 27)) == []


def test_planted_retyped_limit_is_caught():
    limit = DATA_NOW.limits["serverless-payload-max"]
    broken = GOOD_PAGE + f"\nThe payload may be up to {limit.value} {limit.unit}.\n"
    assert retyped_limits(broken, DATA_NOW.limits) == [
        f"'{limit.value} {limit.unit}' typed in the page: quote it with "
        '{{ limit("serverless-payload-max") }}'
    ]
