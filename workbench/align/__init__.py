"""Alignment: groups of parallel passages across N documents, and word-level diffs."""

from workbench.align.diff import DiffOptions, diff_ops, word_diff
from workbench.align.engine import align
from workbench.align.features import AlignInput
from workbench.align.params import DEFAULT_PARAMS, AlignParams

__all__ = ["DEFAULT_PARAMS", "AlignInput", "AlignParams", "DiffOptions", "align", "diff_ops", "word_diff"]
