"""Marked names for the reported event (event_label, class ``marked_name``).

Outlets name one summit "Treffen", "Gipfel", "Spitzentreffen" or "Visite" ("meeting", "summit", "talks"; a video
call "Videogipfel", "Videoschalte" or "Telefonat"; in
untagged English a noun is a word after a determiner or a possessive).
The plain word most of the reports use is the unmarked default (a concept at
least half of the reports name: the reported event), and so is a word used by at least half as many reports
(and three or more); a noun of the
same concept (``workbench.align`` paraphrase lexicon: meeting, visit, war; a quarrel,
"Streit" / "Auseinandersetzung" / "Wortwechsel", and the press appearance after talks, "Pressekonferenz" /
"Pressebegegnung" / "Presseauftritt", are naming-only concepts there)
that differs from it is a naming choice. Nouns the framing lexicon already
classifies (Angriffskrieg, Konflikt …) are left to it, and so are compounds that begin with the default
("Treffpunkt", "Kriegsende"): they name a part of the event, not the event. A compound of two plain names
("Gipfeltreffen" beside "Treffen") is the same name, no choice. (A report that uses the default name too still
makes one with its other names: the seeds' gold marks "Spitzentreffen" and "Aufeinandertreffen" beside
"Treffen" in one report.) A report's marked name is
one choice: highlighted where the reader meets it first, its later uses kept unhighlighted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from workbench.align.lexicon import paraphrases
from workbench.core.models import Cue, Span
from workbench.cues import explain
from workbench.cues.matcher import CompiledLexicon
from workbench.cues.textview import DocView, Tok

EVENT_CONCEPTS = ("meet", "visit", "war", "quarrel", "press", "call")
# names of an attack (the framing lexicon classes them; "Terroranschlag" is dramatising, "Unfall" minimising)
ATTACK_WORDS = {"anschlag", "terroranschlag", "attacke", "amokfahrt", "terror", "attack", "rampage"}
_NOUN_TAGS = ("NN", "NOUN")


def event_concept(lemma: str, language: str) -> str | None:
    """The event concept (meet, visit, war) a noun names, by the paraphrase lexicon, or None."""
    lexicon = paraphrases(language)
    found = lexicon.single.get(lemma, set()) | lexicon.naming.get(lemma, set())
    for c in EVENT_CONCEPTS:
        if c in found:
            return c
    return None


def _default_as_modifier(lemma: str, default: str) -> bool:
    """A compound that begins with the default name names a part or aspect of the event, not the event:
    "Treffpunkt" beside "Treffen", "Kriegsende" beside "Krieg" ("Spitzentreffen", ending in it, is a name)."""
    stem = default[:-2] if default.endswith("en") and len(default) > 5 else default
    return len(stem) >= 4 and lemma.startswith(stem) and len(lemma) >= len(stem) + 3


def _compound_of_names(lemma: str, default: str, concept: str, language: str) -> bool:
    """"Gipfeltreffen" beside "Treffen" or "Gipfel": a compound of two plain names of the event is the same name
    ("Spitzentreffen", whose other part names none, stays a choice)."""
    lemma, default = lemma.replace("-", ""), default.replace("-", "")
    if len(lemma) <= len(default) + 3:
        return False
    if lemma.endswith(default):
        rest = lemma[: -len(default)]
        return any(event_concept(r, language) == concept for r in (rest, rest[:-1]) if len(r) >= 4)
    if lemma.startswith(default):
        return event_concept(lemma[len(default):], language) == concept
    return False


PLAIN_SHARE = 0.5  # a name used by this share of the reports that use the default is a plain name too ...
PLAIN_MIN_REPORTS = 3  # ... when at least this many reports use it


def _plain_too(reports: int, default_reports: int) -> bool:
    """A name many reports use beside the default is a second plain name, no choice: where eight reports say
    "Treffen" and six "Gipfel", "Gipfel" is not highlighted in six outlets as a marked name."""
    return reports >= max(PLAIN_MIN_REPORTS, PLAIN_SHARE * default_reports)


# words that place a name of the event's kind at another time: "der zweite Gipfel im Februar", "bei dessen Reise
# nach China im vergangenen Jahr", "his previous visit"
_OTHER_TIME = {"vergangen", "vergangenen", "letzt", "letzte", "letzten", "vorig", "vorigen", "früher", "früheren",
               "vorherig", "vorherigen", "nächst", "nächste", "nächsten", "kommend", "kommenden", "bisherig",
               "bisherigen", "last", "previous", "next", "earlier", "former", "upcoming", "past"}
_MONTHS = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "dezember", "january", "february", "march", "june", "july", "october", "december"}


def _another_event(toks: list[Tok], k: int) -> bool:
    """A name with a word that places it at another time is another event of the kind (the earlier summit, last
    year's visit), not a name for the reported one: a word of
    ``_OTHER_TIME`` up to three words before it, or "im Februar" / "im vergangenen Jahr" in the five words after it."""
    before = [t.fold for t in toks[max(0, k - 3):k]]
    after = [t.fold for t in toks[k + 1:k + 6]]
    if any(w in _OTHER_TIME for w in before):
        return True
    return any(a in ("im", "in") and (b in _MONTHS or b in _OTHER_TIME) for a, b in zip(after, after[1:]))


_DETERMINERS = {"a", "an", "the", "their", "his", "her", "its", "this", "that", "these", "those", "our"}


def _english_noun(toks, k: int) -> bool:
    """Untagged English: a word after a determiner or a possessive is a noun ("the summit", "Biden's meeting";
    "to meet" is none)."""
    if k == 0:
        return False
    prev = toks[k - 1]
    return prev.fold in _DETERMINERS or prev.surface.endswith(("'s", "’s"))


def marked_event_names(views: list[DocView], lexicon: dict[str, CompiledLexicon],
                       pair_named: Callable[[DocView, int], bool] | None = None) -> list[Cue]:
    """``pair_named(view, sentence)``: the sentence names the event's two protagonists ("Biden und Putin", "die
    beiden Präsidenten"); a call counts only there, since reports of a call mention other calls too ("eine
    Telefonkonferenz mit Merkel, Macron und Draghi")."""
    nouns: dict[tuple[str, str], Counter] = {}
    docs_using: dict[tuple[str, str, str], set[str]] = {}
    hits = []
    for v in views:
        lex = lexicon.get(v.language)
        for s in v.sentences:
            if s.kind == "boilerplate":
                continue
            for k, t in enumerate(s.toks):
                if not (t.tag_is(*_NOUN_TAGS) or (not v.tagged and _english_noun(s.toks, k))):
                    continue
                concept = event_concept(t.lemma, v.language)
                if not concept:
                    continue
                nouns.setdefault((v.language, concept), Counter())[t.lemma] += 1
                docs_using.setdefault((v.language, concept, t.lemma), set()).add(v.doc)
                if lex and any(e.family == "event_label" for e in lex.candidates(t)):
                    continue
                if not _another_event(s.toks, k):
                    hits.append((v, t, concept))
    out = []
    n_docs = len(views)
    named: set[tuple[str, str]] = set()  # (document, word): a report's marked name is one choice, shown where met first
    for v, t, concept in hits:
        counts = nouns[(v.language, concept)]
        if len(counts) < 2:
            continue
        using = set().union(*(docs_using[(v.language, concept, w)] for w in counts))
        if 2 * len(using) < n_docs:
            continue  # a concept most reports do not name is not the reported event ("es hatte immer wieder Streit gegeben")
        # the default: used by the most documents, then most often
        default = max(counts, key=lambda w: (len(docs_using[(v.language, concept, w)]), counts[w], w))
        if _plain_too(len(docs_using[(v.language, concept, t.lemma)]), len(docs_using[(v.language, concept, default)])):
            continue
        if t.lemma == default or t.quoted or _default_as_modifier(t.lemma, default) \
                or _compound_of_names(t.lemma, default, concept, v.language):
            continue
        if concept == "call" and pair_named is not None and not pair_named(v, t.sent):
            continue
        text = t.surface
        default_text = default.capitalize() if v.language.startswith("de") else default
        out.append(Cue(Span(v.doc, t.start, t.end), text, "event_label", explain.label("event_label", "marked_name"),
                       explain.explain_marked_event(text, default_text, v.language), cls="marked_name", weight=0.55,
                       label_de=explain.label("event_label", "marked_name", "de"),
                       explanation_de=explain.explain_marked_event(text, default_text, v.language, reader="de"),
                       shown=(v.doc, t.lemma) not in named))
        named.add((v.doc, t.lemma))
    return out


def usual_name(docs_using: dict[str, set[str]]) -> str | None:
    """The name (or form) the most documents use, or None when two or more share the most."""
    if not docs_using:
        return None
    most = max(len(d) for d in docs_using.values())
    leaders = [name for name, docs in docs_using.items() if len(docs) == most]
    return leaders[0] if len(leaders) == 1 else None


def _naming_concept(c: Cue) -> tuple[str, str] | None:
    """(concept, head) of a neutral event label: "Weihnachtsmarkt-Attacke" -> ("attack", "attacke")."""
    words = c.text.casefold().split()
    if not words:
        return None
    head = words[-1].rsplit("-", 1)[-1]
    for w in sorted(ATTACK_WORDS, key=len, reverse=True):
        if head.endswith(w) or head.rstrip("es").endswith(w) or head.rstrip("s") == w:
            return "attack", w
    concept = event_concept(head, "de") or event_concept(head, "en")
    return (concept, head) if concept else None


def show_event_namings(cues: list[Cue]) -> None:
    """Plain names the outlets give one event by different words: the exceptions are highlighted.

    Where most outlets call the attack "Anschlag", one "Amokfahrt" and two "Attacke", the rarer names are a
    choice (a rampage is not an attack; an "Attacke" sounds sudden and personal) and are highlighted at their
    first use in each document, like the marked names found by ``marked_event_names``; the word most outlets
    use stays plain, and so does a name every outlet uses. Only the outlet's own words count.
    """
    pools: dict[str, list[tuple[Cue, str]]] = {}
    for c in cues:
        if c.category != "event_label" or c.cls != "neutral" or c.speaker != "outlet":
            continue
        found = _naming_concept(c)
        if found:
            pools.setdefault(found[0], []).append((c, found[1]))
    for pool in pools.values():
        docs: dict[str, set[str]] = {}
        for c, head in pool:
            docs.setdefault(head, set()).add(c.span.doc)
        if len(docs) < 2 or len(set().union(*docs.values())) < 2:
            continue
        usual = usual_name(docs)
        if usual is None:
            continue  # no name most outlets use: nothing to stand out from
        seen: set[tuple[str, str]] = set()
        for c, head in sorted(pool, key=lambda ch: (ch[0].span.doc, ch[0].span.start)):
            if head != usual and (c.span.doc, head) not in seen:
                seen.add((c.span.doc, head))
                c.shown = True
