"""Sources made from files: the original stored, its text extracted, one undoable edit.

The extracted text becomes the source's ``text``, so it is what quotes are checked
against, what search indexes and what the Source Reader shows — exactly as for a
pasted source. Each PDF page after the first starts with a form feed (U+000C, as
``pdftotext`` marks pages) on a line of its own, so a quote's page is the number of
form feeds before it plus one: ``locator_for`` gives the citation's "p. 3". HTML is read by the standard library's
parser for its readable text (scripts, styles and other non-text dropped; nothing
rendered, nothing fetched). Images, audio and video are stored without text; a
person's transcript of a recording is its own source (``relation`` ``transcript``,
its author the transcriber), so it is attributed and cited like any other text.

pypdfium2 (PDFium) is imported only when a PDF is read.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from . import media_types, originals
from .edits import Edit, free_id, plan_save, slug
from .originals import Original, OriginalError
from .progress import Progress
from .records import record_name
from .store import Store
from .wording import QT_TRANSLATE_NOOP, number, translate

MAX_TEXT_CHARS = 5_000_000  # the exchange format's limit for a source's text
MAX_TEXT_BYTES = 4 * MAX_TEXT_CHARS  # of a text or HTML file read for its text
PAGE_BREAK = "\f"
PAGE_SEPARATOR = "\n" + PAGE_BREAK  # a new line too: readers show no form feed, pages must not run together

# What a source made from a file is, by media type (the part before "/" when not listed).
_KINDS = {"application/pdf": "document", "text/html": "web page", "text/plain": "document",
          "text/markdown": "document", "audio": "audio recording", "video": "video recording", "image": "image"}


@dataclass(frozen=True)
class Extraction:
    """Text read from an original: ``pages`` for a PDF; ``note`` says what was not read, and why."""

    text: str
    title: str | None = None
    pages: int | None = None
    note: str | None = None
    cut: bool = False  # the text was cut at MAX_TEXT_CHARS


# The kinds as a note names them (the source's ``kind`` itself is stored in English).
_KIND_WORDS = {"document": QT_TRANSLATE_NOOP("source_files", "document"),
               "web page": QT_TRANSLATE_NOOP("source_files", "web page"),
               "audio recording": QT_TRANSLATE_NOOP("source_files", "audio recording"),
               "video recording": QT_TRANSLATE_NOOP("source_files", "video recording"),
               "image": QT_TRANSLATE_NOOP("source_files", "image"), "file": QT_TRANSLATE_NOOP("source_files", "file")}


def kind_of(media_type: str) -> str:
    return _KINDS.get(media_type) or _KINDS.get(media_type.split("/")[0], "file")


# --- extraction ----------------------------------------------------------------------


def extract(path: Path, media_type: str) -> Extraction:
    """The readable text of a file already identified by content; cut at ``MAX_TEXT_CHARS``."""
    if media_type == "application/pdf":
        extraction = _pdf(path)
    elif media_types.is_text(media_type):
        extraction = _text_file(path, media_type)
    else:
        return Extraction("", note=translate("source_files", "a {kind} holds no text: add a transcript as its own source")
                          .format(kind=translate("source_files", _KIND_WORDS[kind_of(media_type)])))
    if len(extraction.text) <= MAX_TEXT_CHARS and not extraction.cut:
        return extraction
    page = extraction.text.count(PAGE_BREAK, 0, MAX_TEXT_CHARS) + 1
    note = (translate("source_files", "only the first {count} characters of its text are kept (from page {page} on); "
                                      "the whole file is stored") if extraction.pages else
            translate("source_files", "only the first {count} characters of its text are kept; the whole file is stored"))
    return Extraction(extraction.text[:MAX_TEXT_CHARS], extraction.title, extraction.pages,
                      note.format(count=number(f"{MAX_TEXT_CHARS:,}"), page=number(page)), cut=True)


def _text_file(path: Path, media_type: str) -> Extraction:
    """A text or HTML file's text, read no further than ``MAX_TEXT_BYTES``.

    Text longer than that could not be kept whole anyway, and a large file is never
    read into memory whole.
    """
    with path.open("rb") as handle:
        raw = handle.read(MAX_TEXT_BYTES + 1)
    cut = len(raw) > MAX_TEXT_BYTES
    if cut:
        raw = raw[:MAX_TEXT_BYTES]
        for end in range(len(raw), len(raw) - 4, -1):  # not a UTF-8 character cut in two
            try:
                raw[:end].decode("utf-8")
            except UnicodeDecodeError:
                continue
            raw = raw[:end]
            break
    extraction = html_text(raw) if media_type == "text/html" else Extraction(_clean(decode_text(raw)))
    return Extraction(extraction.text, extraction.title, cut=cut)


def _clean(text: str) -> str:
    """Line ends as \\n and no NUL characters (no program shows them, Qt cuts text at them)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")


def _pdf(path: Path) -> Extraction:
    import pypdfium2 as pdfium  # only when a PDF is read: PDFium is a large library

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        return Extraction("", note=translate("source_files", "no text could be read from the PDF ({error})").format(
            error=error))
    try:
        pages, length = [], 0
        for index in range(len(document)):
            if length > MAX_TEXT_CHARS:  # the rest could not be kept: not read
                break
            page = document[index]
            textpage = page.get_textpage()
            try:
                pages.append(_clean(textpage.get_text_range()).replace(PAGE_BREAK, "\n"))
            finally:
                textpage.close()
                page.close()
            length += len(pages[-1]) + len(PAGE_SEPARATOR)
        count = len(document)
        title = (document.get_metadata_value("Title") or "").strip() or None
    finally:
        document.close()
    text = PAGE_SEPARATOR.join(pages)
    note = None if text.strip(PAGE_BREAK + " \n") else translate(
        "source_files", "the PDF holds no text layer (a scan?): cite it by page")
    return Extraction(text, title, count, note)


class _ReadableText(HTMLParser):
    """The text a reader sees: no scripts, styles or templates; blocks on their own lines."""

    SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object",
                         "canvas", "select", "button"})
    BLOCKS = frozenset({"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2",
                        "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "blockquote",
                        "pre", "figure", "figcaption", "hr", "br", "address", "details", "summary", "form",
                        "fieldset", "caption"})
    CELLS = frozenset({"td", "th"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skipping: list[str] = []
        self._in_title = False
        self._pre = 0

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIPPED:
            self._skipping.append(tag)
        elif tag in self.BLOCKS:
            self.parts.append("\n")
            self._pre += tag == "pre"
        elif tag in self.CELLS:
            self.parts.append("\t")

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif self._skipping and tag == self._skipping[-1]:
            self._skipping.pop()
        elif tag in self.BLOCKS and not self._skipping:
            self.parts.append("\n")
            self._pre -= tag == "pre" and self._pre > 0

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skipping:
            self.parts.append(data if self._pre else re.sub(r"\s+", " ", data))


def html_text(raw: bytes) -> Extraction:
    """The readable text and title of an HTML page, decoded by its declared encoding."""
    parser = _ReadableText()
    parser.feed(_clean(decode_text(raw, html=True)))
    parser.close()
    lines = [line.strip(" ") for line in "".join(parser.parts).split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    title = re.sub(r"\s+", " ", "".join(parser.title_parts)).strip() or None
    return Extraction(text, title)


_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(raw: bytes, *, html: bool = False) -> str:
    """Text by its byte-order mark, else (HTML) its declared charset, else UTF-8, else Windows-1252.

    Windows-1252 is what the HTML standard falls back to; undecodable bytes become U+FFFD.
    The original bytes are kept whatever this reads, so nothing is lost.
    """
    for mark, encoding in _BOMS:
        if raw.startswith(mark):
            return raw.decode(encoding, errors="replace")
    if html:
        declared = _DECLARED_CHARSET.search(raw[:media_types.SNIFF_BYTES])
        if declared:
            try:
                return raw.decode(codecs.lookup(declared.group(1).decode("ascii")).name, errors="replace")
            except LookupError:
                pass  # an encoding Python does not know: read it as below
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


# --- locators ------------------------------------------------------------------------


def page_of(text: str, offset: int) -> int:
    """The PDF page (from 1) a character of an extracted text is on."""
    return text.count(PAGE_BREAK, 0, offset) + 1


def locator_for(text: str, start: int, end: int) -> str:
    """"p. 3" or "pp. 3–4" for a quote at [start, end) of the text extracted from a PDF."""
    first, last = page_of(text, start), page_of(text, max(start, end - 1))
    return f"p. {first}" if first == last else f"pp. {first}–{last}"


# --- adding --------------------------------------------------------------------------


@dataclass
class FileSource:
    """A planned source made from a file: the edit that adds it, and what was read."""

    edit: Edit
    source_id: str
    original: Original
    extraction: Extraction


def utc_now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def plan_source_from_file(store: Store, path: Path | str, *, title: str | None = None, url: str | None = None,
                          limit_bytes: int = originals.DEFAULT_LIMIT_BYTES,
                          progress: Progress | None = None) -> FileSource:
    """Store a file's bytes (committed at once: they are content, not an edit) and plan its source.

    Doing the edit adds the source and its capture record; undoing it removes them and
    leaves the bytes, which no longer belong to anything until added again. The capture
    names ``store.actor`` and keeps only the base file name.
    """
    path = Path(path)
    stored = originals.store_original(store.db.conn, path, name=path.name, limit_bytes=limit_bytes,
                                      progress=progress)
    try:
        extraction = extract(path, stored.media_type)
    except OSError as error:
        raise OriginalError(originals.unreadable(path.name, error)) from None
    captured_at = utc_now()
    shown_title = (title or "").strip() or extraction.title or path.name
    source_id = free_id(store, "sources", slug(shown_title))
    source = {
        "id": source_id, "kind": kind_of(stored.media_type), "title": shown_title, "author": None,
        "publisher": None, "published": None, "url": url or None, "language": None, "text": extraction.text,
        "retrieved": captured_at[:10], "archived_url": None, "license": None, "interested_party": 0,
        "excerpt": int(extraction.cut),
    }
    capture = originals.capture_row(source_id, stored, file_name=path.name, captured_at=captured_at, url=url,
                                    captured_by=store.actor)
    edit = plan_save(store, translate("edits", "Add {kind} {label}").format(kind=record_name("sources"), label=shown_title),
                     {"sources": [source], "source_originals": [capture]})
    return FileSource(edit, source_id, stored, extraction)


def add_source_from_file(store: Store, path: Path | str, **options) -> FileSource:
    """Add a file as a new source now (the command line); the window does the edit through its undo stack."""
    planned = plan_source_from_file(store, path, **options)
    planned.edit.do(store)
    return planned
