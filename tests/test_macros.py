"""The macros as plain functions, without MkDocs: rendering, escaping, links, math."""

from __future__ import annotations

import datetime as dt
import logging
import xml.etree.ElementTree as ET

import markdown
import pytest

from macros.anchors import read_page_anchors
from macros.charts import domain_weight_chart
from macros.coverage import coverage_matrix, objectives_on_page
from macros.limits import format_value, render_limit
from macros.links import md_escape, relative_link
from macros.loader import load_site_data
from macros.mathml import UnknownTexCommand, tex_to_mathml
from macros.models import Algorithm, Comparison, Exam, Limit, Service
from macros.services import status_notice
from macros.tables import (
    algorithms_table,
    comparison_table,
    domains_table,
    exam_format_table,
    tasks_table,
)

from .conftest import DATA

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def exam() -> Exam:
    return load_site_data(DATA).exam("MLA-C01")


def with_coverage(exam: Exam, objective_id: str, anchors: list[str]) -> Exam:
    """A copy of the exam where one objective is covered by `anchors`."""
    raw = exam.model_dump()
    for d in raw["domains"]:
        for t in d["tasks"]:
            for o in t["objectives"]:
                if o["id"] == objective_id:
                    o["covered_by"] = anchors
    return Exam.model_validate(raw)


def blank(exam: Exam) -> Exam:
    """A copy of the exam where no objective is covered yet, whatever the real data says."""
    raw = exam.model_dump()
    for d in raw["domains"]:
        for t in d["tasks"]:
            for o in t["objectives"]:
                o["covered_by"] = []
    return Exam.model_validate(raw)


# --- chart ---------------------------------------------------------------------------------------


def test_weight_chart_is_accessible_svg_with_text_values(exam):
    svg_html = domain_weight_chart(exam.domains, exam.code, id_prefix="w")
    figure = ET.fromstring(svg_html)  # well-formed XML, or this raises
    svg = figure.find(f"{SVG}svg")
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "w-title w-desc"
    assert svg.find(f"{SVG}title").get("id") == "w-title"
    texts = ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
    for d in exam.domains:
        assert f"{d.weight}%" in texts
        assert any(t.startswith(f"Domain {d.id}: ") for t in texts)
        assert any(d.title.split()[-1] in t for t in texts)
    assert "<script" not in svg_html and 'fill="#' not in svg_html  # theme colours via CSS


def test_weight_chart_bars_are_proportional(exam):
    figure = ET.fromstring(domain_weight_chart(exam.domains, exam.code))
    widths = [float(r.get("width")) for r in figure.iter(f"{SVG}rect")]
    weights = [d.weight for d in exam.domains]
    ratios = {round(w / k, 1) for w, k in zip(widths, weights, strict=True)}
    assert len(ratios) == 1


def test_weight_chart_escapes_titles(exam):
    raw = exam.model_dump()
    raw["domains"][0]["title"] = "<b>Data</b> & more"
    hacked = Exam.model_validate(raw)
    html = domain_weight_chart(hacked.domains, hacked.code)
    assert "&lt;b&gt;Data&lt;/b&gt; &amp; more" in html


# --- tables --------------------------------------------------------------------------------------


def test_domains_table_counts_tasks_and_objectives(exam):
    html = domains_table(exam)
    ET.fromstring(html)
    for d in exam.domains:
        n_obj = sum(len(t.objectives) for t in d.tasks)
        assert (
            f'<td class="num">{d.weight}%</td><td class="num">{len(d.tasks)}</td>'
            f'<td class="num">{n_obj}</td>' in html
        )


def test_tasks_table_lists_all_twelve(exam):
    html = tasks_table(exam)
    assert html.count('<th scope="row">') == 12


def test_tasks_table_of_one_domain_lists_only_its_tasks(exam):
    domain = exam.domains[0]
    html = tasks_table(exam, domain.id)
    assert html.count('<th scope="row">') == len(domain.tasks)
    assert f"task statements of Domain {domain.id}</caption>" in html
    other = exam.domains[1].tasks[0]
    assert f'<th scope="row">{other.id}</th>' not in html


def test_tasks_table_of_unknown_domain_is_an_error(exam):
    with pytest.raises(KeyError, match="has no domain 9"):
        tasks_table(exam, 9)


def test_exam_format_table_shows_total_and_pass_mark(exam):
    html = exam_format_table(exam)
    f = exam.format
    assert f"{f.scored_questions + f.unscored_questions} ({f.scored_questions} scored" in html
    assert f"<td>{f.passing_score}</td>" in html


SRC = "https://docs.aws.amazon.com/a"


def comparison(**overrides) -> Comparison:
    base = dict(
        title="T",
        caption="Endpoints",
        columns=["Option", "Payload"],
        checked=dt.date(2026, 11, 27),
        rows=[dict(cells=["Serverless", "4 MB"], source="https://docs.aws.amazon.com/a")],
    )
    return Comparison.model_validate({**base, **overrides})


def test_comparison_table_escapes_every_cell():
    evil = comparison(
        caption="<i>cap</i>",
        columns=["<script>alert(1)</script>", "B&B"],
        rows=[
            dict(
                cells=["<script>alert(2)</script>", '"><img src=x onerror=alert(3)>'],
                source='https://docs.aws.amazon.com/x"onmouseover="alert(4)',
            )
        ],
    )
    html = comparison_table(evil)
    assert "<script>" not in html and "<img" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    assert "B&amp;B" in html
    assert 'href="https://docs.aws.amazon.com/x&quot;onmouseover=&quot;alert(4)"' in html
    ET.fromstring(html.split('<p class="checked">')[0])


def test_comparison_table_structure():
    html = comparison_table(comparison())
    assert (
        '<th scope="col">Option</th><th scope="col">Payload</th><th scope="col">Source</th>' in html
    )
    assert '<th scope="row">Serverless</th><td>4 MB</td>' in html
    assert "Checked against AWS sources on 2026-11-27" in html
    assert 'role="region" tabindex="0"' in html  # wide tables scroll in their own box


def test_comparison_cell_shows_a_limit_from_data_with_its_source():
    payload = limit(id="serverless-payload", value=4, unit="MB")
    table = comparison(
        rows=[dict(cells=["Serverless", "up to {limit:serverless-payload}"], source=SRC)]
    )
    html = comparison_table(table, {"serverless-payload": payload})
    assert '<td>up to <a class="limit" href="https://docs.aws.amazon.com/s"' in html
    assert ">4&nbsp;MB</a></td>" in html
    ET.fromstring(html.split('<p class="checked">')[0].replace("&nbsp;", "&#160;"))


def test_comparison_cell_with_unknown_limit_is_an_error():
    table = comparison(rows=[dict(cells=["Serverless", "{limit:nope}"], source=SRC)])
    with pytest.raises(KeyError, match="no limit 'nope'"):
        comparison_table(table, {})


# --- limits --------------------------------------------------------------------------------------


def limit(**overrides) -> Limit:
    base = dict(
        id="x",
        topic="Inference",
        label="A <label>",
        value=3600,
        unit="seconds",
        source="https://docs.aws.amazon.com/s",
        checked=dt.date(2026, 11, 27),
    )
    return Limit.model_validate({**base, **overrides})


def test_limit_quotes_value_unit_and_source():
    html = render_limit(limit())
    assert '<span class="limit">3,600&nbsp;seconds</span>' in html
    assert 'href="https://docs.aws.amazon.com/s"' in html
    assert "A &lt;label&gt; (AWS documentation, checked 2026-11-27)" in html


@pytest.mark.parametrize(("value", "text"), [(4, "4"), (1000, "1,000"), (0.5, "0.5"), (6.0, "6")])
def test_limit_number_format(value, text):
    assert format_value(value) == text


# --- links and coverage --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("src", "target", "expected"),
    [
        ("exam/coverage.md", "data/formats.md#parquet", "../data/formats.md#parquet"),
        ("index.md", "exam/index.md", "exam/index.md"),
        ("exam/coverage.md", "exam/index.md#scoring", "index.md#scoring"),
        ("exam/index.md", "exam/index.md#scoring", "#scoring"),
    ],
)
def test_relative_link(src, target, expected):
    assert relative_link(src, target) == expected


def test_md_escape_neutralises_markdown_and_html():
    assert md_escape("a|b <x> [l](u) *e*") == "a&#124;b &lt;x&gt; &#91;l&#93;(u) &#42;e&#42;"


PAGES = {
    "data/formats.md": read_page_anchors("# Data formats\n\n## Parquet and ORC {#columnar}\n"),
    "exam/coverage.md": read_page_anchors("# Coverage matrix\n"),
}


def test_coverage_matrix_counts_links_and_gaps(exam):
    covered = with_coverage(blank(exam), "1.1.k1", ["data/formats.md#columnar"])
    md = coverage_matrix(covered, PAGES, "exam/coverage.md")
    assert (
        "**12 task statements, 133 objectives.** 1 objectives are taught on a page; 132 are gaps."
        in md
    )
    assert "| 1.1.k1 | Knowledge |" in md
    assert "[Data formats › Parquet and ORC](../data/formats.md#columnar)" in md
    assert "- **Task 1.1** (9): 1.1.k2," in md  # 1.1.k1 is no longer a gap
    assert md.count("*gap: not yet taught*") == 132


def test_coverage_matrix_without_gaps(exam):
    raw = exam.model_dump()
    for d in raw["domains"]:
        for t in d["tasks"]:
            for o in t["objectives"]:
                o["covered_by"] = ["data/formats.md#columnar"]
    md = coverage_matrix(Exam.model_validate(raw), PAGES, "exam/coverage.md")
    assert "No gaps: every objective is taught" in md
    assert "12 of 12 task statements are fully covered" in md


def test_objectives_on_page_lists_only_this_pages_objectives(exam):
    covered = with_coverage(blank(exam), "1.1.k2", ["data/formats.md#columnar", "other.md#x"])
    md = objectives_on_page(covered, PAGES, "data/formats.md", "exam/coverage.md")
    assert md.startswith('!!! abstract "MLA-C01 objectives on this page"')
    assert "**1.1.k2** (knowledge, task 1.1)" in md
    assert "[Parquet and ORC](#columnar)" in md
    assert "other.md" not in md
    assert "[coverage matrix](../exam/coverage.md)" in md
    assert md.count("- **") == 1


def test_objectives_on_page_says_so_when_there_are_none(exam):
    md = objectives_on_page(blank(exam), PAGES, "data/formats.md", "exam/coverage.md")
    assert "teaches no MLA-C01 objective directly" in md


# --- math ----------------------------------------------------------------------------------------


def test_tex_becomes_mathml():
    mathml = tex_to_mathml(r"\frac{w_d}{100} \times 50", display=True)
    assert mathml.startswith("<math") and 'display="block"' in mathml and "<mfrac>" in mathml


def test_unknown_tex_command_is_an_error():
    with pytest.raises(UnknownTexCommand, match=r"\\foo"):
        tex_to_mathml(r"x + \foo{y}", display=False)


def render_markdown(text: str) -> str:
    md = markdown.Markdown(
        extensions=["pymdownx.arithmatex", "macros.mathml"],
        extension_configs={"pymdownx.arithmatex": {"generic": True}},
    )
    return md.convert(text)


def test_markdown_math_renders_to_mathml_without_script():
    html = render_markdown("Inline \\(a < b\\) and\n\n$$\n\\sqrt{x}\n$$\n")
    assert '<span class="math-inline"><math' in html and "<mo>&#x0003C;</mo>" in html
    assert (
        '<div class="math-block" tabindex="0" role="group" aria-label="Formula"><math' in html
        and "<msqrt>" in html
    )
    assert "arithmatex" not in html and "<script" not in html


def test_markdown_math_warns_on_unknown_command(caplog):
    with caplog.at_level(logging.WARNING, logger="mkdocs.mla.mathml"):
        html = render_markdown("Broken \\(\\nosuchcommand x\\)")
    assert any("\\nosuchcommand" in r.getMessage() for r in caplog.records)
    assert "arithmatex" in html  # left as source text, never silently mangled


def test_markdown_math_warns_on_malformed_tex(caplog):
    with caplog.at_level(logging.WARNING, logger="mkdocs.mla.mathml"):
        render_markdown("Broken \\(\\frac{a}{\\)")
    assert any("math: cannot convert \\frac{a}{" in r.getMessage() for r in caplog.records)


# --- service status ----------------------------------------------------------------------------


def service(**overrides) -> Service:
    base = dict(
        id="clarify",
        name="Amazon SageMaker Clarify",
        category="Machine Learning",
        status=dict(
            status="closed-to-new-customers",
            note="No new customers <b>*now*</b>",
            source="https://docs.aws.amazon.com/c",
        ),
    )
    return Service.model_validate({**base, **overrides})


def test_status_notice_names_service_status_and_source():
    md = status_notice(service())
    assert md.startswith('!!! warning "Amazon SageMaker Clarify: closed to new customers"\n\n')
    assert "([AWS notice](https://docs.aws.amazon.com/c))" in md
    assert "&lt;b&gt;&#42;now&#42;&lt;/b&gt;" in md  # the note is text, not markup


def test_status_notice_gives_the_date_when_known():
    ended = service(
        status=dict(
            status="ended", date="2026-01-27", note="Gone.", source="https://docs.aws.amazon.com/k"
        )
    )
    assert '"Amazon SageMaker Clarify: ended since 2026-01-27"' in status_notice(ended)


def test_status_notice_of_an_open_service_is_a_note_not_a_warning():
    still_open = service(
        status=dict(
            status="available",
            note="A feature was retired.",
            source="https://docs.aws.amazon.com/o",
        )
    )
    assert status_notice(still_open).startswith(
        '!!! note "Amazon SageMaker Clarify: open to customers"'
    )


def test_status_notice_without_a_status_is_an_error():
    with pytest.raises(ValueError, match=r"services\[id=clarify\] has no status to show"):
        status_notice(service(status=None))


# --- algorithms --------------------------------------------------------------------------------


def algo(**overrides) -> Algorithm:
    base = dict(
        id="xgb",
        name="XGBoost <b>",
        category="tabular",
        learning="supervised",
        problems=["classification", "regression"],
        training_formats=["text/csv", "text/libsvm"],
        input_modes=["File", "Pipe"],
        instances="CPU or GPU",
        multi_instance=True,
        incremental_training=False,
        use_when="Tabular data",
        docs_url="https://docs.aws.amazon.com/x",
        checked=dt.date(2026, 11, 27),
    )
    return Algorithm.model_validate({**base, **overrides})


def test_algorithms_table_renders_every_field_escaped():
    html = algorithms_table([algo(), algo(id="pca", name="PCA", multi_instance=None)])
    assert '<a href="https://docs.aws.amazon.com/x">XGBoost &lt;b&gt;</a>' in html
    assert "<td>classification; regression</td>" in html
    assert '<span title="text/csv">CSV</span>; <span title="text/libsvm">LibSVM</span>' in html
    assert "<td>Yes</td><td>No</td>" in html and "<td>Not stated</td>" in html
    ET.fromstring(html.split('<p class="checked">')[0])


def test_algorithms_table_of_one_group():
    table = [algo(), algo(id="kmeans", name="K-Means", category="unsupervised")]
    html = algorithms_table(table, "unsupervised")
    assert "K-Means" in html and "XGBoost" not in html
    assert "built-in algorithms for unsupervised learning</caption>" in html
    with pytest.raises(KeyError, match="no algorithm group 'audio'"):
        algorithms_table(table, "audio")
    with pytest.raises(KeyError, match="no algorithm in group 'vision'"):
        algorithms_table(table, "vision")


# --- print tab labels ----------------------------------------------------------------------------


def test_every_tab_block_starts_with_its_label_for_print():
    md = markdown.Markdown(
        extensions=["pymdownx.tabbed", "macros.print_tabs"],
        extension_configs={"pymdownx.tabbed": {"alternate_style": True}},
    )
    html = md.convert('=== "S3, `File` mode"\n\n    One.\n\n=== "FastFile"\n\n    Two.\n')
    blocks = html.split('<div class="tabbed-block">')[1:]
    assert [b.split("</p>")[0].strip() for b in blocks] == [
        '<p class="print-tab-label">S3, <code>File</code> mode',
        '<p class="print-tab-label">FastFile',
    ]
    assert html.count("print-tab-label") == 2  # the tab bar keeps its own labels untouched
