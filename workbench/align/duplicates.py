"""Same text, same row: identical and near-identical sentences found before any similarity threshold.

Agency copy, lightly edited reprints, other quotation marks or spellings
("ß"/"ss", «»/„“/"") make sentences that a reader sees at once are the same.
Weighted similarity can still miss them (a short quotation is shrunk as too
short to judge; its frequent words carry little weight), so they are found
first, by their normalised text:

* **identical**: the same words after case folding, "ß" -> "ss", hyphens
  inside words dropped ("Ampel-Koalition" = "Ampelkoalition"), quotation
  marks, dashes and other punctuation dropped, spaces collapsed;
* **near-identical**: a Jaccard overlap of word shingles of at least
  ``NEAR_JACCARD`` (small edits: a word added, a name shortened), found with
  MinHash buckets and checked exactly, so the cost stays linear.

The links they give carry ``DUPLICATE_SCORE``: they are taken first, and the
grouping never refuses them for low average similarity.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

from workbench.align.features import Unit

DUPLICATE_SCORE = 2.0  # above any similarity: taken first, never refused for the average-linkage floor
NEAR_JACCARD = 0.7  # shingle overlap two sentences need to count as near-identical
MIN_WORDS_NEAR = 5  # shorter sentences must be identical (a near match of three words is another sentence)
_HASHES = 24  # MinHash values per sentence ...
_ROWS = 2  # ... taken two at a time as bucket keys (12 bands)
_PRIME = (1 << 61) - 1
_SEEDS = [(zlib.crc32(f"a{k}".encode()) | 1, zlib.crc32(f"b{k}".encode())) for k in range(_HASHES)]
_NON_WORD = re.compile(r"[^\w]+")
_JOINING_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐‑](?=[^\W\d_])")


def normalise(text: str) -> list[str]:
    """The words of a sentence as compared for identity."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ß", "ss")
    folded = _JOINING_HYPHEN.sub("", folded)  # "Ampel-Koalition" = "Ampelkoalition", "Kreml-Chef" = "Kremlchef"
    return _NON_WORD.sub(" ", folded).split()


def _shingles(words: list[str]) -> set[str]:
    if len(words) < 3:
        return set(words)
    return {" ".join(words[k:k + 3]) for k in range(len(words) - 2)}


def _minhash(shingles: set[str]) -> list[int]:
    codes = [zlib.crc32(s.encode()) for s in shingles]
    return [min((a * c + b) % _PRIME for c in codes) for a, b in _SEEDS]


def duplicate_pairs(units: list[Unit], texts: dict[str, str]) -> list[tuple[int, int]]:
    """Pairs of units of different documents whose sentences are identical or nearly so.

    Deterministic, and linear in the number of units: each bucket links its
    members to its first member only, which is enough to join them in one group.
    """
    words = [normalise(texts[u.doc][u.start:u.end]) for u in units]
    pairs: set[tuple[int, int]] = set()
    first: dict[str, int] = {}
    for k, w in enumerate(words):
        if not w:
            continue
        key = " ".join(w)
        if key in first:
            if units[first[key]].doc != units[k].doc:
                pairs.add((first[key], k))
        else:
            first[key] = k
    # Near-identity among the distinct texts only (an identical copy is already linked to its first).
    shingles = {k: _shingles(words[k]) for k in first.values() if len(words[k]) >= MIN_WORDS_NEAR}
    del words
    heads: dict[tuple, int] = {}
    for k in sorted(shingles):
        signature = _minhash(shingles[k])
        for band in range(0, _HASHES, _ROWS):
            bucket = (band, *signature[band:band + _ROWS])
            head = heads.setdefault(bucket, k)
            if head == k or units[head].doc == units[k].doc:
                continue
            common = len(shingles[head] & shingles[k])
            if common / len(shingles[head] | shingles[k]) >= NEAR_JACCARD:
                pairs.add((head, k))
    return sorted(pairs)
