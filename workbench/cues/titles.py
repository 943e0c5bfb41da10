"""Titles and roles learned from the compared texts, as actor labels.

The lexicon knows the loaded labels ("Diktator", "Machthaber") and a few
general titles, but not every office of every event ("Finanzminister",
"Oppositionsführer", "FDP-Chef", "Sozialdemokrat"). The texts teach them: a
common noun standing right before a person's name ("Bundeskanzler Olaf
Scholz", "der grüne Wirtschaftsminister Robert Habeck", "FDP-Chef Lindner")
is the label that outlet gives that person. No gazetteer, no event knowledge.

- **Apposed use**: the noun (with the adjectives right before it: "gefeuerte
  Finanzminister") before a person's name is an actor label for that person.
- **Standalone use**: the same noun without a name ("der Kanzler", "den
  Finanzminister") names the person it was apposed to, when the texts apposed
  it to one person only (at least two thirds of its apposed uses). A noun
  followed by a name, a genitive or "von" may name someone else ("der
  Finanzminister Frankreichs") and is left alone; plurals too.
- Calendar and time nouns before a name ("Mittwochabend Scholz"), abstract nouns
  ("Eskalation", "-ung", "-heit") and forms of address ("Herr") are no titles.

Learned titles are neutral labels (class ``neutral``): they are kept for the
actor-label table and highlighted only in contrast (``visibility``). A word
the lexicon already lists is left to the lexicon.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from collections.abc import Callable

from workbench.core.models import Cue, Span
from workbench.cues.entities import EntityIndex
from workbench.cues.explain import explain_lexical, label
from workbench.cues.lexical import is_plural_label
from workbench.cues.textview import DocView, Tok

NEUTRAL = "neutral"
_TIME_WORDS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "abend", "morgen",
               "nacht", "mittag", "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
               "september", "oktober", "november", "dezember", "uhr", "jahr", "woche", "tag", "wochenende",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening",
               "night", "week", "year")
# Abstract nouns (events, states) are no roles: "nach der Eskalation Trump …"; forms of address are no labels.
_ABSTRACT_SUFFIXES = ("ung", "ion", "heit", "keit", "schaft", "tät", "ismus", "nis", "ment", "ness", "ity", "ing")
_NO_ROLE = {"name", "namen", "herr", "herrn", "frau", "mr", "mrs", "ms", "dr", "prof"}
_DETERMINERS = ("ART", "PPOSAT", "PDAT", "DET", "DT", "PRP$")
_MODIFIERS = ("ADJA", "ADJ", "JJ")
_AFTER_OTHER = {"von", "des", "der", "of", "from"}
_TITLE_TAGS = ("NN", "NOUN")  # STTS / UD common nouns (English titles are tagged as names and stay in the name)


def _key(tok: Tok) -> str:
    return tok.lemma


def _is_title_noun(tok: Tok) -> bool:
    if tok.is_punct or not tok.capitalised or len(tok.lemma) < 3 or not tok.tag_is(*_TITLE_TAGS):
        return False
    if tok.tag_is("NNP", "NNPS"):
        return False
    return _role_word(tok.lemma)


@lru_cache(maxsize=65536)  # per word form, not per token
def _role_word(lemma: str) -> bool:
    head = lemma.rsplit("-", 1)[-1]
    if head.endswith(_TIME_WORDS) or head.endswith(_ABSTRACT_SUFFIXES) or head in _NO_ROLE:
        return False
    return lemma.replace("-", "").isalpha()


def _label_start(view: DocView, tok: Tok) -> Tok:
    """The first word of the label: adjectives right before the noun belong to it ("gefeuerte Finanzminister")."""
    first = tok
    k = tok.i - 1
    while k >= 0 and view.toks[k].sent == tok.sent and view.toks[k].tag_is(*_MODIFIERS) \
            and not view.toks[k].is_punct:
        first = view.toks[k]
        k -= 1
    return first


class Titles:
    """Title nouns and the persons they were apposed to, over all compared documents."""

    def __init__(self, views: list[DocView], index: EntityIndex) -> None:
        self.ix = index
        self.apposed: dict[tuple[str, int], str] = {}  # (doc, token index of the title) -> person
        self.persons: dict[str, Counter] = {}
        self._resolved: dict[str, str | None] = {}
        for v in views:
            for m, name in index.mentions_by_doc.get(v.doc, ()):
                if index.kind(name) != "person" or m.first == 0:
                    continue
                t = v.toks[m.first - 1]
                if t.sent != v.toks[m.first].sent or not _is_title_noun(t) or index.entity_at(v.doc, t.i):
                    continue
                if is_plural_label(v, t):
                    continue  # "seine Vorgänger Putin nicht aufgehalten": a plural is not one person's title
                last = v.toks[m.last].fold
                if last.endswith(("s", "'", "’")) and any(last[:-1] in f for f in index.entities[name].forms):
                    continue  # a genitive ("die Entlassung Lindners"): the noun is not the person's title
                self.apposed[(v.doc, t.i)] = name
                self.persons.setdefault(_key(t), Counter())[name] += 1

    def person(self, lemma: str) -> str | None:
        """The one person a title names in these texts, if it names one.

        A title counts for its head too: "Bundeskanzler" and "SPD-Kanzler" apposed to Scholz make a
        standalone "Kanzler" name him; "Minister", apposed as "Finanzminister" and "Wirtschaftsminister"
        to two people, names no one.
        """
        if lemma not in self._resolved:
            counts: Counter = Counter()
            head = lemma.rsplit("-", 1)[-1]
            for key, persons in self.persons.items():
                if key == lemma or key.rsplit("-", 1)[-1].endswith(head):
                    counts.update(persons)
            found = None
            if counts:
                name, n = counts.most_common(1)[0]
                found = name if n * 3 >= 2 * sum(counts.values()) else None
            self._resolved[lemma] = found
        return self._resolved[lemma]

    def _standalone(self, view: DocView, tok: Tok) -> str | None:
        if not _is_title_noun(tok) or self.ix.entity_at(view.doc, tok.i):
            return None
        person = self.person(tok.lemma)
        if person is None:
            return None
        if is_plural_label(view, tok):
            return None
        after = view.toks[tok.i + 1] if tok.i + 1 < len(view.toks) else None
        if after is not None and after.sent == tok.sent and (
                self.ix.entity_at(view.doc, after.i) or after.fold in _AFTER_OTHER):
            return None
        first = _label_start(view, tok)
        before = view.toks[first.i - 1] if first.i > 0 else None
        initial = before is None or before.sent != tok.sent
        if before is not None and not initial and not before.tag_is(*_DETERMINERS):
            return None
        return person

    def cues(self, view: DocView, is_lexicon_label: Callable[[Tok], bool]) -> list[Cue]:
        out: list[Cue] = []
        for tok in view.toks:
            if tok.is_punct or not tok.capitalised or is_lexicon_label(tok):
                continue
            person = self.apposed.get((view.doc, tok.i)) or self._standalone(view, tok)
            if person is None:
                continue
            first = _label_start(view, tok)
            start, end = first.start, tok.end
            text = view.text[start:end]
            quoted = tok.quoted
            explanation = explain_lexical("actor_label", NEUTRAL, text, "", view.language, quoted=quoted,
                                          entity=person)
            out.append(Cue(Span(view.doc, start, end), text, "actor_label", label("actor_label", NEUTRAL),
                           explanation, cls=NEUTRAL, weight=0.5, speaker="quoted" if quoted else "outlet",
                           entity=person, shown=False, label_de=label("actor_label", NEUTRAL, "de"),
                           explanation_de=explain_lexical("actor_label", NEUTRAL, text, "", view.language,
                                                          quoted=quoted, entity=person, reader="de")))
        return out
