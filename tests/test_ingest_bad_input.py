"""Bad input gets a code and one clear line naming the file; nothing else escapes."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest import reader, read_source

GERMAN = "Kim sagte, Russland führe einen „heiligen Kampf“ – so berichteten staatliche Medien am Mittwoch."


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def failure(source: str, **kwargs: object) -> IngestError:
    with pytest.raises(IngestError) as caught:
        read_source(source, **kwargs)
    error = caught.value
    assert "\n" not in str(error)
    assert str(error) == f"{error.source}: {error.reason}"
    return error


def test_missing_file(tmp_path: Path) -> None:
    error = failure(str(tmp_path / "fehlt.txt"))
    assert error.code is ErrorCode.NOT_FOUND
    assert str(error).startswith("fehlt.txt: file not found")


def test_folder_is_not_a_source(tmp_path: Path) -> None:
    assert failure(str(tmp_path)).code is ErrorCode.UNSUPPORTED


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "is empty (0 bytes)"), (b" \n\t\r\n  ", "contains only whitespace"),
     ("\ufeff \u00a0\n".encode("utf-8"), "contains only whitespace")],
)
def test_empty_files(tmp_path: Path, data: bytes, reason: str) -> None:
    error = failure(write(tmp_path, "leer.txt", data))
    assert error.code is ErrorCode.EMPTY
    assert str(error) == f"leer.txt: {reason}"


def png_bytes() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("nul.txt", b"Kim und Putin\x00\x00\x01\x02 trafen sich", "is a binary file, not a text document"),
        ("controls.txt", bytes(range(1, 9)) * 20 + b"text", "is a binary file, not a text document"),
        ("bild.txt", png_bytes(), "is a PNG image, not a text document"),
        ("archiv", zip_bytes(), "is a ZIP archive, not a text document"),
    ],
)
def test_binary_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    error = failure(write(tmp_path, name, data))
    assert error.code is ErrorCode.BINARY
    assert str(error) == f"{name}: {reason}"


def test_undecodable_bytes(tmp_path: Path) -> None:
    error = failure(write(tmp_path, "kaputt.txt", bytes(range(0x80, 0x100)) * 8))
    assert error.code is ErrorCode.UNDECODABLE
    assert "save it again as UTF-8" in error.reason


def test_mixed_utf8_and_cp1252_is_refused_not_garbled(tmp_path: Path) -> None:
    data = "Größe über Ärger, schön und süß.".encode("utf-8") + " „Zitat“".encode("cp1252")
    error = failure(write(tmp_path, "gemischt.txt", data))
    assert error.code is ErrorCode.UNDECODABLE
    assert "mixes UTF-8 with another encoding" in error.reason


@pytest.mark.parametrize("name", ["tabelle.xlsx", "foto.png", "alt.doc", "daten.csv"])
def test_unsupported_extensions_name_the_supported_types(tmp_path: Path, name: str) -> None:
    error = failure(write(tmp_path, name, b"whatever"))
    assert error.code is ErrorCode.UNSUPPORTED
    assert error.reason.startswith(f"unsupported file type '{Path(name).suffix}'; supported: .txt")
    for ext in (".html", ".docx", ".pdf", ".md", "URLs"):
        assert ext in error.reason


def test_too_large_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "riesig.txt"
    with open(path, "wb") as handle:  # sparse: 21 MB on paper, nothing on disk
        handle.truncate(21 * 1024 * 1024)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("read before the size check")

    monkeypatch.setattr(reader, "open", no_reading, raising=False)
    error = failure(str(path))
    assert error.code is ErrorCode.TOO_LARGE
    assert str(error) == "riesig.txt: is too large (21.0 MB; the limit is 20.0 MB); split it or import the article's own page"


def test_max_bytes_is_respected(tmp_path: Path) -> None:
    error = failure(write(tmp_path, "a.txt", GERMAN.encode("utf-8")), max_bytes=10)
    assert error.code is ErrorCode.TOO_LARGE


@pytest.mark.parametrize(
    ("name", "data", "start"),
    [
        ("kaputt.docx", b"this is not a zip file at all", "is not a readable Word document"),
        ("leer.docx", zip_bytes(), "is not a readable Word document"),
        ("abgeschnitten.docx", zip_bytes()[:30], "is not a readable Word document"),
        ("kaputt.pdf", b"%PDF-1.4\n1 0 obj garbage endobj\ntrailer <<>>\n%%EOF", "is not a readable PDF"),
        ("falsch.pdf", GERMAN.encode("utf-8"), "is not a PDF file"),
    ],
)
def test_corrupt_documents(tmp_path: Path, name: str, data: bytes, start: str) -> None:
    error = failure(write(tmp_path, name, data))
    assert error.code is ErrorCode.UNREADABLE
    assert error.reason.startswith(start)


def test_unexpected_exceptions_are_wrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something\ninternal broke")

    monkeypatch.setattr(reader, "extract", explode)
    error = failure(write(tmp_path, "a.txt", GERMAN.encode("utf-8")))
    assert error.code is ErrorCode.UNREADABLE
    assert str(error) == "a.txt: could not be read (RuntimeError: something internal broke)"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unreadable file is reported (simulated: root can read everything)."""
    path = Path(write(tmp_path, "geheim.txt", GERMAN.encode("utf-8")))
    real_open = open

    def deny(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", deny)
    error = failure(str(path))
    assert error.code is ErrorCode.UNREADABLE
    assert "geheim.txt" in str(error)
