"""Tasks for the worksheet, derived from the comparison, with their answers for the answer key.

Tasks come from the data: the actor-label table ("Which words does each
outlet use for Kim Jong Un?"), coverage ("Which outlets report … and which
leave it out?"), and the cue families found (reporting verbs, quotations,
hedges, event names, details that differ). German or English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.models import CUE_CATEGORIES
from workbench.export.wording import words

MAX_LABEL_ENTITIES = 3
MAX_COVERAGE_TASKS = 2
MAX_ANSWERS = 12
SNIPPET_WORDS = 16

_TEXT = {
    "labels": {"en": "Which words does each outlet use for {names}? Fill in the table.",
               "de": "Welche Wörter verwenden die einzelnen Medien für {names}? Tragt sie in die Tabelle ein."},
    "coverage": {"en": "Which outlets report the following, and which leave it out?",
                 "de": "Welche Medien berichten Folgendes, und welche lassen es weg?"},
    "verbs": {"en": "Find the verbs that introduce quotes (e.g. “said”, “stressed”, “admitted”). Which sound neutral, "
                    "which add emphasis, doubt or distance?",
              "de": "Sucht die Verben, mit denen Zitate eingeleitet werden (z. B. „sagte“, „betonte“, „räumte ein“). "
                    "Welche klingen neutral, welche drücken Nachdruck, Zweifel oder Distanz aus?"},
    "quote": {"en": "Compare how the outlets render this quotation. What is different, and what does the "
                    "difference do?",
              "de": "Vergleicht, wie die Medien dieses Zitat wiedergeben. Was ist anders, und was bewirkt "
                    "der Unterschied?"},
    "hedge": {"en": "Find words that express uncertainty or speculation (e.g. “apparently”, “is said to”). Where do "
                    "other outlets report the same as fact?",
              "de": "Findet Wörter, die Unsicherheit oder Vermutung ausdrücken (z. B. „offenbar“, „soll … haben“). "
                    "Wo berichten andere Medien dasselbe als Tatsache?"},
    "event": {"en": "How do the outlets name the event itself? What does each name emphasise?",
              "de": "Wie bezeichnen die Medien das Ereignis selbst? Was betont jede Bezeichnung?"},
    "factual": {"en": "Where do the outlets give different details (names, numbers, places)? Which can be checked, "
                      "and how?",
                "de": "Wo nennen die Medien unterschiedliche Details (Namen, Zahlen, Orte)? Welche Angabe lässt sich "
                      "überprüfen, und wie?"},
    "closing": {"en": "Which report seems the most neutral to you? Give two examples from the texts.",
                "de": "Welcher Bericht wirkt auf euch am sachlichsten? Begründet eure Meinung mit zwei Beispielen "
                      "aus den Texten."},
    "and": {"en": " and ", "de": " und "},
    "no_answer": {"en": "Open question: no single answer.", "de": "Offene Frage: keine feste Lösung."},
    "own_answer": {"en": "The teacher's own task: no answer given.", "de": "Eigene Aufgabe der Lehrkraft: keine Lösung hinterlegt."},
}


@dataclass
class Task:
    text: str
    lines: int = 3  # ruled answer lines
    quote: str = ""  # a passage the task is about, shown under it
    grid_rows: list[str] = field(default_factory=list)  # a table to fill in: one row per outlet ...
    grid_columns: list[str] = field(default_factory=list)  # ... and one column per actor
    answers: list[str] = field(default_factory=list)  # for the answer key
    row: str = ""  # the comparison row the task is about, if one
    spans: list = field(default_factory=list)  # the passages (cue spans) its answers quote


def _t(key: str, language: str) -> str:
    return _TEXT[key].get(language, _TEXT[key]["en"])


def tasks(bundle, coverage_rows: list[dict], language: str) -> list[Task]:
    labels = bundle.labels
    out: list[Task] = []
    entities = [e for e in bundle.label_table.get("entities", [])
                if sum(1 for d, ls in e["labels"].items() if ls and d in labels) >= 2][:MAX_LABEL_ENTITIES]
    if entities:
        names = [e["entity"] for e in entities]
        joined = ", ".join(names[:-1]) + _t("and", language) + names[-1] if len(names) > 1 else names[0]
        answers = [f"{e['entity']}: " + "; ".join(f"{labels[d]}: {', '.join(ls)}" for d, ls in e["labels"].items()
                                                   if ls and d in labels) for e in entities]
        out.append(Task(_t("labels", language).format(names=joined), lines=0,
                        grid_rows=[labels[d] for d in bundle.doc_ids], grid_columns=names, answers=answers))
    out.extend(_coverage_tasks(bundle, coverage_rows, language)[:1 if bundle.level == "I" else None])
    by_family = cues_by_family(bundle)
    basic = bundle.level == "I"  # Sekundarstufe I: labels, one omission, the quotation, the closing question
    verbs = [] if basic else by_family.get("reporting_verb", [])
    if not basic:
        out.append(Task(_t("verbs", language), 3, answers=_cue_answers(verbs, labels, language),
                        spans=[c.span for c in verbs[:MAX_ANSWERS]]))
    quotes = [c for c in bundle.cues if c.category == "quote_variant" and c.counterparts]
    if quotes:
        q = max(quotes, key=lambda c: min(len(c.text.split()), SNIPPET_WORDS))  # the first of the fullest
        answers = [f"{labels.get(q.span.doc, q.span.doc)}: {q.text}"]
        answers += [f"{labels.get(s.doc, s.doc)}: {t}" for s, t in q.counterparts if s.doc in labels]
        out.append(Task(_t("quote", language), 4, quote=_unquoted(_cut(q.text)), answers=answers,
                        spans=[q.span] + [s for s, _ in q.counterparts if s.doc in labels]))
    for family, key in (("hedge", "hedge"), ("event_label", "event"), ("factual_variant", "factual")):
        if by_family.get(family) and not basic:
            out.append(Task(_t(key, language), 3, answers=_cue_answers(by_family[family], labels, language),
                            spans=[c.span for c in by_family[family][:MAX_ANSWERS]]))
    out.extend(Task(text, 4, answers=[_t("own_answer", language)]) for text in bundle.own_tasks)
    out.append(Task(_t("closing", language), 5, answers=[_t("no_answer", language)]))
    return out


def _coverage_tasks(bundle, coverage_rows: list[dict], language: str) -> list[Task]:
    docs = bundle.doc_ids
    n = len(docs)
    if n < 2:
        return []
    partial = [r for r in coverage_rows if 0 < len(r["docs"] & set(docs)) < n]
    partial.sort(key=lambda r: abs(len(r["docs"]) - n / 2))
    w = words(language)
    out = []
    for r in partial[:MAX_COVERAGE_TASKS]:
        yes = [bundle.labels[d] for d in docs if d in r["docs"]]
        no = [bundle.labels[d] for d in docs if d not in r["docs"]]
        out.append(Task(_t("coverage", language), 2, quote=_unquoted(_cut(r["snippet"])),
                        answers=[f"{w['reported_by']}: {', '.join(yes)}", f"{w['left_out_by']}: {', '.join(no)}"],
                        row=r["id"]))
    return out


def rows_for_tasks(rows: list, task_list: list[Task], noted: list | None = None) -> list:
    """The side-by-side a worksheet prints: the rows the tasks refer to (a coverage question's row, the groups
    holding the passages their answers quote) and the rows the teacher annotated (``noted`` spans); not every
    row of the comparison."""
    wanted = {t.row for t in task_list if t.row}
    quoted = [s for t in task_list for s in t.spans]

    def holds(row, spans) -> bool:
        return any(s.doc == p.span.doc and p.span.start <= s.start < p.span.end
                   for passages in row.cells.values() for p in passages for s in spans)

    return [r for r in rows if r.id in wanted or (r.kind == "group" and holds(r, quoted)) or holds(r, noted or [])]


def cues_by_family(bundle) -> dict[str, list]:
    """The bundle's cues per family, in the families' fixed order, then document order."""
    order = {d: i for i, d in enumerate(bundle.doc_ids)}
    out: dict[str, list] = {}
    for c in sorted(bundle.cues, key=lambda c: (CUE_CATEGORIES.index(c.category) if c.category in CUE_CATEGORIES
                                                 else 99, order.get(c.span.doc, 0), c.span.start)):
        out.setdefault(c.category, []).append(c)
    return out


def _cue_answers(cues: list, labels: dict[str, str], language: str) -> list[str]:
    if not cues:
        return [_t("no_answer", language)]
    out: list[str] = []
    for c in cues:
        kind = _class_name(c.cls, language)
        kind = f" ({kind})" if kind else ""
        line = f"{labels.get(c.span.doc, c.span.doc)}: {c.text}{kind}"
        if line not in out:
            out.append(line)
    return out[:MAX_ANSWERS]


CLASS_NAMES_DE = {
    "negative": "abwertend", "loaded_negative": "abwertend", "positive": "aufwertend", "loaded_positive": "aufwertend",
    "intensifier": "verstärkend", "age": "nach dem Alter benannt", "demeanour": "beschreibt die Haltung", "emphatic": "nachdrücklich", "distancing": "distanzierend",
    "speculative": "spekulativ", "factive": "als Tatsache dargestellt", "refuting": "widersprechend",
    "emotive": "gefühlsbetont", "directive": "fordernd",
    "metaphor": "bildhaft", "reportative": "berufen auf andere", "adverb": "abschwächend", "anonymous": "anonym",
    "vague": "vage", "aggressor_naming": "benennt den Angreifer", "euphemism_official": "beschönigend",
    "minimising": "verharmlosend", "dramatising": "dramatisierend",
}


CLASS_NAMES_EN = {
    "negative": "negative", "loaded_negative": "negative", "positive": "positive", "loaded_positive": "positive",
    "intensifier": "intensifying", "age": "named by age", "demeanour": "describes demeanour", "emphatic": "emphatic", "distancing": "distancing",
    "speculative": "speculative", "factive": "presents as fact", "refuting": "refuting", "emotive": "emotive",
    "directive": "demanding",
    "metaphor": "vivid", "reportative": "hearsay", "adverb": "hedging", "anonymous": "anonymous",
    "vague": "vague", "aggressor_naming": "names the aggressor", "euphemism_official": "euphemism",
    "minimising": "minimising", "dramatising": "dramatising",
}


def _class_name(cls: str | None, language: str) -> str:
    """The cue's class for the answer key in the sheet's language: a plain word, never the internal identifier."""
    if not cls or cls == "neutral":
        return ""
    return (CLASS_NAMES_DE if language.startswith("de") else CLASS_NAMES_EN).get(cls, "")


def _unquoted(text: str) -> str:
    """Without quotation marks around the whole, nor a mark left unpaired by cutting (the page sets its own)."""
    marks = "\"'„“”«»‚‘’‹›"
    text = text.strip()
    if len(text) > 2 and text[0] in marks and text[-1] in marks and not any(m in text[1:-1] for m in marks):
        return text[1:-1]
    if text[:1] in marks and sum(ch in marks for ch in text) % 2:
        text = text[1:]
    if text[-1:] in marks and sum(ch in marks for ch in text) % 2:
        text = text[:-1]
    return text


def _cut(text: str, limit: int = SNIPPET_WORDS) -> str:
    parts = text.split()
    return " ".join(parts) if len(parts) <= limit else " ".join(parts[:limit]) + " …"
