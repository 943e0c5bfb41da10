"""A label with a judging adjective right before it is one loaded label: "the young despotic leader", "der
autoritäre Staatschef"; so is a person's name with one ("the despotic Kim Jong Un", "der brutale Putin"), and a
country named by a judging description instead of its name ("the reclusive state", "das abgeschottete Land":
credited to the country the text is speaking of).

The lexicon finds the adjective ("despotic": an evaluation) and the title ("leader": a neutral label) apart; read
together they are how the outlet names the person, and the adjective makes the name a judgement. One actor-label
cue over both, of the adjective's polarity (``loaded_negative`` / ``loaded_positive``), credited to the person the
title names, replaces the two. Only the outlet's own words: in a quotation both stay the speaker's.
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.models import Cue, Span
from workbench.cues.explain import explain_country_description, explain_lexical, label, texts
from workbench.cues.textview import DocView

_LOADED = {"negative": "loaded_negative", "positive": "loaded_positive"}
_GLOSS = "a title with a judging adjective: the adjective makes the name a judgement."
_GLOSS_DE = "ein Titel mit wertendem Adjektiv: das Adjektiv macht den Namen zum Urteil."
_NAME_GLOSS = "a name with a judging adjective: the adjective makes the naming a judgement."
_NAME_GLOSS_DE = "ein Name mit wertendem Adjektiv: das Adjektiv macht die Benennung zum Urteil."
_DETERMINERS = {"the", "der", "die", "den", "dem", "des"}
# nouns an English country word modifies ("state visit", "state media", "country estate"): untagged text cannot
# tell "the reclusive state undertook" (a verb after the country) from "the lavish state dinner" otherwise
_MODIFIED_NOUNS = {"visit", "visits", "media", "news", "television", "tv", "broadcaster", "agency", "forces", "police",
                   "health", "government", "governments", "dinner", "banquet", "award", "activities", "policy",
                   "correspondent", "estate", "department", "secretary", "official", "officials", "funeral", "affairs",
                   "security", "enterprise", "enterprises", "run", "owned", "level", "house", "music", "side", "council",
                   "secrets", "capitalism", "socialism", "terrorism", "sponsor", "sponsors", "budget", "election"}
# before a country's description: "the reclusive state", "das abgeschottete Land", "its isolated neighbour"
_COUNTRY_DETERMINERS = _DETERMINERS | {"das", "its", "this", "that", "dieses", "diesem", "dieser", "jenes"}
_COUNTRY_NOUNS = {"land", "landes", "lande", "staat", "staates", "staats", "staaten", "nation", "nationen",
                  "königreich", "königreichs", "republik", "country", "countries", "state", "states",
                  "nations", "kingdom", "republic"}


def join_judged_labels(cues: list[Cue], view: DocView,
                       person_at: Callable[[int], tuple[str, int] | None] | None = None,
                       country_at: Callable[[int], str | None] | None = None) -> list[Cue]:
    """``person_at``: the person (and the end of the name) whose name starts at a token index, if any;
    ``country_at``: the country a description at a token index most likely names."""
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
        if title is None:
            # no title after the adjective: a country's description ("the reclusive state") or a person's name
            found = None
            if gap_end > e.span.end:
                found = (_country_described(view, e, gap_end, country_at) if country_at is not None else None) \
                    or (_named_after(view, e, gap_end, person_at) if person_at is not None else None)
            if found is not None:
                used.add(id(e))
                joined.append(found)
            continue
        if gap_end == e.span.end or id(title) in used:
            continue
        used.update((id(e), id(title)))
        cls = title.cls if title.cls != "neutral" else _LOADED[e.cls]
        joined.append(_loaded_label(view, e.span.start, title.span.end, cls, title.entity, max(e.weight, title.weight),
                                    _glossed(view, e.span.start, title.span.end, cls, title.entity, (_GLOSS, _GLOSS_DE))))
    if not joined:
        return cues
    return [c for c in cues if id(c) not in used] + joined


def _named_after(view: DocView, e: Cue, at: int, person_at: Callable[[int], tuple[str, int] | None]) -> Cue | None:
    """The judging adjective ``e`` and the person's name right after it, after an article ("the despotic Kim Jong
    Un"), as one loaded label; None when no name follows or no article stands before."""
    toks = view.toks_between(at, at + 1)
    first = view.toks_between(e.span.start, e.span.end)
    if not toks or not first or first[0].i == 0 or view.toks[first[0].i - 1].fold not in _DETERMINERS:
        return None
    found = person_at(toks[0].i)
    if found is None:
        return None
    person, end = found
    cls = _LOADED[e.cls]
    return _loaded_label(view, e.span.start, end, cls, person, e.weight,
                         _glossed(view, e.span.start, end, cls, person, (_NAME_GLOSS, _NAME_GLOSS_DE)))


def _country_described(view: DocView, e: Cue, at: int, country_at: Callable[[int], str | None]) -> Cue | None:
    """The judging adjective ``e`` and a word for a country right after it, after a determiner, as one loaded
    label of that country ("the reclusive state", "das isolierte Land"); None when the word is a modifier of
    another noun ("state media", "the isolated state visit") or no determiner stands before."""
    toks = view.toks_between(at, at + 1)
    first = view.toks_between(e.span.start, e.span.end)
    if not toks or not first or first[0].i == 0:
        return None
    k = first[0].i - 1
    while k > 0 and (view.toks[k].fold.isdigit() or view.toks[k].fold in ("two", "zwei", "beiden", "both")):
        k -= 1  # "the two continent-sized authoritarian states"
    if view.toks[k].fold not in _COUNTRY_DETERMINERS:
        return None
    noun = toks[0]
    if noun.fold not in _COUNTRY_NOUNS or noun.quoted:
        return None
    nxt = view.toks[noun.i + 1] if noun.i + 1 < len(view.toks) else None
    if noun.pos:
        if not noun.tag_is("NN"):
            return None
    elif nxt is not None and nxt.sent == noun.sent and nxt.fold in _MODIFIED_NOUNS:
        return None  # untagged English: "the isolated state visit", "state media"
    country = country_at(first[0].i)
    text = view.text[e.span.start:noun.end]
    return _loaded_label(view, e.span.start, noun.end, _LOADED[e.cls], country, e.weight,
                         texts(explain_country_description, text, country, view.language))


def _glossed(view: DocView, start: int, end: int, cls: str, entity: str | None,
             glosses: tuple[str, str]) -> tuple[str, str]:
    """The (English, German) explanations of a loaded label from a lexicon-style gloss (English, German)."""
    return texts(explain_lexical, "actor_label", cls, view.text[start:end], glosses[0], view.language, entity=entity,
                 gloss_de=glosses[1])


def _loaded_label(view: DocView, start: int, end: int, cls: str, entity: str | None, weight: float,
                  explanations: tuple[str, str]) -> Cue:
    """One actor-label cue over the judging adjective and the title or name after it, in the outlet's voice."""
    text = view.text[start:end]
    english, german = explanations
    return Cue(Span(view.doc, start, end), text, "actor_label", label("actor_label", cls), english, cls=cls,
               weight=weight, speaker="outlet", entity=entity, shown=True, label_de=label("actor_label", cls, "de"),
               explanation_de=german)
