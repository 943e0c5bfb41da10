"""Turn the bytes of a plain-text file into a string, and nothing more.

Stored text is immutable and every span points into it, so decoding must not
"improve" anything: no stripping, no Unicode normalisation. The only change is
CRLF/CR -> LF, so that offsets do not depend on the platform that saved the
file. The order of guesses matters:

1. a byte-order mark is the file's own statement (UTF-8/16/32);
2. strict UTF-8, because valid UTF-8 is almost never an accident;
3. cp1252 when the result looks like Western European text. It is a superset
   of the printable part of latin-1 (WHATWG decodes "iso-8859-1" as cp1252
   too), and charset-normalizer tends to guess cp1250 or even Shift-JIS for
   short German text with „quotes“;
4. charset-normalizer for everything else (Cyrillic cp1251, ...).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from workbench.core.errors import ErrorCode, IngestError

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Western text has a few accented letters among many plain ones; Cyrillic or
# Greek bytes read as cp1252 turn almost every letter into an accented one.
_MAX_NON_ASCII_LETTERS = 0.3


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec that was used, e.g. "utf-8", "cp1252"


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; everything else stays as it is."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Control characters no article contains and XML 1.0 (QDPX) cannot hold: C0
# except tab and newline, DEL, C1, the non-characters U+FFFE/U+FFFF and lone
# surrogates. Vertical tab and form feed are line and page breaks: newlines.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]+")
_BREAKS = re.compile("[\x0b\x0c]")


def remove_controls(text: str) -> str:
    """``text`` without control characters (see ``_CONTROLS``), VT and FF as LF, CR as LF.

    Applied once, by the reader, to every extracted text and its metadata
    before the text is stored: stored text is immutable and every offset
    points into it, so this is the only moment a character may go. A NUL in
    an article is therefore never stored (it would detach annotations and
    make QDPX exports invalid XML).
    """
    text = normalise_newlines(text)
    if _BREAKS.search(text):
        text = _BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text)


def decode(data: bytes, source: str) -> Decoded:
    """Decode ``data`` (see the module docstring for the order of guesses).

    Raises IngestError(UNDECODABLE) when no encoding fits, including files
    that mix UTF-8 with a legacy encoding: guessing would silently corrupt
    the text that every later offset refers to.
    """
    announced = bom_encoding(data)
    if announced:
        bom_length = 3 if announced == "utf-8" else (4 if "32" in announced else 2)
        try:
            text = data[bom_length:].decode(announced)
        except UnicodeDecodeError as exc:
            raise IngestError(
                ErrorCode.UNDECODABLE,
                source,
                f"starts with a {announced.upper()} byte-order mark but is not valid "
                f"{announced.upper()} (bad byte at offset {exc.start + bom_length})",
            ) from exc
        return Decoded(normalise_newlines(text), announced)

    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start

    if _mostly_utf8(data):
        raise IngestError(
            ErrorCode.UNDECODABLE,
            source,
            "mixes UTF-8 with another encoding "
            f"(first invalid byte at offset {first_bad}); save it again as UTF-8",
        )

    western = _try_cp1252(data)
    if western is not None:
        return Decoded(normalise_newlines(western), "cp1252")

    guessed = _charset_normalizer(data)
    if guessed is None:
        raise IngestError(
            ErrorCode.UNDECODABLE,
            source,
            "is not valid UTF-8 and its encoding could not be recognised; "
            "save it again as UTF-8",
        )
    return Decoded(normalise_newlines(guessed.text), guessed.encoding)


def _mostly_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences.

    In genuine cp1252 text the accented letters are isolated high bytes, which
    are never valid UTF-8; so if UTF-8 failed although most high bytes are
    well-formed UTF-8, a few foreign bytes have crept into a UTF-8 file.
    """
    high = len(_HIGH_BYTE.findall(data))
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return high > 0 and in_sequences >= 4 and in_sequences / high > 0.5


def _try_cp1252(data: bytes) -> str | None:
    """The cp1252 reading if it decodes and looks like Western text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned
        return None
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return text
    non_ascii = sum(1 for ch in letters if not ch.isascii())
    if non_ascii / len(letters) > _MAX_NON_ASCII_LETTERS:
        return None
    return text


def _charset_normalizer(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes  # imported lazily: slow to load

    best = from_bytes(data).best()
    if best is None:
        return None
    return Decoded(str(best), best.encoding)
