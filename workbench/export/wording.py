"""The words of the HTML report and worksheet, in English and German.

Headings, legends and toggles; the worksheet's tasks live in worksheet.py.
"""

from __future__ import annotations

LANGUAGES = ("en", "de")

# One colour and line style per cue family, for every export and the app (workbench/ui/theme.py).
CUE_COLOURS = {
    "quote_variant": "#7c3aed",
    "actor_label": "#dc2626",
    "event_label": "#ea580c",
    "reporting_verb": "#2563eb",
    "evaluative": "#db2777",
    "hedge": "#0d9488",
    "attribution": "#65a30d",
    "factual_variant": "#111827",
}
CUE_LINES = {"hedge": "dashed", "attribution": "dotted", "factual_variant": "double"}  # the rest: solid

CUE_NAMES = {
    "en": {
        "quote_variant": "quote rendered differently",
        "actor_label": "how an actor is named",
        "event_label": "how the event is named",
        "reporting_verb": "loaded reporting verb",
        "evaluative": "evaluative wording",
        "hedge": "hedge / speculation",
        "attribution": "sourcing",
        "factual_variant": "detail that differs",
    },
    "de": {
        "quote_variant": "Zitat anders wiedergegeben",
        "actor_label": "wie eine Person benannt wird",
        "event_label": "wie das Ereignis benannt wird",
        "reporting_verb": "wertendes Redeverb",
        "evaluative": "wertende Wörter",
        "hedge": "Vermutung / Abschwächung",
        "attribution": "Quellenangabe",
        "factual_variant": "abweichendes Detail",
    },
}

WORDS = {
    "en": {
        "comparison": "Comparison",
        "and_more": "and {n} more",
        "worksheet": "Worksheet",
        "articles": "Articles",
        "outlet": "Outlet", "title": "Title", "date": "Date", "source": "Source",
        "summary": "{groups} groups of parallel passages, {unique} passages only one outlet reports, {notes} notes.",
        "summary_excerpts": "Excerpts: only the {groups} passages that several outlets report; the full texts are not included.",
        "legend": "Legend",
        "legend_reference": "the group's reference passage (most central)",
        "legend_changed": "wording that differs from the reference",
        "legend_removed": "in the reference: wording another outlet replaces or leaves out",
        "legend_absent": "the outlet does not report this",
        "legend_note": "a note (see below the row)",
        "cues": "Framing cues",
        "cues_hint": "underlined; the small number leads to its explanation in the list of cues",
        "row_score": "under each row's name: how alike its passages are (0 to 1; 1 is the same wording)",
        "wide_hint": "{n} outlets: each row lists the outlets that report it; the others leave it out.",
        "reported_by_count": "{n} of {m} outlets",
        "outlets_reporting": "outlets reporting it",
        "codes": "Codes",
        "side_by_side": "Side by side",
        "absent": "not reported",
        "notes": "Notes",
        "other_notes": "Notes on passages not shown above",
        "detached": "the text at this place has changed: the note is detached",
        "coverage": "Who reports what",
        "coverage_hint": "Each row is one group of parallel passages; ● the outlet reports it, – it does not.",
        "group": "Group",
        "groups_covered": "groups reported",
        "only_here": "passages only this outlet has",
        "related_to": "related to rows",
        "label_table": "How the actors are named",
        "label_table_hint": "For each actor, the labels each outlet uses (how often).",
        "actor": "Actor",
        "cue_list": "Framing cues by family",
        "full_texts": "Full texts",
        "furniture": "Page furniture left out",
        "furniture_hint": "Lines of the pasted pages that are not reporting (captions, credits, share buttons, "
                          "notices): left out of the comparison, the cues and the omissions.",
        "tasks": "Tasks",
        "answers": "Answer key",
        "answers_hint": "The teacher's version: the students' sheet is the same without this key.",
        "show": "Show",
        "show_diff": "differences",
        "show_cues": "framing cues",
        "show_notes": "notes",
        "name_line": "Name: ______________________   Date: ____________",
        "none": "none",
        "reported_by": "reported by",
        "left_out_by": "left out by",
        "profile": "Framing profile",
        "profile_hint": "How often each outlet uses each kind of framing cue, in cues per 1,000 words, and the labels "
                        "it gives the main actors. Counts are small: compare several events before generalising.",
        "profile_rates": "Cues per 1,000 words, by family",
        "profile_legend": "Bar and number: cues per 1,000 words, on one scale for all outlets; in brackets: how many. "
                          "Only the outlet's own voice counts.",
        "profile_words": "{words} words, {cues} cues",
        "profile_labels": "How each outlet names the actors",
        "profile_labels_hint": "The actors most often labelled; per outlet its labels, most used first (×: how often).",
    },
    "de": {
        "comparison": "Vergleich",
        "and_more": "und {n} weitere",
        "worksheet": "Arbeitsblatt",
        "articles": "Artikel",
        "outlet": "Medium", "title": "Titel", "date": "Datum", "source": "Quelle",
        "summary": "{groups} Gruppen paralleler Passagen, {unique} Passagen nur in einem Medium, {notes} Notizen.",
        "summary_excerpts": "Auszüge: nur die {groups} Passagen, über die mehrere Medien berichten; die vollständigen Texte sind nicht enthalten.",
        "legend": "Legende",
        "legend_reference": "Bezugspassage der Gruppe (die zentralste)",
        "legend_changed": "Wortlaut, der von der Bezugspassage abweicht",
        "legend_removed": "in der Bezugspassage: Wortlaut, den ein anderes Medium ersetzt oder weglässt",
        "legend_absent": "das Medium berichtet dies nicht",
        "legend_note": "eine Notiz (unter der Zeile)",
        "cues": "Framing-Hinweise",
        "cues_hint": "unterstrichen; die kleine Zahl führt zur Erklärung in der Liste der Hinweise",
        "row_score": "unter dem Namen jeder Zeile: wie ähnlich ihre Passagen sind (0 bis 1; 1 ist derselbe Wortlaut)",
        "wide_hint": "{n} Medien: Jede Zeile nennt die Medien, die darüber berichten; die übrigen lassen es aus.",
        "reported_by_count": "{n} von {m} Medien",
        "outlets_reporting": "Medien, die darüber berichten",
        "codes": "Codes",
        "side_by_side": "Nebeneinander",
        "absent": "nicht berichtet",
        "notes": "Notizen",
        "other_notes": "Notizen zu Passagen, die oben nicht gezeigt werden",
        "detached": "der Text an dieser Stelle hat sich geändert: die Notiz ist abgelöst",
        "coverage": "Wer berichtet was",
        "coverage_hint": "Jede Zeile ist eine Gruppe paralleler Passagen; ● das Medium berichtet sie, – es lässt sie weg.",
        "group": "Gruppe",
        "groups_covered": "berichtete Gruppen",
        "only_here": "Passagen nur in diesem Medium",
        "related_to": "verwandt mit den Zeilen",
        "label_table": "Wie die Akteure benannt werden",
        "label_table_hint": "Für jeden Akteur die Bezeichnungen, die jedes Medium verwendet (wie oft).",
        "actor": "Akteur",
        "cue_list": "Framing-Hinweise nach Art",
        "full_texts": "Vollständige Texte",
        "furniture": "Ausgelassene Seitenelemente",
        "furniture_hint": "Zeilen der kopierten Seiten, die nicht Berichterstattung sind (Bildunterschriften, "
                          "Quellenangaben, Teilen-Knöpfe, Hinweise): nicht verglichen, ohne Signale und Auslassungen.",
        "tasks": "Aufgaben",
        "answers": "Lösungen",
        "answers_hint": "Fassung für die Lehrkraft: Das Blatt der Schülerinnen und Schüler ist dasselbe ohne diese Lösungen.",
        "show": "Zeigen",
        "show_diff": "Unterschiede",
        "show_cues": "Framing-Hinweise",
        "show_notes": "Notizen",
        "name_line": "Name: ______________________   Datum: ____________",
        "none": "keine",
        "reported_by": "berichtet von",
        "left_out_by": "weggelassen von",
        "profile": "Framing-Profil",
        "profile_hint": "Wie oft jedes Medium welche Art von Framing-Hinweis verwendet, in Hinweisen je 1.000 Wörter, "
                        "und wie es die wichtigsten Akteure bezeichnet. Die Zahlen sind klein: Vergleichen Sie mehrere "
                        "Ereignisse, bevor Sie verallgemeinern.",
        "profile_rates": "Hinweise je 1.000 Wörter, nach Art",
        "profile_legend": "Balken und Zahl: Hinweise je 1.000 Wörter, für alle Medien auf einer Skala; in Klammern: "
                          "wie viele. Nur die eigene Stimme des Mediums zählt.",
        "profile_words": "{words} Wörter, {cues} Hinweise",
        "profile_labels": "Wie jedes Medium die Akteure nennt",
        "profile_labels_hint": "Die am häufigsten bezeichneten Akteure; je Medium seine Bezeichnungen, die häufigste "
                               "zuerst (×: wie oft).",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])


def cue_names(language: str) -> dict[str, str]:
    return CUE_NAMES.get(language, CUE_NAMES["en"])
