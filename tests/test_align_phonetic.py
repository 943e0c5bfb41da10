"""Names meet across transliterations: a phonetic key (Kölner Phonetik) for name tokens."""

from __future__ import annotations

import pytest

from workbench.align.phonetic import cologne


@pytest.mark.parametrize("variants", [
    ("Selenskyj", "Selenski", "Selenskij", "Zelensky"),
    ("Schojgu", "Shoigu"),
    ("Müller", "Mueller"),
])
def test_transliteration_variants_share_a_key(variants):
    assert len({cologne(v) for v in variants}) == 1


def test_different_names_differ():
    assert len({cologne(n) for n in ("Putin", "Kim", "Selenskyj", "Trump", "Vance", "Merz", "Scholz")}) == 7
    assert cologne("") == "" and cologne("Ölpreis") == cologne("Oelpreis")
