"""Errors users can report: an unexpected exception is logged (rotating, in the data folder,
no dossier content) and shown in a dialog whose details can be copied; Help > Show Log Folder."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import error_report
from app.ui.error_report import ErrorReporter, describe, log_folder, start_log

SECRET = "Khamenei alleged quote 1988"


def fail_with_secret():
    try:
        {}["ali-khamenei"]
    except KeyError:
        raise ValueError(SECRET) from None


def caught() -> tuple:
    try:
        fail_with_secret()
    except ValueError:
        return sys.exc_info()


@pytest.fixture
def reporter(tmp_path):
    """The reporter as the app installs it, with the hooks put back afterwards."""
    hooks = sys.excepthook, threading.excepthook
    start_log(tmp_path)
    reporter = ErrorReporter(QApplication.instance(), tmp_path)
    yield reporter
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == hooks
    for handler in list(error_report.log.handlers):
        error_report.log.removeHandler(handler)
        handler.close()


def test_details_name_the_code_path_but_never_the_message_or_values():
    details = describe(*caught())

    assert "builtins.ValueError (message withheld" in details
    assert "in fail_with_secret" in details and "tests/test_error_report.py" not in details
    assert SECRET not in details and "ali-khamenei" not in details
    assert "Dossier Timeline 0." in details.splitlines()[0]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_with_copyable_details(reporter, qtbot, monkeypatch, tmp_path):
    shown = []

    def click_copy(box):
        shown.append((box.text(), box.informativeText(), box.detailedText()))
        box.copy_button.click()

    monkeypatch.setattr(QMessageBox, "exec", click_copy)

    QTimer.singleShot(0, fail_with_secret)  # raised inside Qt's event loop, as a bug in a slot would be
    qtbot.waitUntil(lambda: bool(shown))

    text, informative, details = shown[0]
    assert text == "Something went wrong in Dossier Timeline."
    assert SECRET in informative  # on screen, for the user
    assert str(log_folder(tmp_path)) in informative
    assert QGuiApplication.clipboard().text() == details and SECRET not in details
    log = (log_folder(tmp_path) / error_report.LOG_NAME).read_text(encoding="utf-8")
    assert "unexpected error" in log and "in fail_with_secret" in log and SECRET not in log


def test_the_log_rotates_in_the_data_folder(reporter, tmp_path):
    handler = next(h for h in error_report.log.handlers if isinstance(h, logging.handlers.RotatingFileHandler))
    assert handler.baseFilename == str(log_folder(tmp_path) / error_report.LOG_NAME)
    assert (handler.maxBytes, handler.backupCount) == (error_report.LOG_BYTES, error_report.LOG_FILES_KEPT)
    for _ in range(3):
        error_report.log.info("x" * 400_000)
    assert (log_folder(tmp_path) / f"{error_report.LOG_NAME}.1").exists()


def test_help_show_log_folder_opens_it(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    action = next(a for a in window.help_menu.actions() if a.text() == "Show &Log Folder")

    action.trigger()

    from app.launch import data_folder

    assert opened == [QUrl.fromLocalFile(str(log_folder(data_folder())))]
