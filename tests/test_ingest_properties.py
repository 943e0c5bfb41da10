"""Property tests (issue 16): any bytes give a text or one clean IngestError; any text segments within bounds.

Few examples per run (the suite must stay quick); benchmarks/fuzz.py is the
long run over whole files.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.core.errors import IngestError
from workbench.ingest.reader import extract
from workbench.ingest.text import remove_controls
from workbench.nlp.segmenter import segment

NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.docx", "artikel", "a.log"])
HOSTILE_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x00", "\x1a", "\u200b", "\ufeff", "\n", "\r", "\x0c", " ", ".", "„", "“", "。", "\u2028"]),
    ),
    max_size=400,
)
SETTINGS = settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def _extract_or_refuse(data: bytes, name: str) -> None:
    try:
        extraction = extract(data, name, name)
    except IngestError as error:
        assert "\n" not in str(error) and str(error) == f"{name}: {error.reason}"
        return
    text = extraction.text
    assert text and any(ch.isalpha() for ch in text)
    assert remove_controls(text) == text  # nothing a stored text must not hold


@SETTINGS
@given(data=st.binary(max_size=600), name=NAMES)
def test_any_bytes_give_text_or_a_clean_error(data: bytes, name: str) -> None:
    _extract_or_refuse(data, name)


@SETTINGS
@given(text=HOSTILE_TEXT, name=NAMES, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_any_encoded_text_gives_text_or_a_clean_error(text: str, name: str, encoding: str) -> None:
    _extract_or_refuse(text.encode(encoding, errors="replace"), name)


@SETTINGS
@given(text=HOSTILE_TEXT, prefix=st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body><p>", b"{"]))
def test_format_headers_with_junk_behind_them(text: str, prefix: bytes) -> None:
    _extract_or_refuse(prefix + text.encode("utf-8", errors="replace"), "artikel")


@SETTINGS
@given(text=HOSTILE_TEXT, language=st.sampled_from(["de", "en", "und"]))
def test_segments_are_ordered_trimmed_and_within_the_text(text: str, language: str) -> None:
    segments = segment(text, language)
    previous_end = 0
    for s in segments:
        assert previous_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        previous_end = s.end
    covered = set()
    for s in segments:
        covered.update(range(s.start, s.end))
    # every non-whitespace character is in exactly one segment (see segmenter's module docstring)
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
