"""Word-level diffs with diff-match-patch.

diff-match-patch compares characters; to compare words we map each word to
one private character (the library's line-mode trick, applied to words),
diff those strings, run semantic cleanup, and map back. A "unit" is a word
with the punctuation and white space that follow it, so the output chunks
concatenate back to the original passage texts exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diff_match_patch import diff_match_patch

EQUAL, DELETE, INSERT = 0, -1, 1
_WORD = re.compile(r"\w[\w'’-]*", re.UNICODE)
# A word or a single punctuation mark, with the white space after it.
_UNIT = re.compile(r"\s+|\w[\w'’-]*\s*|[^\w\s]\s*", re.UNICODE)
# A word with the punctuation around it: the unit when punctuation is ignored.
_LOOSE_UNIT = re.compile(r"\s+|[^\w\s]*\s*(?:\w[\w'’-]*)?[^\w\s]*\s*", re.UNICODE)
_QUOTES = str.maketrans({c: '"' for c in "„“”«»‚‘’‹›"})


@dataclass(frozen=True)
class DiffOptions:
    ignore_case: bool = False
    ignore_punctuation: bool = False
    semantic_cleanup: bool = True


def units(text: str, loose: bool = False) -> list[str]:
    """Split text into word units that join back to ``text``.

    ``loose`` keeps punctuation with its word (for ignore_punctuation).
    """
    pattern = _LOOSE_UNIT if loose else _UNIT
    return [m.group(0) for m in pattern.finditer(text) if m.group(0)]


def _key(unit: str, options: DiffOptions) -> str:
    if options.ignore_punctuation:
        words = _WORD.findall(unit)
        key = " ".join(words) if words else unit.strip()
    else:
        key = unit.strip().translate(_QUOTES)  # quotation-mark style is typography, not wording
    return key.casefold() if options.ignore_case else key


@dataclass(frozen=True)
class DiffOp:
    """One chunk of a diff as offsets into each side (empty range on the side that lacks it)."""

    op: int
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def diff_ops(a: str, b: str, options: DiffOptions = DiffOptions()) -> list[DiffOp]:
    """Diff two passages word by word, as offset ranges into ``a`` and ``b``.

    The engine diffs each group member against its centre, and the row view
    diffs the same pairs again to place highlights: recent answers are kept.
    """
    return list(_diff_ops(a, b, options))


@lru_cache(maxsize=32_768)
def _diff_ops(a: str, b: str, options: DiffOptions) -> tuple[DiffOp, ...]:
    units_a, units_b = units(a, options.ignore_punctuation), units(b, options.ignore_punctuation)
    table: dict[str, str] = {}

    def encode(us: list[str]) -> str:
        chars = []
        for u in us:
            k = _key(u, options)
            if k not in table:
                n = len(table)  # private-use code points: 6,400 in the BMP, then plane 15
                table[k] = chr(0xE000 + n) if n < 6400 else chr(0xF0000 + n - 6400)
            chars.append(table[k])
        return "".join(chars)

    ca, cb = encode(units_a), encode(units_b)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # deterministic: never cut a diff short by time
    diffs = dmp.diff_main(ca, cb, False)
    if options.semantic_cleanup:
        diffs = _cleanup_words(dmp, diffs)
    ops: list[DiffOp] = []
    ia = ib = 0  # unit indices
    pa = pb = 0  # character offsets
    for op, chars in diffs:
        n = len(chars)
        la = sum(len(u) for u in units_a[ia : ia + n]) if op != INSERT else 0
        lb = sum(len(u) for u in units_b[ib : ib + n]) if op != DELETE else 0
        ia += n if op != INSERT else 0
        ib += n if op != DELETE else 0
        if ops and ops[-1].op == op:
            last = ops.pop()
            ops.append(DiffOp(op, last.a_start, pa + la, last.b_start, pb + lb))
        else:
            ops.append(DiffOp(op, pa, pa + la, pb, pb + lb))
        pa += la
        pb += lb
    return tuple(ops)


def _cleanup_words(dmp: diff_match_patch, diffs: list, factor: int = 2) -> list:
    """diff-match-patch's semantic cleanup, scaled for words.

    dmp dissolves an equality no longer than the edits around it; with one
    character per word that would swallow the shared "sagte" between two
    rewritten clauses. Here an equality is dissolved only when the edits on
    both sides are at least ``factor`` times longer (in words).
    """
    changed = True
    while changed:
        changed = False
        for i in range(1, len(diffs) - 1):
            op, text = diffs[i]
            if op != EQUAL:
                continue
            before = _edit_size(diffs, i, -1)
            after = _edit_size(diffs, i, +1)
            if before and after and len(text) * factor <= min(before, after):
                diffs[i : i + 1] = [(DELETE, text), (INSERT, text)]
                dmp.diff_cleanupMerge(diffs)
                changed = True
                break
    return diffs


def _edit_size(diffs: list, i: int, step: int) -> int:
    """The larger side (deleted or inserted words) of the edit run next to diffs[i]."""
    deleted = inserted = 0
    j = i + step
    while 0 <= j < len(diffs) and diffs[j][0] != EQUAL:
        if diffs[j][0] == DELETE:
            deleted += len(diffs[j][1])
        else:
            inserted += len(diffs[j][1])
        j += step
    return max(deleted, inserted)


def word_diff(a: str, b: str, options: DiffOptions = DiffOptions()) -> list[list]:
    """The contract's diff: ``[[op, text], ...]``, op 0 same, -1 only in a, 1 only in b.

    Joining the texts of ops 0 and -1 gives ``a``. Equal chunks carry a's
    wording; use ``diff_ops`` for exact offsets on both sides.
    """
    out = []
    for d in diff_ops(a, b, options):
        text = b[d.b_start : d.b_end] if d.op == INSERT else a[d.a_start : d.a_end]
        out.append([d.op, text])
    return out


def similarity(diff: list[list]) -> float:
    """Share of words the two sides have in common (0..1), from a diff."""
    same = sum(len(_WORD.findall(t)) for op, t in diff if op == EQUAL)
    total_a = same + sum(len(_WORD.findall(t)) for op, t in diff if op == DELETE)
    total_b = same + sum(len(_WORD.findall(t)) for op, t in diff if op == INSERT)
    return 2 * same / (total_a + total_b) if total_a + total_b else 1.0
