"""A service's status notice from data/services.yml: pages never retype a closure or end date."""

from __future__ import annotations

from .links import md_escape
from .models import Service

STATUS_TITLE = {
    "available": "open to customers",
    "maintenance": "in maintenance",
    "closed-to-new-customers": "closed to new customers",
    "ended": "ended",
}


def status_notice(service: Service) -> str:
    """A Markdown warning block naming the service, its status, the date, AWS's note and source."""
    if service.status is None:
        raise ValueError(
            f"data/services.yml: services[id={service.id}] has no status to show; "
            "add a status block (status, note, source) before quoting it on a page"
        )
    s = service.status
    since = f" since {s.date.isoformat()}" if s.date else ""
    title = f"{service.name}: {STATUS_TITLE[s.status]}{since}"
    # An open service gets a plain note (for changes such as a retired feature), not a warning.
    kind = "note" if s.status == "available" else "warning"
    return (
        f'!!! {kind} "{title.replace(chr(34), "")}"\n\n'
        f"    {md_escape(s.note)} ([AWS notice]({s.source}))\n"
    )
