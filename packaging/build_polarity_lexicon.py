#!/usr/bin/env python3
"""Build resources/lexicons/de_polarity.tsv: evaluative adjectives from the German Polarity Lexicon.

usage: python packaging/build_polarity_lexicon.py        (needs: pip install textblob-de wordfreq)

Source: the German Polarity Lexicon (Klenner, Clematide, Wiegand, Peters; University of Zurich, version
1.1, 2010; Apache License 2.0) as the PyPI package textblob-de ships it (``textblob_de/data/
de-sentiment.xml``). Kept: adjectives of full polarity (-1.0 or +1.0) that are not everyday words
(Zipf frequency below ``MAX_ZIPF`` in wordfreq's German list: "gut", "klar", "falsch", "schön" say
little about the outlet's stance), that name no category or state in news (``DESCRIPTIVE``) and that the
hand-written lexicon (``de.tsv``) does not list. Each
becomes an ``evaluative`` entry (negative / positive) for adjectives (``ADJ``), weight 0.5: attributive
("hektische Betriebsamkeit") and adverbial ("spektakulär gescheitert") uses count; predicative ones ("es ist
klar", "es sei respektlos") are more often reported judgements or idioms, and ``workbench/cues/conditions.py``
leaves them out. wordfreq is used only to filter;
none of its data is shipped. The hand-written lexicon wins wherever both list a word.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "lexicons" / "de_polarity.tsv"
MAX_ZIPF = 4.5
# adjectives the lexicon rates that in news name a category or a state, not the outlet's judgement: "ein Jahr vor
# dem regulären Ende der Legislaturperiode", "das humanitäre Völkerrecht", "ein atomwaffenfreies Korea", "im hell
# erleuchteten Porträtzimmer", "von im Krieg verwundeten Soldaten", "berichten mehrere Medien übereinstimmend",
# "mehr Waren als umgekehrt" (each highlighted in the development corpus as a judgement); and adjectives that in news
# name a kind of thing, mostly in set phrases of diplomacy and of programmes: "eine friedliche Lösung", "fairer
# Handel" / "faire Wettbewerbsbedingungen" (what is demanded), "alle feindseligen Handlungen" (the term of a
# declaration every outlet repeats), "mit musikalischen Einlagen"
DESCRIPTIVE = {"regulär", "humanitär", "atomwaffenfrei", "erleuchtet", "verwundet", "übereinstimmend", "umgekehrt",
               "friedlich", "fair", "feindselig", "musikalisch"}
HEADER = """# Evaluative adjectives from the German Polarity Lexicon (Klenner, Clematide, Wiegand, Peters,
# University of Zurich, version 1.1, 2010), licence Apache-2.0 (LICENSE-de_polarity), taken from the
# PyPI package textblob-de {version}. Built by packaging/build_polarity_lexicon.py: adjectives of full
# polarity, not everyday words (wordfreq Zipf < {zipf}), not in de.tsv; predicative uses left out by the matcher.
# Same columns as de.tsv; de.tsv wins where both list a word.
match\tfamily\tclass\tgloss\tpos\tweight\tgloss_de
"""
GLOSS = {"negative": ("A negative judgement in the outlet's own description (German Polarity Lexicon).",
                      "ein negatives Urteil in der eigenen Beschreibung des Mediums (German Polarity Lexicon)."),
         "positive": ("A positive judgement in the outlet's own description (German Polarity Lexicon).",
                      "ein positives Urteil in der eigenen Beschreibung des Mediums (German Polarity Lexicon).")}


def build() -> str:
    from importlib.util import find_spec

    from wordfreq import zipf_frequency

    spec = find_spec("textblob_de")  # located, not imported: its package needs textblob, the data does not
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("textblob-de is not installed: pip install textblob-de wordfreq")
    xml = (Path(spec.submodule_search_locations[0]) / "data" / "de-sentiment.xml").read_text(encoding="utf-8")
    listed = {line.split("\t", 1)[0] for line in (ROOT / "resources" / "lexicons" / "de.tsv")
              .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}
    rows: dict[str, str] = {}
    for attrs in re.findall(r"<word ([^>]*)/>", xml):
        a = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
        form, polarity = a["form"].casefold(), float(a["polarity"])
        if a.get("pos") != "JJ" or abs(polarity) < 1.0 or not form.isalpha() or form in listed or form in DESCRIPTIVE:
            continue
        if zipf_frequency(form, "de") >= MAX_ZIPF:
            continue
        cls = "negative" if polarity < 0 else "positive"
        rows[form] = f"{form}\tevaluative\t{cls}\t{GLOSS[cls][0]}\tADJ\t0.5\t{GLOSS[cls][1]}"
    header = HEADER.format(version=metadata.version("textblob-de"), zipf=MAX_ZIPF)
    return header + "".join(rows[k] + "\n" for k in sorted(rows))


def main() -> int:
    text = build()
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10)) - 6} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
