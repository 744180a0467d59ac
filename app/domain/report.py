"""The printable report of one person: the dossier data rendered to HTML through jinja2.

Autoescaping is on: names, quotes and source titles reach the page as the characters
they are, never as markup (design.md §5). The same HTML feeds the PDF (Qt's rich
text) and the ``.html`` export, so it keeps to the HTML subset Qt understands.

The report is written in the interface's language (``wording``); the data (names,
titles, quotes, places) always as stored. In a right-to-left language the page is
``dir="rtl"`` and each piece of data sits in a ``<bdi>``, so a Latin title's
punctuation stays with the title instead of drifting into the Persian sentence.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .. import APP_NAME, __version__
from ..resources import resource_path
from .person_dossier import NOTICE, CitationItem, PersonDossier, build_person_dossier, field_name
from .store import Store
from .wording import QT_TRANSLATE_NOOP, is_right_to_left, isolate, language, number, translate

TEMPLATE = "person-report.html"
# The font the page asks for, embedded in a right-to-left report so it reads on a machine without one.
EMBEDDED_FONTS = (("Vazirmatn-Regular.ttf", 400), ("Vazirmatn-Bold.ttf", 700))

# The report's own words, by the name the template uses. Placeholders stay whole so a
# translation can reorder the sentence; counts come in one template for one and one for more.
WORDS = {
    "title": QT_TRANSLATE_NOOP("report", "{name} — person dossier"),
    "notice": QT_TRANSLATE_NOOP("report", "Notice."),
    "as_of": QT_TRANSLATE_NOOP("report", "as of {date}"),
    "known_by": QT_TRANSLATE_NOOP("report", "allegations known by {date}"),
    "also_written": QT_TRANSLATE_NOOP("report", "Also written:"),
    "life": QT_TRANSLATE_NOOP("report", "Life:"),
    "person_uncited": QT_TRANSLATE_NOOP("report", "The person record has no citation."),
    "offices": QT_TRANSLATE_NOOP("report", "Offices held"),
    "position": QT_TRANSLATE_NOOP("report", "Position"),
    "institution": QT_TRANSLATE_NOOP("report", "Institution"),
    "from": QT_TRANSLATE_NOOP("report", "From"),
    "to": QT_TRANSLATE_NOOP("report", "To"),
    "length": QT_TRANSLATE_NOOP("report", "Length"),
    "sources_differ": QT_TRANSLATE_NOOP("report", "sources differ: also"),
    "note": QT_TRANSLATE_NOOP("report", "Note:"),
    "why_first": QT_TRANSLATE_NOOP("report", "Why this version first:"),
    "uncited": QT_TRANSLATE_NOOP("report", "uncited"),
    "no_office": QT_TRANSLATE_NOOP("report", "No office recorded."),
    "allegations": QT_TRANSLATE_NOOP("report", "Allegations"),
    "hidden_one": QT_TRANSLATE_NOOP("report", "1 allegation made after {date} is left out."),
    "hidden_many": QT_TRANSLATE_NOOP("report", "{count} allegations made after {date} are left out."),
    "accuser": QT_TRANSLATE_NOOP("report", "Accuser:"),
    "interested_party": QT_TRANSLATE_NOOP("report", "an interested party"),
    "role": QT_TRANSLATE_NOOP("report", "role:"),
    "grades": QT_TRANSLATE_NOOP("report", "grades:"),
    "office_at_time": QT_TRANSLATE_NOOP("report", "Office held at the time of the conduct:"),
    "none_recorded": QT_TRANSLATE_NOOP("report", "none recorded"),
    "event": QT_TRANSLATE_NOOP("report", "Event:"),
    "allegation_uncited": QT_TRANSLATE_NOOP("report", "This allegation has no citation."),
    "quoted": QT_TRANSLATE_NOOP("report", "“{quote}”"),
    "no_allegation": QT_TRANSLATE_NOOP("report", "No allegation recorded."),
    "timeline": QT_TRANSLATE_NOOP("report", "Timeline"),
    "events": QT_TRANSLATE_NOOP("report", "Related events"),
    "no_event": QT_TRANSLATE_NOOP("report", "No related event recorded."),
    "notes": QT_TRANSLATE_NOOP("report", "Notes"),
    "source_interested": QT_TRANSLATE_NOOP("report", "[interested party]"),
    "for_field": QT_TRANSLATE_NOOP("report", "(for {field})"),
    "sources": QT_TRANSLATE_NOOP("report", "Sources"),
    "by_author": QT_TRANSLATE_NOOP("report", ", by {author}"),
    "source_is_interested": QT_TRANSLATE_NOOP("report", "interested party"),
    "excerpts_only": QT_TRANSLATE_NOOP("report", "quoted excerpts only"),
    "no_source": QT_TRANSLATE_NOOP("report", "No source cited."),
    "list_separator": QT_TRANSLATE_NOOP("report", ", "),
    "item_separator": QT_TRANSLATE_NOOP("report", "; "),
}


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


def _word(key: str) -> str:
    return translate("report", WORDS[key])


def page_title(report: PersonReport) -> str:
    """"Ali Khamenei — person dossier": the HTML title, the PDF's title and its running head."""
    return _word("title").format(name=isolate(report.dossier.name))


def page_head(report: PersonReport) -> str:
    """The running head of each printed page: whose dossier, and the fixed notice (design.md rule 8).

    The fixed one, not the dossier's own description: the head is one line.
    """
    notice = translate("person_dossier", NOTICE)
    return f"{page_title(report)} · {isolate(notice)}"


def page_foot(report: PersonReport, page: int, pages: int) -> str:
    """"Page 2 of 8 · Dossier Timeline 1.0 · <dossier's title>"."""
    counted = translate("report", "Page {page} of {pages}").format(page=number(page), pages=number(pages))
    return f"{counted} · {_app_name()} {__version__} · {isolate(report.dossier.dossier_title)}"


def _app_name() -> str:
    return translate("app", APP_NAME)  # the same message as the window title's


def render_html(report: PersonReport, timeline_image: str | None = None, timeline_width: int = 640,
                for_print: bool = False) -> str:
    """The report as one HTML page; ``timeline_image`` is an image URL (data: or a Qt resource).

    ``for_print``: for Qt's rich text (the PDF, the printer), which ignores ``<bdi>`` and
    ``@font-face``: data also carries Unicode isolates, and no font is embedded (Qt has it).
    """
    right_to_left = is_right_to_left()
    words = {key: Markup.escape(translate("report", text)) for key, text in WORDS.items()}
    separator = str(words["list_separator"])

    def bdi(text) -> Markup:
        """Data (a name, title, quote, place) or a filled phrase (a date), kept whole in a right-to-left page."""
        if not right_to_left or not text:
            return Markup.escape(text if text is not None else "")
        return Markup("<bdi>{}</bdi>").format(isolate(text) if for_print else text)  # Qt ignores <bdi>

    def refs(citations, inline: bool = False) -> Markup:
        """Note numbers as "[3, 4]": superscript after text, full size in a table cell."""
        numbers = [report.numbers[c.id] for c in citations if c.id in report.numbers]
        if not numbers:
            return Markup("")
        pattern = Markup("[{}]") if inline else Markup("<sup>[{}]</sup>")
        return pattern.format(separator.join(number(n) for n in numbers))

    def hidden(count: int) -> Markup:
        template = words["hidden_one"] if count == 1 else words["hidden_many"]
        return template.format(count=number(count), date=bdi(report.dossier.known_by))

    template = _environment().get_template(TEMPLATE)
    return template.render(
        d=report.dossier, notes=report.notes, numbers=report.numbers, refs=refs, field_name=field_name,
        timeline_image=timeline_image, timeline_width=timeline_width,
        app_name=_app_name(), app_version=__version__, w=words, bdi=bdi, number=number, hidden=hidden,
        lang=language(), right_to_left=right_to_left, title=page_title(report),
        font_faces=_font_faces() if right_to_left and not for_print else Markup(""),
    )


def _font_faces() -> Markup:
    """``@font-face`` rules carrying the bundled Persian font itself (base64), regular and bold."""
    rules = []
    for file_name, weight in EMBEDDED_FONTS:
        encoded = base64.b64encode(resource_path("fonts", file_name).read_bytes()).decode("ascii")
        rules.append(f'@font-face {{ font-family: "Vazirmatn"; font-weight: {weight}; '
                     f'src: url(data:font/ttf;base64,{encoded}) format("truetype"); }}')
    return Markup("\n".join(rules))
