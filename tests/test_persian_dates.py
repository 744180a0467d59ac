"""Dates and the timeline in Persian (issue 20): Solar Hijri first, Persian digits, typed in either calendar.

English reads as before; the walker (tests/untranslated.py) finds no English left in the
timeline's controls, the date field, Go to Date, the As of panel and the empty guide.
"""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.domain import dates, typed_dates
from app.ui.edit.date_field import DateField
from app.ui.go_to_date import DateDialog
from app.ui.timeline.empty_guide import EmptyGuide
from tests.untranslated import dossier_data, untranslated

FIRST, LTR, END, RLM = "\u2068", "\u2066", "\u2069", "\u200f"  # the isolates around each calendar's reading
# The Gregorian part of a Persian date is written as sources print it: "19 Jul 1988".
GREGORIAN_AS_PRINTED = set(dates.SHORT_MONTHS)


def plain(text: str) -> str:
    """Without the direction isolates, to read the words."""
    return text.replace(FIRST, "").replace(LTR, "").replace(END, "").replace(RLM, "")


def test_a_persian_date_reads_solar_hijri_first_each_part_isolated(persian):
    assert dates.format_date("1988-07-19") == f"{RLM}{FIRST}۲۸ تیر ۱۳۶۷{END} · {LTR}19 Jul 1988{END}"
    assert dates.format_day_both(dt.date(1988, 7, 19)) == f"{RLM}{FIRST}۲۸ تیر ۱۳۶۷{END} · {LTR}19 Jul 1988{END}"
    assert dates.solar_hijri_day(dt.date(1979, 2, 11)) == "۲۲ بهمن ۱۳۵۷"


@pytest.mark.parametrize("edtf, shown", [
    ("1988-07", "تیر–مرداد ۱۳۶۷ · Jul 1988"),
    ("1988", "۱۳۶۶–۱۳۶۷ · 1988"),  # a year stays a year: the two Solar Hijri years it touches
    ("1988~", "حدود ۱۳۶۷ · 1988"),  # about a year: about the Solar Hijri year holding most of it
    ("1988-07~", "حدود تیر ۱۳۶۷ · Jul 1988"),
    ("1988?", "۱۳۶۶–۱۳۶۷ · 1988؟"),
    ("1988%", "حدود ۱۳۶۷ · 1988؟"),
    ("[..1988]", "۱۳۶۶–۱۳۶۷ · 1988 یا پیش از آن"),
    ("[1988..]", "۱۳۶۶–۱۳۶۷ · 1988 یا پس از آن"),
    ("[1985..1988]", "۱۳۶۳–۱۳۶۷ · 1985 – 1988"),
    ("[1988-06-22..1988-07-22]", "تیر ۱۳۶۷ · 22 Jun 1988 – 22 Jul 1988"),
    ("[1988-03-21..1989-03-20]", "۱۳۶۷ · 21 Mar 1988 – 20 Mar 1989"),
    ("198X", "198X"),  # a rare form stays as written
    (None, "نامعلوم"),
    ("..", "ادامه دارد"),
])
def test_persian_dates_are_never_more_precise_than_the_edtf(persian, edtf, shown):
    assert plain(dates.format_date(edtf)) == shown
    assert dates.format_both(edtf) == dates.format_date(edtf)  # one reading holds both calendars


def test_persian_spans_and_times(persian):
    assert plain(dates.format_span("2013-08", "..", as_of="2016-09-06")) == \
        "از مرداد–شهریور ۱۳۹۲ · Aug 2013 (تا تاریخ ۱۶ شهریور ۱۳۹۵ · 6 Sep 2016)"
    assert plain(dates.format_span("1981-10-13", "1989-08")) == \
        "۲۱ مهر ۱۳۶۰ · 13 Oct 1981 تا مرداد–شهریور ۱۳۶۸ · Aug 1989"
    assert plain(dates.format_span(None, "..")) == "(آغاز نامعلوم) – ادامه دارد"
    assert plain(dates.format_known_time("[..2016]", "[2016..]")) == "در ۱۳۹۴–۱۳۹۵ · 2016"
    assert dates.format_event_span(None, None) == "تاریخ نامعلوم"


def test_english_dates_read_as_before():
    assert dates.format_date("1988-07-19") == "19 July 1988"
    assert dates.format_both("1988-07-19") == "19 July 1988 · 28 Tir 1367"
    assert dates.format_day_both(dt.date(1988, 7, 19)) == "19 Jul 1988 · 28 Tir 1367"
    assert dates.format_span("2013-08", "..", as_of="2016-09") == "since August 2013 (as of September 2016)"
    assert dates.format_both("[1985..1988]") == "between 1985 and 1988 · 1363–1367"


def test_typed_date_messages_are_persian(persian):
    with pytest.raises(dates.DateError, match="«31 Feb 1988» تاریخ ممکنی نیست"):
        typed_dates.read_typed_date("31 Feb 1988")


# --- the date field and Go to Date ------------------------------------------------------


def test_the_date_field_in_persian_reads_solar_hijri_and_shows_what_it_stores(persian, qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    assert field.calendar.currentText() == "هجری شمسی"
    field.line.insert("۱۳۶۷/۰۴/۲۸")  # (QTest cannot type letters beyond Latin-1)
    assert field.value() == "1988-07-19" and field.problem is None
    assert plain(field.meaning.text()) == "۲۸ تیر ۱۳۶۷ · 19 Jul 1988"
    assert plain(field.stored.text()) == "ذخیره می‌شود به صورت: 1988-07-19"  # EDTF keeps ASCII digits
    assert untranslated(field, GREGORIAN_AS_PRINTED) == []
    field.calendar.setCurrentIndex(field.calendar.findData(typed_dates.GREGORIAN))  # the same digits, Gregorian
    assert field.value() == "1367-04-28" and plain(field.stored.text()).endswith("1367-04-28")
    field.line.setText("1988")
    field.calendar.setCurrentIndex(field.calendar.findData(typed_dates.SOLAR_HIJRI))
    assert field.problem.startswith("1988 سال هجری شمسیِ دوران ما نیست") and field.stored.isHidden()
    assert field.meaning.text().startswith("⚠ ")


def test_a_stored_date_is_shown_with_the_gregorian_switch(persian, qtbot):
    field = DateField(ongoing_allowed=True)
    qtbot.addWidget(field)
    field.set_value("1988-07~")
    assert field.calendar_in_use() == typed_dates.GREGORIAN and field.value() == "1988-07~"
    assert plain(field.meaning.text()) == "حدود تیر ۱۳۶۷ · Jul 1988"
    field.set_value("..")
    assert field.problem is None and field.meaning.text() == "ادامه دارد"


def test_the_date_field_in_english_reads_as_before_and_can_switch(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    assert field.calendar.currentText() == "Gregorian"
    qtbot.keyClicks(field.line, "c. 1988")
    assert field.value() == "1988~"
    assert field.meaning.text() == "c. 1988 · c. 1367"
    assert plain(field.stored.text()) == "Stored as: 1988~"
    field.line.setText("1367-04-28")
    field.calendar.setCurrentIndex(field.calendar.findData(typed_dates.SOLAR_HIJRI))
    assert field.value() == "1988-07-19" and field.meaning.text() == "19 July 1988 · 28 Tir 1367"
    field.line.setText("")
    assert field.value() is None and field.meaning.text() == "unknown (leave empty)" and field.stored.isHidden()


def test_go_to_date_takes_a_persian_date(persian, qtbot):
    dialog = DateDialog("برو به تاریخ", "تاریخ:")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.field.line.insert("حدود تیر ۱۳۶۷")
    assert ok.isEnabled() and dialog.date() == "1988-07~"
    assert untranslated(dialog, GREGORIAN_AS_PRINTED | {"OK", "Cancel"}) == []  # Qt's buttons: qtbase_fa


# --- the timeline -----------------------------------------------------------------------


def test_the_timeline_in_persian_leaves_nothing_english(persian_window, qtbot):
    window = persian_window
    window.resize(2400, 900)  # every control on the tool bar, none behind its » button
    qtbot.wait(20)
    timeline = window.timeline
    data = dossier_data(window.session.store) | GREGORIAN_AS_PRINTED
    assert untranslated(timeline, data) == []
    assert timeline.known_by_check.isVisibleTo(timeline)
    assert timeline.counts_label.text() == "۲ شخص · ۳ سمت · ۱ رویداد · ۱ ادعا"
    shown_day = typed_dates.read_typed_date(timeline.known_by_edit.text())  # Solar Hijri, read back whole
    assert dates.bounds(shown_day).earliest == window.session.store.as_of_day()
    assert [button.text() for button in timeline.preset_buttons.values()] == ["همه", "دهه", "سال", "ماه"]
    assert [button.text() for button in timeline.kind_buttons.values()] == ["سمت‌ها", "رویدادها", "ادعاها"]
    assert timeline.cursor_tag.text.startswith("تا تاریخ ")
    legend = [text for text, _mark in timeline.legend.entries]
    assert "مستند" in legend and any(text.startswith("تا تاریخ ") for text in legend)
    assert not [text for text in legend if untranslated_text(text, data)]
    panel = window.as_of_panel
    lines = panel.lines()
    assert panel.heading.text().startswith("تا تاریخ ") and lines[0].startswith("سمت‌های در تصدی (")
    assert untranslated(panel, data) == []


def untranslated_text(text: str, data: set[str]) -> bool:
    """Whether a painted text (the legend's) holds English words that are no data."""
    label = QWidget()
    label.setToolTip(text)
    found = untranslated(label, data)
    label.deleteLater()
    return bool(found)


def test_the_solar_hijri_axis_is_on_in_persian_with_persian_digits(persian_window):
    timeline = persian_window.timeline
    assert persian_window.solar_hijri_action.isChecked() and timeline.top_axis.isVisible()
    ticks = timeline.top_axis.ticks(dt.date(1985, 1, 1), dt.date(1990, 1, 1), "year", 1)
    assert [label for _day, label in ticks][:2] == ["۱۳۶۴ ه\u200d.ش", "۱۳۶۵ ه\u200d.ش"]
    months = timeline.top_axis.ticks(dt.date(1988, 6, 1), dt.date(1988, 8, 1), "month", 1)
    assert [label for _day, label in months] == ["تیر ۱۳۶۷", "مرداد ۱۳۶۷"]


def test_the_timeline_in_english_reads_as_before(window):
    timeline = window.timeline
    assert not window.solar_hijri_action.isChecked()
    assert [button.text() for button in timeline.preset_buttons.values()] == ["All", "Decade", "Year", "Month"]
    assert [button.text() for button in timeline.kind_buttons.values()] == ["Offices", "Events", "Allegations"]
    assert timeline.kind_buttons["events"].toolTip() == "Show or hide events"
    assert timeline.cursor_tag.text.startswith("as of ") and " · " in timeline.cursor_tag.text
    assert window.as_of_panel.lines()[0].startswith("Offices held (")
    ticks = timeline.top_axis.ticks(dt.date(1988, 6, 1), dt.date(1988, 8, 1), "month", 1)
    assert [label for _day, label in ticks] == ["Tir 1367 SH", "Mordad 1367 SH"]


def test_the_empty_guide_in_persian(persian, qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    guide = EmptyGuide(parent)
    parent.show()
    guide.set_empty(True)
    assert guide.text().startswith("این پرونده خالی است")
    assert untranslated(guide) == []
