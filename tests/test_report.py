"""The printable report: escaped HTML, a PDF with the expected pages, and the export command."""

from __future__ import annotations

import unicodedata

import pytest
from pypdf import PdfReader

from app.cli import main
from app.domain.edits import plan_save
from app.domain.report import build_report, render_html

QUOTE = ("It said supreme leader Ayatollah Ali Khamenei and former President Hashemi Rafsanjani "
         "were directly linked to the executions.")


def _page_texts(path) -> list[str]:
    """Each page's text with ligatures and spacing normalised (Qt spaces words with tabs)."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]


def test_html_escapes_everything_from_data(small_store):
    plan_save(small_store, "", {"persons": [{"id": "jane-roe", "name": "<img src=x> Roe & co"}]}).do(small_store)
    plan_save(small_store, "", {"sources": [{"id": "gazette", "title": "<script>alert(1)</script>"}]}).do(small_store)
    page = render_html(build_report(small_store, "jane-roe"))
    assert "<img src=x>" not in page and "&lt;img src=x&gt; Roe &amp; co" in page
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_report_numbers_each_citation_once_as_a_note(default_store):
    report = build_report(default_store, "ali-khamenei")
    assert len(report.notes) == len({c.id for c in report.dossier.all_citations()})
    assert sorted(report.numbers.values()) == list(range(1, len(report.notes) + 1))


def test_exported_pdf_has_the_expected_pages(qapp, default_store, tmp_path):
    from app.ui.report_export import export_pdf

    out = tmp_path / "khamenei.pdf"
    pages = export_pdf(default_store, "ali-khamenei", out)
    texts = _page_texts(out)
    assert len(texts) == pages >= 4
    assert all("Ali Khamenei — person dossier · This dossier records allegations as its sources report them" in t
               for t in texts)
    assert all(f"Page {n} of {pages}" in t for n, t in enumerate(texts, 1))
    first = texts[0]
    assert "it does not establish them" in first and "Offices held" in first
    assert "President of Iran" in first
    allegations = next(t for t in texts if "Allegations 1. National Council of Resistance of Iran" in t)
    assert "made 6 Sep 2016, about conduct in 1988; status: alleged" in allegations
    assert "an interested party" in allegations
    assert QUOTE in " ".join(texts)  # quoted in full
    assert any("Timeline" in t for t in texts)
    whole = " ".join(texts)
    assert whole.index("Notes [1]") < whole.index("Sources Ali Khamenei")  # the sources close the report
    fonts = {str(font.get("/BaseFont")) for page in PdfReader(out).pages
             for font in (page["/Resources"].get("/Font") or {}).values()
             for font in [font.get_object()]}
    assert any("Vazirmatn" in name for name in fonts)  # the Persian name is set in a font that has its glyphs


def test_no_page_but_the_last_is_nearly_empty(qapp, default_store, tmp_path):
    """Sections flow on from page to page: no forced break leaves a page holding a table's last row."""
    from app import APP_NAME, __version__
    from app.ui.report_export import export_pdf

    out = tmp_path / "khamenei.pdf"
    pages = export_pdf(default_store, "ali-khamenei", out)
    head = "Ali Khamenei — person dossier · This dossier records allegations as its sources report them; it does not establish them."
    title = build_report(default_store, "ali-khamenei").dossier.dossier_title
    for number, text in enumerate(_page_texts(out)[:-1], 1):
        foot = f"Page {number} of {pages} · {APP_NAME} {__version__} · {title}"
        assert head in text and foot in text
        body = text.replace(head, "").replace(foot, "").strip()
        assert len(body) > 600, f"page {number} of {pages} holds only: {body}"


def test_export_dossier_command_writes_pdf_and_html(small_db_path, tmp_path, capsys):
    pdf, page = tmp_path / "roe.pdf", tmp_path / "roe.html"
    assert main(["export", "dossier", "Roe", str(pdf), "--db", str(small_db_path)]) == 0
    assert "Jane Roe" in _page_texts(pdf)[0]
    assert main(["export", "dossier", "jane-roe", str(page), "--db", str(small_db_path)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "<h1>Jane Roe" in html and "data:image/png;base64," in html


def test_export_dossier_lists_several_matches_and_fails(small_db_path, tmp_path, capsys):
    assert main(["export", "dossier", "o", str(tmp_path / "x.pdf"), "--db", str(small_db_path)]) == 1
    error = capsys.readouterr().err
    assert "2 persons match 'o'" in error and "jane-roe  Jane Roe" in error and "john-doe  John Doe" in error
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("out", ["x.docx", "x"])
def test_export_dossier_refuses_other_formats(small_db_path, tmp_path, out):
    assert main(["export", "dossier", "jane-roe", str(tmp_path / out), "--db", str(small_db_path)]) == 2


def test_export_dossier_lists_every_match_and_exits_1_when_a_name_is_ambiguous(tmp_path, default_db_template, capsys):
    """"Montazeri" is Hossein-Ali's alias and part of Ahmad's name: both are listed, nothing is written."""
    import shutil

    from app.cli import main

    db, out = tmp_path / "d.db", tmp_path / "m.pdf"
    shutil.copyfile(default_db_template, db)
    assert main(["export", "dossier", "Montazeri", str(out), "--db", str(db)]) == 1
    error = capsys.readouterr().err
    assert "hossein-ali-montazeri" in error and "ahmad-montazeri" in error
    assert not out.exists()
