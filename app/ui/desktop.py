"""Desktop habits every window shares: the app icon, and the light or dark scheme — the
system's, or the one chosen in Preferences (pyqtgraph ignores the Qt palette, so views that
draw with it restyle on cue).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ..resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
THEMES = {"system": QT_TRANSLATE_NOOP("desktop", "Follow the system"), "light": QT_TRANSLATE_NOOP("desktop", "Light"),
          "dark": QT_TRANSLATE_NOOP("desktop", "Dark")}


def theme_name(theme: str) -> str:
    """A theme's name ("system", "light", "dark") as the interface's language writes it."""
    return QCoreApplication.translate("desktop", THEMES[theme])

# The window's own colours, per scheme (key: dark); the timeline's are in timeline/palette.py.
# Text that names a problem (a refused edit, a date that is not EDTF, an uncited claim): the
# light scheme's deep red is unreadable on a dark window.
PROBLEM_TEXT = {False: QColor("#B00020"), True: QColor("#FF8A80")}
# The dossier's notice (design.md rule 8): background, text, border.
NOTICE_COLOURS = {False: ("#FFF4D6", "#3D3000", "#C9A227"), True: ("#3A3217", "#F3E2A6", "#8A7425")}
# Cited quotes in the source reader, and the one asked for; the text keeps the palette's colour.
QUOTE_HIGHLIGHT = {False: QColor("#FFF0A0"), True: QColor("#5C4F12")}
QUOTE_EMPHASIS = {False: QColor("#FFB84D"), True: QColor("#8A4B0F")}
QUOTE_GAP = {False: QColor("#D8D8D8"), True: QColor("#4A4D52")}  # an excerpt's "[…]" where text is left out


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


def _dark_palette() -> QPalette:
    """Fusion's roles in dark tones: used when Dark is chosen and the platform cannot switch itself."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2B2D31"), (roles.WindowText, "#E4E6EA"), (roles.Base, "#1F2023"),
        (roles.AlternateBase, "#27292D"), (roles.ToolTipBase, "#3A3D42"), (roles.ToolTipText, "#F0F0F0"),
        (roles.PlaceholderText, "#9A9DA3"), (roles.Text, "#E4E6EA"), (roles.Button, "#34363B"),
        (roles.ButtonText, "#E4E6EA"), (roles.BrightText, "#FF6B6B"), (roles.Light, "#45484E"),
        (roles.Midlight, "#3A3D42"), (roles.Mid, "#2A2C30"), (roles.Dark, "#18191B"), (roles.Shadow, "#0C0C0D"),
        (roles.Highlight, "#3D7BD9"), (roles.HighlightedText, "#FFFFFF"), (roles.Link, "#7AB4FF"),
        (roles.LinkVisited, "#C39BFF"), (roles.Accent, "#3D7BD9"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7C7F85"))
    return palette


class ColorScheme(QObject):
    """The scheme in effect: the theme chosen in Preferences, or else the system's.

    One per application (``color_scheme()``); ``changed(dark)`` fires when it flips, whether
    the system switched (while following it) or the user chose another theme.
    """

    changed = Signal(bool)

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.theme = "system"
        self._system_style = app.style().name()
        self.dark = self._system_is_dark()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    @staticmethod
    def _system_is_dark() -> bool:
        """Whether the system asks for a dark scheme; when it does not say, judge the palette."""
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Unknown:
            return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
        return scheme == Qt.ColorScheme.Dark

    def use(self, theme: str) -> None:
        """Apply "system", "light" or "dark" to the whole application."""
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        if theme == self.theme == "system":
            return  # already following the system: the style and palette are the platform's own
        app, hints = QApplication.instance(), QGuiApplication.styleHints()
        self.theme = theme
        if theme == "system":
            hints.unsetColorScheme()
            app.setStyle(self._system_style)
            app.setPalette(QPalette())  # NOTE: an empty palette gives the platform's own back
            dark = self._system_is_dark()
        else:
            dark = theme == "dark"
            # Native parts (title bars, file dialogs) follow where the platform can switch;
            # Fusion with an explicit palette makes every platform look the same.
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
            app.setStyle("Fusion")
            app.setPalette(_dark_palette() if dark else app.style().standardPalette())
        self._set_dark(dark)

    @Slot(Qt.ColorScheme)
    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.theme == "system":
            self._set_dark(self._system_is_dark() if scheme == Qt.ColorScheme.Unknown else scheme == Qt.ColorScheme.Dark)

    def _set_dark(self, dark: bool) -> None:
        if dark != self.dark:
            self.dark = dark
            self.changed.emit(dark)


def color_scheme() -> ColorScheme:
    """The application's scheme; made with the QApplication's first call."""
    app = QApplication.instance()
    scheme = app.findChild(ColorScheme, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return scheme if scheme is not None else ColorScheme(app)


def is_dark() -> bool:
    return color_scheme().dark


class ColorSchemeFollower(QObject):
    """Calls ``restyle(dark)`` each time the scheme in effect flips between light and dark.

    A child of the view it restyles, so the connection goes when the view goes and a closed
    window is never restyled.
    """

    def __init__(self, owner: QObject, restyle: Callable[[bool], None]):
        super().__init__(owner)
        self._restyle = restyle
        color_scheme().changed.connect(self._on_scheme_changed)

    @Slot(bool)
    def _on_scheme_changed(self, dark: bool) -> None:
        self._restyle(dark)


def follow_color_scheme(owner: QObject, restyle: Callable[[bool], None]) -> ColorSchemeFollower:
    """Restyle ``owner`` now for the scheme in effect, and again whenever it changes."""
    restyle(is_dark())
    return ColorSchemeFollower(owner, restyle)


def problem_colour() -> QColor:
    return PROBLEM_TEXT[is_dark()]


def show_as_problem(label: QWidget) -> None:
    """Draw a label's text in the problem colour of the scheme in effect, now and after a switch."""
    follow_color_scheme(label, lambda dark: label.setStyleSheet(f"color: {PROBLEM_TEXT[dark].name()};"))
