"""A phonetic key for names, so that transliteration variants meet: Selenskyj ~ Selenski ~ Selenskij ~ Zelensky.

Kölner Phonetik (Postel 1969), the German counterpart of Soundex: letters map
to digit classes by their sound and context, repeats and vowels after the
first letter are dropped. Used only for names (they carry no lemma to meet on).
"""

from __future__ import annotations

import unicodedata

_SIMPLE = {**dict.fromkeys("aeijouyäöü", "0"), "h": "", "b": "1", **dict.fromkeys("fvw", "3"),
           **dict.fromkeys("gkq", "4"), "l": "5", **dict.fromkeys("mn", "6"), "r": "7", **dict.fromkeys("sz", "8")}


def _code(word: str, k: int) -> str:
    c = word[k]
    prev = word[k - 1] if k else ""
    nxt = word[k + 1] if k + 1 < len(word) else ""
    if c in _SIMPLE:
        return _SIMPLE[c]
    if c == "p":
        return "3" if nxt == "h" else "1"
    if c in "dt":
        return "8" if nxt in "csz" else "2"
    if c == "x":
        return "8" if prev in "ckq" else "48"
    if c == "c":
        if k == 0:
            return "4" if nxt in "ahkloqrux" else "8"
        return "8" if prev in "sz" or nxt not in "ahkoqux" else "4"
    return ""


def cologne(word: str) -> str:
    """The Kölner Phonetik code of ``word`` ("Selenskyj" -> "856548")."""
    word = "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold()) if ch.isalpha() and ord(ch) < 0x250)
    word = word.replace("ß", "s")
    codes = [_code(word, k) for k in range(len(word))]
    out = ""
    for code in "".join(codes):
        if not out or code != out[-1]:
            out += code
    return out[:1] + out[1:].replace("0", "") if out else ""
