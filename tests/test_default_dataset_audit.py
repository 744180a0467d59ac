"""The editorial audit of the default dossier (issue 14), pinned on the shipped file.

One test (or a few) per finding, reading resources/default-dossier.json; the report,
reader and search findings are checked through the app on the imported dossier.
"""

import json
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).parents[1]
DATASET = ROOT / "resources" / "default-dossier.json"
GAP = "[…]"

# Reference pages of which no fuller stored copy was found: only the quoted words are kept,
# and every citation of them says so (finding 10).
NO_FULLER_COPY = {
    "11feb1979", "aljazeera-2013-08-15-rouhani", "call4justice-2019-08-05",
    "iranrights-4534", "mesop-radio-zamaneh-audio",
    "tebyan-1988", "wikipedia-ali-khamenei-newer",
}


@pytest.fixture(scope="module")
def data():
    return json.loads(DATASET.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows(data):
    return {table: {r["id"]: r for r in data[table]} for table in data if isinstance(data[table], list)}


def citations(data, table, record_id, field=None):
    return [c for c in data["citations"] if c["record_table"] == table and c["record_id"] == record_id
            and (field is None or c["field"] == field)]


def group(data, table, name):
    return [r for r in data[table] if r["claim_group"] == name]


# 1 -- the decree's words cited from the decree as published, not from the Post
def test_1_the_decree_quote_sits_on_its_real_source(data, rows):
    post = rows["sources"]["washingtonpost-1988-06-03-rafsanjani"]
    assert "I hereby designate" not in post["text"]
    assert "issued an edict relinquishing constitutional title of commander-in-chief" in post["text"]
    decree = [c for c in data["citations"] if "I hereby designate you as the next Commander-in-Chief" in c["quote"]]
    assert decree and {c["source_id"] for c in decree} == {"emam-17678-decree-commander-in-chief"}
    assert rows["sources"]["emam-17678-decree-commander-in-chief"]["interested_party"] == 1


# 2 -- both versions of Rafsanjani's 1988 title, ranked with the reason
def test_2_both_versions_of_the_1988_title_are_kept_and_ranked(data, rows):
    versions = {t["position_id"]: t for t in group(data, "terms", "rafsanjani-1988-command-title")}
    assert set(versions) == {"commander-in-chief-of-the-armed-forces", "deputy-commander-in-chief-of-the-armed-forces"}
    preferred = [t for t in versions.values() if t["rank"] == "preferred"]
    assert len(preferred) == 1 and "نائباً للقائد العام" in preferred[0]["rank_reason"]
    deputy = citations(data, "terms", versions["deputy-commander-in-chief-of-the-armed-forces"]["id"], "position_id")
    assert any("نائباً للقائد العام" in c["quote"] and c["source_id"] == "emam-12910-decree-arabic" for c in deputy)


# 3 -- no accuser inferred for Fallahian's 1988 implication
def test_3_fallahians_1988_implication_has_no_accuser_and_no_date_beyond_the_article(data, rows):
    allegation = rows["allegations"]["alleg-ncri-fallahian-1988-executions"]
    assert allegation["alleged_by_org_id"] is None and allegation["alleged_by_person_id"] is None
    assert allegation["made_on"] == "[..2016-09-07]"
    assert all("accuser not named in the source" in c["note"] for c in citations(data, "allegations", allegation["id"])
               if c["field"] in ("summary", "made_on"))
    summary = rows["persons"]["ali-fallahian"]["summary"]
    assert "Accused by the NCRI" not in summary and "without saying by whom" in summary


# 4 -- Human Rights Watch's whole sentence, no "Tehran" it does not say
def test_4_hrw_is_quoted_by_its_whole_sentence(data, rows):
    sentence = ("In 1988 Mustafa Pour-Mohammadi represented the Ministry of Information on a three-person committee "
                "that ordered the execution of thousands of political prisoners.")
    allegation = rows["allegations"]["alleg-hrw-pourmohammadi-tehran-commission"]
    assert any(c["quote"] == sentence for c in citations(data, "allegations", allegation["id"], "summary"))
    quoted = " ".join(c["quote"] for c in citations(data, "allegations", allegation["id"]))
    assert "Tehran" not in allegation["summary"] + (allegation["role"] or "") and "Tehran" not in quoted


# 5 -- the AMIA allegation: what is alleged, by whom, when, each cited
def test_5_the_amia_allegation_is_stated_attributed_and_dated_by_its_sources(data, rows):
    allegation = rows["allegations"]["alleg-argentina-fallahian-amia"]
    assert allegation["summary"].startswith("was involved in the 1994 bombing")
    assert allegation["conduct_start"] == "[..1994-07-18]"  # no day the sources do not give
    made = citations(data, "allegations", allegation["id"], "made_on")
    assert made and all("Fallahi" in c["quote"] for c in made)  # the dating source names him
    assert allegation["made_on"] == "2006-10-25"
    assert rows["organizations"][allegation["alleged_by_org_id"]]["interested_party"] == 1


# 6 -- "corroborated" is CNSNews's word, and the recording is linked
def test_6_corroborated_is_attributed_and_linked_to_the_recording(data, rows):
    allegation = rows["allegations"]["alleg-unnamed-pourmohammadi-death-commissions"]
    assert allegation["status"] == "corroborated"
    assert "per CNSNews" in allegation["summary"]
    assert allegation["event_id"] == "event-montazeri-meeting"
    (status,) = citations(data, "allegations", allegation["id"], "status")
    assert "the article's word, not the dossier's" in status["note"]


# 7 -- the citation supports the title
def test_7_the_armed_forces_courts_title_is_quoted(data):
    quotes = [c["quote"] for c in citations(data, "terms", "term-pourmohammadi-armed-forces-courts")]
    assert any("prosecutor of the armed forces revolutionary courts" in q for q in quotes)


# 8 -- titles as the sources give them
def test_8_acting_and_senior_are_not_upgraded(data, rows):
    interior = rows["terms"]["term-rafsanjani-minister-of-the-interior"]
    assert rows["positions"][interior["position_id"]]["title"] == "Acting Minister of the Interior"
    negotiator = rows["terms"]["term-rouhani-nuclear-negotiator-2006"]
    assert rows["positions"][negotiator["position_id"]]["title"] == "Senior Nuclear Negotiator"


# 9 -- conflicts kept when their source is stored
@pytest.mark.parametrize("name, values", [
    ("khamenei-assembly-of-experts-end", {"1989-06-04", "1991-02-21"}),
    ("khamenei-presidency-dates", {"1989-08", "1989-08-03"}),
    ("rouhani-assembly-of-experts-start", {"2000-02-18", "1999"}),
    ("rouhani-supreme-defence-council-start", {"1983", "1982"}),
])
def test_9_each_version_is_kept_ranked_with_a_reason(data, name, values):
    versions = group(data, "terms", name)
    assert values <= {t["start"] for t in versions} | {t["end"] for t in versions}
    assert [bool(t["rank_reason"]) for t in versions if t["rank"] == "preferred"] == [True]
    assert all(citations(data, "terms", t["id"]) for t in versions)


def test_9_the_presidency_end_is_cited_directly(data):
    quotes = [c["quote"] for c in citations(data, "terms", "term-khamenei-president", "end")]
    assert "In office 13 October 1981 – 3 August 1989" in quotes


# 10 -- sources stored as passages, gaps marked, each quote with context
def test_10_every_quote_sits_in_a_passage_with_context(data, rows):
    for c in data["citations"]:
        source = rows["sources"][c["source_id"]]
        if not source["excerpt"] or source["id"] in NO_FULLER_COPY:
            continue
        passage = next(p for p in source["text"].split(GAP) if c["quote"] in p)
        assert len(passage.strip()) > len(c["quote"]), f"{c['id']}: {c['quote']!r} has no context in {source['id']}"


def test_10_excerpts_mark_their_gaps_and_fragments_say_so(data, rows):
    excerpts = [s for s in data["sources"] if s["excerpt"]]
    with_context = [s for s in excerpts if s["id"] not in NO_FULLER_COPY]
    assert len(with_context) >= 30
    assert all(GAP in s["text"] for s in excerpts)
    for source_id in NO_FULLER_COPY:
        cited = [c for c in data["citations"] if c["source_id"] == source_id]
        assert cited and all("no fuller copy of it was found" in c["note"] for c in cited), source_id


# 11 -- page URLs, or none with a note; Wikipedia versions say what they are
def test_11_urls_are_pages_or_said_to_be_unknown(data):
    for s in data["sources"]:
        if s["url"] is None:
            notes = [c["note"] or "" for c in data["citations"] if c["source_id"] == s["id"]]
            assert notes and all("URL is not known" in n for n in notes), s["id"]
        else:
            assert re.match(r"https?://[^/]+/.+", s["url"]), f"{s['id']}: {s['url']} is not a page"
        if "Wikipedia" in s["publisher"] or "Wikipédia" in s["publisher"]:
            assert "revision" in s["title"] and s["license"].startswith("CC BY-SA"), s["id"]


# 12 -- interested parties decided, with the reason given
def test_12_interested_parties_are_decided(data, rows):
    assert rows["sources"]["uani-khamenei-election-presidency"]["interested_party"] == 1
    assert rows["sources"]["middleeasttransparent-ahmad-montazeri"]["interested_party"] == 1
    assert rows["sources"]["cnsnews-2016-09-07"]["interested_party"] == 0
    assert "not marked an interested party" in rows["citations"]["cit-ncri-01"]["note"]
    judiciary = rows["organizations"]["argentine-judiciary"]
    assert judiciary["interested_party"] == 1 and "interested party" in judiciary["summary"]


# 13 -- weak sources replaced
def test_13_weak_sources_are_gone(data, rows):
    for weak in ("tyrantsanddictators-khomeini", "fampeople-rafsanjani", "wikisum-montazeri"):
        assert weak not in rows["sources"]
    designation = citations(data, "terms", "term-montazeri-designated-successor", "start")
    assert {c["source_id"] for c in designation} == {"latimes-1985-11-24-montazeri"}


# 14 -- the missing records
def test_14_the_missing_records_are_there(data, rows):
    (charge,) = [a for a in data["allegations"] if a["subject_id"] == "ahmad-montazeri"]
    assert "national security offenses" in charge["summary"] and charge["made_on"] == "[..2016-09-07]"
    assert any("Ali Akbar Hashemi Rafsanjani" == a["alias"] for a in data["aliases"]
               if a["person_id"] == "akbar-hashemi-rafsanjani")
    sdc = [t for t in data["terms"] if t["person_id"] == "ali-khamenei"
           and rows["positions"][t["position_id"]]["title"] == "Chairman of the Supreme Defence Council"]
    assert len(sdc) == 1 and (sdc[0]["start"], sdc[0]["end"]) == ("1981", "1989")
    assert any("sits as chairman of Iran's Supreme Defense Council" in c["quote"]
               for c in citations(data, "terms", sdc[0]["id"]))


# 15 -- no dataset voice where the NCRI speaks; each wounded figure with its source
def test_15_own_voice_and_figures(data, rows):
    commission = rows["organizations"]["death-commission-tehran"]
    assert not commission["summary"].startswith("The commission that conducted")
    assert "NCRI" in commission["name"] and commission["summary"].startswith("The NCRI's term")
    amia = rows["events"]["event-amia-bombing"]
    assert "wounded 300 more" in amia["summary"] and "wounded more than 200" in amia["summary"]
    quoted = " ".join(c["quote"] for c in citations(data, "events", "event-amia-bombing"))
    assert "wounded 300 more" in quoted and "wounded more than 200" in quoted


def test_dataset_version_is_bumped(data):
    assert data["meta"]["dataset_version"] == "2016.09.07-2"


# 16 -- reports keep their caveats (through the app)
def test_16_the_report_prints_notes_and_rank_reasons(default_store):
    from app.domain.report import build_report, render_html

    html = render_html(build_report(default_store, "akbar-hashemi-rafsanjani"))
    assert "Acting Minister of the Interior" in html and "Note: Acting minister" in html
    assert "Why this version first:" in html and "deputy commander-in-chief" in html


def test_16_an_office_known_at_one_time_is_not_offered_for_conduct_years_later(default_store):
    from app.domain.person_dossier import build_person_dossier

    dossier = build_person_dossier(default_store, "ali-fallahian")
    amia = next(a for a in dossier.allegations if a.id == "alleg-argentina-fallahian-amia")
    assert not any("Deputy Minister of Intelligence" in office for office in amia.offices_at_time)
    assert any(office.startswith("Minister of Intelligence") for office in amia.offices_at_time)
    executions = next(a for a in dossier.allegations if a.id == "alleg-ncri-fallahian-1988-executions")
    assert any(office.startswith("Deputy Minister of Intelligence") for office in executions.offices_at_time)


def test_14_search_finds_rafsanjani_first_by_his_full_name(default_store):
    from app.domain.search import SearchIndex

    results = SearchIndex(default_store.db).search("Ali Akbar Hashemi Rafsanjani")
    assert results and (results[0].table, results[0].id) == ("persons", "akbar-hashemi-rafsanjani")


def test_10_the_reader_says_it_is_an_excerpt_and_shades_the_gaps(qtbot, default_store):
    from app.ui.session import Session
    from app.ui.source_reader import SourceReader

    session = Session(default_store)
    reader = SourceReader(session)
    qtbot.addWidget(reader)
    session.selection.select("citations", "cit-alleg-hrw-pourmohammadi-tehran-commission-02")
    text = default_store.get("sources", "hrw-2005-ministers-of-murder")["text"]
    gaps = text.count(GAP)
    assert gaps and f"“[…]” marks where its text is left out ({gaps} place" in reader.excerpt_note.text()
    shaded = [s for s in reader.text_view.extraSelections() if s.cursor.selectedText() == GAP]
    assert len(shaded) == gaps
    assert reader.selected_text().startswith("In 1988 Mustafa Pour-Mohammadi")
