"""Checks on the shipped default dossier (resources/default-dossier.json), on the JSON alone.

These enforce the editorial rules of design.md §2 and the data contract of §3: every claim is
cited by a verbatim quote, dates are EDTF and keep their order, keys resolve, allegations are
attributed, and nobody is accused whom no source accuses.
"""

import json
import math
import pathlib
import time

import pytest
from edtf import parse_edtf

from app.domain import schema
from app.domain.migrations import schema_version

ROOT = pathlib.Path(__file__).parents[1]
DATASET = ROOT / "resources" / "default-dossier.json"
SEED_ARTICLE = ROOT.parent / "shared" / "seed" / "article-2016-09-07.txt"

# The contract as the app defines it (app/domain/schema.py): one definition, not a copy.
COLUMNS = {table: list(columns) for table, columns in schema.CONTRACT.items()}
FOREIGN_KEYS = schema.REFERENCES  # (table, column) -> referenced table; nullable unless in REQUIRED_FKS
REQUIRED_FKS = {("aliases", "person_id"), ("terms", "person_id"), ("terms", "position_id"),
                ("event_persons", "event_id"), ("event_persons", "person_id"), ("allegations", "subject_id"),
                ("citations", "source_id")}
DATE_COLUMNS = {table: [column for column, _ in columns] for table, columns in schema.DATE_COLUMNS.items()}
# columns where ".." (still so as of meta.as_of) is allowed
OPEN_END_COLUMNS = {(table, column) for table, columns in schema.DATE_COLUMNS.items()
                    for column, ongoing in columns if ongoing}
SPANS = {table: pairs[0] for table, pairs in schema.SPANS.items() if table != "persons"}

MUST_BE_CITED = ["persons", "terms", "events", "allegations"]
NOT_ACCUSED = ["Hassan Rouhani", "Hossein-Ali Montazeri", "Mohammad Mohaddessin", "William Bourdon"]
UNNAMED_ACCUSER = "accuser not named in the source"


@pytest.fixture(scope="module")
def raw():
    return DATASET.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data(raw):
    return json.loads(raw)


@pytest.fixture(scope="module")
def by_id(data):
    return {table: {r["id"]: r for r in data[table]} for table in COLUMNS}


@pytest.fixture(scope="module")
def citations_of(data):
    index = {}
    for c in data["citations"]:
        index.setdefault((c["record_table"], c["record_id"]), []).append(c)
    return index


def _day(value):
    """A time.struct_time or ±inf from edtf's bounds, as a comparable (y, m, d) tuple or None if open."""
    if isinstance(value, float) and math.isinf(value):
        return None
    assert isinstance(value, time.struct_time), value
    return (value.tm_year, value.tm_mon, value.tm_mday)


def _bounds(text):
    parsed = parse_edtf(text)
    return _day(parsed.lower_fuzzy()), _day(parsed.upper_fuzzy())


def _dated(value):
    return value is not None and value != ".."


# ------------------------------------------------------------------ shape

def test_envelope_and_meta(data):
    assert data["format"] == "dossier-timeline"
    assert data["format_version"] == 2
    assert set(data) == {"format", "format_version", "meta", *COLUMNS}
    meta = data["meta"]
    for key in ("schema_version", "title", "description", "as_of", "dataset_version"):
        assert isinstance(meta.get(key), str) and meta[key], key
    assert all(isinstance(v, str) for v in meta.values())
    assert meta["as_of"] == "2016-09-07"
    assert meta["schema_version"] == str(schema_version())  # what an export of the shipped file says
    parse_edtf(meta["as_of"])
    # design.md §2.8: the dossier says what it is
    assert "records allegations as its sources report them" in meta["description"]
    assert "does not establish them" in meta["description"]


def test_canonical_bytes(raw, data):
    assert raw == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@pytest.mark.parametrize("table", [t for t in COLUMNS if t != "source_originals"])  # it ships no original files
def test_rows_have_exact_keys_and_are_sorted_by_unique_id(data, table):
    rows = data[table]
    assert rows or table == "identifiers", f"{table} is empty"  # no source of the shipped dossier gives an id
    for r in rows:
        assert set(r) == set(COLUMNS[table]), (table, r.get("id"), set(r) ^ set(COLUMNS[table]))
        assert isinstance(r["id"], str) and r["id"] == r["id"].strip() and r["id"]
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids), f"{table} rows are not sorted by id"
    assert len(ids) == len(set(ids)), f"{table} has duplicate ids"


def test_enumerations(data):
    for r in data["aliases"]:
        assert r["kind"] in {"spelling", "native", "short", "other"}, r["id"]
    for table in ("terms", "events"):
        for r in data[table]:
            assert r["rank"] in {"preferred", "normal", "deprecated"}, r["id"]
    for r in data["allegations"]:
        assert r["status"] in {"alleged", "corroborated", "disputed", "denied", "adjudicated"}, r["id"]
        # grades stay NULL (ungraded) in the shipped dataset
        assert r["reliability"] is None and r["credibility"] is None, r["id"]
    for table in ("sources", "organizations"):
        for r in data[table]:
            assert r["interested_party"] in (0, 1), r["id"]
    for r in data["sources"]:
        assert r["excerpt"] in (0, 1), r["id"]
        assert r["text"], r["id"]
        if r["kind"] == "reference":
            assert r["excerpt"] == 1, r["id"]


def test_claim_groups_have_one_preferred_version_with_a_reason(data):
    for table in ("terms", "events"):
        groups = {}
        for r in data[table]:
            if r["claim_group"] is None:
                assert r["rank"] == "normal", f"{r['id']}: ranked without a claim group"
            else:
                groups.setdefault(r["claim_group"], []).append(r)
        for name, rows in groups.items():
            assert len(rows) > 1, f"{table} claim group {name} has a single version"
            preferred = [r for r in rows if r["rank"] == "preferred"]
            assert len(preferred) == 1, f"{table} claim group {name}: {len(preferred)} preferred"
            assert preferred[0]["rank_reason"], f"{preferred[0]['id']}: preferred without rank_reason"


# ------------------------------------------------------------------ citations

def test_every_quote_is_a_verbatim_substring_of_its_source(data, by_id):
    for c in data["citations"]:
        assert c["quote"], c["id"]
        source = by_id["sources"].get(c["source_id"])
        assert source is not None, c["id"]
        assert c["quote"] in source["text"], f"{c['id']}: quote not in {c['source_id']}: {c['quote']!r}"


def test_citations_point_at_existing_rows_and_columns(data, by_id):
    for c in data["citations"]:
        table = c["record_table"]
        assert table in COLUMNS and table != "citations", c["id"]
        assert c["record_id"] in by_id[table], f"{c['id']}: {table}/{c['record_id']} does not exist"
        assert c["field"] is None or c["field"] in COLUMNS[table], f"{c['id']}: {table} has no column {c['field']}"


@pytest.mark.parametrize("table", MUST_BE_CITED)
def test_no_uncited_claims(data, citations_of, table):
    uncited = [r["id"] for r in data[table] if (table, r["id"]) not in citations_of]
    assert not uncited, f"uncited {table}: {uncited}"


def test_every_source_is_used(data):
    used = {c["source_id"] for c in data["citations"]}
    unused = [s["id"] for s in data["sources"] if s["id"] not in used]
    assert not unused, f"sources never cited: {unused}"


def test_life_dates_are_cited_per_field(data, citations_of):
    for p in data["persons"]:
        for field in ("born", "died"):
            if p[field] is not None:
                fields = {c["field"] for c in citations_of[("persons", p["id"])]}
                assert field in fields, f"{p['id']}: {field} has no citation of its own"


# ------------------------------------------------------------------ dates

def test_dates_are_edtf(data):
    for table, columns in DATE_COLUMNS.items():
        for r in data[table]:
            for col in columns:
                value = r[col]
                if value is None:
                    continue
                if value == "..":
                    assert (table, col) in OPEN_END_COLUMNS, f"{r['id']}.{col}: '..' only for an end"
                    continue
                assert isinstance(value, str) and value == value.strip(), (r["id"], col, value)
                assert "/" not in value, f"{r['id']}.{col}: intervals are not allowed: {value}"
                parse_edtf(value)  # raises on invalid EDTF


def test_no_end_before_its_start(data):
    for table, (start_col, end_col) in SPANS.items():
        for r in data[table]:
            start, end = r[start_col], r[end_col]
            if not (_dated(start) and _dated(end)):
                continue  # open or unknown
            start_earliest, _ = _bounds(start)
            _, end_latest = _bounds(end)
            if start_earliest is None or end_latest is None:
                continue
            assert end_latest >= start_earliest, f"{r['id']}: {end_col} {end} before {start_col} {start}"


def test_nothing_dated_after_as_of(data):
    as_of = _bounds(data["meta"]["as_of"])[0]
    for table in ("persons", "terms", "events", "allegations"):
        for col in DATE_COLUMNS[table]:
            for r in data[table]:
                if _dated(r[col]):
                    earliest, _ = _bounds(r[col])
                    assert earliest is None or earliest <= as_of, f"{r['id']}.{col} = {r[col]} is after as_of"


# ------------------------------------------------------------------ keys

def test_foreign_keys_resolve(data, by_id):
    for (table, col), target in FOREIGN_KEYS.items():
        for r in data[table]:
            value = r[col]
            if value is None:
                assert (table, col) not in REQUIRED_FKS, f"{r['id']}.{col} is required"
                continue
            assert value in by_id[target], f"{table} {r['id']}.{col} -> missing {target} {value}"


# ------------------------------------------------------------------ allegations

def test_every_allegation_names_its_accuser_or_says_it_is_unnamed(data, citations_of):
    for a in data["allegations"]:
        if a["alleged_by_org_id"] or a["alleged_by_person_id"]:
            continue
        notes = [(c["note"] or "").lower() for c in citations_of.get(("allegations", a["id"]), [])]
        assert any(UNNAMED_ACCUSER in n for n in notes), \
            f"{a['id']}: no accuser and no citation note saying '{UNNAMED_ACCUSER}'"


def test_allegations_have_both_times(data):
    for a in data["allegations"]:
        assert a["made_on"], f"{a['id']}: when the allegation was made"
        assert a["conduct_start"], f"{a['id']}: when the alleged conduct happened"


@pytest.mark.parametrize("name", NOT_ACCUSED)
def test_no_allegation_against_people_no_source_accuses(data, by_id, name):
    ids = {p["id"] for p in data["persons"] if p["name"] == name}
    assert ids, f"{name} missing from persons"
    accused = [a["id"] for a in data["allegations"] if a["subject_id"] in ids]
    assert not accused, f"allegations against {name}: {accused}"


def test_accusers_that_are_interested_parties_are_marked(by_id):
    for org_id in ("ncri", "mek"):
        assert by_id["organizations"][org_id]["interested_party"] == 1


@pytest.mark.parametrize("figure", ["62 pregnant women and 789 minors", "85 lives", "wounded 300 more",
                                    "10 other Iranian provinces"])
def test_attributed_figures_are_kept_and_quoted(data, figure):
    assert any(figure in (c["quote"] or "") for c in data["citations"]), figure
    texts = [r["summary"] or "" for table in ("events", "allegations", "organizations") for r in data[table]]
    assert any(figure in t for t in texts), f"{figure!r} appears in no summary"


# ------------------------------------------------------------------ persons

def test_native_names_without_a_source_are_flagged(data):
    for p in data["persons"]:
        if p["name_native"]:
            assert p["note"] and "standard spelling" in p["note"], p["id"]


# ------------------------------------------------------------------ the article

def test_article_is_stored_verbatim(data):
    articles = [s for s in data["sources"] if s["kind"] == "article"]
    assert len(articles) == 1
    article = articles[0]
    assert article["publisher"] == "CNSNews.com"
    assert article["published"] == "2016-09-07"
    assert article["excerpt"] == 0
    assert "Fayçal Benhassain" in article["author"] and "Patrick Goodenough" in article["author"]
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not available at {SEED_ARTICLE}")
    assert article["text"].encode("utf-8") == SEED_ARTICLE.read_bytes()


# ------------------------------------------------------------------ through the app

def test_loads_through_the_importer_and_exports_the_same_bytes(default_store, tmp_path):
    from app.domain.checks import check
    from app.domain.exchange import export_json

    report = check(default_store)
    assert report.ok, report.errors
    assert report.warnings == []
    out = tmp_path / "exported.json"
    export_json(default_store, out)
    assert out.read_bytes() == DATASET.read_bytes()


def test_check_command_exits_0_on_the_shipped_dossier(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "default.db"
    root = pathlib.Path(__file__).parents[1]
    created = subprocess.run([sys.executable, "-m", "app", "import", str(DATASET), "--db", str(db)],
                             cwd=root, capture_output=True, text=True)
    assert created.returncode == 0, created.stderr
    result = subprocess.run([sys.executable, "-m", "app", "check", str(db)], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Result: valid, 0 warning(s)" in result.stdout
