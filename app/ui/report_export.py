"""A person's report on paper: QTextDocument pages painted to a PDF or a printer.

Qt's text layout shapes Persian and mixed-direction text, given a font that has the
glyphs (``fonts.load_bundled_fonts``). Each page carries a running head with the
person's name and the dossier's notice (design.md rule 8) and a numbered foot, in the
report's language, right-aligned when it is written right to left.
"""

from __future__ import annotations

import base64
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QTextBlockFormat, QTextCursor,
    QTextDocument, QTextFormat, QTextOption,
)

from .. import APP_NAME, __version__
from ..domain.exchange import write_atomically
from ..domain.report import PersonReport, build_report, page_foot, page_head, page_title, render_html
from ..domain.wording import is_right_to_left
from ..domain.store import Store
from .qt_app import headless_application
from .fonts import PERSIAN_FAMILY, load_bundled_fonts
from .plain_text import TITLE_CHARS, shown

TIMELINE_URL = "dossier-timeline:lane.png"
PDF_RESOLUTION = 300
HEAD_FOOT_POINTS = 16  # height of the running head and of the foot, in points


LANE_IMAGE_SIZE = (1400, 640)
# NOTE: Vazirmatn's contextual alternates ("calt") swap in glyphs that have no Unicode
# character of their own; Qt's PDF then maps them to nothing, and a reader copying or
# searching the Persian text finds "ا@ران" for "ایران". Without them the letters keep
# their standard joined forms (checked by eye and with pypdf in tests/test_report_languages.py).
WITHOUT_FEATURES = ("calt",)


def report_font(points: int) -> QFont:
    """The report's font: Vazirmatn (Persian and Latin glyphs), every glyph mapped back to its text."""
    font = QFont(PERSIAN_FAMILY, points)
    for feature in WITHOUT_FEATURES:
        font.setFeature(QFont.Tag(feature), 0)
    return font


def _lane_image(store: Store, person_id: str, as_of_day: int | None) -> QImage | None:
    """The person's timeline lane, drawn by the timeline's headless export (None if it cannot be).

    The "as of" cursor stands where the window's stood (``as_of_day``), else at the dossier's as_of.
    """
    from .timeline_export import ExportError, export_timeline

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lane.png"
        try:
            export_timeline(store, path, persons={person_id}, size=LANE_IMAGE_SIZE,
                            as_of_day=store.as_of_day() if as_of_day is None else as_of_day)
        except ExportError:
            return None
        image = QImage(str(path))
    return None if image.isNull() else image


def report_document(report: PersonReport, device: QPagedPaintDevice, timeline: QImage | None) -> QTextDocument:
    """The report laid out for a device's pages (fonts in points, images in its pixels)."""
    load_bundled_fonts()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(report_font(10))
    wrapping = document.defaultTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long word must not run off the page
    if is_right_to_left():
        wrapping.setTextDirection(Qt.LayoutDirection.RightToLeft)
    document.setDefaultTextOption(wrapping)
    body = _body_rect(device)
    if timeline is not None and not timeline.isNull():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(TIMELINE_URL), timeline)
    # NOTE: Qt reads <img width> in 96-dpi pixels and scales it to the device's resolution.
    image_width = int(body.width() * 96 / device.logicalDpiX())
    document.setHtml(render_html(report, TIMELINE_URL if timeline is not None else None, image_width, for_print=True))
    document.setPageSize(QSizeF(body.width(), body.height()))
    _keep_headings_with_their_text(document, body.height())
    return document


def _keep_headings_with_their_text(document: QTextDocument, page_height: float) -> None:
    """Start a page at a heading whose first line of text would fall on the next page.

    Qt's rich text has no ``page-break-after: avoid``; sections otherwise flow freely.
    """
    layout = document.documentLayout()

    def page_of_line(block, line_number: int) -> int:
        line = block.layout().lineAt(line_number)
        return int((layout.blockBoundingRect(block).top() + line.y()) // page_height)

    layout.documentSize()  # lays the whole document out; lines exist only once laid out
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid() and following.layout().lineCount():
            last_line = block.layout().lineCount() - 1
            if page_of_line(block, last_line) < page_of_line(following, 0):
                page_break = QTextBlockFormat()
                page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).mergeBlockFormat(page_break)
                layout.documentSize()
        block = following


def _points(device: QPagedPaintDevice, points: float) -> float:
    return points * device.logicalDpiY() / 72.0


def _body_rect(device: QPagedPaintDevice) -> QRectF:
    """Where the report's text goes on each page, in device pixels (below the head, above the foot)."""
    page = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
    band = _points(device, HEAD_FOOT_POINTS)
    return QRectF(0, band, page.width(), page.height() - 2 * band)


def paint_report(report: PersonReport, device: QPagedPaintDevice, timeline: QImage | None) -> int:
    """Paint every page of the report on a PDF writer or printer; return the page count."""
    document = report_document(report, device, timeline)
    body = _body_rect(device)
    pages = max(1, document.pageCount())
    head = page_head(report)
    painter = QPainter(device)
    try:
        small = report_font(7)
        band = _points(device, HEAD_FOOT_POINTS)
        if is_right_to_left():  # NOTE: then AlignLeft (not absolute) puts the head on the right
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for page in range(pages):
            if page:
                device.newPage()
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(QRectF(0, 0, body.width(), band * 0.8),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, head)
            painter.drawLine(0, int(band * 0.85), int(body.width()), int(band * 0.85))
            foot = page_foot(report, page + 1, pages)
            painter.drawText(QRectF(0, body.bottom() + band * 0.2, body.width(), band * 0.8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, foot)
            painter.save()
            painter.translate(body.left(), body.top() - page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def export_pdf(store: Store, person_id: str, path: str | Path, known_by: str | None = None,
               as_of_day: int | None = None) -> int:
    """Write the person's report as a PDF; return its page count.

    The PDF is made in memory and replaces the file whole, so a failure never leaves half a PDF.
    """
    report = build_report(store, person_id, known_by=known_by)
    pdf = QByteArray()
    buffer = QBuffer(pdf)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(page_title(report))
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter,
    ))
    pages = paint_report(report, writer, _lane_image(store, person_id, as_of_day))
    buffer.close()
    write_atomically(Path(path), bytes(pdf))
    return pages


def export_html(store: Store, person_id: str, path: str | Path, known_by: str | None = None,
                as_of_day: int | None = None) -> None:
    """Write the person's report as one self-contained HTML file (the timeline inlined)."""
    report = build_report(store, person_id, known_by=known_by)
    image = _lane_image(store, person_id, as_of_day)
    source = _data_url(image) if image is not None else None
    write_atomically(Path(path), render_html(report, source, 900).encode("utf-8"))


def _data_url(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


def print_with_preview(store: Store, person_id: str, parent=None, as_of_day: int | None = None) -> None:
    """Show the print preview of the person's report; printing goes from there."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    report = build_report(store, person_id)
    timeline = _lane_image(store, person_id, as_of_day)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(page_title(report))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("report_export", "Print — {name}").format(
        name=shown(report.dossier.name, TITLE_CHARS, TITLE_CHARS)))
    dialog.paintRequested.connect(lambda device: paint_report(report, device, timeline))
    dialog.exec()


def export_report_file(store: Store, person_id: str, path: str | Path, as_of_day: int | None = None) -> int | None:
    """Write the report as PDF or HTML by the file's suffix; the PDF's page count, else None.

    ``as_of_day``: where the lane's "as of" cursor stands (the window's), else at the dossier's as_of.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in (".pdf", ".html"):
        raise ValueError(QCoreApplication.translate("report_export", "{path}: the report is written as .pdf or .html")
                         .format(path=path))
    headless_application()
    if suffix == ".pdf":
        return export_pdf(store, person_id, path, as_of_day=as_of_day)
    export_html(store, person_id, path, as_of_day=as_of_day)
    return None
