import sqlite3

import pytest

from app.domain import dates
from app.domain.edits import plan_delete, plan_save
from app.domain.migrations import schema_version
from app.domain.schema import APPLICATION_ID, CONTRACT
from app.domain.store import ReferencedError, StoreError


def day(text):
    return dates.bounds(text).earliest


def test_new_file_is_stamped_as_a_dossier(small_db_path):
    conn = sqlite3.connect(small_db_path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x444F5353
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", *CONTRACT} <= tables
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(schema_version())


def test_user_file_uses_wal(small_store):
    assert small_store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert small_store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_terms_join_position_and_organization(small_store):
    terms = {t["id"]: t for t in small_store.terms("jane-roe")}
    minister = terms["term-roe-minister"]
    assert minister["position_title"] == "Minister of Works"
    assert minister["organization_name"] == "Ministry of Works"
    assert minister["start_earliest"] == day("1985-07-01")


def test_terms_on_a_day_certain_and_possible(small_store):
    on = {t["id"]: t for t in small_store.terms_on(day("1988-07-19"))}
    assert on["term-roe-minister"]["standing"] == "held"
    assert on["term-roe-deputy"]["standing"] == "held"  # known only "at the time" (1988): held in 1988
    assert "term-doe-mayor" not in on
    soon_after = {t["id"]: t["standing"] for t in small_store.terms_on(day("1989-06-01"))}
    assert soon_after["term-roe-deputy"] == "possibly"  # faded after 1988, as the timeline draws it
    later = {t["id"]: t["standing"] for t in small_store.terms_on(day("2016-01-01"))}
    assert later == {"term-doe-mayor": "held", "term-roe-deputy": "known only"}  # never "possibly" 28 years on
    after_as_of = {t["id"] for t in small_store.terms_on(day("2020-01-01"))}
    assert "term-doe-mayor" not in after_as_of


def test_allegations_with_accuser_and_known_by(small_store):
    (allegation,) = small_store.allegations("jane-roe")
    assert allegation["accuser_org_name"] == "Opposition Front"
    assert allegation["accuser_org_interested"] == 1
    assert small_store.allegations(known_by="2016-09-05") == []
    assert len(small_store.allegations(known_by="2016-09-06")) == 1


def test_citations_of_a_row(small_store):
    (citation,) = small_store.citations("terms", "term-doe-mayor")
    assert citation["quote"] == "John Doe has been mayor since August 2013"
    assert citation["source_title"] == "Example Gazette report"


def test_save_derives_bounds_and_refuses_bad_dates(small_store):
    change = plan_save(small_store, "", {"events": [{"id": "ev-new", "title": "New", "start": "1990-05", "end": None}]}).do(small_store)
    assert change.added == {"events": {"ev-new"}}
    assert small_store.get("events", "ev-new")["start_latest"] == day("1990-05-31")
    with pytest.raises(StoreError, match="1988-13-45"):
        plan_save(small_store, "", {"events": [{"id": "ev-bad", "title": "Bad", "start": "1988-13-45"}]}).do(small_store)
    with pytest.raises(StoreError, match="before"):
        plan_save(small_store, "", {"events": [{"id": "ev-bad", "title": "Bad", "start": "1990", "end": "1980"}]}).do(small_store)
    assert small_store.get("events", "ev-bad") is None


def test_update_reports_only_real_changes(small_store):
    assert plan_save(small_store, "", {"persons": [{"id": "john-doe", "name": "John Doe"}]}).do(small_store).updated == {}
    assert plan_save(small_store, "", {"persons": [{"id": "john-doe", "summary": "Mayor"}]}).do(small_store).updated == {"persons": {"john-doe"}}


def test_delete_refused_while_referred_to(small_store):
    with pytest.raises(ReferencedError) as refused:
        plan_delete(small_store, "organizations", "opposition-front").do(small_store)
    assert ("allegations", "alleg-roe-arrests") in refused.value.referrers
    assert "alleg-roe-arrests" in str(refused.value)
    assert small_store.get("organizations", "opposition-front") is not None


def test_delete_takes_dependents_and_their_citations(small_store):
    expected = set(small_store.dependents("persons", "jane-roe"))
    assert ("terms", "term-roe-minister") in expected and ("citations", "c-roe-minister") in expected
    change = plan_delete(small_store, "persons", "jane-roe").do(small_store)
    assert small_store.get("terms", "term-roe-minister") is None
    assert small_store.get("citations", "c-roe-minister") is None
    assert small_store.get("citations", "c-roe") is None
    assert "c-roe-minister" in change.deleted["citations"]


def test_foreign_keys_enforced(small_store):
    row = {"id": "t-x", "person_id": "nobody", "position_id": "mayor"}
    with pytest.raises(StoreError, match="no persons record has id 'nobody'"):
        plan_save(small_store, "", {"terms": [row]})
    with pytest.raises(sqlite3.IntegrityError):  # the file itself refuses it too
        small_store.db["terms"].insert(row)


def test_date_range_covers_data_and_as_of(small_store):
    first, last = small_store.date_range()
    assert first <= day("1985-07-01")
    assert last >= day("2016-09-07")


def test_uncited_rows_listed(small_store):
    plan_save(small_store, "", {"persons": [{"id": "new-person", "name": "New Person"}]}).do(small_store)
    assert ("persons", "new-person") in small_store.uncited(["persons"])


def test_check_names_missing_settings_and_a_version_mismatch(small_store):
    from app.domain.checks import check

    small_store.db.execute("DELETE FROM meta WHERE key = 'dataset_version'")
    small_store.db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    small_store.db.conn.commit()
    report = check(small_store)
    assert "meta: dataset_version is missing" in report.warnings
    assert any("schema_version '0' differs" in error for error in report.errors)


DESIGN_KEY_COLUMNS = {  # design.md §3: the public contract outside tools rely on
    "sources": "id kind title author publisher published url language text retrieved archived_url license "
               "interested_party excerpt",
    "persons": "id name name_native born died summary",
    "aliases": "id person_id alias kind",
    "organizations": "id name kind country interested_party summary",
    "positions": "id title organization_id",
    "terms": "id person_id position_id start end note claim_group rank rank_reason",
    "events": "id title kind start end place summary claim_group rank rank_reason",
    "allegations": "id subject_id summary role alleged_by_org_id alleged_by_person_id made_on conduct_start "
                   "conduct_end event_id status reliability credibility",
    "citations": "id source_id record_table record_id field quote locator note",
}


def test_contract_keeps_every_key_column_of_the_design():
    for table, columns in DESIGN_KEY_COLUMNS.items():
        assert set(columns.split()) <= set(CONTRACT[table]), table


def test_a_record_form_is_saved_as_one_edit_without_qt(small_store):
    from app.domain.edits import AliasEntry, plan_record_save

    person = {**small_store.get("persons", "jane-roe"), "summary": "Deputy minister"}
    edit = plan_record_save(
        small_store, "persons", person, is_new=False,
        aliases=[AliasEntry("J. Roe", "short")], aliases_shown=["alias-roe"],
        pending_citations=[{"source_id": "gazette", "quote": "Jane Roe"}])
    assert edit.description == "Edit person Jane Roe"
    edit.do(small_store)
    assert [a["alias"] for a in small_store.aliases("jane-roe")] == ["J. Roe"]
    assert any(c["quote"] == "Jane Roe" for c in small_store.citations("persons", "jane-roe"))
    edit.undo(small_store)
    assert [a["alias"] for a in small_store.aliases("jane-roe")] == ["Roe"]


def test_record_problems_are_found_without_a_form(small_store):
    from app.domain.edits import record_problems

    row = {"id": "john-doe", "title": "", "start": "1990", "end": "1980"}
    found = record_problems(small_store, "events", row, is_new=False, required={"title": "Title"})
    assert found == {"title": "Title is required", "end": "ends (1980) before it starts (1990)"}
    taken = record_problems(small_store, "persons", {"id": "john-doe", "name": "J"}, is_new=True, required={})
    assert taken == {"id": "the id 'john-doe' is taken"}
    assert record_problems(small_store, "sources", {"id": "s", "text": " "}, is_new=True, required={}) == {
        "text": "paste the source's text or import it from a file"}
