"""Framing cues: word choices that shape how readers see the reported event.

Public interface:

- ``detect_cues(docs, alignment, overrides=None, entities=None) -> list[Cue]``:
  cues of the eight categories of ``shared/docs/architecture.md`` for the
  documents (``workbench.align.AlignInput``) and their alignment (may be None:
  the lexicon, shape and quote detectors still run; group-based counterparts
  and time/number variants need it). ``overrides`` are project lexicon rows
  (the TSV columns plus "language"); ``entities`` maps a canonical entity
  name to aliases or names to merge with it. Deterministic; sorted by
  document order, then start.
- ``lexicon_version(languages, overrides=None) -> str``: fingerprint of the
  effective lexicons and the detector version (``CUES_VERSION``); store it
  with the cues, recompute when it changes.
- ``actor_label_table(cues, docs) -> dict``: per entity, per document, the
  labels used and how often.
- ``override_rows_from_tsv(text, language)``: a project lexicon file as
  override rows, with the problems found (file:line).
"""

from workbench.cues.actors import actor_label_table
from workbench.cues.detect import detect_cues
from workbench.cues.lexicon import CUES_VERSION, load_lexicon, lexicon_version, override_rows_from_tsv

__all__ = ["CUES_VERSION", "actor_label_table", "detect_cues", "lexicon_version", "load_lexicon",
           "override_rows_from_tsv"]
