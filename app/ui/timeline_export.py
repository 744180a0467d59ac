"""Headless export of the timeline to PNG or SVG: the same widget, rendered without a window."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from ..domain import dates
from ..domain.exchange import write_atomically


class ExportError(Exception):
    """An export that cannot be made, with a message for the user."""


def parse_size(text: str) -> tuple[int, int]:
    """"1600x900" → (1600, 900)."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ExportError(f"size {text!r} is not WIDTHxHEIGHT, e.g. 1600x900") from None
    if not (200 <= width <= 10000 and 150 <= height <= 10000):
        raise ExportError(f"size {text!r} is out of range (200x150 to 10000x10000)")
    return width, height


def export_timeline(store, out: Path | str, *, first_year: int | None = None, last_year: int | None = None,
                    persons: set[str] | None = None, size: tuple[int, int] = (1600, 900)) -> Path:
    """Render the timeline of ``store`` (years inclusive, some persons) to OUT.png or OUT.svg.

    The image is made in memory and replaces the file whole, so a failure never leaves half an image.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ExportError(f"{out}: the file name must end in .png or .svg")
    from .application import headless_application

    app = headless_application()
    from PySide6.QtCore import Qt

    from .desktop import is_dark
    from .session import Session
    from .timeline import TimelineView

    session = Session(store)
    view = TimelineView(session, controls=False)
    view.apply_palette(is_dark())  # the theme of Preferences, as in the window
    view.persons = persons
    view.resize(*size)
    view.reload(fit=True)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # a window's export never flashes a window
    view.show()  # NOTE: laying out needs a shown widget
    app.processEvents()
    first, last = view.visible_days()
    if first_year is not None:
        first = dates.day_number(_dt.date(first_year, 1, 1))
    if last_year is not None:
        last = dates.day_number(_dt.date(last_year + 1, 1, 1))
    if last <= first:
        raise ExportError("--to is before --from")
    view.set_visible_days(first, last)
    view.fit_rows_to_content()
    app.processEvents()
    try:
        image = _rendered(view, suffix, size, store.meta().get("title") or "")
    finally:
        view.close()
        view.deleteLater()
    try:
        write_atomically(out, image)
    except OSError as error:
        raise ExportError(f"{out}: cannot be written ({error.strerror})") from None
    return out


def _rendered(view, suffix: str, size: tuple[int, int], description: str) -> bytes:
    """The view as the bytes of a PNG or an SVG file."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".png":
        if not view.grab().save(buffer, "PNG"):
            raise ExportError("the timeline could not be encoded as PNG")
    else:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(*size))
        generator.setViewBox(QRect(0, 0, *size))
        generator.setTitle("Dossier timeline")
        generator.setDescription(description)
        painter = QPainter(generator)
        try:
            view.render(painter, QPoint(0, 0))
        finally:
            painter.end()
    buffer.close()
    return bytes(data)
