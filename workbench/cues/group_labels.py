"""Group labels: two or more actors named together by what they are said to share.

"Duo des Grauens", "Achse des Bösen", "Allianz der Diktatoren", "Club der Autokraten", "axis of evil":
a group noun (duo, pair, axis, alliance, club, gang …) followed by a genitive ("des", "der", "of") and a
noun that the lexicon knows as a loaded actor label or a negative (or positive) evaluation is one
actor label over the whole phrase. It names the actors of the text together: the persons a "die
beiden …" label names (``EntityIndex.salient_persons``), unless a name stands in the phrase. A single
lexicon word inside the phrase ("Diktatoren", "Grauen") gives way to it, so the label is one cue, not two.
"""

from __future__ import annotations

from workbench.core.models import Cue, Span
from workbench.cues.entities import EntityIndex
from workbench.cues.explain import explain_lexical, label, texts
from workbench.cues.matcher import CompiledLexicon
from workbench.cues.textview import DocView, Tok

GROUP_NOUNS = {
    "duo", "paar", "gespann", "tandem", "trio", "achse", "allianz", "bündnis", "bande", "club", "klub", "riege",
    "pakt", "bruderbund", "männerfreundschaft",
    "pair", "axis", "alliance", "gang", "pact", "bromance",  # (duo, club, tandem, trio: as in German)
}
_GENITIVE = {"des", "der", "of"}
_MODIFIERS = ("ART", "ADJA", "PPOSAT", "DT", "JJ", "DET", "ADJ")
_LOADED = {"loaded_negative": "loaded_negative", "loaded_positive": "loaded_positive", "negative": "loaded_negative",
           "positive": "loaded_positive", "ideological": "ideological", "colloquial": "colloquial"}
_GLOSS = ("a group named by what its members are said to share; it names the actors together and judges "
          "them.")
_GLOSS_DE = ("eine Gruppe, benannt nach dem, was ihre Mitglieder angeblich gemeinsam haben; sie nennt die "
             "Akteure zusammen und bewertet sie.")


def _judgement(lex: CompiledLexicon, tok: Tok) -> str | None:
    """The class the phrase takes from its genitive noun: a loaded label's, or an evaluation's."""
    for e in lex.candidates(tok):
        if e.family in ("actor_label", "evaluative") and e.cls in _LOADED:
            return _LOADED[e.cls]
    return None


def group_labels(view: DocView, lex: CompiledLexicon, index: EntityIndex) -> list[Cue]:
    out: list[Cue] = []
    toks = view.toks
    for k, t in enumerate(toks):
        if t.lemma not in GROUP_NOUNS or t.is_punct or k + 2 >= len(toks) or toks[k + 1].fold not in _GENITIVE:
            continue
        j = k + 2
        if toks[j].fold == "the":
            j += 1
        while j < len(toks) - 1 and j - k <= 4 and toks[j].tag_is(*_MODIFIERS) and toks[j].sent == t.sent:
            j += 1
        if j >= len(toks) or toks[j].sent != t.sent or toks[j].is_punct:
            continue
        cls = _judgement(lex, toks[j])
        if cls is None:
            continue
        start, end = t.start, toks[j].end
        text = view.text[start:end]
        names = [n for n in dict.fromkeys(index.entity_at(view.doc, x.i) for x in toks[k:j + 1]) if n]
        persons = [n for n in names if index.kind(n) == "person"] or index.salient_persons(view.doc, 2)
        entity = " & ".join(persons) if len(persons) >= 2 else None
        quoted = t.quoted and toks[j].quoted
        english, german = texts(explain_lexical, "actor_label", cls, text, _GLOSS, view.language, quoted=quoted,
                                entity=entity, gloss_de=_GLOSS_DE)
        out.append(Cue(Span(view.doc, start, end), text, "actor_label", label("actor_label", cls), english, cls=cls,
                       weight=0.8, speaker="quoted" if quoted else "outlet", entity=entity, shown=not quoted,
                       label_de=label("actor_label", cls, "de"), explanation_de=german))
    return out


def replace_inside(cues: list[Cue], groups: list[Cue]) -> list[Cue]:
    """``cues`` without the actor-label and evaluative cues inside a group label, plus the group labels."""
    if not groups:
        return cues
    kept = [c for c in cues if not (c.category in ("actor_label", "evaluative") and any(
        g.span.start <= c.span.start and c.span.end <= g.span.end for g in groups))]
    return kept + groups
