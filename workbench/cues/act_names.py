"""How the reports name the step the story is about, when it is a withdrawal from a race or an office, or the
reversal of a decision.

"Biden quits race" in one outlet, "drops out" in another, "steps aside", "ends his bid", "withdraws" in others;
"zieht sich zurück", "gibt auf", "steigt aus", "wirft hin": naming the step is a choice (quitting sounds abrupt,
stepping aside generous, throwing in the towel defeated). The form most of the reports use is the unmarked
default; the others are highlighted at their first use in each report, as event labels of the class
``marked_name`` (like "Visite" beside "Treffen", ``event_names``). A form counts only in a sentence that names
what is left (a race, a bid, a campaign, a candidacy, an office): "troops withdrew" is another step. The
outlet's words only: a quotation is the speaker's.

A reversal is named the same way: "lifted martial law" in most reports, "backed down", "Yoon's reversal",
"the retreat", "gave in", "bending to pressure", "U-turn" in others; "hob das Kriegsrecht auf" beside
"ruderte zurück", "Rückzieher", "Kehrtwende", "knickte ein". A form counts only in a sentence that names what
is reversed (a decree, an order, a decision, martial law, a ban, a plan).

So is the end of talks without a result: "cut short" in most reports, "the collapse of talks", "the sudden
breakdown", "ended in a stalemate", "declared a deadlock", "disintegration" in others; "scheiterte", "Abbruch",
"Sackgasse". A form counts only in a sentence that names the talks (talks, summit, meeting, Gespräche, Gipfel).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from workbench.core.models import Cue, Span
from workbench.cues import explain
from workbench.cues.event_names import usual_name
from workbench.cues.textview import DocView, Tok, folded

# forms of withdrawing: lemma sequences (a verb and its particle within two words), by language
_WITHDRAWAL: dict[str, dict[tuple[str, ...], str]] = {
    "en": {("quit",): "quit", ("withdraw",): "withdraw", ("withdrawal",): "withdraw", ("drop", "out"): "drop out",
           ("step", "down"): "step down", ("step", "aside"): "step aside", ("bow", "out"): "bow out",
           ("pull", "out"): "pull out", ("exit",): "exit", ("end",): "end", ("abandon",): "abandon",
           ("resign",): "resign", ("resignation",): "resign"},
    "de": {("zurückziehen",): "zurückziehen", ("rückzug",): "Rückzug", ("aufgeben",): "aufgeben",
           ("verzichten",): "verzichten", ("verzicht",): "Verzicht", ("aussteigen",): "aussteigen",
           ("ausstieg",): "Ausstieg", ("hinwerfen",): "hinwerfen", ("hinschmeißen",): "hinschmeißen",
           ("zurücktreten",): "zurücktreten", ("rücktritt",): "Rücktritt"},
}
# what is left: the sentence must name it
_LEFT = {"race", "bid", "campaign", "candidacy", "nomination", "reelection", "re-election", "presidency", "office",
         "post", "kandidatur", "rennen", "wahlkampf", "amt", "bewerbung", "präsidentschaft", "kanzlerkandidatur",
         "posten", "präsidentschaftsrennen", "wiederwahl"}
# forms of reversing a decision
_REVERSAL: dict[str, dict[tuple[str, ...], str]] = {
    "en": {("back", "down"): "back down", ("reversal",): "reversal", ("reverse",): "reverse",
           ("retreat",): "retreat", ("give", "in"): "give in", ("bend", "to"): "bend to", ("bow", "to"): "bow to",
           ("u-turn",): "U-turn", ("climbdown",): "climbdown", ("climb", "down"): "climb down",
           ("backtrack",): "backtrack", ("cave",): "cave", ("lift",): "lift", ("rescind",): "rescind",
           ("revoke",): "revoke", ("scrap",): "scrap", ("end",): "end"},
    "de": {("zurückrudern",): "zurückrudern", ("rückzieher",): "Rückzieher", ("kehrtwende",): "Kehrtwende",
           ("einknicken",): "einknicken", ("nachgeben",): "nachgeben", ("aufheben",): "aufheben",
           ("aufhebung",): "Aufhebung", ("zurücknehmen",): "zurücknehmen", ("rücknahme",): "Rücknahme",
           ("kippen",): "kippen", ("beenden",): "beenden"},
}
# what is reversed: the sentence must name it
_REVERSED = {"decree", "order", "decision", "declaration", "martial", "ban", "plan", "policy", "measure", "edict",
             "directive", "kriegsrecht", "dekret", "erlass", "entscheidung", "beschluss", "anordnung", "verbot",
             "maßnahme", "ausnahmezustand", "verfügung"}
# verbs that name the step only with what is ended or lifted as their object ("ended his bid", "lifted the decree")
_NEEDS_OBJECT = {"end", "abandon", "lift", "rescind", "revoke", "scrap", "aufheben", "kippen", "beenden",
                 "zurücknehmen"}
# forms of a coalition's or a government's end
_BREAKUP: dict[str, dict[tuple[str, ...], str]] = {
    "en": {("collapse",): "collapse", ("break", "up"): "break up", ("breakup",): "breakup",
           ("fall", "apart"): "fall apart", ("implode",): "implode", ("implosion",): "implosion",
           ("crumble",): "crumble", ("end",): "end", ("split",): "split", ("rupture",): "rupture"},
    "de": {("zerbrechen",): "zerbrechen", ("platzen",): "platzen", ("scheitern",): "scheitern",
           ("bruch",): "Bruch", ("aus",): "Aus", ("ende",): "Ende", ("crash",): "Crash",
           ("auseinanderbrechen",): "auseinanderbrechen", ("zerfall",): "Zerfall", ("zerfallen",): "zerfallen",
           ("kollaps",): "Kollaps", ("implodieren",): "implodieren", ("aus", "sein"): "Aus"},
}
# what ends: the sentence must name it (German compounds ending so count: "Ampelkoalition")
_ENDED = {"coalition", "government", "alliance", "partnership", "koalition", "regierung", "bündnis", "allianz",
          "ampel", "groko", "regierungsbündnis"}
# forms of talks ending without a result ("the collapse of talks", "ended in a stalemate", "declared a deadlock",
# "cut short the summit"; "scheiterte", "Abbruch", "Sackgasse")
_FAILURE: dict[str, dict[tuple[str, ...], str]] = {
    "en": {("collapse",): "collapse", ("breakdown",): "breakdown", ("break", "down"): "break down",
           ("stalemate",): "stalemate", ("deadlock",): "deadlock", ("impasse",): "impasse",
           ("disintegrate",): "disintegrate", ("disintegration",): "disintegration", ("fall", "apart"): "fall apart",
           ("fail",): "fail", ("failure",): "fail", ("cut", "short"): "cut short", ("abort",): "abort",
           ("walk", "away"): "walk away", ("walk", "out"): "walk out", ("walkout",): "walkout",
           ("setback",): "setback", ("fizzle",): "fizzle", ("flop",): "flop"},
    "de": {("scheitern",): "scheitern", ("abbruch",): "Abbruch", ("abbrechen",): "abbrechen",
           ("platzen",): "platzen", ("ergebnislos",): "ergebnislos", ("sackgasse",): "Sackgasse",
           ("stillstand",): "Stillstand", ("fehlschlag",): "Fehlschlag", ("misserfolg",): "Misserfolg",
           ("pleite",): "Pleite", ("patt",): "Patt"},
}
# what fails: the sentence must name the talks
_TALKS = {"talk", "talks", "summit", "meeting", "negotiation", "negotiations", "gespräch", "gespräche", "gipfel",
          "treffen", "verhandlung", "verhandlungen", "gipfeltreffen", "unterredung"}
# the acts: forms by language, and the words one of which the sentence must name (the object too, for the verbs
# that need one)
def _folded_forms(table: dict[str, dict[tuple[str, ...], str]]) -> dict[str, dict[tuple[str, ...], str]]:
    """The forms as lemmas and folds write them ("hinschmeißen" -> "hinschmeissen"); the names stay as written."""
    return {lang: {tuple(w.casefold() for w in key): name for key, name in forms.items()} for lang, forms in table.items()}


_ACTS = {"withdrawal": (_folded_forms(_WITHDRAWAL), folded(_LEFT)), "reversal": (_folded_forms(_REVERSAL), folded(_REVERSED)),
         "breakup": (_folded_forms(_BREAKUP), folded(_ENDED)), "failure": (_folded_forms(_FAILURE), folded(_TALKS))}
_NOUN_FORMS = {"bruch", "crash", "zerfall", "kollaps"}  # also as the head of a compound ("Koalitionsbruch")
_NEAR_ONLY = {"ende", "aus", "end"}  # common words: only beside what ends
_OBJECT_REACH = 4


_NAMED: dict[tuple[int, str, str], bool] = {}  # (word set, lemma, form) -> whether the word names one of them


def _names(t: Tok, what: AbstractSet[str]) -> bool:
    """The word names one of ``what``, also as a part of a German compound ("Ampelkoalition", "Koalitionsbruch")."""
    key = (id(what), t.lemma, t.fold)
    found = _NAMED.get(key)
    if found is None:
        head = t.lemma.rsplit("-", 1)[-1]
        found = head in what or t.fold in what or (len(head) > 8 and any(
            head.endswith(w) or head.startswith(w) for w in what if len(w) >= 7))
        if len(_NAMED) < 200_000:  # the words of news German: a bounded table
            _NAMED[key] = found
    return found


def _forms(v: DocView, act: str, sentences: set[int]) -> list[tuple[str, Tok, Tok]]:
    """(form, first word, last word) of each form of ``act`` in the document's own words, in ``sentences`` (those
    that name what the act leaves, reverses or ends)."""
    forms, what = _ACTS[act]
    table = forms.get(v.language[:2], {})
    firsts = {key[0] for key in table}
    tails = {key[0][-5:] for key in table if key[0] in _NOUN_FORMS}
    out = []
    for s in v.sentences:
        if s.index not in sentences:
            continue
        toks = [t for t in s.toks if not t.is_punct]
        for k, t in enumerate(toks):
            if t.quoted:
                continue
            head = t.lemma.rsplit("-", 1)[-1]  # "Ampel-Aus", "Ampel-Crash"
            candidates = [kf for kf in table.items() if kf[0][0] == t.lemma] if t.lemma in firsts else []
            if head not in firsts and not (len(head) > 5 and head[-5:] in tails):
                pass  # no noun form as the head of a compound either
            elif t.tag_is("NN", "NOUN"):
                candidates += [kf for kf in table.items() if len(kf[0]) == 1 and kf[0][0] != t.lemma and (
                    head == kf[0][0] or (kf[0][0] in _NOUN_FORMS and head.endswith(kf[0][0])))]
            for key, form in candidates:
                if form[:1].isupper() and v.tagged and not t.tag_is("NN", "NOUN"):
                    continue  # a German noun form: not the verb "ende" or the particle "aus"
                if key[0] in _NEAR_ONLY and not any(_names(x, what) for x in toks[max(0, k - 3):k + 4]):
                    continue  # "Die Ampel ist am Ende", "das Ende der Ampel"; not "Am Ende ist es Scholz, der …"
                last = t
                if len(key) == 2:
                    particle = next((x for x in toks[k + 1:k + 3] if x.lemma == key[1] or x.fold == key[1]), None)
                    if particle is None:
                        continue
                    last = particle
                if key[0] in _NEEDS_OBJECT:
                    obj = next((x for x in toks[k + 1:k + 1 + _OBJECT_REACH] if x.lemma in what or x.fold in what),
                               None)
                    if obj is None:
                        continue
                    at = toks.index(obj)
                    while at + 1 < len(toks) and (toks[at + 1].lemma in what or toks[at + 1].fold in what
                                                  or toks[at + 1].fold == "law"):
                        at += 1  # "his reelection bid"
                    last = toks[at]
                out.append((form, t, last))
    return out


def _acts_named(t: Tok) -> frozenset[str]:
    """The acts whose object (what is left, reversed or ended) the word names; remembered per word."""
    key = (t.lemma, t.fold)
    found = _ACTS_NAMED.get(key)
    if found is None:
        found = frozenset(act for act, (_, what) in _ACTS.items() if _names(t, what))
        if len(_ACTS_NAMED) < 200_000:
            _ACTS_NAMED[key] = found
    return found


_ACTS_NAMED: dict[tuple[str, str], frozenset[str]] = {}


def marked_act_names(views: list[DocView]) -> list[Cue]:
    # which acts each sentence names the object of, found in one pass over the words
    named: dict[str, dict[int, frozenset[str]]] = {}
    for v in views:
        per: dict[int, frozenset[str]] = {}
        for s in v.sentences:
            if s.kind != "boilerplate":
                acts = frozenset().union(*(_acts_named(t) for t in s.toks if not t.is_punct))
                if acts:
                    per[s.index] = acts
        named[v.doc] = per
    out: list[Cue] = []
    for act in _ACTS:
        out.extend(_marked(views, act, named))
    return out


def _marked(views: list[DocView], act: str, named: dict[str, dict[int, frozenset[str]]]) -> list[Cue]:
    found = {v.doc: _forms(v, act, {k for k, acts in named[v.doc].items() if act in acts}) for v in views}
    docs_using: dict[tuple[str, str], set[str]] = {}
    for v in views:
        for form, _, _ in found[v.doc]:
            docs_using.setdefault((v.language[:2], form), set()).add(v.doc)
    out = []
    for v in views:
        lang = v.language[:2]
        forms = {f: docs for (lg, f), docs in docs_using.items() if lg == lang}
        if len(forms) < 2 or len(set().union(*forms.values())) < 3:
            continue  # one way of naming it, or too few reports to tell the usual one
        default = usual_name(forms)
        if default is None:
            continue  # no form most reports use
        seen: set[str] = set()
        for form, first, last in sorted(found[v.doc], key=lambda f: f[1].i):
            if form == default or form in seen:
                continue
            seen.add(form)
            text = v.text[first.start:last.end]
            out.append(Cue(Span(v.doc, first.start, last.end), text, "event_label",
                           explain.label("event_label", "marked_name"),
                           explain.explain_marked_event(text, default, v.language), cls="marked_name", weight=0.55,
                           label_de=explain.label("event_label", "marked_name", "de"),
                           explanation_de=explain.explain_marked_event(text, default, v.language, reader="de")))
    return out
