"""Article text and metadata from an HTML page, via trafilatura.

trafilatura already separates the article from navigation, cookie banners,
teasers and (with ``include_comments=False``) reader comments, and falls back
to readability/jusText/its baseline on its own, so we add no fallback of our
own. It parses with lxml and never runs scripts; script and style elements
are dropped before extraction. What we add is the layout of the output: one
block per paragraph or heading, separated by blank lines, which is what the
segmenter and the reader view expect (trafilatura's own text output uses
single newlines).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from workbench.core.errors import ErrorCode, IngestError
from workbench.ingest import limits
from workbench.ingest import text as charset
from workbench.ingest.result import Extraction, clean, stamp

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Labels that browsers decode as cp1252 (WHATWG encoding standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
# Never let <noscript> hints ("please enable JavaScript") pass as article text.
_PRUNE = ["//noscript", "//script", "//style", "//template"]
_BLOCKS = {"p", "head", "quote", "list", "table", "code", "div", "item", "row"}


# An opening tag, up to its ">" (or the end of the text when it never closes).
_TAG = re.compile(r"<[A-Za-z][^>]*")
# An attribute: a name after whitespace, followed by "=" or by the next name or the tag's end.
_ATTRIBUTE = re.compile(r"""\s[^\s"'<>/=]+""")


def check_markup(html: str, source: str) -> None:
    """Refuse a page with more tags, or more attributes in one tag, than ``limits`` allows.

    Counted with two linear regular expressions before trafilatura parses
    the page: its cost grows with the square of the attributes of one
    element (100,000 of them took minutes), and with the number of elements.
    Script and style contents are counted too; on real pages they hold few
    "<" followed by a letter.
    """
    tags = 0
    for tag in _TAG.finditer(html):
        tags += 1
        if tags > limits.MAX_HTML_TAGS:
            raise IngestError(
                ErrorCode.TOO_LARGE, source,
                f"the page has more than {limits.MAX_HTML_TAGS:,} HTML tags (the limit); "
                "save the article alone (reader view) and import that",
            )
        if len(tag.group()) > 2 * limits.MAX_HTML_ATTRIBUTES:  # each attribute takes two characters or more
            count = sum(1 for _ in _ATTRIBUTE.finditer(tag.group()))
            if count > limits.MAX_HTML_ATTRIBUTES:
                raise IngestError(
                    ErrorCode.TOO_LARGE, source,
                    f"one HTML tag has {count:,} attributes (the limit is {limits.MAX_HTML_ATTRIBUTES:,}); "
                    "the page is broken or hostile; save the article as plain text and import that",
                )


def decode_html(data: bytes, declared: str | None, source: str) -> str:
    """Decode with the BOM, then the HTTP charset, then <meta charset>, then
    the plain-text guesses; a declaration that does not fit is ignored."""
    if charset.bom_encoding(data):
        return charset.decode(data, source).text
    candidates = [declared]
    match = _META_CHARSET.search(data[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "replace"))
    for label in candidates:
        codec = _codec(label)
        if codec:
            try:
                return charset.normalise_newlines(data.decode(codec))
            except UnicodeDecodeError:
                continue
    return charset.decode(data, source).text


def extract_html(html: str, source: str, url: str | None = None) -> Extraction:
    """Main text and metadata of ``html``; NO_TEXT if there is no article."""
    import trafilatura  # imported lazily: slow to load, not needed for .txt

    document = trafilatura.bare_extraction(
        _XML_DECL.sub("", html, count=1),
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        prune_xpath=_PRUNE,
    )
    body = getattr(document, "body", None) if document is not None else None
    text = "\n\n".join(block for block in _blocks(body) if block) if body is not None else ""
    if not text.strip():
        raise IngestError(ErrorCode.NO_TEXT, source, "no article text found in the page")
    return Extraction(
        text=text,
        extractor=stamp("trafilatura"),
        title=clean(getattr(document, "title", None)),  # trafilatura types the result as Document | dict | None
        outlet=clean(getattr(document, "sitename", None)),
        published=clean(getattr(document, "date", None)),
        url=clean(getattr(document, "url", None)) or url,
        author=clean(getattr(document, "author", None)),
    )


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _blocks(element) -> Iterator[str]:  # noqa: ANN001 - an lxml element
    """Plain-text blocks of trafilatura's XML body, in document order."""
    for child in element:
        tag = child.tag
        if tag == "list":
            yield "\n".join(_inline(item) for item in child.iter("item") if _inline(item))
        elif tag == "table":
            rows = ("\t".join(_inline(cell) for cell in row.iter("cell")) for row in child.iter("row"))
            yield "\n".join(row for row in rows if row.strip())
        elif any(grandchild.tag in _BLOCKS for grandchild in child):
            lead = _squeeze(child.text or "")
            if lead:
                yield lead
            yield from _blocks(child)
        else:
            yield _inline(child)
        tail = _squeeze(child.tail or "")
        if tail:
            yield tail


def _inline(element) -> str:  # noqa: ANN001 - an lxml element
    """Text of one block: <lb/> is a line break, nested lists are left to
    their own items, runs of spaces collapse (HTML renders them as one)."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag != "list":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    lines = (_squeeze(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _squeeze(value: str) -> str:
    return " ".join(value.split())
