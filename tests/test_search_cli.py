"""`dossier-timeline search`, run as a user would: a child process, JSON on stdout, messages on stderr."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def run(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def default_db(tmp_path_factory):
    from app.domain.opener import create_from_dataset
    from app.resources import DEFAULT_DATASET

    path = tmp_path_factory.mktemp("search-cli") / "default.db"
    create_from_dataset(path, DEFAULT_DATASET).close()
    return path


@pytest.mark.parametrize("query, person", [
    ("Khamene'i", "ali-khamenei"),
    ("Pour-Mohammadi", "mostafa-pourmohammadi"),
    ("خامنه‌ای", "ali-khamenei"),
    ("Rohani", "hassan-rouhani"),
])
def test_json_is_the_only_output_and_ranked(default_db, query, person):
    result = run("search", query, "--db", default_db, "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)  # nothing but the JSON document on stdout
    assert set(document) == {"query", "results"} and document["query"] == query
    assert document["results"][0]["id"] == person
    for found in document["results"]:
        assert set(found) == {"kind", "id", "title", "snippet", "score"}
    scores = [found["score"] for found in document["results"]]
    assert scores == sorted(scores, reverse=True)
    assert "result" in result.stderr


def test_limit_and_kinds(default_db):
    document = json.loads(run("search", "executions", "--db", default_db, "--json", "--limit", "2").stdout)
    assert len(document["results"]) == 2
    events = json.loads(run("search", "executions", "--db", default_db, "--json", "--kind", "event").stdout)
    assert events["results"] and {r["kind"] for r in events["results"]} == {"event"}


def test_search_syntax_is_text(default_db):
    typed = 'AND "quoted * NEAR(x - OR'
    result = run("search", "--db", default_db, "--json", "--", typed)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["query"] == typed


def test_plain_output_and_refusals(default_db):
    plain = run("search", "Hashemi", "--db", default_db)
    assert plain.returncode == 0
    assert plain.stdout.splitlines()[0].split() == ["person", "Akbar", "Hashemi", "Rafsanjani"]
    assert run("search", "x", "--db", default_db, "--limit", "0").returncode == 2
    bad_date = run("search", "x", "--db", default_db, "--from", "someday")
    assert bad_date.returncode == 2 and "--from" in bad_date.stderr and "Traceback" not in bad_date.stderr


def test_an_allegation_is_found_by_its_subject_from_the_command_line(default_db):
    result = run("search", "Rafsanjani", "--kind", "allegation", "--db", default_db, "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert [r["id"] for r in found["results"]] == ["alleg-ncri-rafsanjani-1988-executions"]
