"""Which cues are highlighted by default (``shown``). Nothing is ever dropped.

- Contrast: a neutral actor label is highlighted when the entity it names is
  also given a loaded label (negative, positive, colloquial, ideological; not a political leaning or an age) in
  the outlets' own voice somewhere in the comparison: "Staatschef" next to
  "Machthaber" is the choice a reader should see; it is highlighted at its first use in each text (the
  same title repeated for the same actor is one choice); a plain label of the pair ("die beiden Staatschefs")
  only where another outlet gives the pair a loaded one ("die beiden Autokraten"). A neutral role label is
  highlighted too where two outlets' parallel passages (one group) name the
  same actor by different roles: "Finanzminister" beside "FDP-Chef",
  "Präsident" beside "Staatschef" (``show_role_contrasts``; heads compared
  after the last hyphen, "Bundeskanzler" = "Kanzler", and "Premierminister" = "Ministerpräsident", one office). A role one outlet uses
  elsewhere in its text, outside such a row, stays plain (it is in the label
  table): descriptive roles ("Kardinal", "US-Amerikaner") are no framing. Where the outlets of a row all
  use one title, it stays plain there even for an actor with loaded labels elsewhere. Across the whole
  comparison, an actor the outlets name by different neutral titles ("Bundeskanzler" in most outlets,
  "der Sozialdemokrat Scholz" in one) has the exceptional title highlighted at its first use in each
  outlet (``show_actor_namings``), also outside a shared row. A neutral event name
  ("Krieg") is highlighted when another cue names an event with the same
  head word in a loaded way ("Angriffskrieg", "Krieg gegen die Ukraine").
  Neutral reporting verbs stay hidden; they remain counterparts. Verbs of promising are highlighted where
  the outlets of one row render one promise by different verbs ("stellte … in Aussicht" beside "sicherte
  … zu", ``show_commitment_contrasts``).
- Protagonists' plain speech tags: "„…“, so Kim" is sourcing to the person
  the story is about, not to an informant; hidden. Protagonists are persons
  named in at least half of the documents (and in two or more).
- Density: at most one highlight per ``WORDS_PER_CUE`` words of a document;
  above that the weakest (lowest weight, then latest) are hidden first.
- Consistency: a wording (family, class, words) the density limit hid in one
  outlet while another outlet shows it takes the place of a weaker highlight
  that is shown nowhere else, so the same choice looks the same everywhere.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable
import re

from workbench.core.models import Cue
from workbench.cues.entities import COLLECTIVE_LABELS, EntityIndex
from workbench.cues.event_names import ATTACK_WORDS
from workbench.cues.quantities import PAST_WORDS, earlier_time
from workbench.cues.textview import DocView

WORDS_PER_CUE = 10
_CONTRAST_FAMILIES = ("actor_label", "event_label")


def _head_words(cue: Cue) -> set[str]:
    words = {w.casefold() for w in cue.text.replace("-", " ").split() if len(w) >= 4}
    return words


_INFLECTIONS = ("en", "es", "e", "n", "s")


def _stem(word: str) -> str:
    """A label head without its case or plural ending ("präsidenten" -> "präsident", "kollege" -> "kolleg")."""
    for ending in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one typing slip: a letter changed, added, dropped or two swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def _same_head(a: str, b: str) -> bool:
    """One label head, whatever its inflection, compound modifier or a typing slip in a long word
    ("Präsident" = "Präsidenten", "Bundeskanzler" = "Kanzler", "Amtskollegen" = "Kollege", "Kadrinal" = "Kardinal")."""
    a, b = _stem(a), _stem(b)
    return a.endswith(b) or b.endswith(a) or (min(len(a), len(b)) >= 6 and _one_edit(a, b))


# one office under two names: "Ministerpräsident" / "Premierminister" (Orbán, Modi); "Premier" is the shorter,
# less formal word
_SAME_OFFICE = {"premierminister": "ministerpräsident"}


def _head(c: Cue) -> str:
    head = c.text.split()[-1].casefold().rsplit("-", 1)[-1]
    return _SAME_OFFICE.get(_stem(head), head)


def _role_label(c: Cue) -> bool:
    return c.category == "actor_label" and bool(c.entity) and c.speaker == "outlet" and " & " not in (c.entity or "") \
        and not any(_same_head(_head(c), w) for w in COLLECTIVE_LABELS)


def nationality_stems(adjectives: Iterable[str]) -> set[str]:
    """Stems of the texts' adjectives (``EntityIndex.adjective_lemmas``), to tell a nationality from a role:
    "Amerikaner" beside "US-amerikanische", "Russe" beside "russisch", "Deutscher" beside "deutsch"."""
    stems: set[str] = set()
    for lemma in adjectives:
        if "isch" in lemma or lemma.endswith("sch"):
            word = lemma.rsplit("-", 1)[-1]
            stems.add(word[: word.index("isch") + 4] if "isch" in word else word)
    return stems


def _nationality(head: str, adjectives: set[str]) -> bool:
    """A label head naming a nationality: its stem plus "-isch" (or the stem itself) is an adjective of the texts."""
    for ending in ("er", "e", ""):
        if ending and not head.endswith(ending):
            continue
        stem = head[: len(head) - len(ending)] if ending else head
        if len(stem) >= 4 and (stem + "isch" in adjectives or (ending and stem in adjectives)):
            return True
    return False


_INDEFINITE = re.compile(r"\b(?:ein|eine|einen|einem|einer|eines|a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _describes_no_one(c: Cue, texts: dict[str, str], adjectives: set[str]) -> bool:
    """A nationality ("US-Amerikaner" beside "Kardinal") or a label after an indefinite article ("ein designierter
    Kanzler": the office, not the person) takes no part in a contrast of roles."""
    head = _head(c)
    if _nationality(head, adjectives) or _nationality(_stem(head), adjectives):
        return True
    before = texts.get(c.span.doc, "")[max(0, c.span.start - 40):c.span.start]
    return bool(_INDEFINITE.search(before))


def show_role_contrasts(cues: list[Cue], alignment, texts: dict[str, str] | None = None,
                        adjectives: Callable[[], set[str]] | None = None) -> None:
    """Neutral role labels where the outlets name one actor by different roles in the same row.

    In a group of parallel passages, when the passages of two outlets name an entity by different label
    heads ("Finanzminister" in one, "FDP-Chef" in another; "Präsident" and "Staatschef"), the labels that are
    the exception in that row are highlighted (all of them when the row is split evenly): the difference is
    visible side by side. The same title in every outlet stays plain (it is in the label table), also where
    ``apply_contrast`` highlighted it for a loaded label elsewhere. Nationalities and labels after an indefinite
    article take no part (``_describes_no_one``; ``texts``: the documents' texts, ``adjectives``: gives the
    texts' adjective stems, see ``nationality_stems``).
    """
    if alignment is None:
        return
    labels: dict[str, list[Cue]] = {}
    stems: set[str] | None = None
    for c in cues:
        if _role_label(c):
            if stems is None:  # read the texts' adjectives only when there is a label to contrast
                stems = adjectives() if adjectives else set()
            if not _describes_no_one(c, texts or {}, stems):
                labels.setdefault(c.span.doc, []).append(c)
    for g in alignment.groups:
        in_group: dict[str, list[Cue]] = {}
        for m in g.members:
            for c in labels.get(m.doc, ()):
                if m.start <= c.span.start and c.span.end <= m.end:
                    in_group.setdefault(c.entity or "", []).append(c)
        for found in in_group.values():
            docs_by_head: dict[str, set[str]] = {}  # head (the first spelling seen) -> documents using it
            keys: list[str] = []  # each cue's head, as ``docs_by_head`` names it
            for c in found:
                head = _head(c)
                key = next((h for h in docs_by_head if _same_head(head, h)), head)
                docs_by_head.setdefault(key, set()).add(c.span.doc)
                keys.append(key)
            if len(docs_by_head) == 1 and len(set().union(*docs_by_head.values())) >= 2:
                for c in found:  # the same title in every outlet of the row: no contrast to see here
                    if c.cls == "neutral":
                        c.shown = False
                continue
            if len(docs_by_head) < 2 or len(set().union(*docs_by_head.values())) < 2:
                continue
            most = max(len(d) for d in docs_by_head.values())
            tie = all(len(d) == most for d in docs_by_head.values())
            for c, key in zip(found, keys):
                if c.cls == "neutral" and (tie or len(docs_by_head[key]) < most):
                    c.shown = True  # the exception in the row ("Staatschef" beside three "Präsident")


# Verbs of promising, by how firm the promise sounds: "stellte Hilfe in Aussicht" (held out the prospect),
# "versprach", "sagte zu", "sicherte zu" (assured), "garantierte". Lemmas, or a phrase's first word.
COMMITMENT_VERBS = {"in", "zusagen", "zusichern", "versprechen", "garantieren", "promise", "pledge", "guarantee"}


def _commitment_key(c: Cue, views: dict[str, DocView]) -> str | None:
    """The verb of promising a reporting-verb cue is ("zusichern", "in aussicht"), or None."""
    if c.category != "reporting_verb" or c.speaker != "outlet" or c.cls != "neutral":
        return None
    view = views.get(c.span.doc)
    if view is None:
        return None
    toks = view.toks_between(c.span.start, c.span.end)
    if not toks or toks[0].lemma not in COMMITMENT_VERBS:
        return None
    return " ".join(t.lemma for t in toks[:2]) if toks[0].lemma == "in" else toks[0].lemma


def show_commitment_contrasts(cues: list[Cue], alignment, views: dict[str, DocView]) -> None:
    """Verbs of promising where the outlets of one row render one promise by different verbs.

    "Putin stellte Hilfe beim Bau von Satelliten in Aussicht" in one outlet, "sicherte … zu" in another,
    "sagte … zu" in a third: how firm the promise sounds is the outlet's choice, and side by side it shows.
    Each alone is a neutral reporting verb and stays plain; the same verb in every outlet of a row too.
    """
    if alignment is None:
        return
    found: dict[str, list[tuple[Cue, str]]] = {}
    for c in cues:
        key = _commitment_key(c, views)
        if key is not None:
            found.setdefault(c.span.doc, []).append((c, key))
    if len(found) < 2:
        return
    for g in alignment.groups:
        in_group = [(c, key) for m in g.members for c, key in found.get(m.doc, ())
                    if m.start <= c.span.start and c.span.end <= m.end]
        if len({c.span.doc for c, _ in in_group}) >= 2 and len({key for _, key in in_group}) >= 2:
            for c, _ in in_group:
                c.shown = True


def show_actor_namings(cues: list[Cue], texts: dict[str, str] | None = None,
                       adjectives: Callable[[], set[str]] | None = None) -> None:
    """The exceptional namings of an actor the outlets name by different roles, once per outlet and role.

    When the compared outlets, in their own voice, give one person neutral titles with different heads
    ("Bundeskanzler" in most, "der Sozialdemokrat Scholz" in one; "Vizekanzler" in two, "Wirtschaftsminister"
    in two), the titles fewer outlets use than the most used one (all of them when the outlets split evenly)
    are highlighted at their first use in each document, wherever they stand: ``show_role_contrasts`` sees
    rows only, and an outlet's unusual naming is a choice also outside the row that holds the others'. The
    title most outlets use stays plain (its difference is the exception's), and so does an actor every outlet
    names by one title; nationalities and labels after an indefinite article take no part
    (``_describes_no_one``).
    """
    by_entity: dict[str, list[Cue]] = {}
    stems: set[str] | None = None
    for c in cues:
        if _role_label(c) and c.cls == "neutral":
            if stems is None:  # read the texts' adjectives only when there is a label to compare
                stems = adjectives() if adjectives else set()
            if not _describes_no_one(c, texts or {}, stems):
                by_entity.setdefault(c.entity or "", []).append(c)
    for found in by_entity.values():
        docs_by_head: dict[str, set[str]] = {}
        keys: list[str] = []
        for c in found:
            head = _head(c)
            key = next((h for h in docs_by_head if _same_head(head, h)), head)
            docs_by_head.setdefault(key, set()).add(c.span.doc)
            keys.append(key)
        if len(docs_by_head) < 2 or len(set().union(*docs_by_head.values())) < 2:
            continue
        most = max(len(d) for d in docs_by_head.values())
        tie = all(len(d) == most for d in docs_by_head.values())
        seen: set[tuple[str, str]] = set()
        for c, key in sorted(zip(found, keys), key=lambda ck: (ck[0].span.doc, ck[0].span.start)):
            if (tie or len(docs_by_head[key]) < most) and (c.span.doc, key) not in seen:
                seen.add((c.span.doc, key))
                c.shown = True


_NO_CONTRAST = ("neutral", "leaning", "age")  # classes that make no other label stand out


def apply_contrast(cues: list[Cue]) -> None:
    # entity -> (document, head, whether it names a pair) of its loaded labels
    loaded_heads: dict[str, set[tuple[str, str, bool]]] = {}
    loaded_event_words: set[str] = set()
    for c in cues:
        if c.speaker != "outlet" or c.cls in _NO_CONTRAST:
            continue  # a political leaning ("the rightwing president") or an age is itself the difference: no contrast
        if c.category == "actor_label" and c.entity:
            for name in c.entity.split(" & "):
                loaded_heads.setdefault(name, set()).add((c.span.doc, _head(c), " & " in c.entity))
        elif c.category == "event_label" and c.cls != "marked_name":
            loaded_event_words.update(w for w in _head_words(c))
    shown_once: set[tuple[str, str, str]] = set()  # (document, entity, head): an actor's plain title once per text
    for c in sorted(cues, key=lambda c: (c.span.doc, c.span.start)):
        if c.shown or c.cls != "neutral" or c.speaker != "outlet" or c.category not in _CONTRAST_FAMILIES:
            continue
        if c.category == "actor_label" and c.entity:
            head = _head(c)
            key = (c.span.doc, c.entity, _stem(head))
            if key in shown_once:
                continue  # "US-Präsident" five times in one text is one choice, shown where the reader meets it first
            # "Staatschef" beside "Machthaber"; not "Finanzminister" beside "gefeuerte Finanzminister", where the
            # loaded label's adjective is the difference and is highlighted itself
            # another outlet's loaded label: an outlet that calls him "Staatsmann" and "Präsident" contrasts with no one
            pair = " & " in c.entity
            if any(doc != c.span.doc and not _same_head(head, h) and (not pair or paired)
                   for name in c.entity.split(" & ") for doc, h, paired in loaded_heads.get(name, ())):
                c.shown = True
                shown_once.add(key)
        elif c.category == "event_label":
            heads = {w for w in _head_words(c)}
            if any(h == w or w.endswith(h) for h in heads for w in loaded_event_words):
                c.shown = True  # every use: the war named plainly beside its loaded names


CONTRAST_DOCS = 3  # outlets whose loaded label a plain title's card shows beside its own row


def add_contrast_counterparts(cues: list[Cue], rank: dict[str, int]) -> None:
    """A plain title highlighted for another outlet's loaded label ("Präsident" where one outlet says "Kremldespot")
    shows that label among its counterparts, also outside its row: the card tells what it contrasts with (the
    first such label of up to ``CONTRAST_DOCS`` outlets, in the outlets' order)."""
    loaded: dict[str, list[tuple[int, int, int, Cue, str]]] = {}  # actor -> (rank, start, n, cue, head), in order
    for n, c in enumerate(cues):
        if c.category == "actor_label" and c.entity and c.speaker == "outlet" \
                and c.cls not in _NO_CONTRAST:
            for name in c.entity.split(" & "):
                loaded.setdefault(name, []).append((rank.get(c.span.doc, 0), c.span.start, n, c, _head(c)))
    if not loaded:
        return
    for found in loaded.values():
        found.sort(key=lambda x: x[:3])
    same: dict[tuple[str, str], bool] = {}  # heads compared once
    for c in cues:
        if not (c.shown and c.category == "actor_label" and c.cls == "neutral" and c.entity and c.speaker == "outlet"):
            continue
        head = _head(c)
        have = {cp[0] for cp in c.counterparts}
        docs: list[str] = []
        seen: set[int] = set()
        for _, _, n, x, x_head in heapq.merge(*(loaded.get(name, []) for name in c.entity.split(" & ")),
                                              key=lambda x: x[:3]):
            if n in seen or x.span.doc == c.span.doc or x.span.doc in docs:
                continue
            seen.add(n)
            key = (head, x_head)
            if key not in same:
                same[key] = _same_head(head, x_head)
            if same[key]:
                continue
            docs.append(x.span.doc)
            if x.span not in have:
                c.counterparts.append((x.span, x.text))
            if len(docs) >= CONTRAST_DOCS:
                break


_PAST_WORDS = PAST_WORDS | {"previous", "earlier"}
def _names_an_earlier_event(v: DocView, c: Cue) -> bool:
    """The label names another, earlier event: a year or a time distance stands in its clause ("acht Jahre nach
    dem Terroranschlag auf den Berliner Weihnachtsmarkt", "the 2016 attack", "damals")."""
    toks = v.toks_between(c.span.start, c.span.end)
    return bool(toks) and earlier_time(v, toks[0].i, toks[-1].i, _PAST_WORDS)


def event_labels_of_this_event(cues: list[Cue], views: dict[str, DocView]) -> None:
    """A name for an attack that names an earlier attack ("acht Jahre nach dem Terroranschlag auf den Berliner
    Weihnachtsmarkt") is no framing of this one: it stays plain. Reports of an attack recall earlier ones
    often; other event names ("die erste Visite seit 2019") are left as they are."""
    for c in cues:
        if c.category != "event_label" or not c.shown or c.span.doc not in views:
            continue
        head = c.text.casefold().replace("-", "").split()[-1] if c.text.split() else ""
        if any(head.endswith(w) for w in ATTACK_WORDS) and _names_an_earlier_event(views[c.span.doc], c):
            c.shown = False


def protagonists(entities: EntityIndex, n_docs: int) -> set[str]:
    return persons_named_in(entities, max(2, math.ceil(n_docs / 2)))


def persons_named_in(entities: EntityIndex, need: int) -> set[str]:
    """The persons at least ``need`` documents name."""
    return {name for name, e in entities.entities.items()
            if e.kind == "person" and len({m.doc for m in e.mentions}) >= need}


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


def _key(c: Cue) -> tuple[str, str, str]:
    return c.category, c.cls, " ".join(c.text.casefold().split())


def limit_density(cues: list[Cue], views: dict[str, DocView]) -> None:
    by_doc: dict[str, list[Cue]] = {}
    for c in cues:
        if c.shown:
            by_doc.setdefault(c.span.doc, []).append(c)
    trimmed: list[Cue] = []
    for doc, shown in by_doc.items():
        budget = max(1, views[doc].words // WORDS_PER_CUE)
        if len(shown) <= budget:
            continue
        for c in sorted(shown, key=lambda c: (c.weight, -c.span.start))[: len(shown) - budget]:
            c.shown = False
            trimmed.append(c)
    _same_choice_same_visibility(cues, trimmed)


def _same_choice_same_visibility(cues: list[Cue], trimmed: list[Cue]) -> None:
    """A wording the density limit hid in one outlet but shows in another is shown in both: it takes the
    place of that outlet's weakest highlight whose wording is shown nowhere else ("officials" is not
    highlighted in one report and plain in the next)."""
    if not trimmed:
        return
    shown_in: dict[tuple[str, str, str], set[str]] = {}
    for c in cues:
        if c.shown and c.speaker == "outlet":
            shown_in.setdefault(_key(c), set()).add(c.span.doc)
    by_doc: dict[str, list[Cue]] = {}
    for c in cues:
        if c.shown:
            by_doc.setdefault(c.span.doc, []).append(c)
    for c in sorted(trimmed, key=lambda c: -c.weight):
        if c.speaker != "outlet" or not (shown_in.get(_key(c), set()) - {c.span.doc}):
            continue
        swappable = [o for o in by_doc.get(c.span.doc, ()) if o.weight <= c.weight
                     and not (shown_in.get(_key(o), set()) - {o.span.doc})]
        if not swappable:
            continue
        out = min(swappable, key=lambda o: (o.weight, -o.span.start))
        out.shown, c.shown = False, True
        by_doc[c.span.doc].remove(out)
        by_doc[c.span.doc].append(c)
        shown_in.setdefault(_key(c), set()).add(c.span.doc)
