"""A label one person gives another is that person's word, not the outlet's.

"Trump bezeichnete Selenskyj als Diktator", "nannte Putin einen Mörder", "Biden called Putin a killer", "accused
Mr Zelensky of being a dictator": the label stands in the judgement a verb of naming reports, so it is credited to
the one who named (``speaker`` "quoted", not highlighted, as a label inside quotation marks), and the label table
does not count it as the outlet's choice. The outlet's own naming of the one who speaks ("sagte der Kremlchef") and
of the one named ("nannte den Kremlchef einen Lügner": "Kremlchef") stays the outlet's.

A frame is a verb of naming followed, in the same clause (no punctuation between), by the word that opens the
judgement ("als", "as", "of being") right before the label, or, for verbs that take two objects ("nennen", "call",
"dub"), by the label after an indefinite article.
"""

from __future__ import annotations

from workbench.core.models import Cue
from workbench.cues.textview import DocView, Tok

# German verb lemmas (tagged text) and English word stems (untagged) of naming someone as something
_AS_VERBS_DE = {"bezeichnen", "beschimpfen", "titulieren", "verunglimpfen", "brandmarken", "abstempeln", "betiteln",
                "darstellen", "hinstellen", "abtun", "verspotten"}
_AS_STEMS_EN = ("describ", "brand", "label", "portray", "characteri", "denounc", "depict", "dismiss", "slam")
_TWO_OBJECTS_DE = {"nennen", "schimpfen", "schelten"}
_TWO_OBJECTS_EN = ("call", "dub")
_ACCUSE_EN = ("accus",)
_INDEFINITE = {"ein", "eine", "einen", "einem", "einer", "eines", "a", "an"}
_REACH = 8  # the verb stands at most this many words before the label
_OBJECT_REACH = 4  # ... and at most this many before the object of a verb of two objects


def _is_verb(t: Tok, lemmas: set[str], stems: tuple[str, ...]) -> bool:
    if t.pos:
        return t.pos.startswith("V") and t.lemma in lemmas
    return t.fold.startswith(stems)


_EN_FUNCTION = {"as", "of", "being", "with", "for", "to", "by", "in", "on", "at", "and", "or", "the", "from", "about"}


def _skippable(t: Tok) -> bool:
    """A word between the opener and the label: an article or an adjective ("als brutalen Diktator", "as a ruthless
    dictator")."""
    if t.fold in _INDEFINITE:
        return True
    if t.pos:
        return t.tag_is("ADJA", "ADV", "ART", "PIAT")
    return not t.capitalised and not t.is_punct and t.fold not in _EN_FUNCTION


def _framed(v: DocView, first: Tok) -> bool:
    """The label starting at ``first`` stands in the judgement of a verb of naming in its sentence."""
    k = first.i - 1
    skipped: list[Tok] = []
    while k >= 0 and v.toks[k].sent == first.sent and len(skipped) < 3 and _skippable(v.toks[k]):
        skipped.append(v.toks[k])
        k -= 1
    if k < 0 or v.toks[k].sent != first.sent:
        return False
    opener = v.toks[k]
    before = [t for t in v.toks[max(0, k - _REACH):k] if t.sent == first.sent]
    punct = [i for i, t in enumerate(before) if t.is_punct]
    if punct:
        before = before[punct[-1] + 1:]  # the verb stands in the label's clause
    if opener.fold in ("als", "as"):
        return any(_is_verb(t, _AS_VERBS_DE, _AS_STEMS_EN) for t in before)
    if opener.fold == "being" and k > 0 and v.toks[k - 1].fold == "of":
        return any(_is_verb(t, set(), _ACCUSE_EN) for t in before)
    if any(t.fold in _INDEFINITE for t in skipped) and not opener.tag_is("APPR", "APPRART", "KON") \
            and opener.fold not in _EN_FUNCTION:
        # the object right after the verb: "nannte den Kremlchef einen Lügner", not "called for talks with a …"
        near = before[-_OBJECT_REACH:]
        verb = next((n for n in range(len(near) - 1, -1, -1)
                     if _is_verb(near[n], _TWO_OBJECTS_DE, _TWO_OBJECTS_EN)), None)
        return verb is not None and not any(t.fold in _EN_FUNCTION or t.tag_is("APPR", "APPRART", "KON")
                                            for t in near[verb + 1:])
    return False


def credit_framed_labels(cues: list[Cue], views: dict[str, DocView]) -> None:
    for c in cues:
        if c.category != "actor_label" or c.speaker != "outlet" or c.span.doc not in views:
            continue
        v = views[c.span.doc]
        toks = v.toks_between(c.span.start, c.span.end)
        if toks and toks[0].kind != "headline" and _framed(v, toks[0]):
            c.speaker, c.shown = "quoted", False
