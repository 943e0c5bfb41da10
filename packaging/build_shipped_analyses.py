#!/usr/bin/env python3
"""Build resources/analyses/shipped.json: the text pipeline's analyses of the bundled demo articles.

usage: .venv/bin/python packaging/build_shipped_analyses.py

`workbench demo` imports the five seeds on a machine that has never seen
them; with their analyses shipped (keyed like the user's analysis cache: the
text, its language and the pipeline's version), the first demo does not wait
for spaCy and HanTa. An entry made by another pipeline version is simply not
used. tests/test_speed_caches.py fails when the file no longer matches what
the pipeline gives: run this script again after changing the pipeline.
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.ingest import read_source  # noqa: E402
from workbench.nlp import analyse_many, pipeline_id  # noqa: E402
from workbench.store.analysis_cache import cache_key, pack  # noqa: E402

OUT = ROOT / "resources" / "analyses" / "shipped.json"


def entries() -> dict[str, str]:
    articles = [read_source(str(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    items = [(a.text, a.language or "und") for a in articles]
    analyses = analyse_many(items, workers=1)
    return {cache_key(text, language, pipeline_id(language)): base64.b64encode(pack(analysis)).decode("ascii")
            for (text, language), analysis in zip(items, analyses, strict=True)}


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = entries()
    OUT.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data)} analyses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
