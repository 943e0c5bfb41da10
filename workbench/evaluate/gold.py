"""Gold files of one event (or of the seeds), read once.

Formats (all keyed by short document keys that name files in the texts folder):

* alignment: ``{"docs": {KEY: FILE}, "clusters": [{"id", "core": [[KEY, QUOTE]], "related": [...]}]}``;
  a cluster is one fact, quotes are short exact substrings that pick out a sentence.
* cues: ``{"docs": {...}, "cues": [[KEY, QUOTE, CATEGORY], ...]}``.
* segments: ``{"docs": {...}, "segments": {KEY: [[KIND, TEXT], ...]}}``, every segment
  of the document in order (kinds headline, sentence, furniture), together covering
  all of its non-space text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GoldSet:
    texts_dir: Path
    docs: dict[str, str] = field(default_factory=dict)  # key -> file name
    alignment: dict | None = None
    cues: dict | None = None
    segments: dict | None = None

    def texts(self) -> dict[str, str]:
        return {k: (self.texts_dir / v).read_text(encoding="utf-8") for k, v in self.docs.items()
                if (self.texts_dir / v).is_file()}


def _read(path: str | Path | None) -> dict | None:
    if path is None:
        return None
    return json.loads(Path(path).read_text(encoding="utf-8"))


def load_gold(texts_dir: str | Path, align: str | Path | None = None, cues: str | Path | None = None,
              segments: str | Path | None = None) -> GoldSet:
    """Gold from explicit files; missing parts stay None."""
    gold = GoldSet(Path(texts_dir), alignment=_read(align), cues=_read(cues), segments=_read(segments))
    for part in (gold.alignment, gold.cues, gold.segments):
        if part:
            gold.docs.update(part["docs"])
    return gold


def load_event(folder: str | Path) -> GoldSet:
    """The gold of a corpus event folder (``gold/alignment.json``, ``cues.json``, ``segments.json``)."""
    folder = Path(folder)
    parts = {name: folder / "gold" / f"{name}.json" for name in ("alignment", "cues", "segments")}
    return load_gold(folder, **{("align" if k == "alignment" else k): (p if p.is_file() else None)
                                for k, p in parts.items()})
