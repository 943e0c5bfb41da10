"""A name one outlet spells differently from the others ("Rainer Haseloff" where eight outlets write "Reiner
Haseloff"; "Tamara Zieschgang" beside "Tamara Zieschang"; "Dominque Mamberti").

A misspelt name is a checkable detail on which the reports differ, like a wrong place or figure: a factual
variant on the outlet that has it, with the other outlets' spelling as counterparts. Two spellings are one
name when they differ by one or two letters inside the word (not in its last two letters, where inflection
and transliteration endings differ: "Selenskyj" / "Selenskij", "Putin" / "Putins"), not only by case,
umlaut, "ß" or an accent ("Rodríguez" / "Rodriguez"), and when they stand beside a shared name word ("Haseloff", "Tamara") somewhere in the
comparison ("Franz-Walter Steinmeier" beside "Frank-Walter": a hyphenated name is one word), or are a slip of one
letter in a long name that three outlets or more write the other way ("in Pjönjang" beside "Pjöngjang"; two
neighbouring letters swapped are one slip: "Waldimir"). A spelling is flagged
where only one outlet uses it and it is not the spelling most outlets use
(when the outlets split evenly, each side is flagged). Name words: proper nouns in tagged text (German);
in untagged text (English), capitalised words of five letters or more inside a sentence.
"""

from __future__ import annotations

from workbench.core.models import Span
from workbench.core.models import Cue
from workbench.cues import explain
from workbench.cues.name_words import without_accents
from workbench.cues.textview import DocView, Tok

_MIN_LETTERS = 5
_MAX_EDITS = 2
_COUNTERPARTS = 30
_SLIP_MIN_LETTERS = 7
_SLIP_MAJORITY = 3
_NEIGHBOURS = 2  # name words this close to a spelling are its neighbours ("Reiner" -> "Haseloff")
_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _folded(word: str) -> str:
    """A spelling without its umlauts, "ß" and accents: "Rodríguez" and "Rodriguez", "Müller" and "Mueller" are one."""
    return without_accents(word.translate(_FOLDS), keep_umlaut=False)


def _edits(a: str, b: str) -> int:
    """Edits between two spellings; two neighbouring letters swapped are one ("Waldimir" / "Wladimir")."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            best = min(rows[-1][j] + 1, cur[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, rows[-2][j - 2] + 1)
            cur.append(best)
        rows.append(cur)
    return rows[-1][-1]


def _name_word(v: DocView, toks: list[Tok], k: int) -> bool:
    t = toks[k]
    w = t.surface
    parts = w.split("-")
    if len(w) < _MIN_LETTERS or not all(p.isalpha() and p[:1].isupper() for p in parts) or w.isupper():
        return False  # a hyphenated name is one word when every part is capitalised ("Frank-Walter")
    if v.tagged:
        # "Frank-Walter" read as an adjective; "Jingping" (for "Jinping") read as a foreign word
        return t.tag_is("NE", "PROPN", "FM") or (len(parts) > 1 and t.tag_is("ADJ"))
    return k > 0 and not toks[k - 1].is_punct  # not the first word of a sentence or after a quotation mark


def _one_name(a: str, b: str) -> int:
    """Two spellings of one name: one or two letters apart inside the word. The letters they differ by (0: they
    are no two spellings of one name)."""
    x, y = a.casefold(), b.casefold()
    if x == y or x[0] != y[0] or abs(len(x) - len(y)) > _MAX_EDITS or x[-2:] != y[-2:]:
        return 0
    if _folded(x) == _folded(y):
        return 0
    n = _edits(x, y)
    return n if n <= _MAX_EDITS and n < min(len(x), len(y)) // 3 else 0


def _slip(a: str, b: str, edits: int, docs: dict[str, set[str]]) -> bool:
    """A name alone (a place: "in Pjönjang") needs no shared neighbour when it is a slip of one letter (``edits``,
    from ``_one_name``) in a long word that one outlet writes and at least ``_SLIP_MAJORITY`` others write the
    other way ("Pjöngjang")."""
    if min(len(a), len(b)) < _SLIP_MIN_LETTERS or edits != 1:
        return False
    rare, common = sorted((a, b), key=lambda w: len(docs[w]))
    return len(docs[rare]) == 1 and len(docs[common] - docs[rare]) >= _SLIP_MAJORITY


def _run(v: DocView, toks: list[Tok], k: int) -> tuple[int, int]:
    """The name around ``toks[k]``: the adjacent name words of its sentence ("Reiner Haseloff"; not the title
    before it in tagged text)."""
    def part(j: int) -> bool:
        t = toks[j]
        if not (t.surface[:1].isupper() and t.surface.isalpha()):
            return False
        return t.tag_is("NE", "PROPN", "FM") if v.tagged else j > 0 and not toks[j - 1].is_punct

    lo = hi = k
    while lo > 0 and part(lo - 1):
        lo -= 1
    while hi + 1 < len(toks) and part(hi + 1):
        hi += 1
    return toks[lo].start, toks[hi].end


def name_spelling_variants(views: list[DocView]) -> list[Cue]:
    """One factual-variant cue per outlet and rarer spelling, at its first use, the other spellings as counterparts
    (the most used first)."""
    first: dict[tuple[str, str], tuple[DocView, int, int]] = {}  # (spelling, doc) -> its first name in that doc
    docs: dict[str, set[str]] = {}
    neighbours: dict[str, set[str]] = {}
    for v in views:
        for s in v.sentences:
            if s.kind == "boilerplate":
                continue
            toks = [t for t in s.toks if t.surface not in ("-", "–")]
            for k, t in enumerate(toks):
                if not _name_word(v, toks, k):
                    continue
                docs.setdefault(t.surface, set()).add(v.doc)
                near = toks[max(0, k - _NEIGHBOURS):k] + toks[k + 1:k + 1 + _NEIGHBOURS]
                neighbours.setdefault(t.surface, set()).update(
                    n.surface for n in near if n.surface[:1].isupper() and n.surface.isalpha() and n is not t)
                if (t.surface, v.doc) not in first:
                    first[(t.surface, v.doc)] = (v, *_run(v, toks, k))
    spellings = sorted(docs)
    parent = {w: w for w in spellings}

    def root(w: str) -> str:
        while parent[w] != w:
            parent[w] = parent[parent[w]]
            w = parent[w]
        return w

    by_initial: dict[str, list[str]] = {}
    for w in spellings:
        by_initial.setdefault(w[0].casefold(), []).append(w)
    for group in by_initial.values():
        for n, a in enumerate(group):
            for b in group[n + 1:]:
                edits = _one_name(a, b)
                if edits and ((neighbours[a] & neighbours[b]) - {a, b} or _slip(a, b, edits, docs)):
                    parent[root(a)] = root(b)
    clusters: dict[str, list[str]] = {}
    for w in spellings:
        clusters.setdefault(root(w), []).append(w)
    rank = {v.doc: v.rank for v in views}
    out: list[Cue] = []
    for names in clusters.values():
        if len(names) < 2:
            continue
        most = max(len(docs[w]) for w in names)
        tie = all(len(docs[w]) == most for w in names)
        for w in names:
            if len(docs[w]) != 1 or not (tie or len(docs[w]) < most):
                continue
            (doc,) = docs[w]
            view, start, end = first[(w, doc)]
            others = sorted((o for o in names if o != w), key=lambda o: -len(docs[o]))
            cps: list[tuple[Span, str]] = []
            for o in others:
                for d in sorted(docs[o] - {doc}, key=rank.__getitem__):
                    ov, lo, hi = first[(o, d)]
                    cps.append((Span(d, lo, hi), ov.text[lo:hi]))
            if not cps:
                continue
            text = view.text[start:end]
            cps = cps[:_COUNTERPARTS]
            out.append(Cue(Span(doc, start, end), text, "factual_variant", explain.label("factual_variant", ""),
                           explain.explain_name_spelling(text, cps[0][1], len(docs[others[0]]), view.language),
                           cls="", weight=0.9, counterparts=cps, label_de=explain.label("factual_variant", "", "de"),
                           explanation_de=explain.explain_name_spelling(text, cps[0][1], len(docs[others[0]]),
                                                                        view.language, reader="de")))
    return out
