"""Lookup lemmas word by word from a sorted file, without loading the whole table.

``resources/lemmas/<lang>.tsv`` (built by ``packaging/build_lemma_tables.py``
from spacy-lookups-data, MIT) holds "form<TAB>lemma" lines sorted by the
UTF-8 bytes of the form. The file is memory-mapped and binary-searched, so
opening it costs nothing and each distinct word costs a few microseconds;
results are memoised. The lemma of a form not in the table is the form, as
with spaCy's lookup lemmatizer, which reads the same data.
"""

from __future__ import annotations

import mmap
import threading
from functools import lru_cache
from pathlib import Path

from workbench.core.resources import resource_path


class LemmaTable:
    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        self._lock = threading.Lock()
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)

    def _lemma(self, form: str) -> str:
        key = form.encode("utf-8", "surrogatepass")
        if b"\n" in key or b"\t" in key:
            return form
        with self._lock:
            found = _search(self._map, key)
        return form if found is None else found.decode("utf-8")


def _search(data: mmap.mmap, key: bytes) -> bytes | None:
    """The lemma of ``key`` in sorted "form\\tlemma\\n" lines, or None."""
    lo, hi = 0, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", start)
        if end < 0:
            end = len(data)
        tab = data.find(b"\t", start, end)
        form = data[start : tab if tab >= 0 else end]
        if form == key:
            return data[tab + 1 : end] if tab >= 0 else None
        if form < key:
            lo = end + 1
        else:
            hi = start
    return None


_TABLES: dict[str, LemmaTable | None] = {}
_LOCK = threading.Lock()


def lemma_table(language: str) -> LemmaTable | None:
    """The shipped table for ``language`` ("de", "en"), or None when there is none."""
    with _LOCK:
        if language not in _TABLES:
            path = resource_path("lemmas", f"{language}.tsv")
            _TABLES[language] = LemmaTable(path) if language.isalpha() and path.is_file() else None
        return _TABLES[language]


_NOUN_ENDINGS = {"de": ("es", "e", "en", "n", "er")}  # genitive and plural endings; not "s", which names take too


@lru_cache(maxsize=8192)
def inflects_as_noun(word: str, language: str) -> bool:
    """The shipped table lists a form of ``word``, or of its last compound part of five letters or more (not
    "Holz" in "Scholz") after a first part of three letters or more, with a common noun's genitive or plural ending: "Weltraumbahnhof" -> "Bahnhofes",
    "Region" -> "Regionen". Names take no such endings ("Wladimirs" is listed, "Wladimire" is not), so this
    tells a common noun from a name where a tagger read it as part of the name that follows. Only German has
    endings listed here."""
    endings = _NOUN_ENDINGS.get(language, ())
    table = lemma_table(language) if endings and word.isalpha() else None
    if table is None:
        return False
    for cut in range(0, len(word) - 4):
        if 0 < cut < 3:
            continue  # a compound's first part has three letters at least: not "R|einer" in "Reiner"
        part = word if cut == 0 else word[cut].upper() + word[cut + 1 :]
        if any(table.lemma(part + ending) == part for ending in endings):
            return True
    return False
