"""Appearance denied: the outlet's own verdict that someone only seems to be something.

"Sie wirken friedlich, sind es aber nicht." / "They look peaceful, but they are not." An appearance verb
(wirken, scheinen, erscheinen, aussehen; seem, appear, look) followed in the same sentence by a form of
"sein"/"be", "aber", "doch", "jedoch" or "but", and a negation judges the actors: what they present
is not what they are. One evaluative cue (negative) runs from the appearance verb to the negation; in a
quotation it is the speaker's.
"""

from __future__ import annotations

from workbench.core.models import Cue, Span
from workbench.cues.explain import label
from workbench.cues.textview import DocView, Tok

_APPEARANCE = {"wirken", "scheinen", "erscheinen", "aussehen", "seem", "appear", "look"}
_BUT = {"aber", "doch", "jedoch", "but", "yet"}
_BE = {"sein", "be", "is", "are", "was", "were", "ist", "sind", "war", "waren"}
_NOT = {"nicht", "keineswegs", "kaum", "not", "n't", "hardly"}
_REACH = 10  # tokens between the appearance verb and the denial


def _denial(toks: list[Tok], k: int) -> int | None:
    """Index of the negation that denies the appearance at ``k``, or None."""
    saw_but = saw_be = False
    for j in range(k + 1, min(len(toks), k + 1 + _REACH)):
        t = toks[j]
        if t.fold in _BUT:
            saw_but = True
        elif t.lemma in _BE or t.fold in _BE:
            saw_be = True
        elif saw_but and saw_be and t.fold in _NOT:
            return j  # "sind es aber nicht", "but they are not"
        elif t.surface in (".", "!", "?", ";"):
            return None
    return None


def _text(reader: str, text: str) -> str:
    if reader == "de":
        return (f"„{text}“: Das Medium stellt einem Anschein sein eigenes Urteil entgegen; die Akteure sind "
                f"nicht, was sie zu sein scheinen. Eine Wertung, keine Tatsachenbehauptung.")
    return (f"“{text}”: the outlet sets its own verdict against an appearance; the actors are not what they "
            f"seem. An evaluation, not a statement of fact.")


def denied_appearances(view: DocView) -> list[Cue]:
    out: list[Cue] = []
    for s in view.sentences:
        if s.kind == "boilerplate":
            continue
        toks = s.toks
        for k, t in enumerate(toks):
            if t.lemma not in _APPEARANCE:
                continue
            end = _denial(toks, k)
            if end is None:
                continue
            start, stop = t.start, toks[end].end
            text = view.text[start:stop]
            quoted = t.quoted and toks[end].quoted
            out.append(Cue(Span(view.doc, start, stop), text, "evaluative", label("evaluative", "negative"),
                           _text("en", text), cls="negative", weight=0.8, speaker="quoted" if quoted else "outlet",
                           shown=not quoted, label_de=label("evaluative", "negative", "de"),
                           explanation_de=_text("de", text)))
            break
    return out
