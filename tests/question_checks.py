"""Guards for the question bank as a whole (the loader checks each question on its own)."""

from __future__ import annotations

import collections
import itertools
from difflib import SequenceMatcher

from macros.models import Matching, MultipleChoice, MultipleResponse, Ordering

QUESTION_TYPES = (MultipleChoice, MultipleResponse, Ordering, Matching)
MIN_PER_TASK = 20
LONGEST_SHARE_MAX = 0.40  # the right option may be the longest in at most 40% of single-answer
POSITION_SHARE = (0.15, 0.35)  # each of a-d holds the right answer in this share of them
NEAR_DUPLICATE = 0.85  # difflib ratio between two stems


def count_problems(questions: dict[str, list], task_ids: list[str], pending: set[str]) -> list:
    """Tasks with too few questions that are not listed as pending, and pending tasks now full."""
    problems = []
    for task in task_ids:
        n = len(questions.get(task, []))
        if n < MIN_PER_TASK and task not in pending:
            problems.append(
                f"task {task}: {n} questions, needs {MIN_PER_TASK} (or list it as pending)"
            )
        if n >= MIN_PER_TASK and task in pending:
            problems.append(f"task {task}: has {n} questions now: remove it from the pending list")
    return problems


def type_mix_problems(questions: dict[str, list]) -> list[str]:
    problems = []
    for task, qs in questions.items():
        present = {type(q) for q in qs}
        missing = [t.__name__ for t in QUESTION_TYPES if t not in present]
        if missing:
            problems.append(f"task {task}: no {', '.join(missing)} question")
    return problems


def near_duplicate_stems(questions: list) -> list[str]:
    def words(text: str) -> str:
        return " ".join(text.lower().split())

    found = []
    for a, b in itertools.combinations(questions, 2):
        matcher = SequenceMatcher(None, words(a.stem), words(b.stem))
        # The quick ratios are upper bounds of ratio(): most pairs are ruled out cheaply.
        if matcher.real_quick_ratio() < NEAR_DUPLICATE or matcher.quick_ratio() < NEAR_DUPLICATE:
            continue
        if (ratio := matcher.ratio()) >= NEAR_DUPLICATE:
            found.append(f"{a.id} and {b.id}: stems are {ratio:.0%} alike")
    return found


def single_answer(questions: list) -> list[MultipleChoice]:
    return [q for q in questions if isinstance(q, MultipleChoice)]


def longest_is_right_share(questions: list) -> float:
    """Share of multiple-choice questions whose right option is strictly the longest."""
    mc = single_answer(questions)
    if not mc:
        return 0.0
    hits = 0
    for q in mc:
        right = next(c for c in q.options if c.correct)
        others = [len(c.text) for c in q.options if not c.correct]
        hits += len(right.text) > max(others)
    return hits / len(mc)


def position_shares(questions: list) -> dict[str, float]:
    mc = single_answer(questions)
    counts = collections.Counter(next(c.id for c in q.options if c.correct) for q in mc)
    return {p: counts[p] / len(mc) for p in "abcd"} if mc else {}


def position_problems(questions: list) -> list[str]:
    low, high = POSITION_SHARE
    return [
        f"the right answer is option {p} in {share:.0%} of multiple-choice questions "
        f"(keep each position between {low:.0%} and {high:.0%})"
        for p, share in position_shares(questions).items()
        if not low <= share <= high
    ]
