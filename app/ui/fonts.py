"""The fonts shipped in resources/fonts, registered with Qt before any text is laid out."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from ..resources import resource_path

BUNDLED_FONTS = ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")
PERSIAN_FAMILY = "Vazirmatn"

_loaded: list[str] = []


def load_bundled_fonts() -> list[str]:
    """Register Vazirmatn once; return its family names.

    Without a font holding Arabic-script glyphs, Persian names fall back to boxes on
    screen and in PDFs on machines that lack one (most Windows and macOS installs
    have one, many Linux ones do not). Needs a QGuiApplication.
    """
    if not _loaded:
        for name in BUNDLED_FONTS:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if font_id != -1:
                _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_loaded))
