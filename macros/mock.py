"""The mock exam: how many questions each domain gets, and the page's question bank.

The page carries every question of the bank (the same HTML as the practice pages); the page
script draws the exam from it by the counts rendered here, so the draw rule lives in Python and
is unit-tested, and the script only picks at random within each domain.
"""

from __future__ import annotations

from html import escape

from .anchors import PageAnchors
from .practice import question_block


def draw_counts(weights: dict[int, int], size: int) -> dict[int, int]:
    """Split `size` questions over domains in proportion to their weights (largest remainder).

    Each domain first gets the whole part of its share; the questions left over go to the
    domains with the largest fractional parts (ties: the lower domain number), so the counts
    always add up to `size`.
    """
    total = sum(weights.values())
    if size < 0 or total <= 0 or any(w < 0 for w in weights.values()):
        raise ValueError(f"cannot split {size} questions by weights {weights}")
    shares = {d: size * w / total for d, w in weights.items()}
    counts = {d: int(share) for d, share in shares.items()}
    left = size - sum(counts.values())
    by_remainder = sorted(weights, key=lambda d: (-(shares[d] - counts[d]), d))
    for d in by_remainder[:left]:
        counts[d] += 1
    return counts


def mock_exam_block(
    exam, questions: dict[str, list], pages: dict[str, PageAnchors], from_page: str
) -> str:
    """The mock exam's controls and its hidden bank of questions, grouped by domain."""
    size = exam.format.scored_questions + exam.format.unscored_questions
    counts = draw_counts({d.id: d.weight for d in exam.domains}, size)
    draw = ",".join(f"{d}:{n}" for d, n in counts.items())
    type_names = {qt.id: qt.name for qt in exam.format.question_types}
    minutes = exam.format.practice_timer_minutes
    panel = (
        f'<div class="mock-exam" data-draw="{escape(draw)}" data-size="{size}" '
        f'data-minutes="{minutes}">'
        '<p class="mock-nojs">The mock exam needs JavaScript, which is off or has not loaded. '
        "Every question is also on the practice page of its domain, where it works without "
        "JavaScript.</p></div>"
    )
    bank = ['<div class="mock-bank" hidden markdown>', ""]
    number = 0
    for domain in exam.domains:
        for task in domain.tasks:
            for q in questions.get(task.id, []):
                number += 1
                bank.append(question_block(q, number, pages, from_page, type_names))
    bank += ["</div>", ""]
    return "\n".join([panel, "", *bank])
