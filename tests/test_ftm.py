"""FollowTheMoney: PEP data as OpenSanctions and Aleph write it, built with the followthemoney library itself."""

import json
import subprocess
import sys

import pytest
from followthemoney import model

from app.domain import exchange
from app.domain.checks import check
from app.domain.datasets import plan_dataset
from app.domain.dossier_files import read_dataset
from app.domain.dossier_files import give_new_meta
from app.domain.exchange import ExchangeError, apply_import
from app.domain.ftm import export_ftm, prefix_and_words, read_ftm
from app.domain.opener import create_dossier


def entity(schema, entity_id, **properties):
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    for name, values in properties.items():
        proxy.add(name, values)
    return proxy.to_dict()


def pep_entities():
    """A PEP file shaped like OpenSanctions' entities.ftm.json: a QID-keyed person, posts, occupancies."""
    rouhani = entity("Person", "Q44224", name="Hassan Rouhani", alias=["Hassan Rohani", "حسن روحانی"],
                     birthDate="1948-11-12", nationality="ir", wikidataId="Q44224")
    rouhani["last_seen"] = "2024-05-01T06:12:00"
    return [
        rouhani,
        entity("Person", "NK-mousavi", name="Mir-Hossein Mousavi", birthDate="1942"),
        entity("PublicBody", "ir-presidency", name="Presidency of Iran", country="ir"),
        entity("Position", "pos-president", name="President of Iran", organization="ir-presidency", country="ir"),
        entity("Position", "pos-pm", name="Prime Minister of Iran", country="ir"),
        entity("Position", "pos-snsc", name="Secretary of the Supreme National Security Council", country="ir"),
        entity("Occupancy", "occ-rouhani-president", holder="Q44224", post="pos-president",
               startDate="2013-08-03", endDate="2021-08-03", status="ended"),
        entity("Occupancy", "occ-rouhani-snsc", holder="Q44224", post="pos-snsc", startDate="1989",
               status="current"),
        entity("Occupancy", "occ-mousavi-pm", holder="NK-mousavi", post="pos-pm", startDate="1981-10",
               endDate="1989"),
        entity("Sanction", "sanction-1", entity="Q44224", authority="Example authority"),
        entity("Address", "address-1", full="Tehran"),
    ]


def write_lines(path, entities):
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entities), encoding="utf-8")
    return path


@pytest.fixture
def pep_file(tmp_path):
    return write_lines(tmp_path / "peps.ftm.json", pep_entities())


@pytest.fixture
def new_store(pep_file):
    store = create_dossier(None)
    give_new_meta(store, "PEPs", read_ftm(pep_file).date)
    yield store
    store.close()


def test_persons_positions_and_terms_keep_the_precision_given(pep_file, new_store):
    plan = plan_dataset(read_ftm(pep_file), new_store)
    apply_import(plan, new_store)
    rouhani = new_store.get("persons", "hassan-rouhani")
    assert rouhani["born"] == "1948-11-12" and "Nationality (FtM): ir" in rouhani["note"]
    assert {a["alias"] for a in new_store.aliases("hassan-rouhani")} == {"Hassan Rohani", "حسن روحانی"}
    terms = {t["id"]: t for t in new_store.terms()}
    assert terms["occ-mousavi-pm"]["start"] == "1981-10" and terms["occ-mousavi-pm"]["end"] == "1989"
    assert terms["occ-rouhani-snsc"]["start"] == "1989"  # a year stays a year
    # status current, no end: ongoing as of the file's date, which the new dossier's as_of is
    assert new_store.as_of == "2024-05-01" and terms["occ-rouhani-snsc"]["end"] == ".."
    assert terms["occ-rouhani-president"]["position_title"] == "President of Iran"
    assert terms["occ-rouhani-president"]["organization_name"] == "Presidency of Iran"
    assert plan.skipped == {"Sanction entities": 1, "Address entities": 1}
    identifiers = {(i["scheme"], i["value"]): i["record_id"] for i in new_store.rows("identifiers")}
    assert identifiers[("wikidata", "Q44224")] == "hassan-rouhani" == identifiers[("ftm", "Q44224")]
    assert identifiers[("ftm", "NK-mousavi")] == "mir-hossein-mousavi"


def test_a_current_term_in_a_dossier_of_another_date_is_held_on_or_after_the_files_date(pep_file, small_store):
    apply_import(plan_dataset(read_ftm(pep_file), small_store), small_store)
    assert small_store.get("terms", "occ-rouhani-snsc")["end"] == "[2024-05-01..]"


def test_every_row_cites_the_line_it_came_from_verified_against_the_stored_original(pep_file, new_store):
    apply_import(plan_dataset(read_ftm(pep_file), new_store), new_store)
    lines = pep_file.read_bytes().split(b"\n")
    source = new_store.rows("sources")[0]
    assert source["kind"] == "dataset" and source["text"] == "" and source["title"] == "peps.ftm.json"
    stored = new_store.query("SELECT o.id, o.size FROM source_originals s JOIN originals o ON o.id = s.original_id")
    assert stored[0]["size"] == pep_file.stat().st_size
    citations = new_store.citations("terms", "occ-mousavi-pm")
    assert citations[0]["quote"] == lines[8].decode("utf-8")
    assert citations[0]["locator"].startswith("line 9, bytes ")
    for table in ("persons", "aliases", "organizations", "positions", "terms"):
        assert not new_store.uncited([table])
    assert check(new_store).ok
    # A citation whose quote is not the bytes at its locator is named by check.
    new_store.db.execute("UPDATE citations SET quote = replace(quote, '1981-10', '1981-11') "
                         "WHERE record_id = 'occ-mousavi-pm'")
    report = check(new_store)
    assert any("occ-mousavi-pm" in error and "not the bytes" in error for error in report.errors)


def test_the_file_is_stored_once_and_a_second_import_changes_nothing(pep_file, new_store):
    apply_import(plan_dataset(read_ftm(pep_file), new_store), new_store)
    again = plan_dataset(read_ftm(pep_file), new_store)
    assert again.counts == (0, 0)
    apply_import(again, new_store)
    assert new_store.count("originals") == 1 and new_store.count("source_originals") == 1


def test_a_name_match_is_offered_never_merged_until_confirmed(tmp_path, default_store):
    path = write_lines(tmp_path / "k.ftm.json", [
        entity("Person", "Q57336", name="Ali Khamenei", birthDate="1939"),
        entity("Position", "pos-sl", name="Supreme Leader of Iran"),
        entity("Occupancy", "occ-sl", holder="Q57336", post="pos-sl", startDate="1989"),
    ])
    plan = plan_dataset(read_ftm(path), default_store)
    assert [(m.key, m.person_id) for m in plan.name_matches] == [("Q57336", "ali-khamenei")]
    assert "persons" in plan.added  # imported as a new person, not merged
    confirmed = plan_dataset(read_ftm(path), default_store, confirmed={"Q57336": "ali-khamenei"})
    assert "persons" not in confirmed.added and not confirmed.name_matches
    before = default_store.get("persons", "ali-khamenei")
    apply_import(confirmed, default_store)
    after = default_store.get("persons", "ali-khamenei")
    assert before["born"] is None and after["born"] == "1939"  # what the dossier lacks is filled, cited
    assert after["name"] == before["name"] and after["summary"] == before["summary"]  # what is there is kept
    assert default_store.get("terms", "occ-sl")["person_id"] == "ali-khamenei"
    # The next import of the same person matches by its identifier, with nothing to confirm.
    third = plan_dataset(read_ftm(path), default_store)
    assert not third.name_matches and third.counts == (0, 0)


def test_malformed_lines_are_refused_with_line_and_field_and_nothing_is_written(tmp_path, new_store):
    good = pep_entities()
    bad_date = entity("Person", "p-bad", name="X")
    bad_date["properties"]["birthDate"] = ["1988~"]
    impossible = entity("Person", "p-13", name="Y")
    impossible["properties"]["deathDate"] = ["1988-13-40"]
    orphan = entity("Occupancy", "occ-x", holder="nobody", post="pos-pm")
    lines = [json.dumps(e) for e in good[:3]] + [
        '{"id": "x", "schema": "Person", "properties": {"name": ["A"]}',
        json.dumps(bad_date), json.dumps(impossible), json.dumps(orphan),
        json.dumps({"id": "y", "schema": "Spaceship", "properties": {}}),
        json.dumps({"id": "z", "schema": "Occupancy", "properties": {"post": ["pos-pm"]}}),
    ]
    path = tmp_path / "bad.ftm.json"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ExchangeError) as refused:
        read_ftm(path)
    problems = "\n".join(refused.value.problems)
    assert "bad.ftm.json: line 4: not valid JSON" in problems
    assert "line 5: birthDate: '1988~' is not an ISO date (followthemoney would read it as '1988')" in problems
    assert "line 6: deathDate:" in problems and "1988-13-40" in problems
    assert "line 8: schema: 'Spaceship' is not a followthemoney schema" in problems
    assert "line 9: holder: required for Occupancy" in problems
    assert "line 7: holder: no Person with id 'nobody' in this file" in problems
    assert new_store.count("persons") == 0 and new_store.count("sources") == 0


def test_hostile_files_size_nesting_and_encoding(tmp_path, monkeypatch):
    deep = tmp_path / "deep.ftm.json"
    deep.write_text('{"id": "a", "schema": "Person", "properties": {"name": ["A"]}, "x": '
                    + "[" * 50 + "]" * 50 + "}\n", encoding="utf-8")
    with pytest.raises(ExchangeError, match="line 1: nested more than 20 levels deep"):
        read_ftm(deep)
    latin = tmp_path / "latin.ftm.json"
    latin.write_bytes(b'{"id": "a", "schema": "Person", "properties": {"name": ["Fay\xe7al"]}}\n')
    with pytest.raises(ExchangeError, match="line 1: not UTF-8 text"):
        read_ftm(latin)
    from app.domain import datasets

    monkeypatch.setattr(datasets, "MAX_DATASET_BYTES", 10)
    with pytest.raises(ExchangeError, match="larger than the 10 bytes allowed"):
        read_ftm(latin)


def test_format_is_detected(pep_file, tmp_path):
    from app.domain.dossier_files import detect_format
    from conftest import FIXTURES, SMALL_DOSSIER

    assert detect_format(pep_file) == "ftm"
    assert detect_format(FIXTURES / "popolo-spec-examples.json") == "popolo"
    assert detect_format(SMALL_DOSSIER) == "json"
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    assert detect_format(other) is None
    with pytest.raises(ExchangeError, match="name the format"):
        read_dataset(other)


# --- export and round trip ---------------------------------------------------------------


def test_edtf_becomes_the_iso_prefix_and_its_qualifier_words():
    assert prefix_and_words("1988") == ("1988", None)
    assert prefix_and_words("1988-07-19") == ("1988-07-19", None)
    assert prefix_and_words("1988~") == ("1988", "circa 1988")
    assert prefix_and_words("1988?") == ("1988", "uncertain 1988")
    assert prefix_and_words("[..1988]") == (None, "on or before 1988")
    assert prefix_and_words("[1988..]") == (None, "on or after 1988")
    assert prefix_and_words("..") == (None, None)


def test_export_is_valid_for_followthemoney_and_round_trips(tmp_path, default_store):
    out = tmp_path / "dossier.ftm.json"
    count = export_ftm(default_store, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == count
    schemata = set()
    for line in lines:
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)  # re-cleans every value as an untrusted reader would
        proxy.schema.validate(data)
        assert set(proxy.to_dict()["properties"]) == set(data["properties"]), data["id"]  # nothing dropped
        schemata.add(data["schema"])
    assert {"Person", "Organization", "Position", "Occupancy", "Article", "Documentation", "Note"} <= schemata
    # Qualifiers are said in words, never dropped: Fallahian's office known only "at the time" (1988).
    fallahian = [json.loads(line) for line in lines if '"ali-fallahian' in line and '"Occupancy"' in line]
    assert any("on or before 1988" in d["properties"].get("description", [""])[0] for d in fallahian)

    store = create_dossier(None)
    give_new_meta(store, "round trip", default_store.as_of)
    apply_import(plan_dataset(read_ftm(out), store), store)
    for table, columns in {"persons": ("id", "name", "name_native", "born", "died", "summary", "note"),
                           "positions": ("id", "title", "organization_id"),
                           "terms": ("id", "person_id", "position_id", "start", "end", "note")}.items():
        listed = ", ".join(f"[{c}]" for c in columns)
        query = f"SELECT {listed} FROM [{table}] ORDER BY id"
        assert store.query(query) == default_store.query(query), table
    store.close()


def test_followthemoney_is_imported_only_when_ftm_is_read_or_written():
    code = ("import sys; import app.cli, app.domain.exchange, app.domain.datasets, app.domain.dossier_files, "
            "app.domain.checks; print('followthemoney' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_exchange_json_still_round_trips_with_dataset_citations(pep_file, new_store, tmp_path):
    apply_import(plan_dataset(read_ftm(pep_file), new_store), new_store)
    out = tmp_path / "with-dataset.json"
    exchange.export_json(new_store, out)
    again = exchange.plan_import(exchange.read_document(out), new_store, out.name)
    assert again.counts == (0, 0)


def test_a_position_whose_institution_is_not_in_the_file_stands_alone_and_is_counted(tmp_path, empty_store):
    path = write_lines(tmp_path / "subset.ftm.json", [
        entity("Person", "p1", name="Ali Larijani"),
        entity("Position", "pos-speaker", name="Speaker of the Parliament of Iran", organization="majlis-elsewhere"),
        entity("Occupancy", "occ-1", holder="p1", post="pos-speaker", startDate="2008"),
    ])
    plan = plan_dataset(read_ftm(path), empty_store)
    assert plan.skipped == {"links from a Position to an organization not in the file": 1}
    (position,) = plan.document["positions"]
    assert position["organization_id"] is None


def test_a_build_without_followthemoney_says_so(tmp_path, pep_file):
    code = ("import sys; sys.modules['followthemoney'] = None\n"
            "from app.domain.dossier_files import read_dataset\n"
            "from app.domain.exchange import ExchangeError\n"
            f"try:\n    read_dataset({str(pep_file)!r})\nexcept ExchangeError as error:\n    print(error)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "FollowTheMoney files need the followthemoney library" in result.stdout
