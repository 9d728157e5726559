"""The data files load, hold what the exam guide has, and bad files fail with a precise message."""

from __future__ import annotations

import collections
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from macros.errors import DataError
from macros.loader import entry_path, load_site_data

from .conftest import DATA, DOCS

EXAM_FILE = "exams/mla-c01.yml"


def test_real_data_loads_and_anchors_resolve():
    data = load_site_data(DATA, DOCS)
    assert "MLA-C01" in data.exams


def test_exam_has_every_domain_task_and_objective():
    exam = load_site_data(DATA).exam("MLA-C01")
    assert len(exam.domains) == 4
    assert len(exam.tasks) == 12
    kinds = [o.kind for o in exam.objectives]
    assert (len(kinds), kinds.count("knowledge"), kinds.count("skill")) == (133, 63, 70)
    assert sum(d.weight for d in exam.domains) == 100


def test_objective_ids_are_numbered_in_order_within_each_task():
    exam = load_site_data(DATA).exam("MLA-C01")
    for task in exam.tasks:
        for kind in ("k", "s"):
            numbers = [
                int(o.id.split(".")[2][1:])
                for o in task.objectives
                if o.id.split(".")[2][0] == kind
            ]
            assert numbers == list(range(1, len(numbers) + 1)), (task.id, kind, numbers)


def test_exam_format_is_consistent():
    # The numbers themselves live in the data file only; here, only how they must relate.
    fmt = load_site_data(DATA).exam("MLA-C01").format
    assert fmt.score_min < fmt.passing_score < fmt.score_max
    assert fmt.scored_questions > fmt.unscored_questions > 0
    assert [q.id for q in fmt.question_types] == [
        "multiple-choice",
        "multiple-response",
        "ordering",
        "matching",
        "case-study",
    ]


def test_service_lists_point_into_services_file():
    data = load_site_data(DATA)
    exam = data.exam("MLA-C01")
    assert len(exam.services_in_scope) == 88
    assert len(exam.services_out_of_scope) > 90
    assert set(exam.services_in_scope) <= set(data.services)


def test_every_limit_has_a_source_and_date():
    for limit in load_site_data(DATA).limits.values():
        assert limit.source.startswith("https://docs.aws.amazon.com/")
        assert limit.checked.year >= 2026


# --- planted faults ------------------------------------------------------------------------------


def edit_yaml(path: Path, change: Callable[[dict], None]) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(yaml.safe_dump(raw, sort_keys=False, allow_unicode=True), encoding="utf-8")


def first_objective(raw: dict) -> dict:
    return raw["domains"][0]["tasks"][0]["objectives"][0]


def _second_service_duplicates_first(raw: dict) -> None:
    raw["services"][1]["id"] = raw["services"][0]["id"]


FAULTS = {
    "missing field": (
        EXAM_FILE,
        lambda r: first_objective(r).pop("text"),
        [
            "data/exams/mla-c01.yml",
            "domains[id=1].tasks[id=1.1].objectives[id=1.1.k1].text",
            "Field required",
        ],
    ),
    "wrong type": (
        EXAM_FILE,
        lambda r: r["domains"][1].update(weight="a lot"),
        ["data/exams/mla-c01.yml", "domains[id=2].weight", "valid integer"],
    ),
    "unknown key": (
        EXAM_FILE,
        lambda r: first_objective(r).update(coverd_by=[]),
        ["objectives[id=1.1.k1].coverd_by", "Extra inputs are not permitted"],
    ),
    "unknown service id": (
        EXAM_FILE,
        lambda r: r["services_in_scope"].append("no-such-service"),
        ["data/exams/mla-c01.yml", "services_in_scope[88]", "unknown service id 'no-such-service'"],
    ),
    "duplicate objective id": (
        EXAM_FILE,
        lambda r: r["domains"][0]["tasks"][0]["objectives"][1].update(id="1.1.k1"),
        ["data/exams/mla-c01.yml", "objectives[id=1.1.k1].id", "duplicate objective id"],
    ),
    "weights not 100": (
        EXAM_FILE,
        lambda r: r["domains"][0].update(weight=30),
        ["data/exams/mla-c01.yml", "domains[*].weight", "weights sum to 102, not 100"],
    ),
    "anchor to a missing heading": (
        EXAM_FILE,
        lambda r: first_objective(r).update(covered_by=["index.md#no-such-heading"]),
        [
            "data/exams/mla-c01.yml",
            "objectives[id=1.1.k1].covered_by[0]",
            "docs/index.md has no heading with id 'no-such-heading'",
        ],
    ),
    "anchor to a missing page": (
        EXAM_FILE,
        lambda r: first_objective(r).update(covered_by=["nowhere/page.md#intro"]),
        ["objectives[id=1.1.k1].covered_by[0]", "page that does not exist (docs/nowhere/page.md)"],
    ),
    "malformed anchor": (
        EXAM_FILE,
        lambda r: first_objective(r).update(covered_by=["index.md"]),
        ["objectives[id=1.1.k1].covered_by[0]", "expected 'page.md#heading-id', got 'index.md'"],
    ),
    "objective in the wrong task": (
        EXAM_FILE,
        lambda r: first_objective(r).update(id="1.2.k9"),
        ["objectives[id=1.2.k9].id", "objective 1.2.k9 is not in task 1.1"],
    ),
    "duplicate service id": (
        "services.yml",
        _second_service_duplicates_first,
        ["data/services.yml", "duplicate service id"],
    ),
    "limit without unit": (
        "limits.yml",
        lambda r: r["limits"][0].pop("unit"),
        ["data/limits.yml", "limits[id=serverless-payload-max].unit", "Field required"],
    ),
    "limit with a non-https source": (
        "limits.yml",
        lambda r: r["limits"][0].update(source="see the docs"),
        [
            "data/limits.yml",
            "limits[id=serverless-payload-max].source",
            "expected an https:// URL, got 'see the docs'",
        ],
    ),
}


@pytest.mark.parametrize("fault", FAULTS, ids=list(FAULTS))
def test_planted_fault_is_reported_with_file_entry_and_field(fault, data_copy):
    relpath, change, expected = FAULTS[fault]
    edit_yaml(data_copy / relpath, change)
    with pytest.raises(DataError) as caught:
        load_site_data(data_copy, DOCS)
    message = str(caught.value)
    for fragment in expected:
        assert fragment in message, f"{fragment!r} not in:\n{message}"


def test_invalid_yaml_names_file_and_line(data_copy):
    (data_copy / "limits.yml").write_text("limits:\n  - id: x\n   bad: [\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"data/limits\.yml: line \d+: not valid YAML"):
        load_site_data(data_copy, DOCS)


def test_key_given_twice_is_an_error_not_a_silent_overwrite(data_copy):
    path = data_copy / "limits.yml"
    text = path.read_text(encoding="utf-8")
    first = "    value: 4\n"
    assert first in text
    path.write_text(text.replace(first, first + "    value: 40\n", 1), encoding="utf-8")
    with pytest.raises(
        DataError, match=r"data/limits\.yml: line \d+: not valid YAML: key 'value' given twice"
    ):
        load_site_data(data_copy, DOCS)


def test_unit_with_a_qualifier_in_brackets_is_caught(data_copy):
    def change(raw):
        raw["limits"][0]["unit"] = "minutes (up to)"

    edit_yaml(data_copy / "limits.yml", change)
    with pytest.raises(DataError, match=r"\.unit: Value error, expected a plain unit"):
        load_site_data(data_copy, DOCS)


def test_same_number_under_a_second_id_is_caught(data_copy):
    path = data_copy / "limits.yml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    twin = dict(raw["limits"][0], id="a-second-copy")
    raw["limits"].append(twin)
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_site_data(data_copy, DOCS)
    first = raw["limits"][0]["id"]
    assert f"limits[id=a-second-copy]: looks like the same fact as limits[id={first}]" in str(
        caught.value
    )


def test_same_number_reworded_under_a_second_id_is_caught(data_copy):
    path = data_copy / "limits.yml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = raw["limits"][0]
    reworded = dict(first, id="reworded", label=first["label"] + " (reworded copy)")
    raw["limits"].append(reworded)
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    with pytest.raises(DataError, match=r"limits\[id=reworded\]: looks like the same fact as"):
        load_site_data(data_copy, DOCS)


def test_two_numbers_from_one_page_are_not_duplicates():
    limits = load_site_data(DATA).limits.values()
    by_page = collections.Counter(x.source for x in limits)
    assert by_page.most_common(1)[0][1] > 1  # the real data has pages with several numbers


def test_comparison_cell_naming_an_unknown_limit_is_caught(data_copy):
    (data_copy / "comparisons" / "broken.yml").write_text(
        "title: T\ncaption: C\nchecked: 2026-11-27\ncolumns: [A, B]\n"
        "rows:\n  - cells: [one, 'up to {limit:no-such-limit}']\n"
        "    source: https://docs.aws.amazon.com/x\n",
        encoding="utf-8",
    )
    with pytest.raises(
        DataError,
        match=r"data/comparisons/broken\.yml: rows\[0\]\.cells\[1\]: "
        r"\{limit:no-such-limit\} names no entry of data/limits\.yml",
    ):
        load_site_data(data_copy, DOCS)


GOOD_ALGORITHM = """\
algorithms:
  - id: xgboost
    name: XGBoost
    category: tabular
    learning: supervised
    problems: [regression]
    training_formats: [text/csv]
    input_modes: [File]
    instances: CPU or GPU
    multi_instance: true
    incremental_training: false
    use_when: Tabular data.
    docs_url: https://docs.aws.amazon.com/sagemaker/latest/dg/xgboost.html
    checked: 2026-11-27
"""


def test_algorithms_file_loads_when_present(data_copy):
    (data_copy / "algorithms.yml").write_text(GOOD_ALGORITHM, encoding="utf-8")
    assert list(load_site_data(data_copy, DOCS).algorithms) == ["xgboost"]


def test_algorithm_with_unknown_group_or_mode_is_caught(data_copy):
    bad = GOOD_ALGORITHM.replace("category: tabular", "category: audio").replace(
        "input_modes: [File]", "input_modes: [FastFile]"
    )
    (data_copy / "algorithms.yml").write_text(bad, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_site_data(data_copy, DOCS)
    message = str(caught.value)
    assert "data/algorithms.yml: algorithms[id=xgboost].category: Input should be" in message
    assert "algorithms[id=xgboost].input_modes[0]: Input should be 'File' or 'Pipe'" in message


def test_duplicate_algorithm_id_is_caught(data_copy):
    twice = GOOD_ALGORITHM + GOOD_ALGORITHM.split("algorithms:\n", 1)[1]
    (data_copy / "algorithms.yml").write_text(twice, encoding="utf-8")
    with pytest.raises(DataError, match=r"algorithms\[id=xgboost\]\.id: duplicate algorithm id"):
        load_site_data(data_copy, DOCS)


def test_comparison_row_with_wrong_cell_count(data_copy):
    (data_copy / "comparisons" / "broken.yml").write_text(
        "title: T\ncaption: C\nchecked: 2026-11-27\ncolumns: [A, B, C]\n"
        "rows:\n  - cells: [one, two]\n    source: https://docs.aws.amazon.com/x\n",
        encoding="utf-8",
    )
    with pytest.raises(
        DataError, match=r"data/comparisons/broken\.yml: rows\[0\]\.cells: 2 cells for 3"
    ):
        load_site_data(data_copy, DOCS)


def test_all_problems_are_reported_at_once(data_copy):
    edit_yaml(data_copy / "limits.yml", lambda r: r["limits"][0].pop("unit"))
    edit_yaml(data_copy / EXAM_FILE, lambda r: r["domains"][0].update(weight=1))
    with pytest.raises(DataError) as caught:
        load_site_data(data_copy, DOCS)
    assert len(caught.value.problems) == 2


def test_entry_path_uses_ids_where_entries_have_them():
    raw = {"a": [{"id": "x", "b": [{"c": 1}]}]}
    assert entry_path(("a", 0, "b", 0, "c"), raw) == "a[id=x].b[0].c"
    assert entry_path((), raw) == "(top level)"
