"""How rows of the project file become core objects and back: documents, packed tokens, search queries."""

from __future__ import annotations

import json
import re

from workbench.core.models import Document, Token


def doc_key(doc_id: int) -> str:
    """The public id of a document, as in the comparison JSON ("d3")."""
    return f"d{doc_id}"


_FTS_TOKEN = re.compile(r'"[^"]*"|\S+')


def fts_query_of(query: str) -> str:
    """A user's search as an FTS5 query: words, "exact phrases", prefix* and AND / OR / NOT.

    Every word and phrase is quoted (so punctuation cannot break the query);
    a trailing ``*`` stays outside the quotes, where FTS5 reads it as a prefix.
    """
    parts = []
    for token in _FTS_TOKEN.findall(query):
        if token in ("AND", "OR", "NOT"):
            parts.append(token)
            continue
        prefix = token.endswith("*") and not token.startswith('"')
        word = token.strip('"').rstrip("*") if not token.startswith('"') else token[1:-1]
        if word.strip():
            parts.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    while parts and parts[-1] in ("AND", "OR", "NOT"):
        parts.pop()
    while parts and parts[0] in ("AND", "OR", "NOT"):
        parts.pop(0)
    return " ".join(parts) or '""'


def _document(row: tuple, text: str) -> Document:
    (rowid, title, outlet, published, url, source, language, extractor, sha, author, imported, words) = row
    return Document(
        id=doc_key(rowid),
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        source=source,
        language=language,
        extractor=extractor,
        sha256=sha,
        author=author,
        imported=imported,
        word_count=words,
    )


def _pack_tokens(tokens: list[Token]) -> str:
    """Tokens as parallel arrays: compact, and one row per document."""
    return json.dumps(
        {
            "start": [t.start for t in tokens],
            "end": [t.end for t in tokens],
            "lemma": [t.lemma for t in tokens],
            "pos": [t.pos for t in tokens],
            "flags": [(1 if t.is_stop else 0) | (2 if t.is_punct else 0) for t in tokens],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _unpack_tokens(blob: str) -> list[Token]:
    d = json.loads(blob)
    return [
        Token(start=s, end=e, lemma=lem, pos=p, is_stop=bool(f & 1), is_punct=bool(f & 2))
        for s, e, lem, p, f in zip(d["start"], d["end"], d["lemma"], d["pos"], d["flags"], strict=True)
    ]
