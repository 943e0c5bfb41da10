"""Name words and runs of them in one text: which words are parts of a person's or a place's name.

A tagged (German) text marks names by their tags; an untagged (English) one by capitals inside a sentence, and at a
sentence's start only for a word the text capitalises inside a sentence too. Titles, dates and a tagger's misreadings
("Robert Habeck" tagged NE NN, "Frank-Walter" read as an adjective) are handled here; ``entities.py`` groups the
runs into entities.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from workbench.cues.textview import NAME_TAGS, DocView, Tok, titled_compound
from workbench.nlp.lemma_table import inflects_as_noun


def without_accents(text: str, keep_umlaut: bool = True) -> str:
    """``text`` without its accents ("Raúl" -> "Raul"); the umlaut (a diaeresis) stays unless ``keep_umlaut`` is
    false, since German names keep "ä" and "a" apart."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)
                                                or (keep_umlaut and ch == "\u0308")))


def _is_name(t: Tok, view: DocView, inner: frozenset[str] = frozenset()) -> bool:
    """A name word. Untagged text: capitalised inside a sentence; at a sentence's start (or after a mark) only a
    word the text capitalises inside a sentence too (``inner``: "Xi" of "Xi Jinping Joe Biden" on a line of its
    own, where "meeting with Xi" shows it is a name; "The" and "In" never are)."""
    if t.is_punct:
        return False
    if view.tagged:  # a German name is capitalised: "eint" tagged as one is a verb ("Nordkoreas eint vor allem")
        return t.tag_is(*NAME_TAGS) and not t.surface[:1].islower()
    if not t.capitalised or t.is_stop:
        return False
    return (t.i > 0 and not view.toks[t.i - 1].is_punct) or t.fold in inner


def _inner_capitalised(view: DocView) -> frozenset[str]:
    """Untagged text: the capitalised words that stand inside a sentence somewhere in it (not after a mark)."""
    return frozenset(t.fold for t in view.toks if t.capitalised and not t.is_punct and t.i > 0
                     and not view.toks[t.i - 1].is_punct and t.sent == view.toks[t.i - 1].sent)


def glued(run: list[Tok], t: Tok) -> bool:
    """``t`` continues the word before it without a space (the second part of "Jae-myung" split by the tokenizer)."""
    return (k := run.index(t)) > 0 and run[k - 1].end == t.start


def name_tail(t: Tok) -> bool:
    """"Jong-un", "Soo-suk": a capitalised hyphenated token of short parts, read as a name part."""
    parts = t.surface.split("-")
    return t.capitalised and len(parts) >= 2 and all(0 < len(p) <= 4 and p.isalpha() for p in parts)


def _misread_first_name(t: Tok, view: DocView, position: int) -> bool:
    """"Frank-Walter", "Hans-Georg": a hyphenated word whose parts are all capitalised, inside a sentence, that the
    tagger read as an adjective (a German adjective is never capitalised there: "US-amerikanische")."""
    if "-" not in t.surface or position == 0 or not t.pos.startswith("ADJ") or not view.tagged:
        return False
    return all(p[:1].isupper() and p.isalpha() for p in t.surface.split("-"))


_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "june", "july", "august", "september", "october", "november", "december"}
_DETERMINING = ("ART", "PPOSAT", "PDAT", "PIAT", "APPRART", "ADJA", "CARD", "DT", "PRP$", "JJ", "CD")


def misread_surnames(views: list[DocView], is_label=None) -> frozenset[str]:  # noqa: ANN001 - a Tok predicate
    """Surnames the tagger read as common nouns ("Robert Habeck" tagged NE NN): a capitalised noun that follows
    one first name at least twice and is never preceded by an article, a determiner or an adjective, as a common
    noun is somewhere ("dass Putin Interesse zeigt" once is no name). A first name never stands alone: a name
    that does ("Nordkorea Artilleriemunition liefert", "Nordkorea" alone elsewhere) is no first name, unless it is
    a short family name written first ("Xi" alone, "Xi Jinping") and the noun is no German word."""
    after_name: Counter[tuple[str, str]] = Counter()
    determined: set[str] = set()
    alone: set[str] = set()
    tagged: Counter[str] = Counter()  # lemmas tagged as names
    nouns: list[Tok] = []  # capitalised nouns, not hyphenated
    for v in views:
        if not v.tagged:
            continue
        for t in v.toks:
            if t.tag_is(*NAME_TAGS) and not t.is_punct:
                nxt = v.toks[t.i + 1] if t.i + 1 < len(v.toks) else None
                if nxt is None or nxt.sent != t.sent or not nxt.capitalised or nxt.is_punct:
                    alone.add(t.lemma)
            if t.tag_is("NE") and t.capitalised:
                tagged[t.lemma] += 1
            elif t.tag_is("NN") and t.capitalised and "-" not in t.surface:
                nouns.append(t)
            if t.i == 0 or not t.tag_is("NN") or not t.capitalised or t.is_punct:
                continue
            prev = v.toks[t.i - 1]
            if prev.sent != t.sent:
                continue
            if prev.tag_is(*_DETERMINING):
                determined.add(t.lemma)
            elif prev.tag_is(*NAME_TAGS) and not prev.is_punct and "-" not in t.surface \
                    and not (is_label and is_label(t)):  # "Kubas Staatschef Raúl Castro": a title, no surname
                after_name[(prev.lemma, t.lemma)] += 1
    after = frozenset(noun for (first, noun), n in after_name.items() if n >= 2 and noun not in determined and (
        first not in alone or (len(first) <= 4 and not inflects_as_noun(noun.capitalize(), "de"))))  # "Xi Jinping"
    # a name tagged as one at least twice in the comparison, read as a noun elsewhere with no article or adjective
    # before it and no German noun ("Steinmeier", "Macron" tagged NN in one report): the same name
    misread = frozenset(t.lemma for t in nouns if tagged[t.lemma] >= 2 and t.lemma not in determined
                        and not inflects_as_noun(t.surface, "de") and not (is_label and is_label(t)))
    return after | misread


def name_runs(view: DocView, is_label=None, surnames: frozenset[str] = frozenset()) -> list[list[Tok]]:
    runs: list[list[Tok]] = []
    inner = frozenset() if view.tagged else _inner_capitalised(view)
    for sentence in view.sentences:
        if sentence.kind == "boilerplate":
            continue
        cur: list[Tok] = []
        surname_next = False  # after a misread first name, its surname (tagged as a noun) belongs to the name
        toks = sentence.toks
        glued = -1  # untagged text: the second part of a hyphenated name split by the tokenizer ("Jae-myung")
        for position, t in enumerate(toks):
            if position == glued:
                cur.append(t)
                continue
            if cur and not view.tagged and t.surface in ("-", "‐") and t.start == cur[-1].end \
                    and position + 1 < len(toks) and toks[position + 1].start == t.end \
                    and toks[position + 1].surface.isalpha():
                if is_label and is_label(toks[position + 1]):
                    cur.pop()  # "Vice-President Kamala Harris": a title before the name, not a part of it
                    if cur:
                        runs.append(cur)
                    cur = []
                    continue
                cur.append(t)
                glued = position + 1
                continue
            if not view.tagged and (t.fold in _CALENDAR or (is_label and is_label(t))):
                name = False  # untagged text: capitalised titles and dates are no names
            else:
                name = (_is_name(t, view, inner) or _misread_first_name(t, view, position) or t.lemma in surnames) \
                    and not titled_compound(t, is_label)
            if surname_next and t.capitalised and not t.is_punct:
                name = True
            surname_next = name and _misread_first_name(t, view, position)
            if name or (cur and name_tail(t)):
                cur.append(t)
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
    return runs
