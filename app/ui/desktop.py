"""Desktop habits every window shares: the app icon, and following the system's light or
dark scheme (pyqtgraph ignores the Qt palette, so views that draw with it restyle on cue).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

from ..resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_file(size: int):
    return resource_path("icons", f"dossier-timeline-{size}.png")


def app_icon() -> QIcon:
    """The app icon in every drawn size, so Qt never scales a large one down to 16 px.

    PNGs rather than the SVG: they need no image-format plugin, in the frozen app too,
    and the small sizes are drawn from a simplified drawing.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_file(size)), QSize(size, size))
    return icon


def is_dark() -> bool:
    """Whether the system asks for a dark scheme; when it does not say, judge the palette."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Unknown:
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return scheme == Qt.ColorScheme.Dark


class ColorSchemeFollower(QObject):
    """Calls ``restyle(dark)`` each time the system switches between light and dark.

    A child of the view it restyles, so the connection goes when the view goes and a closed
    window is never restyled.
    """

    def __init__(self, owner: QObject, restyle: Callable[[bool], None]):
        super().__init__(owner)
        self._restyle = restyle
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    @Slot(Qt.ColorScheme)
    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._restyle(is_dark() if scheme == Qt.ColorScheme.Unknown else scheme == Qt.ColorScheme.Dark)


def follow_color_scheme(owner: QObject, restyle: Callable[[bool], None]) -> ColorSchemeFollower:
    """Restyle ``owner`` now for the current scheme, and again whenever the scheme changes."""
    restyle(is_dark())
    return ColorSchemeFollower(owner, restyle)
