"""Finding gold anchors (exact quotes) in texts, and mapping exported documents to gold keys."""

from __future__ import annotations

import re

Span = tuple[str, int, int]  # (exported document id, start, end)


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def find(text: str, quote: str, start: int = 0) -> tuple[int, int] | None:
    """Where ``quote`` first occurs in ``text`` (from ``start``); whitespace-insensitive as a fallback."""
    i = text.find(quote, start)
    if i >= 0:
        return i, i + len(quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    match = re.compile(pattern).search(text, start) if pattern else None
    return (match.start(), match.end()) if match else None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def map_docs(documents: list[dict], gold_docs: dict[str, str], gold_texts: dict[str, str]) -> dict[str, str]:
    """Exported document id -> gold key, by source file name, else by shared words."""
    out = {}
    for d in documents:
        source = str(d.get("source") or d.get("path") or d.get("title") or "")
        key = next((k for k, v in gold_docs.items() if v in source or v.rsplit(".", 1)[0] in source), None)
        if key is None and gold_texts:
            words = norm(d.get("text", ""))
            key = max(gold_texts, key=lambda k: sum(1 for w in set(norm(gold_texts[k]).split()) if w in words))
        if key is not None:
            out[d["id"]] = key
    return out
