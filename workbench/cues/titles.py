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
  ("Eskalation", "-ung", "-heit"), forms of address ("Herr") and the heads of a source phrase ("nach chinesischen
  Angaben Xi Jinping …", "US-Angaben") and kinship nouns ("dessen Großvater Friedrich") are no titles.

Learned titles are neutral labels (class ``neutral``): they are kept for the
actor-label table and highlighted only in contrast (``visibility``). A word
the lexicon already lists is left to the lexicon. A title whose adjective
judges ("der gefeuerte Finanzminister", "der glücklose Kanzler": an evaluative
lexicon word of negative or positive class) is loaded the way the adjective is,
and highlighted: the outlet's judgement is part of the name it gives. So is a
title coined as a phrasal compound ("Noch-immer-nicht-Kanzler": a phrase
hyphenated into one noun, with a lower-case word inside), class ``colloquial``.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from collections.abc import Callable

from workbench.core.models import Cue, Span
from workbench.cues.entities import EntityIndex
from workbench.cues.explain import explain_lexical, label
from workbench.cues.lexical import is_plural_label
from workbench.cues.lexicon import Entry
from workbench.cues.textview import DocView, Tok

NEUTRAL = "neutral"
_TIME_WORDS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "abend", "morgen",
               "nacht", "mittag", "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
               "september", "oktober", "november", "dezember", "uhr", "jahr", "woche", "tag", "wochenende",
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening",
               "night", "week", "year", "mal")  # "wird Putin zum ersten Mal Donald Trump … sprechen"
# Abstract nouns (events, states) are no roles: "nach der Eskalation Trump …"; forms of address are no labels.
_ABSTRACT_SUFFIXES = ("ung", "ion", "heit", "keit", "schaft", "tät", "ismus", "nis", "ment", "ness", "ity", "ing", "nahme",
                      "thema", "themen", "wahl")  # "diese Maßnahme", "ihre Themen", "Outfitwahl"
_NO_ROLE = {"name", "namen", "herr", "herrn", "frau", "mr", "mrs", "ms", "dr", "prof",
            # the kind of item a page puts before its title ("Video Biden empfängt Xi"), and a body ("dreht sich
            # mit dem Körper Scholz zu")
            "video", "foto", "bild", "audio", "grafik", "ticker", "liveticker", "podcast", "körper"}
# heads of a source phrase: "nach chinesischen Angaben Xi Jinping …", "laut Berichten Kim …" (the name starts the
# clause after them) name a source, not the person's role
_SOURCE_HEADS = ("angabe", "angaben", "bericht", "berichte", "berichten", "wort", "worte", "worten", "aussage",
                 "aussagen", "quelle", "quellen", "ansicht", "auskunft", "report", "reports", "source", "sources",
                 "account", "accounts", "word", "words")
# nouns of events and states: a headline without its colon ("Videogipfel zur Ukraine-Krise Joe Biden droht …") puts
# one before a name, and "Ukraine-Krise" had become Biden's title in every report that names the crisis
_EVENT_HEADS = ("krise", "krieg", "konflikt", "gipfel", "treffen", "streit", "eklat", "skandal", "affäre", "affaere",
                "abkommen", "vertrag", "crisis", "war", "conflict", "summit", "meeting", "talks", "scandal", "treaty")
# nouns of places: what stands before a two-word place name ("der Ferienort Nusa Dua") names no person
_PLACE_HEADS = ("ort", "stadt", "dorf", "insel", "hafen", "region", "provinz", "bezirk", "metropole", "resort", "land",
                "city", "town", "village", "island", "province", "port", "country", "nation",  # "in dem Land Trump …"
                "villa", "palast", "residenz", "schloss", "hotel", "palace", "residence", "mansion",  # "der Villa La Grange"
                "stützpunkt", "basis", "base", "joint")  # "des Militärstützpunkts Elmendorf-Richardson", "Joint Base …"
# kinship nouns name a relation to someone else, not a role the outlet gives ("dessen Großvater Friedrich", "seine
# Frau Peng Liyuan", "his son Hunter")
_KIN = {"vater", "mutter", "sohn", "tochter", "bruder", "schwester", "onkel", "tante", "neffe", "nichte", "enkel",
        "enkelin", "cousin", "cousine", "ehefrau", "ehemann", "gattin", "gatte", "witwe", "witwer",
        "grossvater", "grossmutter", "urgrossvater", "schwiegervater", "schwiegermutter", "schwiegersohn",
        "schwiegertochter", "father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt", "nephew",
        "niece", "grandson", "granddaughter", "grandfather", "grandmother", "wife", "husband", "widow", "widower"}
_DETERMINERS = ("ART", "PPOSAT", "PDAT", "DET", "DT", "PRP$")
_MODIFIERS = ("ADJA", "ADJ", "JJ")
_AFTER_OTHER = {"von", "des", "der", "of", "from"}
_TITLE_TAGS = ("NN", "NOUN")  # STTS / UD common nouns (English titles are tagged as names and stay in the name)


def _key(tok: Tok) -> str:
    return tok.lemma


def _is_title_noun(tok: Tok, is_label=None) -> bool:  # noqa: ANN001 - the entity index's label test
    """A common noun written as a title (capitalised, a role word). Untagged (English) text shows no nouns:
    there the lexicon's actor labels count ("President Yoon", "Prime Minister Han"), not any capitalised
    word before a name ("National Assembly Speaker Woo")."""
    if tok.is_punct or not tok.capitalised or len(tok.lemma) < 3:
        return False
    if not tok.pos:
        return not tok.is_stop and is_label is not None and is_label(tok) and _role_word(tok.lemma)
    if not tok.tag_is(*_TITLE_TAGS):
        return False
    if tok.tag_is("NNP", "NNPS"):
        return False
    return _role_word(tok.lemma)


@lru_cache(maxsize=65536)  # per word form, not per token
def _role_word(lemma: str) -> bool:
    head = lemma.rsplit("-", 1)[-1]
    if head.endswith(_TIME_WORDS) or head.endswith(_ABSTRACT_SUFFIXES) or head in _NO_ROLE or head.endswith(_PLACE_HEADS) \
            or head.endswith(_SOURCE_HEADS) or head in _KIN or head.endswith(_EVENT_HEADS):
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
    # an English title of several words: "Secretary of State", "Minister of Defence" (the name follows the last)
    while k >= 1 and view.toks[k].fold == "of" and view.toks[k - 1].sent == tok.sent and view.toks[k - 1].capitalised:
        first = view.toks[k - 1]
        k -= 2
    return first


_COINED = "a name coined for the occasion: a phrase hyphenated into one noun, usually ironic."
_COINED_DE = "ein für den Anlass geprägter Name: eine zum Substantiv verbundene Wortgruppe, meist ironisch."


def _phrasal_compound(word: str) -> bool:
    """"Noch-immer-nicht-Kanzler": three or more parts, one inside written lower-case (not "CDU-Co-Chef")."""
    parts = word.split("-")
    return len(parts) >= 3 and any(p[:1].islower() for p in parts[1:-1])


def mark_coined(cues: list[Cue], view: DocView) -> None:
    """A neutral actor label coined as a phrasal compound becomes ``colloquial`` and is highlighted (the outlet's
    speaker's when quoted), whether the lexicon knows its head ("Kanzler") or the texts taught it."""
    for c in cues:
        if c.category != "actor_label" or c.cls != NEUTRAL or not _phrasal_compound(c.text.split()[-1]):
            continue
        quoted = c.speaker != "outlet"
        c.cls, c.weight, c.shown = "colloquial", 0.7, not quoted
        c.label, c.label_de = label("actor_label", c.cls), label("actor_label", c.cls, "de")
        c.explanation = explain_lexical("actor_label", c.cls, c.text, _COINED, view.language, quoted=quoted,
                                        entity=c.entity)
        c.explanation_de = explain_lexical("actor_label", c.cls, c.text, _COINED, view.language, quoted=quoted,
                                           entity=c.entity, reader="de", gloss_de=_COINED_DE)


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
                if t.sent != v.toks[m.first].sent or not _is_title_noun(t, index.is_label) or index.entity_at(v.doc, t.i):
                    continue
                if is_plural_label(v, t):
                    continue  # "seine Vorgänger Putin nicht aufgehalten": a plural is not one person's title
                if index.in_genitive(v, m, name):
                    continue  # a genitive ("die Entlassung Lindners"): the noun is not the person's title
                if t.fold in name.casefold().split():
                    continue  # "Wie Barack Obama": his own first name, read as a noun, is no title
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

    def titles_of(self, name: str) -> set[str]:
        """The titles the texts appose to ``name`` ("president" for Yoon Suk Yeol)."""
        return {key for key, persons in self.persons.items() if persons.get(name)}

    def _standalone(self, view: DocView, tok: Tok) -> str | None:
        if not _is_title_noun(tok, self.ix.is_label) or self.ix.entity_at(view.doc, tok.i):
            return None
        person = self.person(tok.lemma)
        if person is None:
            return None
        if is_plural_label(view, tok):
            return None
        if tok.i > 0 and view.toks[tok.i - 1].fold in ("vice", "deputy"):
            return None  # "his vice president" is not the president
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

    def cues(self, view: DocView, is_lexicon_label: Callable[[Tok], bool],
             judging: Callable[[Tok], Entry | None] | None = None) -> list[Cue]:
        """``judging``: the evaluative lexicon entry (negative or positive) of an adjective, or None."""
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
            entry = next((e for e in map(judging, view.toks[first.i:tok.i]) if e), None) if judging else None
            cls = NEUTRAL if entry is None else ("loaded_positive" if entry.cls == "positive" else "loaded_negative")
            gloss, gloss_de = (entry.gloss, entry.gloss_de) if entry else ("", "")
            explanation = explain_lexical("actor_label", cls, text, gloss, view.language, quoted=quoted,
                                          entity=person)
            out.append(Cue(Span(view.doc, start, end), text, "actor_label", label("actor_label", cls),
                           explanation, cls=cls, weight=0.5 if cls == NEUTRAL else 0.7,
                           speaker="quoted" if quoted else "outlet", entity=person,
                           shown=cls != NEUTRAL and not quoted, label_de=label("actor_label", cls, "de"),
                           explanation_de=explain_lexical("actor_label", cls, text, gloss, view.language,
                                                          quoted=quoted, entity=person, reader="de",
                                                          gloss_de=gloss_de)))
        return out
