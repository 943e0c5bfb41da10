"""Issue 16, the import half: every limit of ingest/limits.py, and the files no reader should open.

Each refusal is one line naming the source, the limit and what to do
(``failure`` checks the shape); nothing hangs, nothing runs for minutes.
"""

from __future__ import annotations

import http.server
import io
import logging
import os
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pdf_bytes import page_objects, pdf_file
from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest import collect, limits, read_source

GERMAN = ("Der nordkoreanische Machthaber Kim Jong Un hat dem russischen Präsidenten Wladimir Putin "
          "bei einem Treffen im Osten Russlands seine volle Unterstützung zugesagt. ")


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def failure(source: str, **kwargs: object) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_source(source, **kwargs)
    error = caught.value
    assert "\n" not in str(error)
    assert str(error) == f"{error.source}: {error.reason}"
    return error


# --- PDF ------------------------------------------------------------------


def make_pdf(lines: list[str], kids: int = 1, encrypt: bytes | None = None, bad_xref: bool = False) -> bytes:
    """A PDF whose page tree lists its one page ``kids`` times; ``encrypt``: an /Encrypt dictionary."""
    stream = b"BT /F1 11 Tf 14 TL 72 760 Td " + b" ".join(b"(" + line.encode("cp1252") + b") Tj T*"
                                                         for line in lines) + b" ET"
    objects = page_objects(stream, kids) + ([encrypt] if encrypt else [])
    extra = b" /Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]" \
        if encrypt else b""
    return pdf_file(objects, trailer=extra, xref_shift=7 if bad_xref else 0)


def aes_encryption() -> bytes:
    """An AES-256 (R6) /Encrypt dictionary: pypdf needs the optional "cryptography" package even to try."""
    hexa = lambda n: b"<" + b"ab" * n + b">"  # noqa: E731
    return (b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -1068 /O " + hexa(48) + b" /U " + hexa(48)
            + b" /OE " + hexa(32) + b" /UE " + hexa(32) + b" /Perms " + hexa(16)
            + b" /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF >>")


def test_a_page_tree_listing_one_page_20000_times_is_refused_quickly(tmp_path: Path) -> None:
    started = time.monotonic()
    error = failure(write(tmp_path, "seiten.pdf", make_pdf([GERMAN[:80]], kids=20_000)))
    assert time.monotonic() - started < 10
    assert error.code is ErrorCode.TOO_LARGE
    assert error.reason.startswith("the PDF has 20,000 pages (the limit is 500)")


def test_pdf_text_growing_past_the_character_limit_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_CHARS", 1_000)
    error = failure(write(tmp_path, "lang.pdf", make_pdf([GERMAN[:80]], kids=40)))
    assert error.code is ErrorCode.TOO_LARGE
    assert "more than 1,000 characters; the limit is 1,000" in error.reason


def test_an_encrypted_pdf_says_so_not_which_package_is_missing(tmp_path: Path) -> None:
    error = failure(write(tmp_path, "geschuetzt.pdf", make_pdf([GERMAN[:80]], encrypt=aes_encryption())))
    assert error.code is ErrorCode.UNREADABLE
    assert error.reason.startswith("the PDF is encrypted")
    assert "cryptography" not in error.reason


def test_pypdf_warnings_name_the_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        article = read_source(write(tmp_path, "schief.pdf", make_pdf([GERMAN[:80]], bad_xref=True)))
    assert article.text.startswith("Der nordkoreanische")
    pypdf_lines = [r.getMessage() for r in caplog.records if "pypdf" in r.getMessage()]
    assert pypdf_lines and all(line.startswith("schief.pdf: pypdf: ") for line in pypdf_lines)
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


# --- DOCX -------------------------------------------------------------------


def docx_with(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"/>')
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def test_a_docx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    bomb = docx_with(b"<w:p/>" * 2_000_000)  # 12 MB of XML in a few KB
    assert len(bomb) < 100_000
    error = failure(write(tmp_path, "bombe.docx", bomb))
    assert error.code is ErrorCode.TOO_LARGE
    assert "word/document.xml inflates" in error.reason and "(the limit is 100)" in error.reason


def test_docx_xml_size_is_checked_from_the_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_DOCX_XML", 1000)
    error = failure(write(tmp_path, "gross.docx", docx_with(os.urandom(3000).hex().encode())))
    assert error.code is ErrorCode.TOO_LARGE
    assert error.reason.startswith("holds 6.0 KB of XML (the limit is 1000 bytes)")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def word_document(body: str, styles: str = "") -> bytes:
    """A .docx python-docx opens: ``body`` in word/document.xml, ``styles`` (w:style elements) in word/styles.xml."""
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", f'<Types xmlns="{package}/content-types">'
                         f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
                         f'<Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/></Types>')
        archive.writestr("_rels/.rels", f'<Relationships xmlns="{package}/relationships"><Relationship Id="rId1" '
                         f'Type="{relations}/officeDocument" Target="word/document.xml"/></Relationships>')
        archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}'
                         '</w:body></w:document>')
        if styles:
            archive.writestr("word/_rels/document.xml.rels", f'<Relationships xmlns="{package}/relationships">'
                             f'<Relationship Id="rId1" Type="{relations}/styles" Target="styles.xml"/></Relationships>')
            archive.writestr("word/styles.xml", f"<w:styles {W}>{styles}</w:styles>")
    return buffer.getvalue()


@pytest.mark.parametrize("body", [
    "".join(f"<w:p><w:r><w:t>Wort{i}</w:t></w:r></w:p>" for i in range(20_000)),  # paragraphs
    "<w:tbl>" + "".join(f"<w:tr><w:tc><w:p><w:r><w:t>Wort{i}</w:t></w:r></w:p></w:tc></w:tr>" for i in range(20_000))
    + "</w:tbl>",  # one table of many rows
    "<w:tbl><w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>Wort{i}</w:t></w:r></w:p></w:tc>" for i in range(20_000))
    + "</w:tr></w:tbl>",  # one row of many cells
    "<w:p>" + "".join(f"<w:r><w:t>Wort{i} </w:t></w:r>" for i in range(20_000)) + "</w:p>",  # one paragraph of many runs
], ids=["paragraphs", "rows", "cells", "runs"])
def test_docx_text_is_stopped_as_soon_as_it_passes_the_character_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    monkeypatch.setattr(limits, "MAX_CHARS", 20_000)
    error = failure(write(tmp_path, "liste.docx", word_document(body)))
    assert error.code is ErrorCode.TOO_LARGE
    assert error.reason.startswith("its text is too long (more than 20,000 characters")  # stopped on the way


def test_docx_paragraphs_past_the_line_limit_are_stopped_on_the_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_LINES", 5_000)
    body = "".join(f"<w:p><w:r><w:t>Wort{i}</w:t></w:r></w:p><w:p/>" for i in range(20_000))
    error = failure(write(tmp_path, "liste.docx", word_document(body)))
    assert error.code is ErrorCode.TOO_LARGE
    assert error.reason.startswith("its text has more than 5,000 lines (the limit is 5,000)")


def test_docx_paragraphs_are_read_within_the_time_budget(tmp_path: Path) -> None:
    body = "".join(f"<w:p><w:r><w:t>Wort{i}</w:t></w:r></w:p>" for i in range(10_000))
    error = failure(write(tmp_path, "langsam.docx", word_document(body)), seconds=0)
    assert error.code is ErrorCode.TOO_SLOW
    assert "stopped while reading the Word document's paragraphs" in error.reason


def test_docx_tables_read_cell_by_cell_as_python_docx_gives_them() -> None:
    """Merged cells once (gridSpan), a vertical merge repeats its first row's text (as row.cells does); empty
    paragraphs skipped without asking python-docx for their text; tabs and breaks inside a paragraph kept."""
    from workbench.ingest.docx import extract_docx

    def tc(text: str, pr: str = "") -> str:
        return f"<w:tc>{'<w:tcPr>' + pr + '</w:tcPr>' if pr else ''}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    body = ('<w:p><w:r><w:t>Vorspann</w:t></w:r></w:p><w:p/><w:p><w:pPr><w:jc w:val="left"/></w:pPr></w:p>'
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            "<w:tr>" + tc("Kopf breit", '<w:gridSpan w:val="2"/>') + tc("C1", '<w:vMerge w:val="restart"/>') + "</w:tr>"
            "<w:tr>" + tc("A2") + tc("B2") + tc("", "<w:vMerge/>") + "</w:tr>"
            "<w:tr>" + tc("A3") + tc("B3") + tc("", "<w:vMerge/>") + "</w:tr>"
            "<w:tr>" + tc(" ") + tc("") + tc("C4") + "</w:tr></w:tbl>"
            "<w:p><w:r><w:t>Schluss mit</w:t></w:r><w:r><w:tab/><w:t>Tab</w:t></w:r><w:r><w:br/><w:t>Umbruch</w:t></w:r></w:p>"
            '<w:p><w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            "<w:r><w:t>Verweis</w:t></w:r></w:hyperlink></w:p>")
    text = extract_docx(word_document(body), "m.docx").text
    assert text == ("Vorspann\n\nKopf breit\tC1\nA2\tB2\tC1\nA3\tB3\tC1\n\t\tC4\n\nSchluss mit\tTab\nUmbruch"
                    "\n\nVerweis")


def test_docx_heading_style_found_once_per_style() -> None:
    from workbench.ingest.docx import extract_docx

    styles = '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>'
    body = ('<w:p><w:r><w:t>Vorspann ohne Stil</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Kim trifft Putin</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Zweite Überschrift</w:t></w:r></w:p>'
            f'<w:p><w:r><w:t>{GERMAN}</w:t></w:r></w:p>')
    extraction = extract_docx(word_document(body, styles), "kim.docx")
    assert extraction.title == "Kim trifft Putin"
    assert extraction.text.startswith("Vorspann ohne Stil\n\nKim trifft Putin\n\nZweite")


# --- HTML -------------------------------------------------------------------


def test_html_with_thousands_of_attributes_in_one_tag_is_refused(tmp_path: Path) -> None:
    attributes = " ".join(f'a{i}="x"' for i in range(5_000))
    page = f"<html><body><div {attributes}><p>{GERMAN * 3}</p></div></body></html>"
    error = failure(write(tmp_path, "attribute.html", page))
    assert error.code is ErrorCode.TOO_LARGE
    assert "one HTML tag has 5,000 attributes (the limit is 1,000)" in error.reason


def test_html_with_too_many_tags_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_HTML_TAGS", 100)
    page = "<html><body>" + "<span>x</span>" * 200 + f"<p>{GERMAN}</p></body></html>"
    error = failure(write(tmp_path, "tags.html", page))
    assert error.code is ErrorCode.TOO_LARGE
    assert "more than 100 HTML tags" in error.reason


# --- text, time ---------------------------------------------------------------


def test_text_over_the_character_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_CHARS", 100)
    error = failure(write(tmp_path, "lang.txt", GERMAN * 2))
    assert error.code is ErrorCode.TOO_LARGE
    assert error.reason.startswith(f"its text is too long ({len(GERMAN * 2):,} characters; the limit is 100)")


def test_the_time_budget_per_file(tmp_path: Path) -> None:
    error = failure(write(tmp_path, "langsam.txt", GERMAN), seconds=0)
    assert error.code is ErrorCode.TOO_SLOW
    assert error.reason.startswith("took longer than 0 s to read (stopped while ")


@pytest.mark.parametrize(("name", "data"), [
    ("ctrl-z.txt", b"\x1a"),
    ("nullbreite.txt", "\u200b\u200b\u2060\ufeff\u200b".encode()),
    ("zufall.txt", b"\x93\x01\x84"),
    ("zeichen.txt", b"#+*~ 123 !?"),
    ("steuer.txt", b"\x1b\x1a\x1b  \x1a"),
    ("geraten.txt", b"\xce\x91\xcb"),  # charset-normalizer read two CJK characters into it
    ("kurz.txt", b"w8\xa5\xc6"),
])
def test_content_free_files_are_refused(tmp_path: Path, name: str, data: bytes) -> None:
    error = failure(write(tmp_path, name, data))
    assert error.code in (ErrorCode.NO_TEXT, ErrorCode.EMPTY, ErrorCode.BINARY, ErrorCode.UNDECODABLE)
    if error.code is ErrorCode.NO_TEXT:
        assert error.reason == "contains no text (not a single letter); nothing to compare" or \
            error.reason.startswith("contains almost no text (")


def test_a_list_of_100000_lines_is_refused_before_the_analysis(tmp_path: Path) -> None:
    error = failure(write(tmp_path, "liste.txt", "\n".join(f"Wort{i}" for i in range(100_000))))
    assert error.code is ErrorCode.TOO_LARGE
    assert error.reason.startswith("its text has 100,000 lines (the limit is 30,000)")


def test_control_characters_are_removed_before_the_text_is_stored(tmp_path: Path) -> None:
    """A NUL after the first 8 KB (the binary sniff) used to be stored and detach every annotation after it."""
    head = GERMAN * 100  # > 8,192 bytes
    article = read_source(write(tmp_path, "nul.txt", head + "Kim\x00 sagte\x01\x7f: Krieg\x0cFrieden\x85."))
    assert article.text == head + "Kim sagte: Krieg\nFrieden."


def test_json_is_recognised_by_content(tmp_path: Path) -> None:
    error = failure(write(tmp_path, "daten", '{"schema": "workbench-comparison/1", "documents": []}'))
    assert error.code is ErrorCode.UNSUPPORTED
    assert error.reason.startswith("is JSON data, not an article")
    assert read_source(write(tmp_path, "anzeige.txt", "[Anzeige] " + GERMAN)).text.startswith("[Anzeige]")


# --- special files, links, folders --------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_given_directly_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "rohr.txt"
    os.mkfifo(fifo)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(_try(str(fifo))), daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # release the blocked open() before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a FIFO hangs")
    (error,) = outcome
    assert isinstance(error, IngestError) and error.code is ErrorCode.SKIPPED
    assert str(error) == "rohr.txt: is a named pipe (FIFO), not a regular file; only files can be imported"


def _try(source: str) -> object:
    try:
        return read_source(source)
    except IngestError as error:
        return error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_folder_walk_reports_links_out_fifos_and_unreadable_folders(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(GERMAN)
    folder = tmp_path / "artikel"
    (folder / "sub").mkdir(parents=True)
    (folder / "gesperrt").mkdir()
    (folder / "a.txt").write_text(GERMAN)
    (folder / "innen.txt").symlink_to(folder / "a.txt")
    (folder / "raus.txt").symlink_to(outside)
    (folder / "kaputt.txt").symlink_to(tmp_path / "fehlt.txt")
    (folder / "ordnerlink").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(folder / "sub" / "rohr.txt")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("gesperrt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = collect([str(folder)])
    assert found.sources == [str(folder / "a.txt")]  # the link inside: the same file, once
    reasons = {os.path.relpath(e.source, folder): e.reason for e in found.skipped}
    assert all(e.code is ErrorCode.SKIPPED for e in found.skipped)
    assert reasons == {
        "gesperrt": "this folder could not be read (Permission denied); its files were not imported",
        "kaputt.txt": "is a broken link (its target does not exist)",
        "ordnerlink": "is a link to a folder; links are not followed, choose the folder it points to to import "
                      "its files",
        "raus.txt": "is a link to a file outside the chosen folder, which is not followed; copy the file into the "
                    "folder to import it",
        os.path.join("sub", "rohr.txt"): "is a named pipe (FIFO), not a regular file; only files can be imported",
    }


# --- URLs (loopback only) -----------------------------------------------------------


@pytest.fixture
def hostile_server() -> Iterator[str]:
    """/drip: one byte every 0.2 s; /drip-headers: the headers so; /truncated: announces 34 KB, sends 500 bytes;
    /api: JSON without .json."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            if self.path == "/drip-headers":  # every byte within the per-read timeout, the headers never end
                try:
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    for byte in b"X-Slow: " + b"a" * 1000:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(0.2)
                except OSError:
                    pass
                return
            self.send_response(200)
            if self.path == "/drip":
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", "1000")
                self.end_headers()
                for _ in range(1000):
                    try:
                        self.wfile.write(b"a")
                        self.wfile.flush()
                    except OSError:
                        return
                    time.sleep(0.2)
            elif self.path == "/truncated":
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(34 * 1024))
                self.end_headers()
                self.wfile.write((GERMAN * 10).encode()[:500])
                self.close_connection = True
            else:
                body = b'{"title": "Kim", "text": "' + GERMAN.encode() + b'"}'
                self.send_header("Content-Type", "application/json" if self.path == "/api" else "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_slow_drip_download_stops_at_the_overall_deadline(hostile_server: str) -> None:
    started = time.monotonic()
    error = failure(f"{hostile_server}/drip", timeout=5, url_seconds=1)
    assert time.monotonic() - started < 4
    assert error.code is ErrorCode.TOO_SLOW
    assert error.reason.startswith("the download took longer than 1 s (the limit; ")


def test_headers_dripping_in_stop_at_the_overall_deadline(hostile_server: str) -> None:
    started = time.monotonic()
    error = failure(f"{hostile_server}/drip-headers", timeout=5, url_seconds=1)
    assert time.monotonic() - started < 4
    assert error.code is ErrorCode.TOO_SLOW
    assert error.source == f"{hostile_server}/drip-headers"
    assert error.reason.startswith("the download took longer than 1 s (the limit; ")
    assert "try again later or save the page and import the file" in error.reason


def test_the_overall_deadline_is_limits_url_seconds(hostile_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "URL_SECONDS", 1.0)
    started = time.monotonic()
    error = failure(f"{hostile_server}/drip", timeout=5)
    assert time.monotonic() - started < 4 and error.code is ErrorCode.TOO_SLOW


def test_a_truncated_download_is_an_error(hostile_server: str) -> None:
    error = failure(f"{hostile_server}/truncated", timeout=5)
    assert error.code is ErrorCode.UNREADABLE
    assert error.reason == ("the download is incomplete (500 bytes of the 34.0 KB the server announced); "
                            "try again later")


@pytest.mark.parametrize("path", ["/api", "/plain"])
def test_json_from_a_url_is_recognised(hostile_server: str, path: str) -> None:
    error = failure(f"{hostile_server}{path}", timeout=5)
    assert error.code is ErrorCode.UNSUPPORTED
    assert error.reason.startswith("is JSON data, not an article")


def test_a_pdf_page_showing_text_120000_times_is_refused_before_extraction(tmp_path: Path) -> None:
    stream = b"BT /F1 11 Tf " + b"(Krieg und Frieden ) Tj " * 120_000 + b"ET"
    pdf = make_pdf([]).replace(b"BT /F1 11 Tf 14 TL 72 760 Td  ET", stream).replace(
        b"/Length 32 >>", b"/Length %d >>" % len(stream))
    started = time.monotonic()
    error = failure(write(tmp_path, "viel.pdf", pdf))
    assert time.monotonic() - started < 5
    assert error.code is ErrorCode.TOO_LARGE
    assert error.reason.startswith("page 1 shows text 120,000 times (the limit is 50,000)")


def test_a_host_name_lookup_that_hangs_ends_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def slow_lookup(*args, **kwargs):  # a resolver that never answers in time
        time.sleep(6)
        raise socket.gaierror("no answer")

    monkeypatch.setattr(socket, "getaddrinfo", slow_lookup)
    monkeypatch.setattr(limits, "URL_SECONDS", 1.0)
    started = time.monotonic()
    error = failure("http://unanswered.invalid/article", timeout=5)
    assert time.monotonic() - started < 5 and error.code is ErrorCode.TOO_SLOW
    assert "unanswered.invalid" in error.source and "1 s" in error.reason
