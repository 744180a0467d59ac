"""What to do first in an empty dossier, shown over the empty timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


def guide() -> str:
    """The steps, naming the menus as the interface's language names them."""
    return QCoreApplication.translate(
        "EmptyGuide",
        "This dossier is empty. To start:\n\n"
        "1.  Edit > Add > Source… — paste the article or report the claims come from.\n"
        "2.  In the Source Reader, select the words that say it and choose “Cite for…”\n"
        "     a new person, term in office or allegation; the form opens with the quote.\n"
        "3.  Or File > Import… a dossier exported as JSON or CSV, or another dossier file.\n\n"
        "Every claim keeps the exact quote of its source, so nothing here is asserted uncited.")


class EmptyGuide(QLabel):
    """A centred note over its parent (the timeline's plot), shown while nothing is drawn."""

    def __init__(self, parent: QWidget):
        super().__init__(guide(), parent)
        self.setObjectName("emptyDossierGuide")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("What to do first in an empty dossier"))
        self.setMargin(16)
        self.setAutoFillBackground(True)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._centre()
        return False

    def set_empty(self, empty: bool) -> None:
        self.setVisible(empty)
        if empty:
            self._centre()
            self.raise_()

    def _centre(self) -> None:
        area = self.parentWidget().rect()
        width = min(620, max(area.width() - 40, 200))
        self.setFixedWidth(width)
        self.adjustSize()
        self.move(area.center().x() - width // 2, max(area.center().y() - self.height() // 2, 10))
