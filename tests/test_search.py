"""Search: names in any spelling, the full-text index, ranking, filters, and an index that follows edits."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain import exchange, names
from app.domain.edits import plan_delete, plan_save
from app.domain.opener import open_dossier
from app.domain.migrations import migrations
from app.domain.search import (
    EXACT,
    FULL_TEXT,
    VARIANT,
    WORDS,
    SearchFilters,
    SearchIndex,
    full_text_query,
    parse_highlighted,
)


def first(index: SearchIndex, query: str, **options):
    results = index.search(query, **options)
    assert results, f"nothing found for {query!r}"
    return results[0]


def tier(result) -> int:
    return int(result.score // 100)


# --- name keys -------------------------------------------------------------------------


@pytest.mark.parametrize("text, folded", [
    ("Fayçal", "faycal"),
    ("Khamene'i", "khamenei"),
    ("Khamene’i", "khamenei"),
    ("Pour-Mohammadi", "pour mohammadi"),
    ("  ROUHANI ", "rouhani"),
    ("۱۳۶۷", "1367"),
    ("١٣٦٧", "1367"),
])
def test_fold(text, folded):
    assert names.fold(text) == folded


def test_persian_script_is_normalised():
    with_zwnj, arabic_letters = "علی خامنه\u200cای", "علي خامنهاي"
    assert names.normalise_persian(arabic_letters) == names.normalise_persian(with_zwnj) == "علی خامنهای"
    assert names.normalise_persian("كرمان") == "کرمان"
    assert names.fold(with_zwnj) == names.fold(arabic_letters)


@pytest.mark.parametrize("first_spelling, second_spelling", [
    ("Rouhani", "Rohani"),
    ("Khamenei", "Khamene'i"),
    ("Mohaddessin", "Mohaddesin"),
    ("Montazeri", "Montazari"),
    ("Hassan", "Hasan"),
    ("Rafsanjani", "رفسنجانی"),
    ("Khamenei", "خامنه‌ای"),
    ("Ghasemi", "Qasemi"),
    ("Mohammad", "Muhammad"),
])
def test_spelling_variants_share_a_skeleton(first_spelling, second_spelling):
    assert names.skeleton(first_spelling) == names.skeleton(second_spelling)


def test_different_names_keep_different_skeletons():
    assert names.skeleton("Rafsanjani") != names.skeleton("Rouhani")
    assert names.skeleton("Montazeri") != names.skeleton("Mohaddessin")


# --- what a user types is text -----------------------------------------------------------


@pytest.mark.parametrize("typed", ["AND", "OR", "NOT", "NEAR(a b)", '"', '"unclosed', "*", "a*b", "title:x",
                                   "(", ")", "-", "^start", "Khamene'i", "Pour-Mohammadi", "'", "{x}", "+"])
def test_typed_text_never_breaks_the_query(small_store, typed):
    SearchIndex(small_store.db).search(typed)  # no sqlite3.OperationalError


def test_full_text_query_quotes_every_word():
    assert full_text_query("minister AND") == '"minister" AND "AND"*'
    assert full_text_query("Khamene'i") == '("Khamenei"* OR "Khamene i")'
    assert full_text_query('say "hi"') == '"say" AND "hi"*'
    assert full_text_query("* -") is None


def test_operators_and_quotes_are_searched_as_words(small_store):
    plan_save(small_store, "", {"events": [{"id": "and-event", "title": "Bread AND butter", "start": "1990"}]}).do(small_store)
    index = SearchIndex(small_store.db)
    assert first(index, "AND").id == "and-event"
    assert first(index, '"butter"').id == "and-event"
    assert index.search("NOT") == []


def test_highlight_marks_become_spans():
    assert parse_highlighted("a \x02bc\x03 d \x02e\x03") == ("a bc d e", [(2, 4), (7, 8)])


# --- the shipped dossier: every example of the issue ---------------------------------------


@pytest.fixture
def default_index(default_store):
    return SearchIndex(default_store.db)


@pytest.mark.parametrize("query, person", [
    ("Rohani", "hassan-rouhani"),
    ("Rouhani", "hassan-rouhani"),
    ("Hashemi", "akbar-hashemi-rafsanjani"),
    ("Rafsanjani", "akbar-hashemi-rafsanjani"),
    ("Khamenei", "ali-khamenei"),
    ("Khamene'i", "ali-khamenei"),
    ("خامنه‌ای", "ali-khamenei"),
    ("خامنه ای", "ali-khamenei"),
    ("خامنهاي", "ali-khamenei"),
    ("Mohaddesin", "mohammad-mohaddessin"),
    ("Pour-Mohammadi", "mostafa-pourmohammadi"),
    ("Pourmohammadi", "mostafa-pourmohammadi"),
    ("ali khamenei", "ali-khamenei"),
    ("Khame", "ali-khamenei"),
])
def test_any_spelling_finds_the_person_first(default_index, query, person):
    result = first(default_index, query)
    assert (result.kind, result.id) == ("person", person)


def test_a_typo_still_ranks_montazeri_first(default_index):
    results = default_index.search("Montazari")
    assert {results[0].id, results[1].id} == {"hossein-ali-montazeri", "ahmad-montazeri"}
    assert tier(results[0]) == VARIANT


def test_diacritics_fold_in_full_text(default_index):
    for query in ("Fayçal", "faycal", "FAYCAL"):
        assert "cnsnews-2016-09-07" in {r.id for r in default_index.search(query) if r.kind == "source"}


def test_source_text_hits_carry_a_highlighted_snippet_and_passage(default_index):
    result = next(r for r in default_index.search("treacherous monafeqin") if r.kind == "source")
    assert result.id == "cnsnews-2016-09-07"
    highlighted = [result.snippet[start:end] for start, end in result.highlights]
    assert [word.lower() for word in highlighted] == ["treacherous", "monafeqin"]
    source_text = default_index.conn.execute("SELECT text FROM sources WHERE id = ?", [result.id]).fetchone()[0]
    assert "treacherous" in result.passage and result.passage in source_text


def test_kinds_searched(default_index):
    kinds = {r.kind for r in default_index.search("executions", limit=50)}
    assert {"event", "allegation", "source"} <= kinds
    assert first(default_index, "Assembly of Experts", filters=SearchFilters(kinds=frozenset({"organization"}))).id
    position = first(default_index, "Supreme Leader", filters=SearchFilters(kinds=frozenset({"position"})))
    assert position.kind == "position" and "Supreme Leader" in position.title


def test_an_allegation_is_titled_by_who_alleges_it(default_index):
    result = first(default_index, "executions", filters=SearchFilters(kinds=frozenset({"allegation"})))
    assert ": alleged by " in result.title


# --- ranking -------------------------------------------------------------------------------


def test_ranking_goes_exact_then_words_then_variants_then_full_text(empty_store):
    plan_save(empty_store, "", {
        "persons": [
            {"id": "exact", "name": "Rahimi"},
            {"id": "prefix", "name": "Rahimiyan Nouri"},
            {"id": "variant", "name": "Rahimy"},
            {"id": "unrelated", "name": "Jones"},
        ],
        "events": [{"id": "mention", "title": "Speech", "summary": "Rahimi spoke", "start": "1990"}],
    }).do(empty_store)
    results = SearchIndex(empty_store.db).search("Rahimi")
    assert [r.id for r in results] == ["exact", "prefix", "variant", "mention"]
    assert [tier(r) for r in results] == [EXACT, WORDS, VARIANT, FULL_TEXT]


def test_an_exact_alias_outranks_a_longer_name(empty_store):
    plan_save(empty_store, "", {
        "persons": [{"id": "a", "name": "Hassan Rouhani"}, {"id": "b", "name": "Rouhani Hashemi Zadeh"}],
        "aliases": [{"id": "a1", "person_id": "a", "alias": "Rouhani", "kind": "short"}],
    }).do(empty_store)
    results = SearchIndex(empty_store.db).search("rouhani")
    assert [r.id for r in results[:2]] == ["a", "b"]
    assert tier(results[0]) == EXACT and results[0].snippet == "also written: Rouhani"


def test_limit_is_across_kinds_in_rank_order(default_index):
    results = default_index.search("Khamenei", limit=3)
    assert len(results) == 3
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)


# --- filters -------------------------------------------------------------------------------


def test_filter_by_kind(default_index):
    only_events = SearchFilters(kinds=frozenset({"event"}))
    assert {r.kind for r in default_index.search("Khamenei", filters=only_events)} == {"event"}


def test_filter_by_date_range(small_store):
    plan_save(small_store, "", {"events": [{"id": "later-arrests", "title": "More arrests", "start": "2001-05"}]}).do(small_store)
    index = SearchIndex(small_store.db)
    assert {r.id for r in index.search("arrests")} >= {"arrests-1988", "later-arrests"}
    in_1988 = {r.id for r in index.search("arrests", filters=SearchFilters(date_from="1988", date_to="1988"))}
    assert "arrests-1988" in in_1988 and "later-arrests" not in in_1988
    since_2000 = {r.id for r in index.search("arrests", filters=SearchFilters(date_from="2000"))}
    assert "later-arrests" in since_2000 and "arrests-1988" not in since_2000


def test_filter_by_date_keeps_people_in_office_then(small_store):
    index = SearchIndex(small_store.db)
    in_1986 = SearchFilters(date_from="1986", date_to="1986")
    assert {r.id for r in index.search("Roe", filters=in_1986)} >= {"jane-roe"}
    assert "john-doe" not in {r.id for r in index.search("Doe", filters=in_1986)}  # mayor from 2013


def test_filter_by_allegation_status(small_store):
    index = SearchIndex(small_store.db)
    allegations = SearchFilters(kinds=frozenset({"allegation"}))
    assert [r.id for r in index.search("arrests", filters=allegations)] == ["alleg-roe-arrests"]
    denied = SearchFilters(kinds=frozenset({"allegation"}), statuses=frozenset({"denied"}))
    assert index.search("arrests", filters=denied) == []
    plan_save(small_store, "", {"allegations": [{"id": "alleg-roe-arrests", "status": "denied"}]}).do(small_store)
    assert [r.id for r in index.search("arrests", filters=denied)] == ["alleg-roe-arrests"]


# --- the index follows every write ---------------------------------------------------------------


def test_add_an_alias_find_it_delete_it_gone(small_store):
    index = SearchIndex(small_store.db)
    assert all(r.id != "jane-roe" for r in index.search("Rowshan"))
    plan_save(small_store, "", {"aliases": [{"id": "alias-rowshan", "person_id": "jane-roe", "alias": "Rowshan", "kind": "other"}]}).do(small_store)
    result = first(index, "Rowshan")
    assert (result.kind, result.id, tier(result)) == ("person", "jane-roe", EXACT)
    assert first(index, "Roshan").id == "jane-roe"  # a near spelling of the new alias
    plan_delete(small_store, "aliases", "alias-rowshan").do(small_store)
    assert all(r.id != "jane-roe" for r in index.search("Rowshan"))
    assert all(r.id != "jane-roe" for r in index.search("Roshan"))


def test_rename_and_delete_follow(small_store):
    index = SearchIndex(small_store.db)
    plan_save(small_store, "", {"persons": [{"id": "john-doe", "name": "Johannes Dorn"}]}).do(small_store)
    assert first(index, "Dorn").id == "john-doe"
    assert "john-doe" not in {r.id for r in index.search("Doe")}
    plan_save(small_store, "", {"events": [{"id": "arrests-1988", "summary": "carried out in Qezelhesar prison"}]}).do(small_store)
    assert first(index, "Qezelhesar").id == "arrests-1988"
    plan_delete(small_store, "persons", "jane-roe").do(small_store)  # her alias and the allegation against her go with her
    assert "jane-roe" not in {r.id for r in index.search("Roe")}
    assert "jane-roe" not in {r.id for r in index.search("جین رو")}
    assert "alleg-roe-arrests" not in {r.id for r in index.search("ordered arrests")}
    plan_delete(small_store, "events", "arrests-1988").do(small_store)
    assert index.search("Qezelhesar") == []


def test_an_import_keeps_the_index_current(small_store, tmp_path):
    index = SearchIndex(small_store.db)
    assert index.search("Fallahijan") == []
    document = exchange.export_document(small_store)
    document["persons"].append({"id": "ali-f", "name": "Ali Fallahian", "name_native": "علی فلاحیان",
                                "born": None, "died": None, "summary": None, "note": None})
    document["aliases"].append({"id": "ali-f-1", "person_id": "ali-f", "alias": "Ali Fallahijan", "kind": "spelling"})
    next(p for p in document["persons"] if p["id"] == "john-doe")["name"] = "Johnny Doe"
    exchange.apply_import(exchange.plan_import(document, small_store), small_store)
    assert first(index, "Fallahijan").id == "ali-f"
    assert first(index, "فلاحیان").id == "ali-f"
    assert first(index, "Johnny").id == "john-doe"


def test_a_write_by_another_program_is_found_too(small_db_path):
    conn = sqlite3.connect(small_db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        conn.execute("INSERT INTO persons (id, name) VALUES ('p-x', 'Mohsen Rezaee')")
    index = SearchIndex(conn)
    assert first(index, "Rezai").id == "p-x"
    assert conn.execute("SELECT folded FROM search_names WHERE record_id = 'p-x'").fetchone() == ("mohsen rezaee",)
    conn.close()


def test_a_read_only_file_is_searched_without_storing_keys(small_db_path):
    conn = sqlite3.connect(small_db_path)
    with conn:
        conn.execute("INSERT INTO persons (id, name) VALUES ('p-x', 'Mohsen Rezaee')")
    conn.close()
    read_only = sqlite3.connect(f"file:{small_db_path}?mode=ro", uri=True)
    assert first(SearchIndex(read_only), "Rezaee").id == "p-x"
    read_only.close()


def test_keys_of_an_older_key_version_are_recomputed(small_db_path):
    conn = sqlite3.connect(small_db_path)
    with conn:
        conn.execute("UPDATE search_names SET folded = 'stale', skeleton = 'stale'")
        conn.execute("UPDATE search_state SET value = '0' WHERE key = 'name_keys'")
    read_only = sqlite3.connect(f"file:{small_db_path}?mode=ro", uri=True)
    assert first(SearchIndex(read_only), "Jayne").id == "jane-roe"  # keys recomputed in memory
    read_only.close()
    assert first(SearchIndex(conn), "Jayne Roe").id == "jane-roe"
    assert conn.execute("SELECT count(*) FROM search_names WHERE folded = 'stale'").fetchone() == (0,)
    assert conn.execute("SELECT value FROM search_state").fetchone() == (str(names.KEYS_VERSION),)
    conn.close()


def test_the_index_survives_vacuum(small_store):
    plan_delete(small_store, "aliases", "alias-roe").do(small_store)
    small_store.db.execute("VACUUM")
    index = SearchIndex(small_store.db)
    assert first(index, "ordered arrests").id == "alleg-roe-arrests"
    assert first(index, "Doe").id == "john-doe"


def test_an_older_dossier_file_gains_the_index(tmp_path):
    from sqlite_utils import Database

    from app.domain.schema import APPLICATION_ID

    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m002_search_index")  # a schema-1 dossier file
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    with db.atomic():
        db["meta"].insert({"key": "schema_version", "value": "1"})
        db["persons"].insert({"id": "ali-khamenei", "name": "Ali Khamenei", "name_native": "علی خامنه‌ای"})
    db.close()
    store = open_dossier(path)
    try:
        index = SearchIndex(store.db)
        assert first(index, "Khamene'i").id == "ali-khamenei"
        assert first(index, "خامنه‌ای").id == "ali-khamenei"
    finally:
        store.close()


# --- Persian script in full text -------------------------------------------------------

ARABIC_SPELLING = "گفت علي كرمانی در سال ١٣٦٧ اعدام شد"  # Arabic yeh and kaf, Arabic-Indic digits
PERSIAN_SPELLING = "گفت علی خامنه\u200cای در سال ۱۳۶۷ حکم داد"  # Persian letters and digits, a ZWNJ


def _persian_sources(store) -> None:
    plan_save(store, "", {"sources": [
        {"id": "arabic-letters", "kind": "reference", "title": "Arabic letters", "text": ARABIC_SPELLING},
        {"id": "persian-letters", "kind": "reference", "title": "Persian letters", "text": PERSIAN_SPELLING},
    ]}).do(store)


def source_ids(index: SearchIndex, query: str) -> set[str]:
    return {r.id for r in index.search(query) if r.kind == "source"}


@pytest.mark.parametrize("query, found", [
    ("علی", {"arabic-letters", "persian-letters"}),
    ("علي", {"arabic-letters", "persian-letters"}),
    ("کرمانی", {"arabic-letters"}),
    ("1367", {"arabic-letters", "persian-letters"}),
    ("۱۳۶۷", {"arabic-letters", "persian-letters"}),
    ("خامنه‌ای", {"persian-letters"}),
    ("خامنهاي", {"persian-letters"}),
])
def test_full_text_meets_persian_script_in_any_spelling(empty_store, query, found):
    _persian_sources(empty_store)
    assert source_ids(SearchIndex(empty_store.db), query) == found


def test_a_snippet_keeps_the_sources_own_letters(empty_store):
    _persian_sources(empty_store)
    result = next(r for r in SearchIndex(empty_store.db).search("علی كرماني ۱۳۶۷") if r.id == "arabic-letters")
    assert result.snippet == ARABIC_SPELLING
    assert [result.snippet[start:end] for start, end in result.highlights] == ["علي", "كرمانی", "١٣٦٧"]
    assert result.passage in ARABIC_SPELLING
    result = next(r for r in SearchIndex(empty_store.db).search("خامنهای") if r.id == "persian-letters")
    assert [result.snippet[start:end] for start, end in result.highlights] == ["خامنه\u200cای"]


def test_persian_script_written_by_another_program_is_found(small_db_path):
    conn = sqlite3.connect(small_db_path)
    with conn:
        conn.execute("INSERT INTO events (id, title, summary) VALUES ('e-x', 'Hearing', ?)", [ARABIC_SPELLING])
    assert first(SearchIndex(conn), "کرمانی ۱۳۶۷").id == "e-x"
    assert conn.execute("SELECT count(*) FROM search_spelling").fetchone() == (0,)  # passed through, not kept
    conn.close()


def test_an_older_index_is_respelt(tmp_path):
    from sqlite_utils import Database

    from app.domain.schema import APPLICATION_ID

    path = tmp_path / "older.db"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m003_search_text_in_one_persian_spelling")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 2")
    with db.atomic():
        db["meta"].insert({"key": "schema_version", "value": "2"})
        db["sources"].insert({"id": "arabic-letters", "kind": "reference", "title": "علي", "text": ARABIC_SPELLING})
    db.close()
    store = open_dossier(path)
    try:
        assert source_ids(SearchIndex(store.db), "علی کرمانی") == {"arabic-letters"}
    finally:
        store.close()


# --- allegations by name; the script asked in first (issue 13, items 12 and 13) -------------------


ALLEGATIONS = SearchFilters(kinds=frozenset({"allegation"}))


@pytest.mark.parametrize("query, allegation", [
    ("Rafsanjani", "alleg-ncri-rafsanjani-1988-executions"),  # the subject, by an alias
    ("Hashemi Rafsanjani", "alleg-ncri-rafsanjani-1988-executions"),
    ("Human Rights Watch", "alleg-hrw-pourmohammadi-tehran-commission"),  # the accusing organization
    ("Mohaddessin", "alleg-ncri-khamenei-1988-executions"),  # the person who spoke
    ("Argentine justice", "alleg-argentina-fallahian-amia"),
    ("death commissions", "alleg-unnamed-pourmohammadi-death-commissions"),  # its words
])
def test_an_allegation_is_found_by_subject_accuser_and_words(default_index, query, allegation):
    found = [r.id for r in default_index.search(query, filters=ALLEGATIONS)]
    assert allegation in found


def test_a_name_gives_the_person_first_then_the_allegations_against_them(default_index):
    for query in ("Ali Akbar Hashemi Rafsanjani", "Rafsanjani"):
        results = default_index.search(query)
        assert [(r.kind, r.id) for r in results[:2]] == [
            ("person", "akbar-hashemi-rafsanjani"), ("allegation", "alleg-ncri-rafsanjani-1988-executions")], query
        assert results[1].snippet == "against Akbar Hashemi Rafsanjani"
        assert results[1].snippet[slice(*results[1].highlights[0])] == "Akbar Hashemi Rafsanjani"


def test_a_name_in_its_own_script_comes_before_near_spellings_which_say_why_they_matched(default_index):
    results = default_index.search("خامنه‌ای")
    assert [(r.kind, r.id) for r in results[:2]] == [
        ("person", "ali-khamenei"), ("allegation", "alleg-ncri-khamenei-1988-executions")]
    khomeini = next(r for r in results if r.id == "ruhollah-khomeini")
    assert results.index(khomeini) > 1
    assert khomeini.snippet.endswith("· a near spelling of “خامنه‌ای”")
    assert "near spelling" not in results[0].snippet
