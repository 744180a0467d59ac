"""Record wording: one domain module, its sentence templates extractable for translation without Qt."""

import subprocess
import sys
from pathlib import Path

from app.domain import records

RECORDS = Path(records.__file__)


def test_lupdate_finds_the_sentence_templates(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    ts = tmp_path / "records.ts"
    result = subprocess.run([str(lupdate), str(RECORDS), "-ts", str(ts)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    text = ts.read_text(encoding="utf-8")
    assert "<name>records</name>" in text
    for template in ("{accuser} alleges that {subject} {summary}", "It is alleged ({accuser}) that {subject} {summary}",
                     "accuser not named in the source", "Status: {status}", "term in office"):
        assert f"<source>{template}</source>" in text


def test_an_unnamed_accuser_is_said_so(small_store):
    claim = records.allegation_claim({"subject_name": "Jane Roe", "summary": "ordered the arrests"})
    assert claim == "It is alleged (accuser not named in the source) that Jane Roe ordered the arrests"
    named = records.allegation_claim({"subject_name": "Jane Roe", "summary": "ordered the arrests",
                                      "accuser_org_name": "Front", "accuser_person_name": "A. Speaker"})
    assert named == "Front (A. Speaker) alleges that Jane Roe ordered the arrests"


def test_a_citation_target_is_named_with_its_kind(small_store):
    assert records.citation_target_label(small_store, "persons", "john-doe") == "Person: John Doe"
    assert records.citation_target_label(small_store, "persons", "nobody") == "Person nobody (missing)"
    assert records.citation_target_label(small_store, "terms", "term-doe-mayor").startswith("Office: ")
