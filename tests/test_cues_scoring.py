"""Scoring the cue detectors against the hand-made gold cues of the five seed articles.

The helper builds a comparison-JSON-like dict ({documents: [{id, source, text}],
cues: [...]}) with the cues a user sees (``shown``) and runs
``workbench.evaluate.score`` (the project's own copy of the reference scorer) on it.

Run as a script for the figures:

    /work/venv/bin/python tests/test_cues_scoring.py
"""

from __future__ import annotations

import json
import sys
import time
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold" / "cues.json"


@lru_cache(maxsize=1)
def seed_inputs():
    """AlignInputs of the seeds and their alignment (analysed once per test session)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from workbench.align import AlignInput, align
    from workbench.nlp import analyse

    docs = []
    for n, path in enumerate(sorted(SEEDS.glob("*.txt")), 1):
        text = path.read_text(encoding="utf-8")
        a = analyse(text, "de")
        docs.append(AlignInput(f"d{n}", text, a.segments, a.tokens, "de"))
    return docs, align(docs)


def sources() -> dict[str, str]:
    return {f"d{n}": p.name for n, p in enumerate(sorted(SEEDS.glob("*.txt")), 1)}


def export_dict(docs, cues, shown_only: bool = True) -> dict:
    src = sources()
    return {
        "schema": "workbench-comparison/1",
        "documents": [{"id": d.doc, "source": src.get(d.doc, d.doc), "text": d.text, "language": d.language}
                      for d in docs],
        "cues": [c.to_json() for c in cues if c.shown or not shown_only],
    }


def score(docs, cues, shown_only: bool = True) -> dict:
    """The scorer's figures for these cues."""
    from workbench.evaluate import load_gold
    from workbench.evaluate import score as score_export

    return score_export(export_dict(docs, cues, shown_only), load_gold(SEEDS, cues=GOLD))


def report() -> dict:
    from workbench.cues import detect_cues

    docs, alignment = seed_inputs()
    started = time.perf_counter()
    cues = detect_cues(docs, alignment)
    elapsed = time.perf_counter() - started
    res = score(docs, cues)
    res["detect_seconds"] = round(elapsed, 3)
    res["shown"] = sum(c.shown for c in cues)
    res["total"] = len(cues)
    return res


def test_scoring_helper_counts_only_shown_cues():
    from workbench.cues import detect_cues

    docs, alignment = seed_inputs()
    cues = detect_cues(docs, alignment)
    res = score(docs, cues)
    assert res["cues"] == sum(c.shown for c in cues)
    assert set(res["per_category"]) == {"quote_variant", "actor_label", "event_label", "reporting_verb",
                                        "evaluative", "hedge", "attribution", "factual_variant"}


if __name__ == "__main__":
    print(json.dumps(report(), ensure_ascii=False, indent=1))
