"""Headless export of the timeline to PNG or SVG: the same widget, rendered without a window.

The image is in the interface's language, as the window draws it; its messages too,
through the domain's ``translate`` (Qt's once the interface has installed it), which keeps
this module free of Qt until an export starts.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from ..domain import dates
from ..domain.exchange import write_atomically
from ..domain.wording import translate


class ExportError(Exception):
    """An export that cannot be made, with a message for the user."""


def parse_size(text: str) -> tuple[int, int]:
    """"1600x900" → (1600, 900)."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise ExportError(translate("timeline_export", "size {size} is not WIDTHxHEIGHT, e.g. 1600x900")
                          .format(size=repr(text))) from None
    if not (200 <= width <= 10000 and 150 <= height <= 10000):
        raise ExportError(translate("timeline_export", "size {size} is out of range (200x150 to 10000x10000)")
                          .format(size=repr(text)))
    return width, height


def export_timeline(store, out: Path | str, *, first_year: int | None = None, last_year: int | None = None,
                    persons: set[str] | None = None, size: tuple[int, int] = (1600, 900),
                    as_of_day: int | None = None) -> Path:
    """Render the timeline of ``store`` (years inclusive, some persons) to OUT.png or OUT.svg.

    The "as of" cursor stands on ``as_of_day`` (the window's cursor when exported from it),
    else on the dossier's as_of, never on wherever the middle of the range happens to fall.

    The image is made in memory and replaces the file whole, so a failure never leaves half an image.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ExportError(_wrong_suffix(out))
    from .qt_app import headless_application

    app = headless_application()
    from PySide6.QtCore import Qt

    from .desktop import is_dark
    from .session import Session
    from .timeline import TimelineView

    session = Session(store)
    view = TimelineView(session, controls=False, persons=persons)  # laid out once, for these persons only
    view.apply_palette(is_dark())  # the theme of Preferences, as in the window
    view.resize(*size)
    view.fit_all()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)  # a window's export never flashes a window
    view.show()  # NOTE: laying out needs a shown widget
    app.processEvents()
    first, last = view.visible_days()
    if first_year is not None:
        first = dates.day_number(_dt.date(first_year, 1, 1))
    if last_year is not None:
        last = dates.day_number(_dt.date(last_year + 1, 1, 1))
    if last <= first:
        raise ExportError(translate("timeline_export", "--to is before --from"))
    view.set_visible_days(first, last)
    view.set_as_of_day(store.as_of_day() if as_of_day is None else as_of_day)
    view.fit_rows_to_content()
    app.processEvents()
    try:
        image = _rendered([view], suffix, store.meta().get("title") or "")
    finally:
        view.close()
        view.deleteLater()
    _write(out, image)
    return out


def export_view(view, out: Path | str) -> Path:
    """What a window's timeline shows, as OUT.png or OUT.svg at its size on screen.

    The plot (lanes, axes, overview, "as of" cursor) and the legend as they are, without
    the controls above them.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ExportError(_wrong_suffix(out))
    parts = [widget for widget in (view.graphics, view.legend) if widget.isVisible()]
    _write(out, _rendered(parts, suffix, view.session.store.meta().get("title") or ""))
    return out


def _wrong_suffix(out: Path) -> str:
    return translate("timeline_export", "{path}: the file name must end in .png or .svg").format(path=out)


def _write(out: Path, image: bytes) -> None:
    try:
        write_atomically(out, image)
    except OSError as error:
        raise ExportError(translate("timeline_export", "{path}: cannot be written ({reason})")
                          .format(path=out, reason=error.strerror)) from None


def _rendered(parts, suffix: str, description: str) -> bytes:
    """Widgets stacked top to bottom as the bytes of a PNG or an SVG file."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtWidgets import QWidget

    from .timeline import palette

    width, height = max(part.width() for part in parts), sum(part.height() for part in parts)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".png":
        ratio = parts[0].devicePixelRatioF()
        image = QImage(int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(palette.BACKGROUND)
        device = image
    else:
        device = QSvgGenerator()
        device.setOutputDevice(buffer)
        device.setSize(QSize(width, height))
        device.setViewBox(QRect(0, 0, width, height))
        device.setTitle(translate("timeline_export", "Dossier timeline"))
        device.setDescription(description)
    painter = QPainter(device)
    try:
        top = 0
        for part in parts:
            QWidget.render(part, painter, QPoint(0, top))  # NOTE: pyqtgraph's GraphicsView.render draws its scene only
            top += part.height()
    finally:
        painter.end()
    if suffix == ".png" and not image.save(buffer, "PNG"):
        raise ExportError(translate("timeline_export", "the timeline could not be encoded as PNG"))
    buffer.close()
    return bytes(data)
