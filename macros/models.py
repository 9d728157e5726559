"""Pydantic models of the data files. Shape and types live here; cross-file checks in loader.py."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints


def _matching(pattern: str, expected: str):
    """A string check whose error says what was expected, in words, and what was found."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise ValueError(f"expected {expected}, got {value!r}")
        return value

    return AfterValidator(check)


NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
HttpsUrl = Annotated[str, _matching(r"https://\S+", "an https:// URL")]
# A page anchor: a Markdown file under docs/ and the id of one of its headings.
PageAnchor = Annotated[
    str, _matching(r"[a-z0-9][a-z0-9/_.-]*\.md#[A-Za-z0-9_-]+", "'page.md#heading-id'")
]
# Lowercase ids with hyphens: services, limits, algorithms.
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
ServiceId = Slug


class Strict(BaseModel):
    """Unknown keys are errors (a typo in a key name must not pass silently)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --- exams/<code>.yml ---------------------------------------------------------------------------


class QuestionType(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z-]+$")]
    name: NonEmpty
    summary: NonEmpty


class ExamFormat(Strict):
    scored_questions: Annotated[int, Field(gt=0)]
    unscored_questions: Annotated[int, Field(ge=0)]
    score_min: int
    score_max: int
    passing_score: int
    scoring: NonEmpty
    unanswered: NonEmpty
    duration_note: NonEmpty
    # Length of the mock exam's optional timer. Not an AWS fact: the guide gives no length.
    practice_timer_minutes: Annotated[int, Field(gt=0)]
    question_types: Annotated[list[QuestionType], Field(min_length=1)]


class Objective(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^\d\.\d\.[ks]\d{1,2}$")]
    text: NonEmpty
    covered_by: list[PageAnchor] = []

    @property
    def kind(self) -> Literal["knowledge", "skill"]:
        return "knowledge" if self.id.split(".")[2].startswith("k") else "skill"

    @property
    def task_id(self) -> str:
        return self.id.rsplit(".", 1)[0]


class Task(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^\d\.\d$")]
    title: NonEmpty
    summary: NonEmpty
    objectives: Annotated[list[Objective], Field(min_length=1)]


class Domain(Strict):
    id: Annotated[int, Field(ge=1, le=9)]
    title: NonEmpty
    weight: Annotated[int, Field(gt=0, le=100)]
    tasks: Annotated[list[Task], Field(min_length=1)]


class Source(Strict):
    title: NonEmpty
    url: HttpsUrl


class Exam(Strict):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}-C\d\d$")]
    name: NonEmpty
    checked: dt.date
    guide: Source
    guide_pdf: Source
    format: ExamFormat
    domains: Annotated[list[Domain], Field(min_length=1)]
    services_in_scope: list[ServiceId]
    services_out_of_scope: list[ServiceId]

    @property
    def tasks(self) -> list[Task]:
        return [task for domain in self.domains for task in domain.tasks]

    @property
    def objectives(self) -> list[Objective]:
        return [obj for task in self.tasks for obj in task.objectives]


# --- services.yml -------------------------------------------------------------------------------

ServiceStatus = Literal["available", "maintenance", "closed-to-new-customers", "ended"]


class StatusChange(Strict):
    status: ServiceStatus
    date: dt.date | None = None
    note: NonEmpty
    source: HttpsUrl


class Service(Strict):
    id: ServiceId
    name: NonEmpty
    abbreviation: NonEmpty | None = None
    former_names: list[NonEmpty] = []
    category: NonEmpty
    status: StatusChange | None = None  # None: nothing recorded yet (not a claim that it is open)
    docs_url: HttpsUrl | None = None
    # For the services A-Z page; required for every service in the exam's in-scope list.
    purpose: NonEmpty | None = None  # one line: what it is for
    use_when: NonEmpty | None = None
    not_when: NonEmpty | None = None
    cues: list[NonEmpty] = []  # words in a question that point to it


class ServicesFile(Strict):
    services: Annotated[list[Service], Field(min_length=1)]


# --- glossary.yml -------------------------------------------------------------------------------


class GlossaryTerm(Strict):
    term: NonEmpty
    # An abbreviation becomes a tooltip (<abbr>) wherever it appears on any page, unless
    # `tooltip: false` (for one that also means something else on the site, such as "CI").
    abbr: Annotated[str, _matching(r"[A-Za-z0-9][A-Za-z0-9&/.-]*", "letters and digits")] | None = (
        None
    )
    definition: Annotated[str, StringConstraints(min_length=20, max_length=300)]
    see: PageAnchor  # the section of this site that teaches it
    tooltip: bool = True


class GlossaryFile(Strict):
    terms: Annotated[list[GlossaryTerm], Field(min_length=1)]


# --- cheat-sheet.yml ---------------------------------------------------------------------------


class Trap(Strict):
    text: Annotated[str, StringConstraints(min_length=20, max_length=160)]
    see: PageAnchor


class CheatSheet(Strict):
    numbers: Annotated[list[Slug], Field(min_length=1)]  # ids in limits.yml
    services: Annotated[list[ServiceId], Field(min_length=1)]  # ids in services.yml
    traps: Annotated[list[Trap], Field(min_length=1)]


# --- limits.yml ---------------------------------------------------------------------------------


# A unit is read right after the number in a sentence ("up to 5 MB"), so qualifiers such as
# "(up to)" belong in the label or the page's sentence, not in the unit.
PlainUnit = Annotated[
    str, _matching(r"[^()\[\]]+", "a plain unit such as 'MB' or 'seconds', without brackets")
]


class Limit(Strict):
    id: Slug
    topic: NonEmpty
    label: NonEmpty
    value: int | float
    unit: PlainUnit
    source: HttpsUrl
    checked: dt.date
    note: NonEmpty | None = None


class LimitsFile(Strict):
    limits: Annotated[list[Limit], Field(min_length=1)]


# --- algorithms.yml -----------------------------------------------------------------------------

# The groups AWS uses on its "Built-in algorithms" overview page.
AlgorithmCategory = Literal["tabular", "text", "time-series", "unsupervised", "vision"]


class Algorithm(Strict):
    id: Slug
    name: NonEmpty
    category: AlgorithmCategory
    learning: Literal["supervised", "unsupervised"]
    problems: Annotated[list[NonEmpty], Field(min_length=1)]
    # Content types AWS documents for training input, e.g. text/csv.
    training_formats: Annotated[list[NonEmpty], Field(min_length=1)]
    input_modes: Annotated[list[Literal["File", "Pipe"]], Field(min_length=1)]
    instances: Literal["CPU", "GPU", "CPU or GPU"]
    # Can one training job use more than one instance? None: AWS does not say.
    multi_instance: bool | None
    incremental_training: bool
    use_when: NonEmpty
    docs_url: HttpsUrl
    checked: dt.date
    note: NonEmpty | None = None


class AlgorithmsFile(Strict):
    algorithms: Annotated[list[Algorithm], Field(min_length=1)]


# --- comparisons/<id>.yml -----------------------------------------------------------------------


class ComparisonRow(Strict):
    cells: Annotated[list[str], Field(min_length=1)]
    source: HttpsUrl


class Comparison(Strict):
    title: NonEmpty
    caption: NonEmpty
    columns: Annotated[list[NonEmpty], Field(min_length=2)]
    rows: Annotated[list[ComparisonRow], Field(min_length=1)]
    checked: dt.date


# --- questions/<task>.yml -----------------------------------------------------------------------

Difficulty = Literal["easy", "medium", "hard"]


class Choice(Strict):
    """An option of a multiple-choice or multiple-response question."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z]$")]
    text: NonEmpty
    correct: bool = False
    explanation: NonEmpty  # why it is right, or why it is tempting and wrong


class Step(Strict):
    """An item of an ordering question, stored in display order (never in answer order)."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z]$")]
    text: NonEmpty
    explanation: NonEmpty  # why it belongs where it does


class Pair(Strict):
    """A prompt of a matching question and the response it matches."""

    prompt: NonEmpty
    response: NonEmpty
    explanation: NonEmpty


class QuestionBase(Strict):
    id: Annotated[str, StringConstraints(pattern=r"^q\d\.\d-\d{3}$")]
    difficulty: Difficulty
    checked: dt.date
    stem: NonEmpty
    teaches: Annotated[list[PageAnchor], Field(min_length=1)]


class MultipleChoice(QuestionBase):
    type: Literal["multiple-choice"]
    options: Annotated[list[Choice], Field(min_length=4, max_length=4)]


class MultipleResponse(QuestionBase):
    type: Literal["multiple-response"]
    options: Annotated[list[Choice], Field(min_length=5)]


class Ordering(QuestionBase):
    type: Literal["ordering"]
    steps: Annotated[list[Step], Field(min_length=3, max_length=5)]
    answer: Annotated[list[str], Field(min_length=3, max_length=5)]  # step ids in the right order


class Matching(QuestionBase):
    type: Literal["matching"]
    pairs: Annotated[list[Pair], Field(min_length=3, max_length=7)]


Question = Annotated[
    MultipleChoice | MultipleResponse | Ordering | Matching, Field(discriminator="type")
]
# The question types the bank holds ("multiple-choice", ...); their display names come from the
# exam's `format.question_types`.
QUESTION_KINDS = tuple(
    get_args(m.model_fields["type"].annotation)[0]
    for m in (MultipleChoice, MultipleResponse, Ordering, Matching)
)


class QuestionsFile(Strict):
    task: Annotated[str, StringConstraints(pattern=r"^\d\.\d$")]
    questions: Annotated[list[Question], Field(min_length=1)]
