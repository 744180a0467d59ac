from app.ui.selection import Selection


def test_select_back_forward(qtbot):
    selection = Selection()
    seen = []
    selection.changed.connect(lambda t, i: seen.append((t, i)))
    selection.select("persons", "a")
    selection.select("terms", "b")
    assert selection.can_go_back() and not selection.can_go_forward()
    selection.back()
    assert selection.current == ("persons", "a")
    selection.forward()
    assert selection.current == ("terms", "b")
    selection.back()
    selection.select("events", "c")
    assert not selection.can_go_forward()
    assert seen == [("persons", "a"), ("terms", "b"), ("persons", "a"), ("terms", "b"), ("persons", "a"), ("events", "c")]
