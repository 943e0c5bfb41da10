"""Cue labels and explanations in the reader's language (issue 12: localisation)."""

from __future__ import annotations

from workbench.cues import load_lexicon
from workbench.cues.lexicon import HEADER_DE, parse_tsv


def test_every_shipped_entry_has_a_german_gloss():
    for lang in ("de", "en"):
        lex = load_lexicon(lang)
        assert not lex.problems
        missing = [e.match for e in lex.entries if not e.gloss_de]
        assert not missing, f"{lang}.tsv: no gloss_de for {missing[:10]}"
        for e in lex.entries:
            assert e.gloss_de.endswith(".") and "\t" not in e.gloss_de
            if lang == "en" and e.gloss.startswith("'"):  # the German translation first, as the gloss has the English
                assert e.gloss_de.startswith("„") and "“" in e.gloss_de, e.match


def test_six_and_seven_columns_are_both_valid():
    six = "match\tfamily\tclass\tgloss\tpos\tweight\nfoo\thedge\tmodal\t'Foo'; a hedge.\t\t0.5\n"
    seven = ("\t".join(HEADER_DE) + "\nfoo\thedge\tmodal\t'Foo'; a hedge.\t\t0.5\t„Fu“; eine Abschwächung.\n"
             "bar\thedge\tmodal\t'Bar'; a hedge.\t\t0.5\n")
    entries, problems = parse_tsv(six, "six.tsv", project=True)
    assert not problems and entries[0].gloss_de == ""
    entries, problems = parse_tsv(seven, "seven.tsv", project=True)
    assert not problems and [e.gloss_de for e in entries] == ["„Fu“; eine Abschwächung.", ""]
    entries, problems = parse_tsv(seven.replace("Abschwächung.", "Abschwächung.\tx"), "eight.tsv", project=True)
    assert len(problems) == 1 and "6 or 7" in problems[0]
