"""The reference pages, built from the data: services A-Z, key numbers, glossary, flashcards.

Plain functions: each takes the loaded data and returns Markdown or HTML (every value from the
data escaped), so they are unit-tested without MkDocs.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from html import escape

from .anchors import PageAnchors
from .coverage import anchor_label
from .limits import format_value
from .links import md_escape, relative_link
from .models import GlossaryTerm, Limit, Service

STATUS_BADGE = {
    "available": "Available (a feature change is noted)",
    "maintenance": "In maintenance",
    "closed-to-new-customers": "Closed to new customers",
    "ended": "Ended",
}
# Short names that are ordinary words, or parts of other names, on this site: a page counts as
# teaching these services only when it uses the full name ("AWS Batch", not "batch transform").
AMBIGUOUS_SHORT_NAMES = frozenset(
    ["Batch", "Config", "Organizations", "Budgets", "Translate", "Personalize", "Q", "FSx", "S3"]
)
# Pages that list services rather than teach them.
NOT_TEACHING = ("reference/", "practice/", "exam/", "downloads.md")


def _short_name(name: str) -> str:
    return re.sub(r"^(Amazon|AWS)\s+", "", name)


def service_names(service: Service) -> set[str]:
    """The names by which a page refers to the service (case-sensitive)."""
    names = {service.name, *service.former_names}
    if service.abbreviation:
        names.add(service.abbreviation)
    short = _short_name(service.name)
    if short not in AMBIGUOUS_SHORT_NAMES:
        names.add(short)
    for former in service.former_names:
        if (s := _short_name(former)) not in AMBIGUOUS_SHORT_NAMES:
            names.add(s)
    return names


def service_patterns(service: Service) -> re.Pattern:
    """Whole words only: "Glue" names AWS Glue, "GlueContext" does not."""
    names = service_names(service)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def pages_teaching(services: dict[str, Service], sources: dict[str, str]) -> dict[str, list[str]]:
    """For each service, the content pages (docs-relative paths) whose text names it."""
    taught: dict[str, list[str]] = defaultdict(list)
    pages = sorted(
        (page, text)
        for page, text in sources.items()
        if not page.endswith("index.md") and not page.startswith(NOT_TEACHING)  # overviews
    )
    for sid, service in services.items():
        names = service_names(service)
        pattern = service_patterns(service)
        for page, text in pages:
            # A plain substring test first: the regex runs only where a name occurs at all.
            if any(n in text for n in names) and pattern.search(text):
                taught[sid].append(page)
    return dict(taught)


def _sort_key(service: Service) -> str:
    return _short_name(service.name).lower()


def services_az(
    exam,
    services: dict[str, Service],
    taught: dict[str, list[str]],
    titles: dict[str, str],
    from_page: str,
) -> str:
    """Every in-scope service, A-Z, then the out-of-scope list marked as not on the exam."""
    in_scope = sorted((services[s] for s in exam.services_in_scope), key=_sort_key)
    parts: list[str] = []
    letter = ""
    for s in in_scope:
        first = _sort_key(s)[0].upper()
        if first != letter:
            letter = first
            parts += [f"## {letter} {{#letter-{letter.lower()}}}", ""]
        heading = md_escape(s.name) + (f" ({md_escape(s.abbreviation)})" if s.abbreviation else "")
        parts += [f"### {heading} {{#{s.id}}}", ""]
        meta = [f"*{md_escape(s.category)}*"]
        if s.former_names:
            meta.append("formerly " + ", ".join(md_escape(n) for n in s.former_names))
        if s.status:
            badge = STATUS_BADGE[s.status.status]
            meta.append(
                f"**{badge}**: {md_escape(s.status.note)} ([AWS notice]({s.status.source}))"
            )
        parts += [" · ".join(meta), ""]
        for label, value in (("What it is for", s.purpose), ("Use it when", s.use_when)):
            parts.append(f"- **{label}:** {md_escape(value or '')}")
        parts.append(f"- **Not when:** {md_escape(s.not_when or '')}")
        if s.cues:
            cues = ", ".join(f"“{md_escape(c)}”" for c in s.cues)
            parts.append(f"- **Cue words:** {cues}")
        links = [f"[AWS documentation]({s.docs_url})"] if s.docs_url else []
        links += [
            f"[{md_escape(titles.get(p, p))}]({relative_link(from_page, p)})"
            for p in taught.get(s.id, [])
        ]
        parts.append(f"- **Read more:** {', '.join(links) if links else 'no page yet'}")
        parts.append("")
    out = sorted((services[s] for s in exam.services_out_of_scope), key=_sort_key)
    parts += [
        "## Not on the exam {#out-of-scope}",
        "",
        "The exam guide lists these as **out of scope**. They can still appear as wrong options,",
        "so know what they are, but do not spend study time on them.",
        "",
    ]
    parts += [
        f"- {md_escape(s.name)} (*{md_escape(s.category)}*): not on the exam"
        + (f"; **{STATUS_BADGE[s.status.status].lower()}**" if s.status else "")
        for s in out
    ]
    return "\n".join(parts) + "\n"


def key_numbers(limits: dict[str, Limit], table) -> str:
    """Every limit, grouped by topic: label, value, source link and the date it was checked."""
    by_topic: dict[str, list[Limit]] = defaultdict(list)
    for limit in limits.values():
        by_topic[limit.topic].append(limit)
    parts = []
    for topic in sorted(by_topic, key=str.lower):
        slug = re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-")
        rows = [
            f'<tr><th scope="row">{escape(x.label)}</th>'
            f'<td class="num">{format_value(x.value)}&nbsp;{escape(x.unit)}</td>'
            f'<td><a href="{escape(x.source, quote=True)}">AWS page</a></td>'
            f"<td>{x.checked.isoformat()}</td></tr>"
            for x in sorted(by_topic[topic], key=lambda x: x.label.lower())
        ]
        parts += [
            f"## {md_escape(topic)} {{#{slug}}}",
            "",
            table(f"Key numbers: {topic}", rows, ["What", "Value", "Source", "Checked"]),
            "",
        ]
    return "\n".join(parts)


def glossary(terms: list[GlossaryTerm], pages: dict[str, PageAnchors], from_page: str) -> str:
    """The glossary as a definition list, A-Z, each term linked to the section that teaches it."""
    parts = []
    letter = ""
    for t in sorted(terms, key=lambda t: t.term.lower()):
        first = t.term[0].upper() if t.term[0].isalpha() else "#"
        if first != letter:
            letter = first
            anchor = "letter-" + (letter.lower() if letter != "#" else "other")
            parts += [f"## {letter} {{#{anchor}}}", ""]
        name = md_escape(t.term) + (f" ({md_escape(t.abbr)})" if t.abbr else "")
        link = f"[{md_escape(anchor_label(t.see, pages))}]({relative_link(from_page, t.see)})"
        parts += [name, f":   {md_escape(t.definition)} Taught in {link}.", ""]
    return "\n".join(parts)


def abbreviation_definitions(terms: list[GlossaryTerm]) -> str:
    """`*[ABBR]: expansion` lines for the abbr extension: a tooltip wherever the token appears."""
    lines = [
        f"*[{t.abbr}]: {t.term}: {t.definition}".replace("\n", " ")
        for t in sorted(terms, key=lambda t: -len(t.abbr or ""))
        if t.abbr and t.tooltip
    ]
    return "\n".join(lines)


def flashcards(
    terms: list[GlossaryTerm], limits: dict[str, Limit], services: dict[str, Service], exam
) -> list[dict[str, str]]:
    """Cards (deck, front, back) from the glossary, the key numbers and the services' cue words."""
    cards = []
    for t in sorted(terms, key=lambda t: t.term.lower()):
        front = f"{t.term} ({t.abbr})" if t.abbr else t.term
        cards.append({"deck": "Glossary", "front": front, "back": t.definition})
    for x in sorted(limits.values(), key=lambda x: (x.topic.lower(), x.label.lower())):
        cards.append(
            {
                "deck": "Key numbers",
                "front": f"{x.topic}: {x.label}",
                "back": f"{format_value(x.value)} {x.unit}",
            }
        )
    for sid in exam.services_in_scope:
        s = services[sid]
        if s.cues and s.purpose:
            cards.append(
                {
                    "deck": "Which service?",
                    "front": "Which service do these cue words point to? " + "; ".join(s.cues),
                    "back": f"{s.name}: {s.purpose}",
                }
            )
    return cards


def card_id(card: dict[str, str]) -> str:
    """A stable id from the card's deck and front, so saved progress survives reordering."""
    return hashlib.sha1(f"{card['deck']}|{card['front']}".encode()).hexdigest()[:12]


def flashcards_html(cards: list[dict[str, str]]) -> str:
    """Each card a <details> (works and prints without JavaScript); the script adds the drill."""
    items = [
        f'<details class="flashcard" data-card="{card_id(c)}" '
        f'data-deck="{escape(c["deck"], quote=True)}">'
        f'<summary><span class="card-deck">{escape(c["deck"])}</span> '
        f'<span class="card-front">{escape(c["front"])}</span></summary>'
        f'<p class="card-back">{escape(c["back"])}</p></details>'
        for c in cards
    ]
    return f'<div class="flashcards" data-count="{len(cards)}">{"".join(items)}</div>'


def anki_tsv(cards: list[dict[str, str]]) -> str:
    """Tab-separated front, back and tag: Anki imports it as notes of the Basic type."""

    def clean(text: str) -> str:
        return " ".join(text.replace("\t", " ").split())

    def tag(deck: str) -> str:
        return "mla-c01::" + re.sub(r"[^a-z0-9]+", "-", deck.lower()).strip("-")

    rows = ["#separator:tab", "#html:false", "#tags column:3"]
    rows += [f"{clean(c['front'])}\t{clean(c['back'])}\t{tag(c['deck'])}" for c in cards]
    return "\n".join(rows) + "\n"


def cheat_sheet(
    sheet, limits: dict[str, Limit], services: dict[str, Service], from_page: str, table
) -> str:
    """The cheat sheet: chosen numbers, "which service when" and the traps, compact enough for
    two printed pages (tests/test_reference.py counts them in the PDF)."""
    numbers = [
        f'<tr><th scope="row">{escape(limits[i].label)}</th>'
        f'<td class="num"><a href="{escape(limits[i].source, quote=True)}">'
        f"{format_value(limits[i].value)}&nbsp;{escape(limits[i].unit)}</a></td></tr>"
        for i in sheet.numbers
    ]
    which = [
        f'<tr><th scope="row">{escape(services[i].name)}</th>'
        f"<td>{escape(services[i].use_when or services[i].purpose or '')}</td></tr>"
        for i in sheet.services
    ]
    traps = [
        f"- {md_escape(t.text)} [More]({relative_link(from_page, t.see)})" for t in sheet.traps
    ]
    return "\n".join(
        [
            '<div class="cheat-sheet" markdown>',
            "",
            "## Key numbers {#cheat-numbers}",
            "",
            table("Key numbers to know", numbers, ["What", "Value"]),
            "",
            "## Which service when {#cheat-services}",
            "",
            table("Which service when", which, ["Service", "Use it when"]),
            "",
            "## Traps {#cheat-traps}",
            "",
            *traps,
            "",
            "</div>",
        ]
    )
