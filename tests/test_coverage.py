"""Coverage: one pending list, which may only shrink, and every anchor of covered_by exists."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from macros.coverage import pending_list_problems, uncovered_objective_ids
from macros.loader import load_site_data, missing_anchor

from .conftest import DATA, DOCS
from .test_macros import with_coverage

PENDING_FILE = Path(__file__).with_name("coverage_pending.yml")


def pending_ids() -> set[str]:
    raw = yaml.safe_load(PENDING_FILE.read_text(encoding="utf-8"))
    ids = [i for task_ids in (raw["pending"] or {}).values() for i in task_ids]
    assert len(ids) == len(set(ids)), "an objective is listed twice in the pending list"
    return set(ids)


def exam():
    return load_site_data(DATA).exam("MLA-C01")


def test_every_covered_by_anchor_exists():
    data = load_site_data(DATA, DOCS)
    problems = [
        f"{o.id}: {missing_anchor(a, data.pages)}"
        for o in data.exam("MLA-C01").objectives
        for a in o.covered_by
        if missing_anchor(a, data.pages)
    ]
    assert problems == []


def test_every_objective_is_covered_or_pending():
    assert pending_list_problems(exam(), pending_ids()) == []


def test_every_task_statement_is_covered_or_has_pending_objectives():
    pending = pending_ids()
    for task in exam().tasks:
        uncovered = {o.id for o in task.objectives if not o.covered_by}
        assert uncovered <= pending, task.id


def test_pending_list_is_grouped_by_the_right_task():
    raw = yaml.safe_load(PENDING_FILE.read_text(encoding="utf-8"))
    for task_id, ids in (raw["pending"] or {}).items():
        assert all(i.startswith(f"{task_id}.") for i in ids), task_id


def test_every_objective_is_taught_once_the_pending_list_is_empty():
    if pending_ids():
        pytest.fail(f"{len(pending_ids())} objectives still pending; this test expects none")
    real = exam()
    assert uncovered_objective_ids(real) == set()
    assert len(real.objectives) == 133


def test_planted_unlisted_gap_fails():
    real = exam()
    victim = sorted(o.id for o in real.objectives if o.covered_by)[0]
    with_gap = with_coverage(real, victim, [])
    problems = pending_list_problems(with_gap, pending_ids())
    assert problems == [f"{victim}: not covered by any page and not in the pending list"]


def test_planted_covered_but_still_pending_fails():
    real = exam()
    victim = sorted(o.id for o in real.objectives if o.covered_by)[0]
    problems = pending_list_problems(real, pending_ids() | {victim})
    assert problems == [
        f"{victim}: covered now (covered_by is set): remove it from the pending list"
    ]


def test_planted_unknown_pending_id_fails():
    problems = pending_list_problems(exam(), pending_ids() | {"9.9.k9"})
    assert problems == ["9.9.k9: listed as pending but no such objective"]
