"""HTML, DOCX, PDF, Markdown and URL readers, with fixtures built in tmp_path."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pdf_bytes import page_objects, pdf_file
from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest import read_source

P1 = (
    "Der nordkoreanische Machthaber Kim Jong Un hat dem russischen Präsidenten Wladimir Putin "
    "bei einem Treffen im Osten Russlands seine volle Unterstützung zugesagt."
)
P2 = "Russland führe einen „heiligen Kampf“ zum Schutz seiner Sicherheit, sagte Kim nach Angaben staatlicher Medien."
P3 = "Die Vereinigten Staaten befürchten, dass Nordkorea Munition an Russland liefern könnte."

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Kim sichert Putin Unterstützung zu | Tagesblatt</title>
<link rel="canonical" href="https://www.tagesblatt.example/politik/kim-putin-100.html">
<meta property="og:site_name" content="Tagesblatt">
<meta name="author" content="Erika Mustermann">
<meta property="article:published_time" content="2023-09-13T14:05:00+02:00">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Kim sichert Putin Unterstützung zu", "datePublished": "2023-09-13T14:05:00+02:00",
 "author": {{"@type": "Person", "name": "Erika Mustermann"}},
 "publisher": {{"@type": "Organization", "name": "Tagesblatt"}}}}</script>
<script>var tracking = "TRACKINGSECRET"; document.write("SCRIPTOUTPUT");</script>
<style>.cookie {{ position: fixed }}</style>
</head><body>
<div id="cookie-banner" class="cookie-consent">Wir verwenden Cookies. COOKIEBANNER Alle akzeptieren</div>
<header><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">NAVLINK Politik</a></li></ul></nav></header>
<main><article>
<h1>Kim sichert Putin Unterstützung zu</h1>
<p>{P1} Die beiden trafen sich am Mittwoch auf dem Weltraumbahnhof Wostotschny.</p>
<p>{P2} Putin stellte Hilfe beim Bau von Satelliten in Aussicht.</p>
<h2>Sorge im Westen</h2>
<p>{P3} Washington drohte beiden Ländern mit weiteren Sanktionen.</p>
<script>var x = "INLINESCRIPT";</script>
<p>Beobachter sehen in dem Treffen ein Zeichen wachsender Isolation beider Staaten.</p>
</article></main>
<aside><h3>Mehr zum Thema</h3><ul><li><a href="/a">RELATEDTEASER Ein anderer Artikel</a></li></ul></aside>
<section id="comments" class="comments"><h3>Kommentare</h3>
<div class="comment"><p>COMMENTTEXT Das ist doch alles Propaganda, schreibt ein Leser in seinem Kommentar.</p></div>
<div class="comment"><p>COMMENTTEXT Ein weiterer Leserkommentar mit ausreichend viel Text darin.</p></div>
</section>
<footer><p>FOOTERTEXT © 2023 Tagesblatt Verlag. Impressum Datenschutz</p></footer>
</body></html>
"""


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


# --- HTML -----------------------------------------------------------------


def test_news_page_text_and_metadata(tmp_path: Path) -> None:
    article = read_source(write(tmp_path, "kim.html", NEWS_PAGE))
    assert article.extractor.startswith("trafilatura ")
    assert article.title == "Kim sichert Putin Unterstützung zu"
    assert article.outlet == "Tagesblatt"
    assert article.published == "2023-09-13"
    assert article.author == "Erika Mustermann"
    assert article.url == "https://www.tagesblatt.example/politik/kim-putin-100.html"
    assert article.language == "de"
    assert article.source == "kim.html"
    # paragraphs separated by blank lines, the heading on its own line
    assert f"\n\n{P2}" in article.text
    assert "\n\nSorge im Westen\n\n" in article.text
    for junk in ("COOKIEBANNER", "NAVLINK", "COMMENTTEXT", "RELATEDTEASER", "FOOTERTEXT",
                 "TRACKINGSECRET", "SCRIPTOUTPUT", "INLINESCRIPT", "position: fixed"):
        assert junk not in article.text


def test_hostile_markup_yields_text_never_script(tmp_path: Path) -> None:
    page = f"""<html><head><title>Test</title></head><body>
    <script>alert(1)</script>
    <p>{P1} <img src="x" onerror="alert('XSS')"> {P2}</p>
    <p onclick="alert(2)">{P3}</p>
    <script>document.write('EVIL')</script></body></html>"""
    article = read_source(write(tmp_path, "xss.htm", page))
    assert P1 in article.text and P3 in article.text
    for bad in ("alert", "onerror", "EVIL", "<"):
        assert bad not in article.text


def test_page_of_only_scripts_has_no_text(tmp_path: Path) -> None:
    code = "function f() { return 'SCRIPTSOURCE'; } " * 200
    page = f"<html><head><script>{code}</script></head><body><div id='app'></div><script>{code}</script>"
    page += "<noscript>Bitte aktivieren Sie JavaScript.</noscript></body></html>"
    with pytest.raises(IngestError) as caught:
        read_source(write(tmp_path, "app.html", page))
    assert caught.value.code is ErrorCode.NO_TEXT
    assert str(caught.value) == "app.html: no article text found in the page"


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>{P2}</p></body></html>'
    article = read_source(write(tmp_path, "legacy.html", page.encode("cp1252")))
    assert P2 in article.text  # „ “ are cp1252-only, as browsers decode "iso-8859-1"


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    article = read_source(write(tmp_path, "saved-page", NEWS_PAGE))
    assert article.extractor.startswith("trafilatura")
    assert "<p>" not in article.text


# --- DOCX -----------------------------------------------------------------


def make_docx(*, core_title: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.author = "Max Beispiel"
    if core_title:
        document.core_properties.title = core_title
    document.add_heading("Kim trifft Putin in Wostotschny", level=1)
    document.add_paragraph(P1)
    document.add_paragraph("")
    document.add_paragraph(P2)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Ort"
    table.cell(0, 1).text = "Wostotschny"
    document.add_paragraph(P3)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_title_author(tmp_path: Path) -> None:
    article = read_source(write(tmp_path, "bericht.docx", make_docx()))
    assert article.extractor.startswith("python-docx ")
    assert article.text == f"Kim trifft Putin in Wostotschny\n\n{P1}\n\n{P2}\n\nOrt\tWostotschny\n\n{P3}"
    assert article.title == "Kim trifft Putin in Wostotschny"
    assert article.author == "Max Beispiel"
    assert article.language == "de"


def test_docx_core_title_wins(tmp_path: Path) -> None:
    article = read_source(write(tmp_path, "b.docx", make_docx(core_title="Gipfel in Russland")))
    assert article.title == "Gipfel in Russland"


# --- PDF ------------------------------------------------------------------


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A one-page PDF with a real text layer (``tests/pdf_bytes.py``) and, with ``title``, document info."""

    def literal(text: str) -> bytes:
        raw = text.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = b"BT /F1 11 Tf 14 TL 72 760 Td " + b" ".join(literal(line) + b" Tj T*" for line in lines) + b" ET"
    info = b"<< /Title " + literal(title) + b" >>" if title else b"<< >>"
    return pdf_file(page_objects(stream) + [info], version=b"1.4", trailer=b" /Info 6 0 R")


def test_pdf_text_layer_joined_into_paragraphs(tmp_path: Path) -> None:
    lines = [
        "Kim sichert Putin Unterstützung zu",
        "Der nordkoreanische Machthaber Kim Jong Un hat dem russischen Regierungs-",
        "chef Wladimir Putin bei einem Treffen im Osten Russlands seine volle Unter-",
        "stützung zugesagt, wie Ost- und Westmedien am Mittwoch berichteten. Die",
        "beiden trafen sich in Wostotschny.",
        "Russland führe einen „heiligen Kampf“, sagte Kim nach Angaben der Medien",
        "in Moskau (Russland).",
    ]
    article = read_source(write(tmp_path, "artikel.pdf", make_pdf(lines, title="Kim und Putin")))
    assert article.extractor.startswith("pypdf ")
    assert article.title == "Kim und Putin"
    assert article.language == "de"
    assert article.text == (
        "Kim sichert Putin Unterstützung zu\n\n"
        "Der nordkoreanische Machthaber Kim Jong Un hat dem russischen Regierungschef Wladimir "
        "Putin bei einem Treffen im Osten Russlands seine volle Unterstützung zugesagt, wie Ost- "
        "und Westmedien am Mittwoch berichteten. Die beiden trafen sich in Wostotschny.\n\n"
        "Russland führe einen „heiligen Kampf“, sagte Kim nach Angaben der Medien in Moskau (Russland)."
    )


def test_pdf_saved_as_txt_is_read_as_pdf(tmp_path: Path) -> None:
    article = read_source(write(tmp_path, "mislabelled.txt", make_pdf([P1])))
    assert article.extractor.startswith("pypdf")
    assert article.text == P1


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(IngestError) as caught:
        read_source(write(tmp_path, "scan.pdf", buffer.getvalue()))
    assert caught.value.code is ErrorCode.NO_TEXT
    assert str(caught.value) == "scan.pdf: no text layer (scanned PDF?)"


# --- Markdown -------------------------------------------------------------


def test_markdown_markup_is_stripped(tmp_path: Path) -> None:
    source = (
        "# Kim trifft *Putin*\n\n"
        "Der **Machthaber** sagte, [Russland](https://example.org/r) führe\n"
        "einen „heiligen Kampf“. ![Foto](bild.png)\n\n"
        "## Reaktionen\n\n"
        "- Washington warnt\n- Seoul ist `besorgt`\n"
    )
    article = read_source(write(tmp_path, "notiz.md", source))
    assert article.extractor.startswith("markdown-it-py ")
    assert article.title == "Kim trifft Putin"
    assert article.text == (
        "Kim trifft Putin\n\n"
        "Der Machthaber sagte, Russland führe einen „heiligen Kampf“.\n\n"
        "Reaktionen\n\n"
        "Washington warnt\nSeoul ist besorgt"
    )


def test_markdown_front_matter(tmp_path: Path) -> None:
    source = f"---\ntitle: \"Gipfel in Russland\"\ndate: 2023-09-13\nauthor: Max Beispiel\n---\n{P1}\n"
    article = read_source(write(tmp_path, "clip.markdown", source))
    assert (article.title, article.published, article.author) == ("Gipfel in Russland", "2023-09-13", "Max Beispiel")
    assert article.text == P1


# --- URLs (loopback only, never the internet) -----------------------------


@pytest.fixture
def local_server() -> Iterator[str]:
    """A throwaway HTTP server on 127.0.0.1 serving NEWS_PAGE and a 404."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            if self.path != "/artikel":
                self.send_error(404)
                return
            body = NEWS_PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_url_is_fetched_and_extracted(local_server: str) -> None:
    url = f"{local_server}/artikel"
    article = read_source(url, timeout=5)
    assert article.source == url
    assert article.url == "https://www.tagesblatt.example/politik/kim-putin-100.html"
    assert article.outlet == "Tagesblatt"
    assert P2 in article.text and "COMMENTTEXT" not in article.text


def test_url_not_found(local_server: str) -> None:
    with pytest.raises(IngestError) as caught:
        read_source(f"{local_server}/fehlt", timeout=5)
    assert caught.value.code is ErrorCode.NOT_FOUND
    assert "HTTP 404" in str(caught.value)


def test_url_too_large(local_server: str) -> None:
    with pytest.raises(IngestError) as caught:
        read_source(f"{local_server}/artikel", max_bytes=100, timeout=5)
    assert caught.value.code is ErrorCode.TOO_LARGE


def test_url_offline_gives_a_clear_sentence() -> None:
    url = "http://127.0.0.1:9/artikel"  # discard port: nothing listens, refused at once
    with pytest.raises(IngestError) as caught:
        read_source(url, timeout=2)
    assert caught.value.code is ErrorCode.OFFLINE
    assert caught.value.source == url
    assert str(caught.value).startswith(f"{url}: could not fetch: the machine seems to be offline (")
    assert "\n" not in str(caught.value)
