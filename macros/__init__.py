"""mkdocs-macros entry point. `define_env` only wires plain functions from the modules beside it.

The data files are loaded and checked once per build, here; a bad file stops the build with a
message naming the file, the entry and the field.
"""

from __future__ import annotations

from pathlib import Path

from .charts import domain_weight_chart
from .coverage import coverage_matrix, objectives_on_page
from .errors import DataError
from .limits import render_limit
from .links import relative_link
from .loader import load_site_data
from .mock import mock_exam_block
from .pdfs import (
    FLASHCARDS_TSV,
    OFFLINE_ZIP,
    PDF_DIR,
    download_href,
    extra_pdfs,
    pdf_sections,
    section_of,
    whole_guide,
)
from .practice import task_section
from .reference import (
    abbreviation_definitions,
    anki_tsv,
    cheat_sheet,
    flashcards,
    flashcards_html,
    glossary,
    key_numbers,
    pages_teaching,
    services_az,
)
from .services import status_notice
from .tables import (
    _table,
    algorithms_table,
    comparison_table,
    domains_table,
    downloads_table,
    exam_format_table,
    progress_table,
    question_counts_table,
    question_types_table,
    tasks_table,
)

COVERAGE_PAGE = "exam/coverage.md"


def define_env(env) -> None:
    from mkdocs.exceptions import PluginError  # only the wiring knows about MkDocs

    root = Path(env.conf["config_file_path"]).resolve().parent
    try:
        data = load_site_data(root / "data", Path(env.conf["docs_dir"]))
    except DataError as exc:
        raise PluginError(str(exc)) from None
    exam_code = env.conf["extra"].get("exam_code", "MLA-C01")
    env.variables["site_data"] = data

    def current_page() -> str:
        return env.page.file.src_uri

    @env.macro
    def exam(code: str = exam_code):
        """The exam model, for values in page text: {{ exam().format.passing_score }}."""
        return data.exam(code)

    @env.macro
    def weight_chart(code: str = exam_code, id_prefix: str = "weights") -> str:
        return domain_weight_chart(data.exam(code).domains, code, id_prefix)

    @env.macro
    def domains(code: str = exam_code) -> str:
        return domains_table(data.exam(code))

    @env.macro
    def task_statements(domain: int | None = None, code: str = exam_code) -> str:
        return tasks_table(data.exam(code), domain)

    @env.macro
    def exam_format(code: str = exam_code) -> str:
        return exam_format_table(data.exam(code))

    @env.macro
    def question_types(code: str = exam_code) -> str:
        return question_types_table(data.exam(code))

    @env.macro
    def comparison(name: str) -> str:
        if name not in data.comparisons:
            raise KeyError(
                f"no comparison {name!r} in data/comparisons/ (have: {sorted(data.comparisons)})"
            )
        return comparison_table(data.comparisons[name], data.limits)

    @env.macro
    def algorithms(category: str | None = None) -> str:
        """The built-in algorithms table from data/algorithms.yml, optionally one AWS group."""
        return algorithms_table(list(data.algorithms.values()), category)

    @env.macro
    def algorithm(algorithm_id: str):
        """One algorithm's record, for values in page text: {{ algorithm("xgboost").use_when }}."""
        if algorithm_id not in data.algorithms:
            raise KeyError(f"no algorithm {algorithm_id!r} in data/algorithms.yml")
        return data.algorithms[algorithm_id]

    @env.macro
    def practice(domain: int, code: str = exam_code) -> str:
        """The practice questions of one domain, task statement by task statement."""
        exam_data = data.exam(code)
        chosen = [d for d in exam_data.domains if d.id == domain]
        if not chosen:
            raise KeyError(f"{code} has no domain {domain!r}")
        type_names = {qt.id: qt.name for qt in exam_data.format.question_types}
        sections = [
            task_section(t, data.questions[t.id], data.pages, current_page(), type_names)
            for t in chosen[0].tasks
            if data.questions.get(t.id)
        ]
        if not sections:
            return "No practice questions for this domain yet."
        return "\n\n".join(sections)

    @env.macro
    def question_counts(code: str = exam_code) -> str:
        """A table of how many questions each task statement has, by type."""
        return question_counts_table(data.exam(code), data.questions)

    @env.macro
    def practice_progress(code: str = exam_code) -> str:
        """A table the page script fills with the learner's saved score per domain and task."""
        return progress_table(data.exam(code), data.questions)

    @env.macro
    def mock_exam(code: str = exam_code) -> str:
        """The mock exam's controls and its question bank (drawn from in the browser)."""
        return mock_exam_block(data.exam(code), data.questions, data.pages, current_page())

    def download_link(filename: str) -> str | None:
        """Where a generated file is: beside the site, or on the hosted site for the offline
        copy (which does not ship the PDFs); None when neither exists."""
        if env.conf["use_directory_urls"]:
            return download_href(env.page.url, filename)
        site_url = env.conf.get("site_url") or ""
        return f"{site_url.rstrip('/')}/downloads/{filename}" if site_url else None

    @env.macro
    def section_pdf() -> str:
        """A line on a section's first page: this section as a PDF, and the Downloads page."""
        section = section_of(env.conf["nav"], current_page())
        if section is None:
            raise KeyError(f"{current_page()} is in no top-level nav section")
        href = download_link(section.filename)
        to_downloads = relative_link(current_page(), "downloads.md")
        pdf = (
            f'<a href="{href}">this section as a PDF</a>'
            if href
            else "this section as a PDF (not in the offline copy)"
        )
        return f"To print or read on paper: {pdf}; every file is on [Downloads]({to_downloads})."

    @env.macro
    def downloads() -> str:
        """The table of PDFs (one per section and the whole guide) and the offline zip."""
        nav = env.conf["nav"]
        files = []
        for pdf in [whole_guide(nav), *pdf_sections(nav)]:
            what = (
                "Every page of the site in one document"
                if pdf.filename == whole_guide(nav).filename
                else f"The {len(pdf.pages)} site pages of this section"
            )
            href = download_link(pdf.filename)
            if href:
                files.append((pdf.title, what, href, pdf.filename))
        for pdf in extra_pdfs(nav):
            if href := download_link(pdf.filename):
                files.append(
                    (pdf.title, "This page alone, sized to print on two pages", href, pdf.filename)
                )
        if href := download_link(FLASHCARDS_TSV):
            what = "Every flashcard as tab-separated text that Anki imports"
            files.append(("Flashcards", what, href, FLASHCARDS_TSV))
        zip_href = download_link(OFFLINE_ZIP)
        if zip_href:
            what = "The whole site, to unzip and open from disk"
            files.append(("Offline copy", what, zip_href, OFFLINE_ZIP))
        return downloads_table(files)

    docs = Path(env.conf["docs_dir"])
    sources = {p.relative_to(docs).as_posix(): p.read_text("utf-8") for p in docs.rglob("*.md")}
    titles = {page: info.title or page for page, info in data.pages.items()}

    @env.macro
    def services_a_to_z(code: str = exam_code) -> str:
        """In-scope services A-Z with their use, cues, status and the pages that teach them."""
        taught = pages_teaching(data.services, sources)
        return services_az(data.exam(code), data.services, taught, titles, current_page())

    @env.macro
    def key_number_tables() -> str:
        return key_numbers(data.limits, _table)

    @env.macro
    def glossary_list() -> str:
        return glossary(data.glossary, data.pages, current_page())

    @env.macro
    def flashcard_deck(code: str = exam_code) -> str:
        return flashcards_html(
            flashcards(data.glossary, data.limits, data.services, data.exam(code))
        )

    @env.macro
    def cheat_sheet_blocks() -> str:
        return cheat_sheet(data.cheat_sheet, data.limits, data.services, current_page(), _table)

    @env.macro
    def glossary_count() -> int:
        return len(data.glossary)

    @env.macro
    def coverage(code: str = exam_code) -> str:
        return coverage_matrix(data.exam(code), data.pages, current_page())

    @env.macro
    def objectives_here(code: str = exam_code) -> str:
        return objectives_on_page(data.exam(code), data.pages, current_page(), COVERAGE_PAGE)

    @env.macro
    def service_status(service_id: str) -> str:
        """The status notice of a service (closed to new customers, ended...) from services.yml."""
        if service_id not in data.services:
            raise KeyError(f"no service {service_id!r} in data/services.yml")
        return status_notice(data.services[service_id])

    @env.macro
    def limit(limit_id: str) -> str:
        if limit_id not in data.limits:
            raise KeyError(f"no limit {limit_id!r} in data/limits.yml")
        return render_limit(data.limits[limit_id])


def on_post_page_macros(env) -> None:
    """Every page ends with the glossary's abbreviations: the abbr extension then turns each one
    into a tooltip wherever it appears, from the data and with no second copy."""
    data = env.variables.get("site_data")
    if data is not None and data.glossary:
        # Only the abbreviations this page contains: the abbr extension's pattern grows with
        # every definition, and with all of them it doubled the build time.
        used = [t for t in data.glossary if t.abbr and t.abbr in env.markdown]
        if used:
            env.markdown += "\n\n" + abbreviation_definitions(used) + "\n"


def on_post_build(env) -> None:
    """The flashcards as a file Anki imports (tab-separated), beside the other downloads."""
    data = env.variables["site_data"]
    code = env.conf["extra"].get("exam_code", "MLA-C01")
    cards = flashcards(data.glossary, data.limits, data.services, data.exam(code))
    target = Path(env.conf["site_dir"]) / PDF_DIR / FLASHCARDS_TSV
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(anki_tsv(cards), encoding="utf-8")
