"""Regenerate the app icon's PNG sizes, .ico and .icns from the SVGs in resources/icons/.

The SVGs are the source; the generated files are committed so a build needs neither this
script nor Pillow. Sizes up to 32 px come from the simplified small SVG, which is drawn on
the 16 px grid; larger ones from the full drawing.

    python packaging/make_icons.py      (needs PySide6 and Pillow: pip install pillow)
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
FULL_SVG = ICONS / "dossier-timeline.svg"
SMALL_SVG = ICONS / "dossier-timeline-small.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows reads at most 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # the sizes Pillow's ICNS writer stores (1024 = 512@2x)
LARGEST_SMALL_DRAWING = 32


def png_path(size: int) -> Path:
    return ICONS / f"dossier-timeline-{size}.png"


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size, as PNG bytes (Qt's SVG renderer, antialiased)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs one)
    images = {}
    for size in PNG_SIZES:
        svg = SMALL_SVG if size <= LARGEST_SMALL_DRAWING else FULL_SVG
        data = render(svg, size)
        png_path(size).write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
        print(f"wrote {png_path(size).relative_to(ICONS.parent.parent)}")

    # Each size is given as drawn, so Pillow does not scale the small ones down from 256.
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ICONS / "dossier-timeline.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    images[1024] = Image.open(io.BytesIO(render(FULL_SVG, 1024))).convert("RGBA")
    images[max(ICNS_SIZES)].save(
        ICONS / "dossier-timeline.icns",
        append_images=[images[size] for size in ICNS_SIZES if size != max(ICNS_SIZES)],
    )
    print("wrote resources/icons/dossier-timeline.ico and dossier-timeline.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
