"""How the reports name the step the story is about, when it is a withdrawal from a race or an office.

"Biden quits race" in one outlet, "drops out" in another, "steps aside", "ends his bid", "withdraws" in others;
"zieht sich zurück", "gibt auf", "steigt aus", "wirft hin": naming the step is a choice (quitting sounds abrupt,
stepping aside generous, throwing in the towel defeated). The form most of the reports use is the unmarked
default; the others are highlighted at their first use in each report, as event labels of the class
``marked_name`` (like "Visite" beside "Treffen", ``event_names``). A form counts only in a sentence that names
what is left (a race, a bid, a campaign, a candidacy, an office): "troops withdrew" is another step. The
outlet's words only: a quotation is the speaker's.
"""

from __future__ import annotations

from workbench.core.models import Cue, Span
from workbench.cues import explain
from workbench.cues.event_names import usual_name
from workbench.cues.textview import DocView, Tok

# forms of withdrawing: lemma sequences (a verb and its particle within two words), by language
_FORMS: dict[str, dict[tuple[str, ...], str]] = {
    "en": {("quit",): "quit", ("withdraw",): "withdraw", ("withdrawal",): "withdraw", ("drop", "out"): "drop out",
           ("step", "down"): "step down", ("step", "aside"): "step aside", ("bow", "out"): "bow out",
           ("pull", "out"): "pull out", ("exit",): "exit", ("end",): "end", ("abandon",): "abandon",
           ("resign",): "resign", ("resignation",): "resign"},
    "de": {("zurückziehen",): "zurückziehen", ("rückzug",): "Rückzug", ("aufgeben",): "aufgeben",
           ("verzichten",): "verzichten", ("verzicht",): "Verzicht", ("aussteigen",): "aussteigen",
           ("ausstieg",): "Ausstieg", ("hinwerfen",): "hinwerfen", ("hinschmeißen",): "hinschmeißen",
           ("zurücktreten",): "zurücktreten", ("rücktritt",): "Rücktritt"},
}
# verbs that name the step only with what is ended as their object ("ended his bid", "abandon his campaign")
_NEEDS_OBJECT = {"end", "abandon"}
# what is left: the sentence must name it
_LEFT = {"race", "bid", "campaign", "candidacy", "nomination", "reelection", "re-election", "presidency", "office",
         "post", "kandidatur", "rennen", "wahlkampf", "amt", "bewerbung", "präsidentschaft", "kanzlerkandidatur",
         "posten", "präsidentschaftsrennen", "wiederwahl"}
_OBJECT_REACH = 4


def _forms(v: DocView) -> list[tuple[str, Tok, Tok]]:
    """(form, first word, last word) of each withdrawal form in the document's own words."""
    table = _FORMS.get(v.language[:2], {})
    out = []
    for s in v.sentences:
        if s.kind == "boilerplate":
            continue
        toks = [t for t in s.toks if not t.is_punct]
        if not any(t.lemma.rsplit("-", 1)[-1] in _LEFT or t.fold in _LEFT for t in toks):
            continue
        for k, t in enumerate(toks):
            if t.quoted:
                continue
            for key, form in table.items():
                if t.lemma != key[0]:
                    continue
                last = t
                if len(key) == 2:
                    particle = next((x for x in toks[k + 1:k + 3] if x.lemma == key[1] or x.fold == key[1]), None)
                    if particle is None:
                        continue
                    last = particle
                if key[0] in _NEEDS_OBJECT:
                    obj = next((x for x in toks[k + 1:k + 1 + _OBJECT_REACH] if x.lemma in _LEFT or x.fold in _LEFT),
                               None)
                    if obj is None:
                        continue
                    at = toks.index(obj)
                    while at + 1 < len(toks) and (toks[at + 1].lemma in _LEFT or toks[at + 1].fold in _LEFT):
                        at += 1  # "his reelection bid"
                    last = toks[at]
                out.append((form, t, last))
    return out


def marked_act_names(views: list[DocView]) -> list[Cue]:
    found = {v.doc: _forms(v) for v in views}
    docs_using: dict[tuple[str, str], set[str]] = {}
    for v in views:
        for form, _, _ in found[v.doc]:
            docs_using.setdefault((v.language[:2], form), set()).add(v.doc)
    out: list[Cue] = []
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
