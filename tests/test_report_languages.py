"""Reports and timeline images in the interface's language; the data in them always as stored."""

from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.report import build_report, render_html
from app.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
PERSIAN_HEADINGS = ("سمت‌های تصدی‌شده", "ادعاها", "رویدادهای مرتبط", "پی‌نوشت‌ها", "منابع")
ENGLISH_HEADINGS = ("Offices held", "Allegations", "Related events", "Notes", "Sources")
ZWNJ = "\u200c"  # ZERO WIDTH NON-JOINER: Qt draws no glyph for it, so a PDF's text has none
ONE_LINE_QUOTE = "president and a key regime decision-maker at the time"
LONG_QUOTE = ("It said supreme leader Ayatollah Ali Khamenei and former President Hashemi Rafsanjani "
              "were directly linked to the executions.")


class _Page(HTMLParser):
    """What an HTML report holds: its <html> attributes, headings and the text of each <bdi>."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.html_attributes: dict[str, str | None] = {}
        self.headings: list[str] = []
        self.isolated: list[str] = []
        self._open: list[list[str]] = []
        self._in_heading = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.html_attributes = dict(attrs)
        elif tag == "bdi":
            self._open.append([])
        elif tag in ("h1", "h2"):
            self._in_heading = True
            self.headings.append("")

    def handle_endtag(self, tag):
        if tag == "bdi":
            self.isolated.append("".join(self._open.pop()))
        elif tag in ("h1", "h2"):
            self._in_heading = False

    def handle_data(self, data):
        for parts in self._open:
            parts.append(data)
        if self._in_heading:
            self.headings[-1] += data


def _pdf_words(path) -> str:
    """The PDF's text as pypdf reads it by position, ligatures undone, words one space apart.

    NOTE: pypdf's default extraction reverses Persian (it takes glyphs for visual order; Qt
    writes them in reading order, right to left); read by position they come out in order.
    """
    reader = PdfReader(path)
    text = " ".join(page.extract_text(extraction_mode="layout") for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _as_extracted(text: str) -> str:
    return " ".join(text.replace(ZWNJ, " ").split())


def test_persian_html_report_is_right_to_left_with_data_as_stored(persian, default_store, tmp_path):
    from app.ui.report_export import export_report_file

    out = tmp_path / "khamenei.html"
    export_report_file(default_store, "ali-khamenei", out)
    page = out.read_text(encoding="utf-8")
    parsed = _Page(page)
    assert parsed.html_attributes == {"lang": "fa", "dir": "rtl"}
    assert '<body dir="rtl">' in page
    assert parsed.headings[0] == "Ali Khamenei[۱، ۲]"  # the name as stored, the note numbers in Persian digits
    assert set(PERSIAN_HEADINGS) <= set(parsed.headings)
    assert not set(ENGLISH_HEADINGS) & set(parsed.headings)
    report = build_report(default_store, "ali-khamenei")
    assert report.notes and all(note.quote in parsed.isolated for note in report.notes)  # whole, byte for byte
    assert "Ali Khamenei" in parsed.isolated and report.dossier.sources[0].title in parsed.isolated
    assert "<p><b>پی‌نوشت‌ها" not in page and "<h2>پی‌نوشت‌ها</h2>" in page


def test_persian_html_report_carries_its_font(persian, default_store):
    page = render_html(build_report(default_store, "ali-khamenei"))
    embedded = re.findall(r'font-weight: (\d+); src: url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)', page)
    assert [weight for weight, _ in embedded] == ["400", "700"]
    for (_, data), name in zip(embedded, ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf")):
        assert base64.b64decode(data) == resource_path("fonts", name).read_bytes()
    assert 'font-family: "Vazirmatn"' in page


def test_english_html_report_reads_as_before(default_store):
    page = render_html(build_report(default_store, "ali-khamenei"))
    parsed = _Page(page)
    assert parsed.html_attributes == {"lang": "en"}
    assert "<body>" in page and "<bdi>" not in page and "@font-face" not in page
    assert parsed.headings[0] == "Ali Khamenei[1, 2]"
    assert set(ENGLISH_HEADINGS) <= set(parsed.headings)
    assert f"[33] “{LONG_QUOTE}”" in page
    assert "<title>Ali Khamenei — person dossier</title>" in page


def test_persian_pdf_report_keeps_its_text(persian, default_store, tmp_path):
    from app.ui.report_export import export_pdf

    out = tmp_path / "khamenei.pdf"
    export_pdf(default_store, "ali-khamenei", out)
    text = _pdf_words(out)
    for heading in PERSIAN_HEADINGS:
        assert _as_extracted(heading) in text
    assert "ادعا می کند که" in text  # the allegation's sentence, in reading order
    assert f"«{ONE_LINE_QUOTE}" in text  # a stored quote, whole
    words = iter(text.split())
    assert all(word in words for word in LONG_QUOTE.split())  # a quote across two lines: every word, in order
    # Every glyph maps back to a letter: Vazirmatn's contextual alternates would leave "ا@ران".
    assert not re.search(r"[\u0600-\u06ff][@?\ufffd]|[@?\ufffd][\u0600-\u06ff]", text)
    assert PdfReader(out).metadata.title == "\u2068Ali Khamenei\u2069 — پرونده‌ی شخص"


def test_lang_fa_on_the_command_line_writes_persian(small_db_path, tmp_path):
    report, image = tmp_path / "roe.html", tmp_path / "timeline.svg"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for command in (["export", "dossier", "jane-roe", str(report)], ["export", "timeline", str(image)]):
        subprocess.run([sys.executable, "-m", "app", "--lang", "fa", *command, "--db", str(small_db_path)],
                       cwd=ROOT, env=environment, check=True, capture_output=True, timeout=120)
    page = _Page(report.read_text(encoding="utf-8"))
    assert page.html_attributes == {"lang": "fa", "dir": "rtl"}
    assert "Jane Roe" in page.isolated and "ادعاها" in page.headings
    assert "<title>خط زمانی پرونده</title>" in image.read_text(encoding="utf-8")


def test_timeline_export_messages_follow_the_language(persian):
    from app.ui.timeline_export import ExportError, parse_size

    with pytest.raises(ExportError) as refused:
        parse_size("wide")
    assert str(refused.value) == "اندازه‌ی 'wide' به شکل پهنا×بلندا نیست؛ برای نمونه 1600x900"


def test_persian_report_counts_what_known_by_leaves_out(persian, default_store):
    page = render_html(build_report(default_store, "ali-khamenei", known_by="2000"))
    assert "ادعاهای مطرح‌شده تا <bdi>2000</bdi>" in page  # the date as typed (EDTF keeps ASCII digits)
    assert "یک ادعا که پس از <bdi>2000</bdi> مطرح شده، آورده نشده است." in page
    assert "هیچ ادعایی ثبت نشده است." in page
