"""All detectors in order, for a set of documents and (optionally) their alignment.

1. Lexicon matches per document (``matcher``), actor labels resolved to
   entities (``entities``), cues of the six lexicon families (``lexical``).
2. Shape rules (``patterns``): question headlines, headline source prefixes,
   agentless passives, institutional speech tags.
3. Marked names of the event (``event_names``).
4. Comparison across documents: quote variants, factual variants.
5. Visibility (``visibility``), counterparts (``counterparts``), density.

The result is deterministic and sorted by (document order, start, end, category).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from workbench.align.features import AlignInput
from workbench.core.gcpause import gc_paused
from workbench.core.models import AlignmentResult, Cue, Span
from workbench.cues.entities import EntityIndex
from workbench.cues.label_resolver import LabelResolver
from workbench.cues.seats import compass_place, modifies_a_title, seat_as_place
from workbench.cues.event_names import event_concept, marked_event_names, show_event_namings
from workbench.cues.factual import factual_variants
from workbench.cues.act_names import marked_act_names
from workbench.cues.count_claims import claims, count_conflicts
from workbench.cues.name_spellings import name_spelling_variants
from workbench.cues.counterparts import add_counterparts
from workbench.cues.lexical import lexical_cues
from workbench.cues.lexicon import Entry, load_lexicon
from workbench.cues.matcher import CompiledLexicon, find_matches
from workbench.cues.ages import age_labels, credit_ages_across, replace_plain_titles
from workbench.cues.appearance import denied_appearances
from workbench.cues.group_labels import group_labels, replace_inside
from workbench.cues.judged_labels import join_judged_labels
from workbench.cues.patterns import (
    agentless_passives,
    question_headlines,
    source_prefixes,
    speech_tag_sources,
    statement_channels,
)
from workbench.cues.quote_variants import quote_variants
from workbench.cues.scalar import scalar_focus
from workbench.cues.reported import credit_reported_speech
from workbench.cues.label_frames import credit_framed_labels
from workbench.cues.textview import DocView, Tok, build_view
from workbench.cues.titles import Titles, mark_coined
from workbench.cues.war_names import minimising_needs_a_war
from workbench.cues.visibility import (
    add_contrast_counterparts,
    apply_contrast,
    event_labels_of_this_event,
    hide_protagonist_speech_tags,
    limit_density,
    nationality_stems,
    persons_named_in,
    protagonists,
    show_actor_namings,
    show_commitment_contrasts,
    show_role_contrasts,
)


def _overlaps(a: Cue, b: Cue) -> bool:
    return a.span.doc == b.span.doc and a.span.start < b.span.end and b.span.start < a.span.end


def _add_unless_covered(cues: list[Cue], new: list[Cue]) -> None:
    """Shape-rule cues give way to a lexicon cue of the same category on the same words."""
    if not new:
        return
    present: dict[tuple[str, str], list[Cue]] = {}
    for o in cues:
        present.setdefault((o.span.doc, o.category), []).append(o)
    for c in new:
        same = present.setdefault((c.span.doc, c.category), [])
        if not any(_overlaps(o, c) for o in same):
            cues.append(c)
            same.append(c)


_SOURCE_GAP = 3  # words at most between two sourcing cues that make one attribution
_JOINED = ("attribution", "evaluative", "hedge")  # families whose neighbouring cues make one highlight
_COORDINATORS = {"und", "and"}


def join_adjacent_sources(cues: list[Cue], view: DocView) -> list[Cue]:
    """Two sourcing cues side by side in one clause are one attribution, shown as one highlight: "von
    russischen Staatsmedien mit den Worten zitiert" is "Staatsmedien" (state media) and "mit den Worten
    zitiert" (named source) to the lexicon. The joined cue keeps the class and explanation of the weightier
    part and spans both.

    Two evaluations or two hedges of one phrase are one highlight too: a degree word and the adjective it
    raises ("äußerst provokative"), coordinated adjectives of one noun ("abgeschottete und arme"), a hedge
    and the hedged word ("gilt als potenzieller"): nothing or only "und"/"and" between them."""
    out: list[Cue] = []
    sources: list[Cue] = []
    for c in cues:
        (sources if c.speaker == "outlet" and c.category in _JOINED else out).append(c)
    sources.sort(key=lambda c: (c.category, c.span.start, c.span.end))
    joined: list[Cue] = []
    for c in sources:
        last = joined[-1] if joined else None
        if last is not None and last.category == c.category and c.span.start >= last.span.end:
            gap = view.toks_between(last.span.end, c.span.start)
            first_tok = view.toks_between(last.span.start, last.span.end)
            if c.category == "attribution":
                near = len(gap) <= _SOURCE_GAP and not any(t.is_punct for t in gap)
            else:
                near = all(t.fold in _COORDINATORS for t in gap) and len(gap) <= 1
            if first_tok and near \
                    and all(t.sent == first_tok[0].sent for t in gap + view.toks_between(c.span.start, c.span.end)):
                lead = last if last.weight >= c.weight else c
                span = Span(view.doc, last.span.start, c.span.end)
                joined[-1] = replace(lead, span=span, text=view.text[span.start:span.end],
                                     shown=last.shown or c.shown)
                continue
        joined.append(c)
    return out + joined


def _person_at(index: EntityIndex, view: DocView, shared: set[str]) -> Callable[[int], tuple[str, int] | None]:
    """The person whose name starts at a token of ``view``, with the name's end offset: one of the three persons
    the report names most, and one other reports name too (a place the index takes for a person, "the historic
    Bourn-Roth Estate", is none). ``shared``: the persons two reports or more name."""
    named = shared & set(index.salient_persons(view.doc, 3))

    def person_at(i: int) -> tuple[str, int] | None:
        found = index.mention_starting(view.doc, i)
        if found is None or found[1] not in named:
            return None
        return found[1], view.toks[found[0].last].end
    return person_at


def _country_at(index: EntityIndex, view: DocView) -> Callable[[int], str | None]:
    """The country a description at a token most likely names ("the reclusive state"): a country whose adjective
    stands earlier in its sentence ("Sanktionen wegen der nordkoreanischen Tests gegen das isolierte Land"), else
    of the countries named in its sentence or the two before it the one the report names most (the country it is
    about, not the "US" of "the first US president to set foot in the reclusive country"); None when none is
    named there."""
    mentions = [(view.toks[m.first].sent, m.last, name) for m, name in index.mentions_by_doc.get(view.doc, ())
                if index.kind(name) == "country"]
    total = Counter(name for _, _, name in mentions)

    def country_at(i: int) -> str | None:
        sent = view.toks[i].sent
        before = [t for t in view.sentences[sent].toks if t.i < i]
        for k in range(len(before) - 1, -1, -1):
            t = before[k]
            if not t.tag_is("ADJA", "ADJ") and (t.pos or not t.capitalised) \
                    or "-" in t.fold or (t.i and view.toks[t.i - 1].surface == "-"):
                continue  # no adjective; "inter-Korean" names both Koreas, or neither
            # "North Korean" is North Korea's, not the Koreas'
            place = (compass_place(index, before[k - 1], t) if k else None) or index.adjective_of.get(t.lemma)
            if place in total:
                return place
        near = {name for s, last, name in mentions if last < i and sent - 2 <= s <= sent}
        return max(sorted(near), key=lambda n: total[n]) if near else None
    return country_at


_BOTH = {"beiden", "beide", "both", "two"}


# a question after a headline's colon is the outlet's own ("Kuba: Wie Barack Obama … begräbt")
_QUESTION_OPENERS = {"wie", "was", "warum", "wieso", "weshalb", "wer", "wann", "wo", "how", "why", "what", "who",
                     "when", "where"}


def _place_topic(index: EntityIndex) -> Callable[[DocView, list[Tok], list[Tok]], bool]:
    """A headline's prefix is its topic, not its source, when it names no person and a person or a question word
    opens what follows ("Syrien: Putin und Trump vereinbaren Feuerpause", "Kuba:Wie Barack Obama …")."""
    def topic(view: DocView, head: list[Tok], rest: list[Tok]) -> bool:
        if not rest or index.kind(index.entity_at(view.doc, head[-1].i)) == "person":
            return False
        return index.kind(index.entity_at(view.doc, rest[0].i)) == "person" or rest[0].fold in _QUESTION_OPENERS
    return topic


def _pair_named(index: EntityIndex, main: set[str]) -> Callable[[DocView, int], bool]:
    """Whether a sentence names two of the story's protagonists, or "beide" / "both" of them."""
    def pair_named(view: DocView, sent: int) -> bool:
        named = {name for m, name in index.mentions_by_doc.get(view.doc, ())
                 if name in main and view.toks[m.first].sent == sent}
        return len(named) >= 2 or any(t.fold in _BOTH for t in view.sentences[sent].toks)
    return pair_named


def _lexicon_label(lex: CompiledLexicon) -> Callable[[Tok], bool]:
    def known(t: Tok) -> bool:
        return any(e.family == "actor_label" for e in lex.candidates(t))
    return known


def _judging_word(lex: CompiledLexicon) -> Callable[[Tok], Entry | None]:
    """The evaluative entry (negative or positive) of a one-word adjective, for titles it modifies."""
    def judging(t: Tok) -> Entry | None:
        return next((e for e in lex.candidates(t) if e.family == "evaluative" and e.cls in ("negative", "positive")
                     and " " not in e.match and (not e.pos or e.pos.startswith("ADJ") or e.pos.startswith("JJ"))),
                    None)
    return judging


def _role_predicate(view, tok) -> bool:
    """"zum Kanzler gewählt", "als Präsident": the office as a predicate, not a name for someone."""
    prev = view.toks[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.sent == tok.sent and prev.fold in ("zum", "zur", "als", "as")


def _said_by_an_event(view, tok, names_event: Callable[[Tok], bool]) -> bool:
    """A verb of speaking whose subject is an event: "ein Gipfel, der die Interessen … unterstreicht" is no speech.

    Only where the subject can be seen without a parser: the verb closes a relative clause ("…, der … verb")
    whose antecedent, the noun before the comma, names an event (a meeting, a visit, a war; an event label)."""
    if not view.tagged:
        return False
    sent = view.sentences[tok.sent].toks
    k = next((n for n, t in enumerate(sent) if t.i == tok.i), None)
    if k is None:
        return False
    j = k - 1
    while j >= 0 and not sent[j].tag_is("PRELS") and sent[j].surface != "," and not sent[j].tag_is("VVFIN", "VAFIN",
                                                                                                   "VMFIN"):
        j -= 1
    if j < 2 or not sent[j].tag_is("PRELS") or sent[j - 1].surface != ",":
        return False
    antecedent = sent[j - 2]
    return antecedent.tag_is("NN") and names_event(antecedent)


def _event_words(lex: CompiledLexicon, language: str) -> Callable[[Tok], bool]:
    def known(t: Tok) -> bool:
        return event_concept(t.lemma, language) is not None or any(e.family == "event_label"
                                                                   for e in lex.candidates(t))
    return known


def _source_words(lex: CompiledLexicon):
    """Whether a word names an actor or a source: a lexicon word of those families, or a compound with one
    as a part ("Militärexperte", "Kreml-Sprecher")."""
    words = sorted({e.match for e in lex.lexicon.entries
                    if e.family in ("actor_label", "attribution") and " " not in e.match and len(e.match) >= 5})

    def known(t) -> bool:
        return any(e.family in ("actor_label", "attribution") for e in lex.candidates(t)) \
            or any(part.endswith(w) for part in t.lemma.split("-") for w in words)
    return known


def _off_furniture(cues: list[Cue], views: list[DocView]) -> list[Cue]:
    """The cues outside the page furniture: a caption or a teaser the segmenter set apart is no text of the report
    ("US-Präsident Joe Biden und sein russischer Kollege … beim Videogipfel. Foto: dpa/…" had shown a label)."""
    furniture = {v.doc: [(s.start, s.end) for s in v.sentences if s.kind == "boilerplate"] for v in views}
    return [c for c in cues if not any(a < c.span.end and c.span.start < b for a, b in furniture.get(c.span.doc, ()))]


def detect_cues(docs: list[AlignInput], alignment: AlignmentResult | None, overrides: list[dict] | None = None,
                entities: dict[str, list[str]] | None = None) -> list[Cue]:
    """Framing cues of ``docs``; see the package docstring."""
    with gc_paused():
        return _detect_cues(docs, alignment, overrides, entities)


def _detect_cues(docs: list[AlignInput], alignment: AlignmentResult | None, overrides: list[dict] | None,
                 entities: dict[str, list[str]] | None) -> list[Cue]:
    views = [build_view(d, rank) for rank, d in enumerate(docs)]
    by_doc = {v.doc: v for v in views}
    lexicons = {lang: CompiledLexicon(load_lexicon(lang, overrides)) for lang in sorted({v.language for v in views})}
    # untagged text (English): a capitalised title word is no part of a name, also inside a title of
    # several words ("Prime Minister Narendra Modi" is Narendra Modi)
    title_words = {w for lex in lexicons.values() for e in lex.lexicon.entries
                   if e.family == "actor_label" and " " in e.match for w in e.match.split() if w != "*"}
    # a spokesperson's word is no part of the name after it either ("Kremlin Spokesman Dmitry Peskov")
    title_words |= {"spokesman", "spokeswoman", "spokesperson"}
    index = EntityIndex(views, entities, is_label=lambda t: t.lemma in title_words or any(
        e.family == "actor_label" for lex in lexicons.values() for e in lex.candidates(t)))
    titles = Titles(views, index)
    offices = {w for lex in lexicons.values() for e in lex.lexicon.entries
               if e.family == "actor_label" and e.cls == "neutral" for w in (e.match, e.match.split()[-1])}
    resolver = LabelResolver(index, titles.person, titles.titles_of, offices.__contains__)
    matches = {v.doc: [m for m in find_matches(v, lexicons[v.language])
                       if not (m.family == "actor_label" and len(m.toks) == 1 and (
                           (m.entry.pos in ("NE", "NNP") and (modifies_a_title(v, m.toks[0], index)  # "Kremlin spokesman"
                                                              or seat_as_place(v, m.toks[0])))  # "im Kreml"
                           or (m.entry.cls == "neutral" and _role_predicate(v, m.toks[0]))))]  # "zum Kanzler gewählt"
               for v in views}
    resolver.learn_leaders([(v, m.toks[0]) for v in views for m in matches[v.doc]
                            if m.family == "actor_label" and not m.toks[0].quoted]
                           + [(by_doc[doc], by_doc[doc].toks[i]) for doc, i in titles.apposed])  # "Nordkoreas Staatschef Kim"

    source_words = {lang: _source_words(lex) for lang, lex in lexicons.items()}
    event_words = {lang: _event_words(lex, lang) for lang, lex in lexicons.items()}
    for v in views:  # "ein Gipfel, der … unterstreicht": an event does not speak
        matches[v.doc] = [m for m in matches[v.doc] if not (m.family == "reporting_verb" and len(m.toks) == 1 and
                                                            _said_by_an_event(v, m.toks[0], event_words[v.language]))]
    main = protagonists(index, len(views))
    shared = persons_named_in(index, 2)
    cues: list[Cue] = []
    for v in views:
        lex = lexicons[v.language]
        tags, absorbed = speech_tag_sources(v, lex, matches[v.doc], index, main)
        doc_cues = replace_inside(lexical_cues(v, [m for m in matches[v.doc] if id(m) not in absorbed], resolver,
                                               _lexicon_label(lex)),
                                  group_labels(v, lex, index))
        doc_cues = replace_plain_titles(doc_cues, age_labels(v, index))  # "the 81-year-old president"
        _add_unless_covered(doc_cues, tags)
        _add_unless_covered(doc_cues, titles.cues(v, _lexicon_label(lex), _judging_word(lex)))
        _add_unless_covered(doc_cues, question_headlines(v))
        _add_unless_covered(doc_cues, denied_appearances(v))
        _add_unless_covered(doc_cues, scalar_focus(v))
        _add_unless_covered(doc_cues, agentless_passives(v, lex))
        _add_unless_covered(doc_cues, source_prefixes(v, source_words[v.language], _place_topic(index)))
        _add_unless_covered(doc_cues, statement_channels(v))
        mark_coined(doc_cues, v)
        cues.extend(join_adjacent_sources(join_judged_labels(doc_cues, v, _person_at(index, v, shared),
                                                                   _country_at(index, v)), v))
    credit_ages_across([c for c in cues if c.category == "actor_label" and c.cls == "age"])  # "der 81-Jährige"
    _add_unless_covered(cues, marked_event_names(views, lexicons, _pair_named(index, main)))
    _add_unless_covered(cues, marked_act_names(views))
    cues.extend(quote_variants(views, lexicons, alignment, index))
    counts = {v.doc: claims(v) for v in views}  # numbers that say what they count: compared by that, not by row
    _add_unless_covered(cues, count_conflicts(views, counts))
    _add_unless_covered(cues, name_spelling_variants(views))
    _add_unless_covered(cues, factual_variants(views, alignment, index, lexicons,
                                               {(doc, c.tok.i) for doc, found in counts.items() for c in found}))

    cues = _off_furniture(cues, views)
    # a reporting verb inside an attribution, hedge or evaluative phrase is shown through it ("is expected to",
    # "wie erwartet": an expectation, not speech)
    attributions: dict[str, list[Cue]] = {}
    for c in cues:
        if c.category in ("attribution", "hedge") or (c.category == "evaluative" and " " in c.text.strip()):
            attributions.setdefault(c.span.doc, []).append(c)
    for c in cues:
        if c.category == "reporting_verb" and any(a.span.start <= c.span.start and c.span.end <= a.span.end
                                                  for a in attributions.get(c.span.doc, ())):
            c.shown = False
    credit_reported_speech(cues, by_doc)
    credit_framed_labels(cues, by_doc)
    apply_contrast(cues)
    minimising_needs_a_war(cues, by_doc, index)
    show_event_namings(cues)
    event_labels_of_this_event(cues, by_doc)
    show_role_contrasts(cues, alignment, {v.doc: v.text for v in views}, lambda: nationality_stems(index.adjective_lemmas))
    show_actor_namings(cues, {v.doc: v.text for v in views}, lambda: nationality_stems(index.adjective_lemmas))
    show_commitment_contrasts(cues, alignment, by_doc)
    hide_protagonist_speech_tags(cues, by_doc, index, main)
    rank = {v.doc: v.rank for v in views}
    for c in cues:  # the variants' own counterparts; add_counterparts gives the others in this order already
        c.counterparts.sort(key=lambda cp: (rank.get(cp[0].doc, 0), cp[0].start, cp[0].end))
    add_counterparts(cues, alignment, {v.doc: v.text for v in views}, rank)
    add_contrast_counterparts(cues, rank)  # "Präsident" highlighted for another outlet's "Kremldespot": shown beside it
    limit_density(cues, by_doc)
    cues.sort(key=lambda c: (rank[c.span.doc], c.span.start, c.span.end, c.category, c.text))
    return cues
