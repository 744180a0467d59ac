"""The person dossier: its data (attributed, cited, versions kept) and its view, linked by selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.edits import plan_save
from app.domain.person_dossier import build_person_dossier, match_persons
from app.domain.records import ACCUSER_NOT_NAMED


def _office(dossier, position):
    return next(o for o in dossier.offices if o.position == position)


def test_khamenei_offices_cover_1988_and_since_1989(default_store):
    dossier = build_person_dossier(default_store, "ali-khamenei")
    president = _office(dossier, "President of Iran")
    assert (president.from_text, president.to_text) == ("October 1981", "August 1989")
    leader = _office(dossier, "Supreme Leader of Iran")
    assert leader.from_text == "4 June 1989"
    assert leader.to_text.startswith("ongoing (as of")
    assert leader.sources_differ and "6 August 1989" in leader.alternatives[0].text
    assert all(office.citations for office in dossier.offices)
    assert dossier.name_native == "علی خامنه‌ای"
    assert "it does not establish them" in dossier.notice


def test_allegation_is_an_attributed_sentence_with_the_office_held_then(default_store):
    (allegation,) = build_person_dossier(default_store, "ali-khamenei").allegations
    assert allegation.sentence.startswith(
        "National Council of Resistance of Iran (Mohammad Mohaddessin) alleges that Ali Khamenei was directly linked"
    )
    assert allegation.sentence.endswith("— made 6 Sep 2016, about conduct in 1988; status: alleged")
    assert allegation.accuser_interested
    assert "President of Iran (October 1981 – August 1989)" in allegation.offices_at_time
    assert allegation.grades_text == "not graded"


@pytest.mark.parametrize("conduct_end", ["1988-12?", None, "1988"])
def test_office_at_the_time_is_one_the_conduct_may_overlap(default_store, conduct_end):
    """Conduct in "December 1988?" cannot overlap a term from June 1989 (the parser pads "?" by a year)."""
    from app.domain.report import build_report, render_html

    row = default_store.get("allegations", "alleg-ncri-khamenei-1988-executions")
    plan_save(default_store, "", {"allegations": [{**row, "conduct_start": "1988-12?", "conduct_end": conduct_end}]}).do(default_store)
    (allegation,) = build_person_dossier(default_store, "ali-khamenei").allegations
    held = " ".join(allegation.offices_at_time)
    assert "President of Iran" in held and "Chairman of the Expediency Discernment Council" in held
    assert "Supreme Leader" not in held and "Islamic Republican Party" not in held  # from 1989; to 1987
    page = render_html(build_report(default_store, "ali-khamenei"))
    assert "President of Iran (October 1981 – August 1989)" in page
    assert "Supreme Leader of Iran (since 4 June 1989)" not in page


def test_unnamed_accuser_is_said_so_never_guessed(default_store):
    allegations = build_person_dossier(default_store, "mostafa-pourmohammadi").allegations
    unnamed = next(a for a in allegations if not a.accuser_named)
    assert unnamed.accuser == ACCUSER_NOT_NAMED
    assert unnamed.sentence.startswith(f"It is alleged ({ACCUSER_NOT_NAMED}) that Mostafa Pourmohammadi was implicated")
    assert "made by 6 Sep 2016" in unnamed.sentence
    assert "status: corroborated" in unnamed.sentence


def test_known_only_at_one_time_counts_as_held_then(small_store):
    (allegation,) = build_person_dossier(small_store, "jane-roe").allegations
    assert "Deputy Minister of Works (by 1988 – 1988 or later)" in allegation.offices_at_time
    assert "Minister of Works (July 1985 – 1990)" in allegation.offices_at_time


def test_uncited_office_is_flagged(small_store):
    plan_save(small_store, "", {"terms": [{"id": "term-roe-mayor", "person_id": "jane-roe", "position_id": "mayor",
                               "start": "1991", "end": "1992"}]}).do(small_store)
    office = _office(build_person_dossier(small_store, "jane-roe"), "Mayor of the City")
    assert office.uncited


def test_known_by_hides_later_allegations(small_store):
    dossier = build_person_dossier(small_store, "jane-roe", known_by="2016-09-05")
    assert dossier.allegations == () and dossier.hidden_allegations == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("ali-khamenei", ["ali-khamenei"]),
    ("rafsanjani", ["akbar-hashemi-rafsanjani"]),
    ("KHAMENEI", ["ali-khamenei"]),
    ("nobody at all", []),
])
def test_match_persons(default_store, text, expected):
    assert [p["id"] for p in match_persons(default_store, text)] == expected


def test_match_persons_lists_every_partial_match(default_store):
    assert len(match_persons(default_store, "Ali")) > 1


# --- the view ------------------------------------------------------------------------------


@pytest.fixture
def panes(qtbot, default_store):
    from app.ui.dossier import DossierView
    from app.ui.person_list import PersonList
    from app.ui.session import Session
    from app.ui.source_reader import SourceReader

    session = Session(default_store)
    person_list, dossier, reader = PersonList(session), DossierView(session), SourceReader(session)
    for widget in (person_list, dossier, reader):
        qtbot.addWidget(widget)
        widget.resize(900, 700)
        widget.show()
    return session, person_list, dossier, reader


def _click_person(qtbot, person_list, name):
    table = person_list.table
    row = next(r for r in range(person_list.proxy.rowCount())
               if person_list.proxy.index(r, 0).data() == name)
    rect = table.visualRect(person_list.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _office_rows(dossier):
    model = dossier.offices_proxy
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_choosing_khamenei_shows_his_offices_and_the_allegation(qtbot, panes):
    session, person_list, dossier, reader = panes
    person_list.filter_box.setText("khamen")
    assert person_list.proxy.rowCount() == 1
    _click_person(qtbot, person_list, "Ali Khamenei")
    assert session.selection.current == ("persons", "ali-khamenei")
    assert dossier.name_label.text() == "Ali Khamenei"
    assert dossier.native_label.text() == "علی خامنه‌ای"
    rows = {row[0]: row for row in _office_rows(dossier)}
    assert rows["President of Iran"][2:4] == ["October 1981", "August 1989"]
    assert rows["Supreme Leader of Iran"][2] == "4 June 1989"
    assert "sources differ" in rows["Supreme Leader of Iran"][5]
    top = dossier.allegations.topLevelItem(0).text(0)
    assert "made 6 Sep 2016" in top and "alleges" in top
    assert dossier.tabs.tabText(1) == "Allegations (1)"


def test_activating_a_citation_opens_the_reader_with_the_quote_selected(qtbot, panes):
    session, person_list, dossier, reader = panes
    session.selection.select("allegations", "alleg-ncri-khamenei-1988-executions")
    assert dossier.tabs.currentIndex() == 1
    assert dossier.allegations.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == (
        "allegations", "alleg-ncri-khamenei-1988-executions")
    citation_item = next(item for item in dossier.allegations.citation_items()
                         if "directly linked to the executions" in item.text(0))
    dossier.allegations.itemActivated.emit(citation_item, 0)
    quote = "It said supreme leader Ayatollah Ali Khamenei and former President Hashemi Rafsanjani were directly linked to the executions."
    assert reader.fields["title"].text().startswith("Iran Mass Execution Allegations")
    assert reader.selected_text() == quote
    assert session.selection.current[0] == "citations"


def test_dossier_row_and_selection_follow_each_other(qtbot, panes):
    session, person_list, dossier, reader = panes
    session.selection.select("terms", "term-khamenei-president")
    current = dossier.offices_table.currentIndex()
    assert current.siblingAtColumn(0).data() == "President of Iran"
    assert dossier.office_citations.count() == 5  # UANI, W1, the article twice, the Los Angeles Times
    assert person_list.table.currentIndex().siblingAtColumn(0).data() == "Ali Khamenei"

    leader_row = next(r for r, row in enumerate(_office_rows(dossier)) if row[0] == "Supreme Leader of Iran")
    rect = dossier.offices_table.visualRect(dossier.offices_proxy.index(leader_row, 0))
    qtbot.mouseClick(dossier.offices_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert session.selection.current == ("terms", "term-khamenei-supreme-leader")

    session.selection.select("terms", "term-khamenei-supreme-leader-assumed-office")  # the other version
    assert dossier.offices_table.currentIndex().siblingAtColumn(0).data() == "Supreme Leader of Iran"


def test_offices_sort_by_day_not_by_text(qtbot, panes):
    session, person_list, dossier, reader = panes
    session.selection.select("persons", "ali-khamenei")
    dossier.offices_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _office_rows(dossier)[0][0] == "Supreme Leader of Iran"
    dossier.offices_table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert _office_rows(dossier)[0][0] == "Supreme Leader of Iran"  # 27 years, the longest


def test_offices_model_is_a_valid_model(qtmodeltester, default_store):
    from app.ui.dossier.offices_model import OfficesModel

    model = OfficesModel()
    model.set_items(build_person_dossier(default_store, "ali-khamenei").offices)
    qtmodeltester.check(model)


def test_back_and_forward_walk_what_was_looked_at(qtbot, panes):
    from PySide6.QtGui import QKeySequence

    from app.ui.history_actions import HistoryActions

    session, person_list, dossier, reader = panes
    history = HistoryActions(session.selection)
    assert not history.back.isEnabled()
    session.selection.select("persons", "ali-khamenei")
    session.selection.select("persons", "ali-fallahian")
    assert history.back.isEnabled() and not history.forward.isEnabled()
    history.back.trigger()
    assert dossier.name_label.text() == "Ali Khamenei"
    history.forward.trigger()
    assert dossier.name_label.text() == "Ali Fallahian"
    assert QKeySequence("Alt+Left") in history.back.shortcuts()


def test_a_name_holding_html_is_shown_literally(qtbot, small_store):
    from app.ui.dossier import DossierView
    from app.ui.person_list import PersonList
    from app.ui.session import Session

    plan_save(small_store, "", {"persons": [{"id": "jane-roe", "name": "<img src=x> <b>Roe</b> & co"}]}).do(small_store)
    session = Session(small_store)
    person_list, dossier = PersonList(session), DossierView(session)
    qtbot.addWidget(person_list)
    qtbot.addWidget(dossier)
    session.selection.select("persons", "jane-roe")
    assert dossier.name_label.text() == "<img src=x> <b>Roe</b> & co"
    assert dossier.name_label.textFormat() == Qt.TextFormat.PlainText
    assert person_list.table.currentIndex().data() == "<img src=x> <b>Roe</b> & co"
    assert "&lt;img src=x&gt;" in person_list.table.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    assert "<img src=x>" in dossier.allegations.topLevelItem(0).text(0)


def test_an_uncited_claim_is_flagged_in_the_view(qtbot, small_store):
    from app.ui.dossier import DossierView
    from app.ui.dossier.claims import UNCITED_TEXT
    from app.ui.session import Session

    small_store.db["citations"].delete("c-alleg")
    session = Session(small_store)
    dossier = DossierView(session)
    qtbot.addWidget(dossier)
    session.selection.select("allegations", "alleg-roe-arrests")
    claim = dossier.allegations.topLevelItem(0)
    assert claim.child(claim.childCount() - 1).text(0) == UNCITED_TEXT


def test_an_office_known_only_at_the_time_is_held_then_and_possibly_held_outside(default_store):
    import datetime as dt

    from app.domain import dates

    def held(day):
        return {t["id"]: t["standing"] for t in default_store.terms_on(dates.day_number(dt.date.fromisoformat(day)))}

    assert held("1988-07-19")["term-fallahian-deputy-minister-of-intelligence"] == "held"
    assert held("1990-01-01")["term-fallahian-deputy-minister-of-intelligence"] == "possibly"
    assert held("2000-01-01")["term-fallahian-deputy-minister-of-intelligence"] == "known only"


def test_as_of_bounds_open_sides_and_lists_what_is_known_only_at_another_time(default_store):
    """19 Jul 1988: not the Council of the Islamic Revolution (known in 1979 only), Bourdon known only in 2016."""
    import datetime as dt

    from app.domain import dates

    on = {t["id"]: t for t in default_store.terms_on(dates.day_number(dt.date(1988, 7, 19)))}
    assert "term-khamenei-council-of-the-islamic-revolution" not in on  # 1979, end unknown: faded by 1981
    bourdon = on["term-bourdon-ncri-lawyer"]
    assert (bourdon["standing"], bourdon["known_when"]) == ("known only", "on 6 Sep 2016")
    assert on["term-rafsanjani-commander-in-chief"]["standing"] == "possibly"  # from June 1988, end unknown


def test_an_open_end_stops_at_death_and_at_the_next_term_of_the_same_office(default_store):
    import datetime as dt

    from app.domain import dates

    def standing(term_id, day):
        return {t["id"]: t["standing"] for t in default_store.terms_on(dates.day_number(day))}.get(term_id)

    term = default_store.get("terms", "term-khamenei-council-of-the-islamic-revolution")
    assert standing(term["id"], dt.date(1980, 6, 1)) == "possibly"
    plan_save(default_store, "", {"persons": [{"id": "ali-khamenei", "died": "1980-03"}]}).do(default_store)
    assert standing(term["id"], dt.date(1980, 6, 1)) is None  # not after his death
    plan_save(default_store, "", {"persons": [{"id": "ali-khamenei", "died": None}]}).do(default_store)
    plan_save(default_store, "", {"terms": [{**term, "id": "term-khamenei-council-again", "start": "1980-02", "end": "1980-03"}]}).do(
        default_store)
    assert standing(term["id"], dt.date(1980, 6, 1)) is None  # the next term of the office began in Feb 1980


def test_the_as_of_panel_lists_a_claim_once_and_known_only_terms_apart(qtbot, default_store):
    import datetime as dt

    from app.domain import dates
    from app.ui.main_window import MainWindow
    from app.ui.session import Session

    window = MainWindow(Session(default_store))
    qtbot.addWidget(window)
    panel = window.as_of_panel
    panel.set_on_screen(True)
    window.timeline.set_as_of_day(dates.day_number(dt.date(2000, 1, 1)))
    panel.show_day(window.timeline.as_of_day())
    lines = panel.lines()
    assert lines.count("Ali Khamenei — Supreme Leader of Iran") == 1  # two versions of one claim
    window.timeline.set_as_of_day(dates.day_number(dt.date(1988, 7, 19)))
    panel.show_day(window.timeline.as_of_day())
    lines = panel.lines()
    known = next(i for i, line in enumerate(lines) if line.startswith("Known only at another time ("))
    allegations = next(i for i, line in enumerate(lines) if line.startswith("Allegations about conduct"))
    assert {"Mohammad Mohaddessin — Chairman of the NCRI Foreign Affairs Committee (known only on 6 Sep 2016)",
            "William Bourdon — Lawyer for the National Council of Resistance of Iran (known only on 6 Sep 2016)",
            } <= set(lines[known + 1:allegations])
    assert not any("William Bourdon" in line for line in lines[:known])  # not "possibly held" in 1988
    assert not any("Council of the Islamic Revolution" in line for line in lines)
    assert len(lines) == len(set(lines))


def test_the_person_list_counts_offices_as_the_dossier_lists_them(qtbot, default_store):
    """Khamenei: 15 term rows, versions of 12 claims → 12 in the list and in the dossier."""
    from PySide6.QtCore import Qt

    from app.ui.person_list import PersonListModel
    from app.ui.session import Session

    model = PersonListModel(Session(default_store))
    counted = {model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1): model.data(model.index(r, 1))
               for r in range(model.rowCount())}
    for person_id, offices in counted.items():
        assert offices == len(build_person_dossier(default_store, person_id).offices), person_id
    assert counted["ali-khamenei"] == 12 and counted["akbar-hashemi-rafsanjani"] == 9
    assert default_store.count("terms") > sum(counted.values())  # versions were counted more than once before
    assert "count once" in model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
