"""Load and check every file under data/. Any problem raises DataError naming file, entry, field."""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .anchors import PageAnchors, index_docs
from .errors import DataError
from .limits import limit_ids_in
from .models import (
    Algorithm,
    AlgorithmsFile,
    CheatSheet,
    Comparison,
    Exam,
    GlossaryFile,
    GlossaryTerm,
    Limit,
    LimitsFile,
    Matching,
    MultipleChoice,
    MultipleResponse,
    Ordering,
    QuestionsFile,
    Service,
    ServicesFile,
)


@dataclass
class SiteData:
    exams: dict[str, Exam]
    services: dict[str, Service]
    limits: dict[str, Limit]
    comparisons: dict[str, Comparison]
    pages: dict[str, PageAnchors] = field(default_factory=dict)
    algorithms: dict[str, Algorithm] = field(default_factory=dict)
    # Practice questions by task statement id ("1.1"), in file order.
    questions: dict[str, list] = field(default_factory=dict)
    glossary: list[GlossaryTerm] = field(default_factory=list)
    cheat_sheet: CheatSheet | None = None

    def exam(self, code: str) -> Exam:
        try:
            return self.exams[code]
        except KeyError:
            raise KeyError(
                f"no exam {code!r} in data/exams/ (have: {sorted(self.exams)})"
            ) from None


def entry_path(loc: tuple[Any, ...], raw: Any) -> str:
    """Turn a pydantic error location into `domains[id=1].tasks[id=1.1].title`."""
    out, node = "", raw
    for key in loc:
        if isinstance(key, int):
            item = node[key] if isinstance(node, list) and 0 <= key < len(node) else None
            has_id = isinstance(item, dict) and item.get("id") is not None
            out += f"[id={item['id']}]" if has_id else f"[{key}]"
            node = item
        else:
            out += f".{key}" if out else str(key)
            node = node.get(key) if isinstance(node, dict) else None
    return out or "(top level)"


# libyaml's parser when PyYAML has it (its wheels do): the data files load about four times
# faster than with the pure-Python parser (1.0 -> 0.25 s, measured on the whole data/).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):
    """A safe loader that rejects a key given twice in one mapping.

    PyYAML keeps the last value silently, so a duplicated `covered_by:` or `value:` would hide
    the first one without a word.
    """

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"key {key!r} given twice in one entry (first on line {seen[key] + 1})",
                    key_node.start_mark,
                )
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


class _Reader:
    """Reads YAML files and collects problems instead of stopping at the first one."""

    def __init__(self, root: Path):
        self.root = root
        self.problems: list[str] = []

    def name(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def problem(self, path: Path, where: str, what: str) -> None:
        self.problems.append(f"{self.name(path)}: {where}: {what}")

    def load(self, path: Path, model: type[BaseModel]) -> tuple[Any, Any]:
        """Return (model instance or None, raw data)."""
        if not path.is_file():
            self.problem(path, "(file)", "file not found")
            return None, None
        try:
            raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "(file)"
            self.problem(path, where, f"not valid YAML: {getattr(exc, 'problem', exc)}")
            return None, None
        if not isinstance(raw, dict):
            self.problem(path, "(top level)", "expected a mapping of keys to values")
            return None, raw
        try:
            return model.model_validate(raw), raw
        except ValidationError as exc:
            for err in exc.errors():
                self.problem(path, entry_path(err["loc"], raw), err["msg"])
            return None, raw


def _duplicates(ids: list[str]) -> list[str]:
    return [i for i, n in collections.Counter(ids).items() if n > 1]


def _check_exam(
    r: _Reader,
    path: Path,
    exam: Exam,
    services: dict[str, Service] | None,
    pages: dict[str, PageAnchors] | None,
) -> None:
    total = sum(d.weight for d in exam.domains)
    if total != 100:
        r.problem(path, "domains[*].weight", f"weights sum to {total}, not 100")
    for dup in _duplicates([str(d.id) for d in exam.domains]):
        r.problem(path, f"domains[id={dup}].id", "duplicate domain id")
    for dup in _duplicates([t.id for t in exam.tasks]):
        r.problem(path, f"tasks[id={dup}].id", "duplicate task id")
    for dup in _duplicates([o.id for o in exam.objectives]):
        r.problem(path, f"objectives[id={dup}].id", "duplicate objective id")
    for dup in _duplicates([q.id for q in exam.format.question_types]):
        r.problem(path, f"format.question_types[id={dup}].id", "duplicate question type id")
    for domain in exam.domains:
        for task in domain.tasks:
            where = f"domains[id={domain.id}].tasks[id={task.id}]"
            if not task.id.startswith(f"{domain.id}."):
                r.problem(path, f"{where}.id", f"task {task.id} is not in domain {domain.id}")
            for obj in task.objectives:
                owhere = f"{where}.objectives[id={obj.id}]"
                if obj.task_id != task.id:
                    r.problem(path, f"{owhere}.id", f"objective {obj.id} is not in task {task.id}")
                for i, anchor in enumerate(obj.covered_by if pages is not None else []):
                    missing = missing_anchor(anchor, pages)
                    if missing:
                        r.problem(path, f"{owhere}.covered_by[{i}]", missing)
    for key in ("services_in_scope", "services_out_of_scope"):
        ids = getattr(exam, key)
        for dup in _duplicates(ids):
            r.problem(path, f"{key}[id={dup}]", "service listed twice")
        if services is not None:
            for i, sid in enumerate(ids):
                if sid not in services:
                    r.problem(
                        path, f"{key}[{i}]", f"unknown service id {sid!r} (not in services.yml)"
                    )
    # The services A-Z page shows these for every in-scope service.
    for sid in exam.services_in_scope if services is not None else []:
        service = services.get(sid)
        for name in ("purpose", "use_when", "not_when", "cues") if service else ():
            if not getattr(service, name):
                r.problem(
                    path.parent.parent / "services.yml",
                    f"services[id={sid}].{name}",
                    f"required for a service in {exam.code}'s in-scope list (services A-Z page)",
                )
    for sid in sorted(set(exam.services_in_scope) & set(exam.services_out_of_scope)):
        r.problem(path, f"services_out_of_scope[id={sid}]", "service is also listed as in scope")


_FILLER = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "be",
        "by",
        "can",
        "for",
        "from",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "one",
        "or",
        "per",
        "the",
        "to",
        "with",
    ]
)


def _label_words(label: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", label.lower()) if w not in _FILLER)


def _check_limits_are_single_facts(r: _Reader, path: Path, limits: list[Limit]) -> None:
    """One number, one entry: a second id for the same fact lets the two drift apart.

    Caught: the same label, or the same value, unit and source page with labels that share most
    of their words. Two different numbers from one page (a page often lists several) pass.
    """
    seen: list[Limit] = []
    for x in limits:
        words = _label_words(x.label)
        for earlier in seen:
            same_number = (earlier.value, earlier.unit, earlier.source) == (
                x.value,
                x.unit,
                x.source,
            )
            other = _label_words(earlier.label)
            overlap = len(words & other) / max(len(words | other), 1)
            if overlap == 1 or (same_number and overlap >= 0.5):
                r.problem(
                    path,
                    f"limits[id={x.id}]",
                    f"looks like the same fact as limits[id={earlier.id}]: "
                    "keep one entry and quote it from every page",
                )
                break
        seen.append(x)


def question_problems(q) -> list[tuple[str, str]]:
    """(field, problem) pairs for rules a schema cannot state: answers, ids, orders."""
    problems = []
    if isinstance(q, MultipleChoice | MultipleResponse):
        ids = [c.id for c in q.options]
        if ids != [chr(ord("a") + i) for i in range(len(ids))]:
            problems.append(("options", f"option ids must be a, b, c, ... in order, got {ids}"))
        right = sum(c.correct for c in q.options)
        if isinstance(q, MultipleChoice) and right != 1:
            problems.append(
                ("options", f"a multiple-choice question has 1 right option, not {right}")
            )
        if isinstance(q, MultipleResponse) and not 2 <= right < len(q.options):
            problems.append(
                (
                    "options",
                    f"a multiple-response question needs 2 or more right options and at "
                    f"least one wrong one, got {right} of {len(q.options)}",
                )
            )
    if isinstance(q, Ordering):
        ids = [s.id for s in q.steps]
        if sorted(q.answer) != sorted(ids):
            problems.append(("answer", f"must list every step id once, got {q.answer} for {ids}"))
        elif q.answer == ids:
            problems.append(("steps", "stored in answer order: shuffle them"))
    if isinstance(q, Matching):
        responses = [p.response for p in q.pairs]
        if len(set(responses)) != len(responses):
            problems.append(("pairs", "two prompts share a response"))
    return problems


def missing_anchor(anchor: str, pages: dict[str, PageAnchors]) -> str | None:
    """Why `page.md#id` does not resolve, or None when it does."""
    page, _, heading = anchor.partition("#")
    if page not in pages:
        return f"page anchor {anchor!r} points to a page that does not exist (docs/{page})"
    if heading not in pages[page].headings:
        return f"page anchor {anchor!r}: docs/{page} has no heading with id {heading!r}"
    return None


def load_site_data(data_dir: Path, docs_dir: Path | None = None) -> SiteData:
    """Load every data file; with docs_dir, also check that page anchors exist."""
    data_dir = Path(data_dir)
    r = _Reader(data_dir.parent)
    pages = index_docs(Path(docs_dir)) if docs_dir is not None else None

    services_path = data_dir / "services.yml"
    services_file, _ = r.load(services_path, ServicesFile)
    services: dict[str, Service] | None = None
    if services_file:
        for dup in _duplicates([s.id for s in services_file.services]):
            r.problem(services_path, f"services[id={dup}].id", "duplicate service id")
        services = {s.id: s for s in services_file.services}

    limits_path = data_dir / "limits.yml"
    limits_file, _ = r.load(limits_path, LimitsFile)
    limits: dict[str, Limit] = {}
    if limits_file:
        for dup in _duplicates([x.id for x in limits_file.limits]):
            r.problem(limits_path, f"limits[id={dup}].id", "duplicate limit id")
        limits = {x.id: x for x in limits_file.limits}
        _check_limits_are_single_facts(r, limits_path, limits_file.limits)

    exams: dict[str, Exam] = {}
    exam_paths = sorted((data_dir / "exams").glob("*.yml"))
    if not exam_paths:
        r.problem(data_dir / "exams", "(folder)", "no exam file (*.yml)")
    for path in exam_paths:
        exam, _ = r.load(path, Exam)
        if exam is None:
            continue
        if path.stem != exam.code.lower():
            r.problem(path, "code", f"exam code {exam.code!r} does not match the file name")
        _check_exam(r, path, exam, services, pages)
        exams[exam.code] = exam

    comparisons: dict[str, Comparison] = {}
    for path in sorted((data_dir / "comparisons").glob("*.yml")):
        comparison, _ = r.load(path, Comparison)
        if comparison is None:
            continue
        width = len(comparison.columns)
        for i, row in enumerate(comparison.rows):
            if len(row.cells) != width:
                r.problem(
                    path,
                    f"rows[{i}].cells",
                    f"{len(row.cells)} cells for {width} columns {comparison.columns}",
                )
            for j, text in enumerate(row.cells):
                for limit_id in limit_ids_in(text):
                    if limits_file and limit_id not in limits:
                        r.problem(
                            path,
                            f"rows[{i}].cells[{j}]",
                            f"{{limit:{limit_id}}} names no entry of data/limits.yml",
                        )
        comparisons[path.stem] = comparison

    algorithms: dict[str, Algorithm] = {}
    algorithms_path = data_dir / "algorithms.yml"
    if algorithms_path.exists():  # optional until the algorithms page is written
        algorithms_file, _ = r.load(algorithms_path, AlgorithmsFile)
        if algorithms_file:
            for dup in _duplicates([a.id for a in algorithms_file.algorithms]):
                r.problem(algorithms_path, f"algorithms[id={dup}].id", "duplicate algorithm id")
            algorithms = {a.id: a for a in algorithms_file.algorithms}

    questions: dict[str, list] = {}
    task_ids = {t.id for e in exams.values() for t in e.tasks}
    seen_ids: set[str] = set()
    for path in sorted((data_dir / "questions").glob("*.yml")):
        qfile, _ = r.load(path, QuestionsFile)
        if qfile is None:
            continue
        if path.stem != qfile.task:
            r.problem(path, "task", f"task {qfile.task!r} does not match the file name")
        if task_ids and qfile.task not in task_ids:
            r.problem(path, "task", f"no task statement {qfile.task!r} in the exam")
        for q in qfile.questions:
            where = f"questions[id={q.id}]"
            if q.id.split("-")[0] != f"q{qfile.task}":
                r.problem(path, f"{where}.id", f"ids in this file start with q{qfile.task}-")
            if q.id in seen_ids:
                r.problem(path, f"{where}.id", "duplicate question id")
            seen_ids.add(q.id)
            for name, problem in question_problems(q):
                r.problem(path, f"{where}.{name}", problem)
            for i, anchor in enumerate(q.teaches):
                if pages is not None and (why := missing_anchor(anchor, pages)):
                    r.problem(path, f"{where}.teaches[{i}]", why)
        questions[qfile.task] = list(qfile.questions)

    glossary: list[GlossaryTerm] = []
    glossary_path = data_dir / "glossary.yml"
    if glossary_path.exists():
        gfile, _ = r.load(glossary_path, GlossaryFile)
        if gfile:
            glossary = list(gfile.terms)
            for dup in _duplicates([t.term.lower() for t in glossary]):
                r.problem(glossary_path, f"terms[term={dup}].term", "term defined twice")
            for dup in _duplicates([t.abbr for t in glossary if t.abbr]):
                r.problem(glossary_path, f"terms[abbr={dup}].abbr", "abbreviation defined twice")
            for t in glossary:
                if pages is not None and (why := missing_anchor(t.see, pages)):
                    r.problem(glossary_path, f"terms[term={t.term}].see", why)

    cheat_sheet = None
    cheat_path = data_dir / "cheat-sheet.yml"
    if cheat_path.exists():
        cheat_sheet, _ = r.load(cheat_path, CheatSheet)
        if cheat_sheet:
            for i, lid in enumerate(cheat_sheet.numbers):
                if limits_file and lid not in limits:
                    r.problem(cheat_path, f"numbers[{i}]", f"{lid!r} is not an id in limits.yml")
            for i, sid in enumerate(cheat_sheet.services):
                if services is not None and sid not in services:
                    r.problem(cheat_path, f"services[{i}]", f"{sid!r} is not an id in services.yml")
            for i, trap in enumerate(cheat_sheet.traps):
                if pages is not None and (why := missing_anchor(trap.see, pages)):
                    r.problem(cheat_path, f"traps[{i}].see", why)

    if r.problems:
        raise DataError(r.problems)
    return SiteData(
        exams=exams,
        services=services or {},
        limits=limits,
        comparisons=comparisons,
        pages=pages or {},
        algorithms=algorithms,
        questions=questions,
        glossary=glossary,
        cheat_sheet=cheat_sheet,
    )
