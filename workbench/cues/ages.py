"""An actor named by age: "der 69-Jährige", "dem 69-jährigen Sauerländer", "Donald Trump (78)", "the 81-year-old
president", "78-year-old Trump", "Biden, 81, said …".

Whether a report names a person by age is a choice of the outlet: the age comes to the fore (in the Biden
withdrawal it was the story), where another report names the office. One actor-label cue (class ``age``) over the
phrase, credited to the person the phrase names or, for a bare "der 69-Jährige", to the person named last before
it; in a quotation it is the speaker's and stays plain. An unnamed person described by age ("ein 50-jähriger
Arzt", "a 40-year-old") is labelled too: how a report describes a suspect or a survivor is a choice as well. It is
no loaded label: it does not make the plain titles of the same person stand out (``visibility``).
"""

from __future__ import annotations

import re

from workbench.core.models import Cue, Span
from workbench.cues.entities import EntityIndex
from workbench.cues.explain import label
from workbench.cues.textview import DocView

_ARTICLE = r"\b(?:[Dd](?:er|ie|em|en|es)|[Ee]ine?[mnrs]?)\s+"
_GERMAN = [
    re.compile(_ARTICLE + r"(?:\w+\s+)?\d{1,3}-Jährige[nr]?\b"),  # "der 69-Jährige", "der neue 69-Jährige"
    re.compile(_ARTICLE + r"\d{1,3}-jährige[nrms]?\s+(?:\w+\s+)?[A-ZÄÖÜ][\w-]+"),  # "dem 69-jährigen Sauerländer"
    re.compile(r"\b[A-ZÄÖÜ][\w-]+\s+\(\d{1,3}\)"),  # "Donald Trump (78)"
]
_ENGLISH = [
    re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+\d{1,3}-year-old(?:\s+[a-z][\w-]+)?"),  # "the 81-year-old (president)"
    re.compile(r"\b\d{1,3}-year-old\s+[A-Z][\w-]+"),  # "78-year-old Trump"
    # "Biden, 81," "Ms Harris, 59," (not a day: "on Friday, Saturday, 28, Trump …", "March, 12,")
    re.compile(r"\b(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April"
               r"|May|June|July|August|September|October|November|December)\b)[A-Z][\w-]+,\s+\d{2},"),
]
_GLOSS = "names {who}by age: the outlet puts the age in the foreground; compare how the other reports name {whom}"
_GLOSS_DE = ("nennt {who}nach dem Alter: das Medium rückt das Alter in den Vordergrund; vergleichen Sie, wie die "
             "anderen Berichte {whom} nennen")


def age_labels(view: DocView, index: EntityIndex) -> list[Cue]:
    out: list[Cue] = []
    patterns = _GERMAN if view.language.startswith("de") else _ENGLISH
    taken: list[tuple[int, int]] = []
    for pattern in patterns:
        for m in pattern.finditer(view.text):
            start, end = m.start(), m.end()
            text = view.text[start:end].rstrip(",")
            end = start + len(text)
            if any(start < b and a < end for a, b in taken):
                continue
            toks = view.toks_between(start, end)
            if not toks or any(t.kind == "boilerplate" for t in toks) or _no_person(text):
                continue
            taken.append((start, end))
            quoted = all(t.quoted for t in toks)
            entity = _person(view, index, toks, bare=pattern is not patterns[-1])
            out.append(_cue(view, start, end, text, entity, quoted))
    return out


_THINGS = re.compile(r"(?:ung|heit|keit|schaft|tum|ums?|krieg\w*|jubiläum\w*|geschichte|herrschaft|zeit|haft|"
                     r"pause|frist|ehe|bestehen\w*)$", re.IGNORECASE)
_FUNCTION_WORDS = {"as", "and", "who", "was", "is", "has", "had", "said", "says", "in", "on", "at", "to", "from",
                   "with", "for", "of", "but", "or", "will", "would", "also"}


def _no_person(text: str) -> bool:
    """The age of a thing ("des 75-jährigen Jubiläums", "des 70-jährigen Krieges"), or a word after the age that
    is no noun ("the 81-year-old as …")."""
    last = text.split()[-1]
    return bool(_THINGS.search(last)) or last.casefold() in _FUNCTION_WORDS


def _person(view: DocView, index: EntityIndex, toks, bare: bool) -> str | None:
    """The person the phrase names; for a description without a name ("der 69-Jährige", "the 81-year-old
    president"), the one the story is about at that point."""
    for t in toks:
        name = index.entity_at(view.doc, t.i)
        if name and index.kind(name) == "person":
            return name
    if not bare:
        return None
    name = index.topic_person_before(view.doc, toks[0].i)
    sent = toks[0].sent  # only a person named in this sentence or the one before ("Der 50-Jährige aus
    # Saudi-Arabien" after "von einem Einzeltäter": the chancellor named a paragraph earlier is not meant)
    near = any(n == name and view.toks[m.first].sent in (sent - 1, sent) and m.last < toks[0].i
               for m, n in index.mentions_by_doc.get(view.doc, ()))
    return name if near else None


def _cue(view: DocView, start: int, end: int, text: str, entity: str | None, quoted: bool) -> Cue:
    english, german = _explain(text, entity, quoted)
    return Cue(Span(view.doc, start, end), text, "actor_label", label("actor_label", "age"), english, cls="age",
               weight=0.6, speaker="quoted" if quoted else "outlet", entity=entity, shown=not quoted,
               label_de=label("actor_label", "age", "de"), explanation_de=german)


def _explain(text: str, entity: str | None, quoted: bool) -> tuple[str, str]:
    who_en, whom_en = (f"{entity} ", entity) if entity else ("a person ", "the person")
    who_de, whom_de = (f"{entity} ", entity) if entity else ("eine Person ", "die Person")
    english = f"“{text}” {_GLOSS.format(who=who_en, whom=whom_en)}."
    german = f"„{text}“ {_GLOSS_DE.format(who=who_de, whom=whom_de)}."
    if quoted:
        english += " The words are inside a quotation: the speaker's choice."
        german += " Die Wörter stehen in einem Zitat: die Wahl des Sprechers."
    return english, german


_NUMBER = re.compile(r"\d{1,3}")
_DEFINITE = re.compile(r"(?:[Dd](?:er|ie|em|en|es)|[Tt]he)\s")


def credit_ages_across(ages: list[Cue]) -> None:
    """A bare "der 81-Jährige" names the person the comparison gives that age ("Joe Biden (81)" in one report,
    "der 81-Jährige" after "Steinmeier begrüßte Biden" in another): the ages stated beside names, over all
    the reports, outweigh the person named last. A bare age that fits no one whose age is known, where the
    person named last has another known age, names no one known."""
    known: dict[str, set[int]] = {}  # person -> ages stated beside the name
    bare: list[tuple[Cue, int]] = []
    for c in ages:
        found = _NUMBER.search(c.text)
        if not found:
            continue
        age = int(found.group())
        if c.entity and any(w in c.text for w in c.entity.split() if len(w) > 2):
            known.setdefault(c.entity, set()).add(age)
        elif _DEFINITE.match(c.text):  # "ein 50-jähriger Arzt", "a 40-year-old" describe someone unnamed
            bare.append((c, age))
    if not known:
        return
    for c, age in bare:
        fits = sorted(p for p, years in known.items() if any(abs(age - y) <= 1 for y in years))
        exact = [p for p in fits if age in known[p]]
        person = exact[0] if len(exact) == 1 else fits[0] if len(fits) == 1 else None
        if person is None and not fits and c.entity in known:
            person = ""  # the person named last is of another age
        if person is not None and person != (c.entity or ""):
            c.entity = person or None
            c.explanation, c.explanation_de = _explain(c.text, c.entity, c.speaker == "quoted")


def replace_plain_titles(cues: list[Cue], ages: list[Cue]) -> list[Cue]:
    """``cues`` without the neutral titles inside an age label ("the 81-year-old president"), plus the age labels
    that no other label overlaps."""
    if not ages:
        return cues
    kept = [c for c in cues if not (c.category == "actor_label" and c.cls == "neutral" and any(
        a.span.start <= c.span.start and c.span.end <= a.span.end for a in ages))]
    labels = [c for c in kept if c.category == "actor_label"]
    return kept + [a for a in ages if not any(c.span.start < a.span.end and a.span.start < c.span.end for c in labels)]
