"""Generate realistic test corpora from the seed articles.

Each generated article takes one seed, keeps its headline lines, then reorders
its paragraphs' sentences a little, drops some, and swaps words for synonyms,
the way independent outlets rewrite the same agency copy. Deterministic for a
given seed number.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SYNONYMS = {
    "sagte": ["erklärte", "betonte", "meinte"],
    "Machthaber": ["Staatschef", "Diktator", "Herrscher"],
    "Staatschef": ["Präsident", "Machthaber"],
    "Treffen": ["Gipfel", "Gipfeltreffen", "Zusammenkunft"],
    "Raketen": ["Flugkörper", "Geschosse"],
    "Waffen": ["Rüstungsgüter", "Kriegsgerät"],
    "Unterstützung": ["Hilfe", "Beistand"],
    "Russland": ["Moskau"],
    "Nordkorea": ["Pjöngjang"],
    "erneut": ["wieder", "abermals"],
    "Gespräch": ["Unterredung", "Austausch"],
    "Weltraumbahnhof": ["Kosmodrom", "Raumfahrtzentrum"],
    "wahrscheinlich": ["vermutlich", "womöglich"],
    "Krieg": ["Angriffskrieg", "Konflikt"],
}
_SENTENCE_END = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"])")


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def rewrite(text: str, rng: random.Random) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    out = []
    for i, para in enumerate(paragraphs):
        sentences = _SENTENCE_END.split(para.strip())
        if i > 0 and len(sentences) > 1:
            sentences = [s for s in sentences if rng.random() > 0.15] or sentences[:1]
            if rng.random() < 0.3:
                rng.shuffle(sentences)
        words = " ".join(sentences).split(" ")
        for j, word in enumerate(words):
            stem = word.strip(".,;:!?„“\"")
            if stem in SYNONYMS and rng.random() < 0.5:
                words[j] = word.replace(stem, rng.choice(SYNONYMS[stem]))
        out.append(" ".join(words))
    if len(out) > 3 and rng.random() < 0.5:
        body = out[1:]
        rng.shuffle(body)
        out = out[:1] + body
    return "\n\n".join(out) + "\n"


def generate(n: int, seed: int = 13) -> list[str]:
    """``n`` articles; article ``i`` is a rewrite of seed ``i % 5``, with a unique marker line."""
    rng = random.Random(seed)
    seeds = seed_texts()
    articles = []
    for i in range(n):
        body = rewrite(seeds[i % len(seeds)], rng)
        articles.append(f"{body}\nBericht Nummer {i + 1}.\n")
    return articles


def write_corpus(folder: Path, n: int, seed: int = 13) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(generate(n, seed)):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
