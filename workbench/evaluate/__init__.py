"""Scoring a comparison against hand-made gold: the yardstick for every quality figure.

A port of the reference scorer (gold format unchanged), extended with page
furniture, sentence boundaries and omissions, so that tests, the quality
benchmark and ``workbench evaluate`` all measure with one piece of code that
ships inside the repository. Pure standard library: it reads the comparison
JSON (the contract in docs) and gold JSON, nothing else.
"""

from workbench.evaluate.gold import GoldSet, load_gold
from workbench.evaluate.scoring import score

__all__ = ["GoldSet", "load_gold", "score"]
