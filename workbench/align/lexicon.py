"""The paraphrase lexicon: words that different outlets use for one concept.

Data lives in ``resources/paraphrases/<lang>.tsv`` (format in its header).
A project may add its own file with the same format. A concept whose note
begins with "[naming]" only tells how outlets name the reported event (the
cues' marked event names: "Streit", "Auseinandersetzung", "Wortwechsel");
alignment does not use it as evidence that two passages tell one fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from workbench.core.resources import resource_path


NAMING_ONLY = "[naming]"


@dataclass
class ParaphraseLexicon:
    single: dict[str, set[str]] = field(default_factory=dict)  # member -> concepts
    multi: list[tuple[frozenset[str], str]] = field(default_factory=list)  # (all these words) -> concept
    naming: dict[str, set[str]] = field(default_factory=dict)  # member -> naming-only concepts ("[naming]")

    def add(self, concept: str, member: str) -> None:
        words = member.casefold().split()
        if len(words) == 1:
            self.single.setdefault(words[0], set()).add(concept)
        elif words:
            self.multi.append((frozenset(words), concept))

    def concepts(self, words: set[str]) -> set[str]:
        """Concepts evoked by a bag of (case-folded) words and lemmas."""
        found: set[str] = set()
        for w in words:
            found |= self.single.get(w, set())
        for needed, concept in self.multi:
            if needed <= words:
                found.add(concept)
        return found


def read_tsv(path: Path, lexicon: ParaphraseLexicon) -> None:
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if cols[0] == "concept":
                continue
        if len(cols) < 2:
            continue
        naming = len(cols) > 2 and cols[2].startswith(NAMING_ONLY)
        for member in cols[1].split("|"):
            if naming:
                lexicon.naming.setdefault(member.strip().casefold(), set()).add(cols[0].strip())
            else:
                lexicon.add(cols[0].strip(), member.strip())


@lru_cache(maxsize=8)
def paraphrases(language: str) -> ParaphraseLexicon:
    """The shipped lexicon for ``language`` (empty for languages without one)."""
    lexicon = ParaphraseLexicon()
    path = resource_path("paraphrases", f"{language}.tsv")
    if path.is_file():
        read_tsv(path, lexicon)
    return lexicon
