"""Which cues are highlighted by default (``shown``). Nothing is ever dropped.

- Contrast: a neutral actor label is highlighted when the entity it names is
  also given a loaded label (negative, positive, colloquial, ideological) in
  the outlets' own voice somewhere in the comparison: "Staatschef" next to
  "Machthaber" is the choice a reader should see. A neutral event name
  ("Krieg") is highlighted when another cue names an event with the same
  head word in a loaded way ("Angriffskrieg", "Krieg gegen die Ukraine").
  Neutral reporting verbs stay hidden; they remain counterparts.
- Protagonists' plain speech tags: "„…“, so Kim" is sourcing to the person
  the story is about, not to an informant; hidden. Protagonists are persons
  named in at least half of the documents (and in two or more).
- Density: at most one highlight per ``WORDS_PER_CUE`` words of a document;
  above that the weakest (lowest weight, then latest) are hidden first.
"""

from __future__ import annotations

import math

from workbench.core.models import Cue
from workbench.cues.entities import EntityIndex
from workbench.cues.textview import DocView

WORDS_PER_CUE = 10
_CONTRAST_FAMILIES = ("actor_label", "event_label")


def _head_words(cue: Cue) -> set[str]:
    words = {w.casefold() for w in cue.text.replace("-", " ").split() if len(w) >= 4}
    return words


def apply_contrast(cues: list[Cue]) -> None:
    loaded_entities: set[str] = set()
    loaded_event_words: set[str] = set()
    for c in cues:
        if c.speaker != "outlet" or c.cls == "neutral":
            continue
        if c.category == "actor_label" and c.entity:
            loaded_entities.update(c.entity.split(" & "))
        elif c.category == "event_label" and c.cls != "marked_name":
            loaded_event_words.update(w for w in _head_words(c))
    for c in cues:
        if c.shown or c.cls != "neutral" or c.speaker != "outlet" or c.category not in _CONTRAST_FAMILIES:
            continue
        if c.category == "actor_label" and c.entity and set(c.entity.split(" & ")) & loaded_entities:
            c.shown = True
        elif c.category == "event_label":
            heads = {w for w in _head_words(c)}
            if any(h == w or w.endswith(h) for h in heads for w in loaded_event_words):
                c.shown = True


def protagonists(entities: EntityIndex, n_docs: int) -> set[str]:
    need = max(2, math.ceil(n_docs / 2))
    out = set()
    for name, e in entities.entities.items():
        if e.kind == "person" and len({m.doc for m in e.mentions}) >= need:
            out.add(name)
    return out


def hide_protagonist_speech_tags(cues: list[Cue], views: dict[str, DocView], entities: EntityIndex,
                                 main: set[str]) -> None:
    for c in cues:
        if c.category != "attribution" or c.cls != "postposed_so" or not c.shown:
            continue
        v = views[c.span.doc]
        toks = [t for t in v.toks_between(c.span.start, c.span.end) if not t.is_punct][1:]
        names = {entities.entity_at(v.doc, t.i) for t in toks}
        if toks and names and None not in names and names <= main:
            c.shown = False


def limit_density(cues: list[Cue], views: dict[str, DocView]) -> None:
    by_doc: dict[str, list[Cue]] = {}
    for c in cues:
        if c.shown:
            by_doc.setdefault(c.span.doc, []).append(c)
    for doc, shown in by_doc.items():
        budget = max(1, views[doc].words // WORDS_PER_CUE)
        if len(shown) <= budget:
            continue
        for c in sorted(shown, key=lambda c: (c.weight, -c.span.start))[: len(shown) - budget]:
            c.shown = False
