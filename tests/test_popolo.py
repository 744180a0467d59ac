"""Popolo: the specification's own examples (popoloproject.com/appendices/examples), as EveryPolitician writes them."""

import json

import pytest

from app.domain.checks import check
from app.domain.datasets import plan_dataset
from app.domain.dossier_files import give_new_meta
from app.domain.edits import plan_save
from app.domain.exchange import ExchangeError, apply_import
from app.domain.popolo import read_popolo
from conftest import FIXTURES

EXAMPLES = FIXTURES / "popolo-spec-examples.json"


@pytest.fixture
def imported(empty_store):
    dataset = read_popolo(EXAMPLES)
    give_new_meta(empty_store, "Popolo examples", "2016-09-07")
    plan = plan_dataset(dataset, empty_store)
    apply_import(plan, empty_store)
    return empty_store, plan


def test_persons_memberships_and_posts_become_persons_terms_and_positions(imported):
    store, plan = imported
    terms = {(t["person_name"], t["position_title"], t["start"], t["end"]) for t in store.terms()}
    # 2.2: a member, then chair through a post
    assert ("Jane Q. Citizen", "Member of Standing Committee on Finance", "2009-01-01", "2012-12-31") in terms
    assert ("Jane Q. Citizen", "Chair of the Standing Committee on Finance", "2013-01-01", None) in terms
    # 2.4: a previously held post, years kept as years
    assert ("Mr. John Q. Public, Esq.", "Member of Parliament for Avalon", "2000", "2004") in terms
    assert ("Mr. John Q. Public, Esq.", "Member of Parliament for Avalon", "2011", None) in terms
    # 2.3: party memberships
    assert ("Mr. John Q. Public, Esq.", "Member of XYZ Party", "1990-03-01", "2000-12-31") in terms
    assert plan.skipped == {"areas (not read)": 1}


def test_other_names_in_any_script_are_aliases_and_a_period_gives_missing_dates(imported):
    store, _ = imported
    rouhani = next(p for p in store.persons() if p["name"] == "Hassan Rouhani")
    assert rouhani["id"] == "hassan-rouhani"  # a UUID is no readable id
    assert {a["alias"] for a in store.aliases(rouhani["id"])} == {"حسن روحانی", "Hassan Rohani"}
    assert rouhani["born"] == "1948-11-12"
    (term,) = store.terms(rouhani["id"])
    assert (term["start"], term["end"]) == ("2012-05-27", "2016-05-27")
    assert "Dates of the legislative period 9th Islamic Consultative Assembly" in term["note"]
    assert "On behalf of ABC Party" in term["note"]
    identifiers = {(i["scheme"], i["value"]) for i in store.rows("identifiers", "record_id = ?", [rouhani["id"]])}
    assert ("wikidata", "Q44224") in identifiers


def test_each_record_is_cited_by_its_json_pointer_and_bytes(imported):
    store, _ = imported
    raw = EXAMPLES.read_bytes()
    (citation,) = store.citations("persons", "jane-q-citizen")
    assert citation["locator"].startswith("/persons/1 at line ")
    start, end = map(int, citation["locator"].rsplit("bytes ", 1)[1].split("-"))
    assert raw[start:end].decode("utf-8") == citation["quote"]
    assert json.loads(citation["quote"])["name"] == "Jane Q. Citizen"
    assert check(store).ok


def test_a_wikidata_identifier_matches_a_person_already_in_the_dossier(default_store, tmp_path):
    document = {"persons": [{"id": "x1", "name": "Seyyed Ali Khamenei",
                             "identifiers": [{"scheme": "wikidata", "identifier": "Q57336"}]}],
                "organizations": [{"id": "o1", "name": "Assembly of Experts"}],
                "memberships": [{"person_id": "x1", "organization_id": "o1", "start_date": "1983"}]}
    plan_save(default_store, "", {"identifiers": [{"id": "wikidata-q57336", "record_table": "persons",
                                                   "record_id": "ali-khamenei", "scheme": "wikidata",
                                                   "value": "Q57336"}]}).do(default_store)
    path = tmp_path / "k.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    plan = plan_dataset(read_popolo(path), default_store)
    assert not plan.name_matches and "persons" not in plan.added
    apply_import(plan, default_store)
    assert "Seyyed Ali Khamenei" in {a["alias"] for a in default_store.aliases("ali-khamenei")}
    assert default_store.get("organizations", "assembly-of-experts")  # matched by name, not doubled
    assert any(t["start"] == "1983" and t["organization_id"] == "assembly-of-experts"
               for t in default_store.terms("ali-khamenei"))


def test_bad_records_are_named_by_pointer_and_field_and_nothing_is_written(empty_store, tmp_path):
    document = {"persons": [{"id": "p1", "name": "A", "birth_date": "12/05/1950"}, {"id": "p2"}],
                "organizations": [{"id": "o1", "name": "O"}],
                "memberships": [{"person_id": "nobody", "organization_id": "o1"},
                                {"person_id": "p1", "organization_id": "o1", "start_date": "2011-02-30"},
                                {"person_id": "p1", "organization_id": "o1", "legislative_period_id": "t9"}]}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError) as refused:
        read_popolo(path)
    problems = refused.value.problems
    assert "bad.json: /persons/0: birth_date: '12/05/1950' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)" in problems
    assert "bad.json: /persons/1: name: required" in problems
    assert "bad.json: /memberships/0: person_id: no person has id 'nobody'" in problems
    assert any(p.startswith("bad.json: /memberships/1: start_date: '2011-02-30'") for p in problems)
    assert "bad.json: /memberships/2: legislative_period_id: no legislative period has id 't9'" in problems
    assert empty_store.count("persons") == 0


def test_hostile_popolo_duplicate_keys_and_nesting(tmp_path):
    twice = tmp_path / "twice.json"
    twice.write_text('{"persons": [{"id": "a", "id": "b", "name": "A"}]}', encoding="utf-8")
    with pytest.raises(ExchangeError, match="duplicate key 'id'"):
        read_popolo(twice)
    deep = tmp_path / "deep.json"
    deep.write_text('{"persons": [], "x": ' + "[" * 30 + "]" * 30 + "}", encoding="utf-8")
    with pytest.raises(ExchangeError, match="nested more than 20 levels deep"):
        read_popolo(deep)


def test_a_popolo_file_is_read_whole_so_it_has_the_exchange_files_limit(tmp_path, monkeypatch):
    from app.domain import popolo

    monkeypatch.setattr(popolo, "MAX_FILE_BYTES", 100)
    with pytest.raises(ExchangeError, match="larger than the 100 bytes allowed"):
        read_popolo(EXAMPLES)


def test_a_package_carries_the_dataset_and_its_quotes_are_checked_once_its_bytes_are_stored(imported, tmp_path):
    from app.domain import exchange, originals
    from app.domain.opener import create_dossier
    from app.domain.packages import export_package, import_package

    store, _ = imported
    package = tmp_path / "with-dataset.zip"
    export_package(store, package)
    again = create_dossier(None)
    import_package(package, again)
    assert check(again).ok and again.count("citations") == store.count("citations")

    document = exchange.export_document(store)
    citation = next(c for c in document["citations"] if c["record_id"] == "jane-q-citizen")
    citation["quote"] = citation["quote"].replace("Jane", "Joan")
    (capture,) = document["source_originals"]
    fresh = create_dossier(None)
    plan = exchange.plan_import(document, fresh, "tampered.json", originals_at_hand=frozenset({capture["original_id"]}))
    assert [c["id"] for c in plan.quotes_to_check if c["id"] == citation["id"]]
    originals.store_original(fresh.db.conn, EXAMPLES)
    with pytest.raises(ExchangeError, match="not the bytes"):
        exchange.plan_from_import(fresh, plan, "Import")
