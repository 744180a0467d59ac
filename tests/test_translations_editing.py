"""Editing and file handling in Persian: forms, Cite for…, the import preview, Preferences, backups,
needs a source, the delete confirmation and Undo say nothing in English; in English they read as before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from app.domain import csv_exchange, exchange
from app.domain.exchange import ExchangeError
from app.domain.schema import CLAIM_TABLES
from app.domain.staging import row_problems
from app.ui.edit.actions import EditActions
from app.ui.edit.cite import CiteDialog
from app.ui.edit.date_field import DateField
from app.ui.edit.forms import FORM_FIELDS, RecordForm, shown_label
from app.ui.edit.import_preview import ImportPreviewDialog
from app.ui.session import Session
from tests.conftest import SMALL_DOSSIER
from tests.untranslated import dossier_data, untranslated, visible_texts

SCREEN_WIDTH = 1366
# Language codes are typed and stored as they are ("fa", "en"): the hint names them as such.
LANGUAGE_HINT = "e.g. en, fa"


@pytest.fixture
def session(small_store):
    session = Session(small_store)
    yield session
    session.undo_stack.clear()


def _window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def left_in_english(root: QWidget, store, also_data: set[str] = frozenset()) -> list[tuple[str, str]]:
    """The walker's findings under ``root`` less the date fields (another part of the interface's work)."""
    theirs = {found for field in root.findChildren(DateField) for found in visible_texts(field)}
    allowed = {shown_label(LANGUAGE_HINT)}
    return [(where, text) for where, text in untranslated(root, dossier_data(store) | set(also_data))
            if (where, text) not in theirs and text not in allowed]


def forms(session, qtbot) -> dict[tuple[str, str | None], RecordForm]:
    """A new and an existing record's form for every kind of record."""
    opened = {}
    for table in FORM_FIELDS:
        rows = session.store.rows(table)
        for row_id in (None, rows[0]["id"] if rows else None):
            form = RecordForm(session, table, row_id)
            qtbot.addWidget(form)
            form.show()
            opened[table, row_id] = form
    return opened


def test_every_form_is_persian_and_no_wider_than_in_english(request, session, qtbot):
    english = {key: form.sizeHint().width() for key, form in forms(session, qtbot).items()}
    request.getfixturevalue("persian")
    for key, form in forms(session, qtbot).items():
        assert left_in_english(form, session.store) == [], key
        width = form.sizeHint().width()
        assert width <= english[key] * 1.3 or width <= SCREEN_WIDTH, (key, width, english[key])


def test_choices_show_persian_and_store_the_english_value(persian, session, qtbot):
    form = RecordForm(session, "allegations")
    qtbot.addWidget(form)
    status = form.inputs["status"]
    assert status.currentText() == "ادعاشده" and form.value("status") == "alleged"
    status.setCurrentIndex(status.findData("disputed"))
    assert form.value("status") == "disputed"
    role = form.inputs["role"]
    role.setCurrentIndex(role.findData("cover-up"))
    assert role.currentText() == "لاپوشانی" and form.value("role") == "cover-up"
    role.setEditText("نقش دیگری")  # typed words are kept as typed
    assert form.value("role") == "نقش دیگری"
    form.set_value("role", "ordering")
    assert role.currentText() == "صدور دستور"


def test_cite_dialog_is_persian(persian, session, qtbot):
    source = session.store.get("sources", "gazette")
    quote = source["text"][:20]
    session.selection.select("persons", "john-doe")
    dialog = CiteDialog(session, "gazette", quote)
    qtbot.addWidget(dialog)
    dialog.show()
    assert left_in_english(dialog, session.store) == []
    assert dialog.windowTitle() == "استناد برای…"
    dialog.choose("new", "allegations")
    assert dialog.field.itemText(dialog.field.findData("summary")) == "آنچه ادعا شده"
    session.selection.select("sources", "gazette")
    source_dialog = CiteDialog(session, "gazette", quote)
    qtbot.addWidget(source_dialog)
    source_dialog.show()
    source_dialog.choose("record", ("sources", "gazette"))
    assert left_in_english(source_dialog, session.store) == []


def test_needs_a_source_and_the_delete_confirmation_are_persian(persian, session, qtbot, monkeypatch):
    window = _window(qtbot)
    actions = EditActions(window, session)
    view = actions.needs_source
    qtbot.addWidget(view)
    view.show()
    assert left_in_english(view, session.store) == []
    asked = []

    def walk(box):
        asked.append((box.text(), left_in_english(box, session.store)))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", walk)
    assert not actions.delete("persons", "jane-roe")
    (question, left), = asked
    assert question.startswith("شخص «") and question.endswith("» حذف شود؟")
    assert left == []


def test_undo_names_the_edit_in_persian(persian, session, qtbot):
    window = _window(qtbot)
    actions = EditActions(window, session)
    assert actions.delete("persons", "jane-roe", confirm=False)
    assert actions.undo_action.text() == "&واگرد حذف شخص Jane Roe"
    form = RecordForm(session, "organizations")
    qtbot.addWidget(form)
    form.set_value("name", "Front")
    assert form.save()
    assert session.undo_stack.undoText() == "افزودن سازمان Front"


def test_undo_and_the_edit_menu_read_as_before_in_english(session, qtbot):
    window = _window(qtbot)
    actions = EditActions(window, session)
    assert [action.text() for action in actions.add_menu.actions()] == [
        "Person…", "Organization…", "Position…", "Term in office…", "Event…", "Allegation…", "Source…"]
    assert actions.delete("persons", "jane-roe", confirm=False)
    assert actions.undo_action.text() == "&Undo Delete person Jane Roe"
    form = RecordForm(session, "persons")
    qtbot.addWidget(form)
    assert form.windowTitle() == "New person"
    form.set_value("name", "Uncited Person")
    assert form.save()
    uncited = len(session.store.uncited(CLAIM_TABLES))
    assert actions.needs_source.summary.text() == (
        f"{uncited} {'claim has' if uncited == 1 else 'claims have'} no citation. "
        "Select text in a source and choose “Cite for…” to add one.")


def _plan_with_a_new_person(store):
    document = exchange.parse_document(SMALL_DOSSIER.read_text(encoding="utf-8"))
    document["persons"].append({"id": "new-person", "name": "New Person", "name_native": None, "born": None,
                                "died": None, "summary": None, "note": None})
    return exchange.plan_import(document, store, "more.json")


def test_import_preview_is_persian(persian, session, qtbot):
    preview = ImportPreviewDialog("more.json", _plan_with_a_new_person(session.store), None)
    qtbot.addWidget(preview)
    preview.show()
    assert left_in_english(preview, session.store, {"more.json"}) == []
    assert preview.heading.text() == "وارد کردن more.json قرار است ۱ رکورد بیفزاید؛ همه در یک گام که واگرد آن را برمی‌گرداند."


def test_a_refused_import_is_explained_in_persian(persian, session, qtbot, tmp_path):
    path = tmp_path / "persons.csv"
    path.write_text("id,name,nickname\njane-roe,Jane Roe,J\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as refused:
        csv_exchange.plan_csv_import([path], session.store)
    preview = ImportPreviewDialog(path.name, None, refused.value)
    qtbot.addWidget(preview)
    preview.show()
    assert left_in_english(preview, session.store, {path.name}) == []
    assert preview.heading.text() == "persons.csv پذیرفته نشد؛ چیزی تغییر نخواهد کرد. ۲ مشکل:"
    assert preview.details.toPlainText().startswith(
        "persons.csv: سطر ۱: فیلد ۳: ستون ناشناخته‌ی 'nickname' (ستون‌های پذیرفته: id, name,")


def test_import_preview_reads_as_before_in_english(session, qtbot):
    preview = ImportPreviewDialog("more.json", _plan_with_a_new_person(session.store), None)
    qtbot.addWidget(preview)
    assert preview.heading.text() == "Importing more.json will add 1 record, all in one step that Undo reverses."


def test_preferences_and_the_backups_panel_are_persian(persian, qtbot, tmp_path):
    from app.domain import opener
    from app.ui.backups_ui import StoredFilesPanel
    from app.ui.preferences import PreferencesDialog, documents_folder

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated(dialog, {"English", str(documents_folder())}) == []  # each language in its own words
    opener.use_data_folder(tmp_path / "data")
    try:
        panel = StoredFilesPanel()
        qtbot.addWidget(panel)
        panel.show()
        assert untranslated(panel, {str(tmp_path / "data")}) == []
        assert panel.summary.text().startswith("نگه‌داشته‌ی برنامه: ۰ پشتیبان، ۰ رونوشت موقت")
    finally:
        opener.use_data_folder(None)


PERSON = {"id": "x", "name": 5, "name_native": None, "born": None, "died": None, "summary": None, "extra": 1}


def test_a_record_the_schema_refuses_is_explained_in_persian(persian):
    assert row_problems("persons", PERSON, "f.json: persons 'x'") == [
        "f.json: persons 'x': فیلدهای ناشناخته: 'extra'", "f.json: persons 'x': 'note' نیامده است",
        "f.json: persons 'x': name: 5 از نوع متن نیست"]


def test_without_an_interface_the_schema_speaks_jsonschemas_english():
    assert row_problems("persons", PERSON, "f.json: persons 'x'") == [
        "f.json: persons 'x': Additional properties are not allowed ('extra' was unexpected)",
        "f.json: persons 'x': 'note' is a required property",
        "f.json: persons 'x': name: 5 is not of type 'string'"]


@pytest.mark.parametrize("content, persian_reason, english_reason", [
    (b"\xff\xfe{}", "متن با کدگذاری UTF-16 است؛ آن را با UTF-8 ذخیره کنید و دوباره وارد کنید",
     "is UTF-16 text; save it as UTF-8 and import again"),
    (b'{"format": "dossier-timeline", \n "format_version": 2,\n "meta": {} x',
     "JSON معتبر نیست: پس از مقدار «,» یا «}» انتظار می‌رفت در سطر ۳، ستون ۱۳",
     "not valid JSON: expecting ',' or '}' after a value at line 3, column 13"),
])
def test_a_file_that_is_not_an_exchange_file_is_refused_in_the_interfaces_language(
        request, tmp_path, content, persian_reason, english_reason):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ExchangeError) as refused:
        exchange.read_document(path)
    assert refused.value.problems == [f"bad.json: {english_reason}"]
    request.getfixturevalue("persian")
    with pytest.raises(ExchangeError) as refused:
        exchange.read_document(path)
    assert refused.value.problems == [f"bad.json: {persian_reason}"]


def test_the_package_options_are_persian(persian, qtbot):
    from app.ui.originals_ui import PackageOptions

    dialog = PackageOptions()
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated(dialog) == []


def test_institution_colours_and_the_error_dialog_are_persian(persian, session, qtbot, tmp_path):
    from app.ui.error_report import error_dialog
    from app.ui.institution_colours_dialog import InstitutionColoursDialog

    colours = InstitutionColoursDialog(session)
    qtbot.addWidget(colours)
    colours.show()
    colours.change("#112233")
    assert left_in_english(colours, session.store) == []
    assert session.undo_stack.undoText().startswith("رنگ ")
    box = error_dialog("ValueError: x", "details", tmp_path)
    qtbot.addWidget(box)
    box.show()
    assert untranslated(box, {"ValueError: x", str(tmp_path)}) == []
