#!/usr/bin/env python3
"""Build resources/lemmas/{de,en}.tsv from spacy-lookups-data's lemma lookup tables (MIT).

usage: .venv/bin/python packaging/build_lemma_tables.py [--check]

spaCy's lookup lemmatizer loads a whole table into memory (German: 355,000
forms, about 0.7 s) before the first word. The app asks for a few thousand
words, so the same table is shipped as a sorted text file ("form<TAB>lemma",
sorted by the UTF-8 bytes of the form) that ``workbench/nlp/lemma_table.py``
searches in place, word by word, without reading it whole. Same data, same
lemmas: the pipeline id does not change.

``--check`` rebuilds in memory and fails when a shipped file differs (CI).
"""

from __future__ import annotations

import gzip
import json
import sys
from importlib import metadata
from pathlib import Path

LANGUAGES = ("de", "en")
OUT = Path(__file__).resolve().parent.parent / "resources" / "lemmas"


def table(language: str) -> bytes:
    import spacy_lookups_data

    data_dir = Path(spacy_lookups_data.__file__).parent / "data"
    with gzip.open(data_dir / f"{language}_lemma_lookup.json.gz", "rt", encoding="utf-8") as fh:
        lookup = json.load(fh)
    rows = sorted(
        (form.encode("utf-8"), lemma.encode("utf-8"))
        for form, lemma in lookup.items()
        if isinstance(lemma, str) and form and not any(c in form + lemma for c in "\t\n\r")
    )
    return b"".join(form + b"\t" + lemma + b"\n" for form, lemma in rows)


def main() -> int:
    check = "--check" in sys.argv[1:]
    version = metadata.version("spacy-lookups-data")
    status = 0
    for language in LANGUAGES:
        path = OUT / f"{language}.tsv"
        built = table(language)
        if check:
            if not path.is_file() or path.read_bytes() != built:
                print(f"{path}: differs from spacy-lookups-data {version}; run packaging/build_lemma_tables.py")
                status = 1
            continue
        OUT.mkdir(parents=True, exist_ok=True)
        path.write_bytes(built)
        forms = built.count(b"\n")
        print(f"wrote {path} ({forms} forms, {len(built) / 1e6:.1f} MB) from spacy-lookups-data {version}")
    if not check:
        (OUT / "VERSION").write_text(f"spacy-lookups-data {version}\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
