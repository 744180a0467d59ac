"""The person list sorts in Qt on keys it holds (fast for 10,000 persons) and behaves as a sorted table."""

from PySide6.QtCore import Qt

from app.domain.names import fold
from app.ui.person_list import ID_ROLE, PersonList
from app.ui.session import Session


def _column(person_list, column):
    proxy = person_list.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_sorted_by_folded_name_then_by_a_clicked_column_keeping_the_current_person(default_store, qtbot):
    person_list = PersonList(Session(default_store))
    qtbot.addWidget(person_list)
    names = _column(person_list, 0)
    assert len(names) > 3 and names == sorted(names, key=fold)
    current = person_list.proxy.index(2, 0).data(ID_ROLE)
    person_list.select_person(current)

    person_list.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # as a header click does
    offices = _column(person_list, 1)
    assert offices == sorted(offices, reverse=True) and offices != sorted(offices)
    assert person_list.table.currentIndex().data(ID_ROLE) == current

    person_list.model.reload()  # after an edit: still in the chosen order
    assert _column(person_list, 1) == offices
    person_list.filter_box.setText(names[0][:4])
    assert names[0] in _column(person_list, 0) and person_list.proxy.rowCount() < len(names)


def test_person_list_model_is_a_valid_model(qtmodeltester, default_store):
    from app.ui.person_list import PersonListModel
    from app.ui.session import Session

    qtmodeltester.check(PersonListModel(Session(default_store)))
