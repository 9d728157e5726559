"""The strict build of the real site, and strict builds of copies with planted faults."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from macros.loader import load_site_data

from .conftest import DATA, run_build

PAGES = ["index.html", "exam/index.html", "exam/coverage/index.html"]


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_strict_build_succeeds_without_warnings(built_site):
    assert built_site.returncode == 0, built_site.output
    assert "WARNING" not in built_site.output and "ERROR" not in built_site.output, (
        built_site.output
    )


def test_expected_pages_exist(built_site):
    for page in PAGES:
        assert (built_site.site / page).is_file(), page


class _H1Counter(HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1 = 0

    def handle_starttag(self, tag, attrs):
        self.h1 += tag == "h1"


def test_every_page_has_exactly_one_h1(built_site):
    for page in built_site.site.rglob("*.html"):
        if page.name == "404.html":
            continue
        counter = _H1Counter()
        counter.feed(page.read_text(encoding="utf-8"))
        assert counter.h1 == 1, page


def test_coverage_page_shows_twelve_tasks_and_all_objectives(built_site):
    html = (built_site.site / "exam/coverage/index.html").read_text(encoding="utf-8")
    exam = load_site_data(DATA).exam("MLA-C01")
    gaps = sum(not o.covered_by for o in exam.objectives)
    assert "12 task statements, 133 objectives." in text_of(html)
    assert f"{133 - gaps} objectives are taught on a page; {gaps} are gaps." in text_of(html)
    for task in exam.tasks:
        assert f'id="task-{task.id.replace(".", "-")}"' in html
    for objective in exam.objectives:
        assert f"<td>{objective.id}</td>" in html
    assert 'id="gaps"' in html


def test_exam_page_has_chart_tables_and_math(built_site):
    html = (built_site.site / "exam/index.html").read_text(encoding="utf-8")
    assert '<svg class="chart-svg" role="img"' in html
    assert "<caption>MLA-C01 domains and their weights</caption>" in html
    assert "<caption>MLA-C01 task statements</caption>" in html
    assert (
        '<div class="math-block" tabindex="0" role="group" aria-label="Formula"><math' in html
        and "<mfrac>" in html
    )
    assert "arithmatex" not in html  # every formula became MathML
    exam = load_site_data(DATA).exam("MLA-C01")
    expected = ", ".join(
        f"{round(d.weight * exam.format.scored_questions / 100)} from Domain {d.id}"
        for d in exam.domains
    )
    assert f"about {expected}." in text_of(html)


def test_home_page_states_exam_status_with_aws_sources(built_site):
    html = (built_site.site / "index.html").read_text(encoding="utf-8")
    text = text_of(html)
    assert "28 September 2026" in text and "29 September 2026" in text
    assert (
        'href="https://aws.amazon.com/certification/certified-machine-learning-engineer-associate/"'
        in html
    )
    assert "machine-learning-engineer-associate-02" in html


def test_math_font_is_self_hosted(built_site):
    css = (built_site.site / "assets/css/site.css").read_text(encoding="utf-8")
    assert 'url("../fonts/noto-sans-math.woff2")' in css
    font = (built_site.site / "assets/fonts/noto-sans-math.woff2").read_bytes()
    # A real WOFF2 font (the subset of tools/subset_math_font.py is about 80 KB), not a stub.
    assert font[:4] == b"wOF2" and len(font) > 50_000


# --- planted faults stop the real build ----------------------------------------------------------


def test_bad_data_file_stops_the_build_with_a_clear_message(project_copy, tmp_path):
    exam_file = project_copy / "data/exams/mla-c01.yml"
    raw = yaml.safe_load(exam_file.read_text(encoding="utf-8"))
    raw["domains"][0]["tasks"][0]["objectives"][0]["covered_by"] = ["exam/index.md#nope"]
    exam_file.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8")
    build = run_build(project_copy, tmp_path / "site")
    assert build.returncode != 0
    assert (
        "data/exams/mla-c01.yml: domains[id=1].tasks[id=1.1].objectives[id=1.1.k1]"
        ".covered_by[0]: page anchor 'exam/index.md#nope'"
    ) in build.output


def plant_page(project: Path, body: str) -> None:
    (project / "docs/planted.md").write_text(f"# Planted\n\n{body}\n", encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - Home: index.md\n", "  - Home: index.md\n  - Planted: planted.md\n"
        ),
        encoding="utf-8",
    )


def test_unknown_tex_command_fails_the_strict_build(project_copy, tmp_path):
    plant_page(project_copy, r"Loss: \(\lossfunction(x)\)")
    build = run_build(project_copy, tmp_path / "site")
    assert build.returncode != 0
    assert r"unknown TeX command(s) \lossfunction" in build.output


def test_broken_markdown_anchor_fails_the_strict_build(project_copy, tmp_path):
    plant_page(project_copy, "See [the format](exam/index.md#no-such-section).")
    build = run_build(project_copy, tmp_path / "site")
    assert build.returncode != 0
    assert "no-such-section" in build.output


def test_unknown_macro_fails_the_build(project_copy, tmp_path):
    plant_page(project_copy, '{{ limit("no-such-limit") }}')
    build = run_build(project_copy, tmp_path / "site")
    assert build.returncode != 0
    assert "no-such-limit" in build.output


def test_page_missing_from_nav_fails_the_strict_build(project_copy, tmp_path):
    (project_copy / "docs/orphan.md").write_text("# Orphan\n", encoding="utf-8")
    build = run_build(project_copy, tmp_path / "site")
    assert build.returncode != 0
    assert "orphan.md" in build.output
