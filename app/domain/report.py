"""The printable report of one person: the dossier data rendered to HTML through jinja2.

Autoescaping is on: names, quotes and source titles reach the page as the characters
they are, never as markup (design.md §5). The same HTML feeds the PDF (Qt's rich
text) and the ``.html`` export, so it keeps to the HTML subset Qt understands.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .. import APP_NAME, __version__
from ..resources import resource_path
from .person_dossier import CitationItem, PersonDossier, build_person_dossier, field_name
from .store import Store

TEMPLATE = "person-report.html"


@dataclass(frozen=True)
class PersonReport:
    """A dossier with its citations numbered as notes, in the order the report cites them."""

    dossier: PersonDossier
    notes: tuple[CitationItem, ...]
    numbers: dict[str, int]


def build_report(store: Store, person_id: str, known_by: str | None = None) -> PersonReport:
    dossier = build_person_dossier(store, person_id, known_by=known_by)
    notes, numbers = [], {}
    for citation in dossier.all_citations():
        if citation.id not in numbers:
            notes.append(citation)
            numbers[citation.id] = len(notes)
    return PersonReport(dossier, tuple(notes), numbers)


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(resource_path("templates"))),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(report: PersonReport, timeline_image: str | None = None, timeline_width: int = 640) -> str:
    """The report as one HTML page; ``timeline_image`` is an image URL (data: or a Qt resource)."""

    def refs(citations, inline: bool = False) -> Markup:
        """Note numbers as "[3, 4]": superscript after text, full size in a table cell."""
        numbers = [report.numbers[c.id] for c in citations if c.id in report.numbers]
        if not numbers:
            return Markup("")
        pattern = Markup("[{}]") if inline else Markup("<sup>[{}]</sup>")
        return pattern.format(", ".join(str(n) for n in numbers))

    template = _environment().get_template(TEMPLATE)
    return template.render(
        d=report.dossier, notes=report.notes, numbers=report.numbers, refs=refs, field_name=field_name,
        timeline_image=timeline_image, timeline_width=timeline_width,
        app_name=APP_NAME, app_version=__version__,
    )
