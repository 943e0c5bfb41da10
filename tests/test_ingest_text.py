"""Plain text: encodings, line ends, byte-identical seeds, language."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.ingest import detect_language, read_source

SEEDS = Path(__file__).parent.parent / "seeds"
GERMAN = "„Wir stehen an Ihrer Seite“, sagte Kim – so berichtete die Agentur. Putin äußerte sich zufrieden über die Gespräche."
ENGLISH = (
    "North Korean leader Kim Jong Un told Russian President Vladimir Putin on Wednesday "
    "that his country would support Moscow in its fight, as the two leaders met at a "
    "spaceport in Russia's far east amid Western concern about possible arms deals."
)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seeds_import_byte_identical_and_german(seed: Path) -> None:
    data = seed.read_bytes()
    article = read_source(str(seed))
    assert article.text == data.decode("utf-8")
    assert article.language == "de"
    assert article.source == seed.name
    assert article.extractor == "text"
    assert article.title is None


def test_there_are_seeds() -> None:
    assert len(list(SEEDS.glob("*.txt"))) >= 5


@pytest.mark.parametrize(
    ("encoding", "extractor"),
    [("utf-8", "text"), ("utf-8-sig", "text"), ("cp1252", "text (cp1252)"), ("utf-16", "text (utf-16-le)")],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, extractor: str) -> None:
    data = GERMAN.encode(encoding)
    article = read_source(write(tmp_path, "a.txt", data))
    assert article.text == GERMAN  # BOM stripped, quotes and dashes intact
    assert article.extractor == extractor
    assert article.language == "de"


def test_latin1_file_decodes(tmp_path: Path) -> None:
    text = "Die Gespräche über Satelliten dauerten fünf Stunden; Putin äußerte sich zufrieden. Größe, Übung, Ärger."
    article = read_source(write(tmp_path, "l.txt", text.encode("latin-1")))
    assert article.text == text


def test_cyrillic_legacy_encoding_via_charset_normalizer(tmp_path: Path) -> None:
    text = "Президент России Владимир Путин встретился с лидером КНДР Ким Чен Ыном на космодроме Восточный."
    article = read_source(write(tmp_path, "r.txt", text.encode("cp1251")))
    assert article.text == text
    assert article.language == "ru"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_become_lf(tmp_path: Path, newline: str) -> None:
    text = f"Titel{newline}{newline}{GERMAN}{newline}Zweite Zeile{newline}"
    article = read_source(write(tmp_path, "crlf.txt", text.encode("cp1252")))
    assert article.text == f"Titel\n\n{GERMAN}\nZweite Zeile\n"


def test_whitespace_is_kept_exactly(tmp_path: Path) -> None:
    text = "  eingerückt\u00a0mit Leerzeichen  \n\n\tTab am Anfang und Ende\t\n\n\n" + GERMAN + "  \n"
    article = read_source(write(tmp_path, "ws.txt", text.encode("utf-8")))
    assert article.text == text
    assert article.sha256 == __import__("hashlib").sha256(text.encode("utf-8")).hexdigest()


def test_no_unicode_normalisation(tmp_path: Path) -> None:
    decomposed = "Gespra\u0308che u\u0308ber die Lage in Ko\u0308ln, sagte der Sprecher am Mittwoch."
    article = read_source(write(tmp_path, "nfd.txt", decomposed.encode("utf-8")))
    assert article.text == decomposed


def test_file_without_extension_is_text(tmp_path: Path) -> None:
    article = read_source(write(tmp_path, "Spiegel 13.09.2023", GERMAN.encode("utf-8")))
    assert article.text == GERMAN
    assert article.source == "Spiegel 13.09.2023"


def test_detect_language() -> None:
    assert detect_language(ENGLISH) == "en"
    assert detect_language(GERMAN) == "de"
    assert detect_language("Le président russe a reçu son homologue nord-coréen mercredi.") == "fr"


@pytest.mark.parametrize("text", ["", "   ", "OK", "Putin", "12.09.2023 14:05", "Kim trifft Putin"])
def test_detect_language_says_und_without_signal(text: str) -> None:
    assert detect_language(text) == "und"


def test_english_article_language(tmp_path: Path) -> None:
    article = read_source(write(tmp_path, "en.txt", ENGLISH.encode("utf-8")))
    assert article.language == "en"
