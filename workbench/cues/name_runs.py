"""Runs of name words that hold two names, and honorifics before a name ("Mr Putin": Putin).

Runs that hold two names: a rare run whose head or tail is a name the texts write alone.

"die koreanische Band Exo Donald Trump und seiner Tochter …" (a band's name before a person's), "Presidents Donald
Trump and …", "Vladimir Putin Says he Wanted …" (a title-case headline): the run is written once, while its tail
("Donald Trump") or head ("Vladimir Putin") of two words or more stands alone as a whole run elsewhere. Such a run is
split there, so that the person keeps the name the texts give him and no name grows a stray word. A name written the
long way more than once ("Wladimir Wladimirowitsch Putin") is left whole, and so is one whose parts never stand alone
(a run after a capitalised word opening its sentence does not count as standing alone: untagged text leaves that word
out of the run, "Kim" of "Kim Jong Un thanked …").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from workbench.cues.textview import DocView, Tok

_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "herr", "frau"}  # "Mr Putin" is Putin: no part of his name
MIN_KNOWN_WORDS = 2  # the head or tail must be a name of two words or more ("Donald Trump", not "Trump")
MIN_KNOWN_RUNS = 2  # ... written alone at least this often


def split_known_names(raw: list[tuple[DocView, list[Tok]]], key: Callable[[list[Tok]], frozenset[str]]
                      ) -> list[tuple[DocView, list[Tok]]]:
    """``raw`` (view, run of name tokens) with each rare run split before a known tail or after a known head;
    ``key``: the form of a run (its set of lower-case parts)."""
    raw = [(view, run[1:] if len(run) > 1 and run[0].fold.rstrip(".") in _HONORIFICS else run) for view, run in raw]
    alone = Counter(key(run) for view, run in raw if not _after_opening_word(view, run))
    out: list[tuple[DocView, list[Tok]]] = []
    for view, run in raw:
        cut = None
        if len(run) > MIN_KNOWN_WORDS and alone[key(run)] < MIN_KNOWN_RUNS:
            cut = next((k for k in range(1, len(run) - 1) if len(run) - k >= MIN_KNOWN_WORDS
                        and alone[key(run[k:])] >= MIN_KNOWN_RUNS), None)
            if cut is None:
                cut = next((k for k in range(len(run) - 1, MIN_KNOWN_WORDS - 1, -1)
                            if alone[key(run[:k])] >= MIN_KNOWN_RUNS), None)
        if cut is None:
            out.append((view, run))
        else:
            out += [(view, run[:cut]), (view, run[cut:])]
    return out


def _after_opening_word(view: DocView, run: list[Tok]) -> bool:
    """The run follows a capitalised word that opens its sentence: in untagged text that word is left out of the
    run ("Kim Jong Un thanked Putin." gives "Jong Un"), so the run is no name written alone."""
    k = run[0].i - 1
    if k < 0 or view.toks[k].sent != run[0].sent or not view.toks[k].surface[:1].isupper():
        return False
    return k == 0 or view.toks[k - 1].sent != view.toks[k].sent
