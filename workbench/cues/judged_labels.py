"""A label with a judging adjective right before it is one loaded label: "the young despotic leader", "der
autoritäre Staatschef".

The lexicon finds the adjective ("despotic": an evaluation) and the title ("leader": a neutral label) apart; read
together they are how the outlet names the person, and the adjective makes the name a judgement. One actor-label
cue over both, of the adjective's polarity (``loaded_negative`` / ``loaded_positive``), credited to the person the
title names, replaces the two. Only the outlet's own words: in a quotation both stay the speaker's.
"""

from __future__ import annotations

from workbench.core.models import Cue, Span
from workbench.cues.explain import explain_lexical, label, texts
from workbench.cues.textview import DocView

_LOADED = {"negative": "loaded_negative", "positive": "loaded_positive"}
_GLOSS = "a title with a judging adjective: the adjective makes the name a judgement."
_GLOSS_DE = "ein Titel mit wertendem Adjektiv: das Adjektiv macht den Namen zum Urteil."


def join_judged_labels(cues: list[Cue], view: DocView) -> list[Cue]:
    starts = {c.span.start: c for c in cues if c.category == "actor_label" and c.speaker == "outlet"
              and c.cls in ("neutral", "loaded_negative", "loaded_positive")}
    used: set[int] = set()
    joined: list[Cue] = []
    for e in cues:
        if e.category != "evaluative" or e.cls not in _LOADED or e.speaker != "outlet":
            continue
        gap_end = e.span.end
        while gap_end < len(view.text) and view.text[gap_end] == " ":
            gap_end += 1
        title = starts.get(gap_end)
        if title is None or gap_end == e.span.end or id(title) in used:
            continue
        used.update((id(e), id(title)))
        cls = title.cls if title.cls != "neutral" else _LOADED[e.cls]
        text = view.text[e.span.start:title.span.end]
        english, german = texts(explain_lexical, "actor_label", cls, text, _GLOSS, view.language, entity=title.entity,
                                gloss_de=_GLOSS_DE)
        joined.append(Cue(Span(view.doc, e.span.start, title.span.end), text, "actor_label", label("actor_label", cls),
                          english, cls=cls, weight=max(e.weight, title.weight), speaker="outlet", entity=title.entity,
                          shown=True, label_de=label("actor_label", cls, "de"), explanation_de=german))
    if not joined:
        return cues
    return [c for c in cues if id(c) not in used] + joined
