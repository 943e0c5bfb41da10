"""TF-IDF matrices over units, and sparse candidate search.

Candidates come from a sparse product restricted to features that are not
too common (an inverted index in matrix form): a segment is compared only
with segments it shares a distinctive word or concept with, so the cost
grows with the number of similar pairs, not with all pairs.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter

import numpy as np
from scipy import sparse

from workbench.align.features import Unit
from workbench.align.params import AlignParams

CANDIDATE_BLOCK = 512  # rows per block of the sparse product
PAIR_CHUNK = 50_000  # pairs scored at once


def tfidf(bags: list[Counter]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Row-normalised TF-IDF matrix of weighted bags, and each column's document frequency."""
    index: dict[str, int] = {}
    # typed arrays, not lists: a thousand articles give millions of entries (8 bytes each, not 30 or more)
    rows, cols, vals = array("q"), array("q"), array("d")
    for r, bag in enumerate(bags):
        for feature, weight in bag.items():
            c = index.setdefault(feature, len(index))
            rows.append(r)
            cols.append(c)
            vals.append(weight)
    n = len(bags)
    cols_np = np.frombuffer(cols, dtype=np.int64) if cols else np.zeros(0, dtype=np.int64)
    rows_np = np.frombuffer(rows, dtype=np.int64) if rows else np.zeros(0, dtype=np.int64)
    vals_np = np.frombuffer(vals, dtype=np.float64) if vals else np.zeros(0)
    m = sparse.csr_matrix((vals_np, (rows_np, cols_np)), shape=(n, max(1, len(index))))
    df = np.bincount(cols_np, minlength=m.shape[1]) if len(cols_np) else np.zeros(m.shape[1])
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    m = m @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m), df


class SimilarityModel:
    """Word and character TF-IDF vectors of all units; similarity of any pair."""

    def __init__(self, units: list[Unit], params: AlignParams, embeddings: np.ndarray | None = None) -> None:
        self.params = params
        self.embeddings = embeddings
        self.words, self.word_df = tfidf([u.words for u in units])
        self.chars, _ = tfidf([u.chars for u in units])
        self.docs = np.array([u.doc_rank for u in units])
        self.sizes = np.array([sum(1 for f in u.words if not f.startswith("~")) for u in units], dtype=np.float64)
        self.n = len(units)

    def pair_similarity(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Similarity of the pairs (i[k], j[k]): a weighted cosine of word and char vectors."""
        if len(i) > PAIR_CHUNK:  # bounded memory: row slices of millions of pairs add up
            return np.concatenate(
                [self.pair_similarity(i[k : k + PAIR_CHUNK], j[k : k + PAIR_CHUNK]) for k in range(0, len(i), PAIR_CHUNK)]
            )
        if len(i) == 0:
            return np.zeros(0)
        w = np.asarray(self.words[i].multiply(self.words[j]).sum(axis=1)).ravel()
        c = np.asarray(self.chars[i].multiply(self.chars[j]).sum(axis=1)).ravel()
        share = self.params.word_share
        sim = share * w + (1.0 - share) * c
        # Short units (kickers, two-word headlines) reach high cosines by accident:
        # shrink by the evidence the shorter side can offer.
        m = np.minimum(self.sizes[i], self.sizes[j])
        sim = sim * m / (m + self.params.short_unit_shrink)
        if self.embeddings is not None:
            e = np.einsum("ij,ij->i", self.embeddings[i], self.embeddings[j]).astype(np.float64)
            sim = (1.0 - self.params.embedding_share) * sim + self.params.embedding_share * np.clip(e, 0.0, 1.0)
        return sim

    def combined_rows(self) -> list[dict[int, float]]:
        """Each unit's vector as {column: value} in the concatenated space where dot = similarity."""
        a = math.sqrt(self.params.word_share)
        b = math.sqrt(1.0 - self.params.word_share)
        offset = self.words.shape[1]
        words, chars = self.words.tocsr(), self.chars.tocsr()
        w_ptr, w_idx, w_val = words.indptr.tolist(), words.indices.tolist(), (words.data * a).tolist()
        c_ptr, c_idx, c_val = chars.indptr.tolist(), (chars.indices + offset).tolist(), (chars.data * b).tolist()
        out = []
        for r in range(self.n):  # rows read from the CSR arrays directly (getrow builds a matrix per row)
            row = dict(zip(w_idx[w_ptr[r]:w_ptr[r + 1]], w_val[w_ptr[r]:w_ptr[r + 1]]))
            row.update(zip(c_idx[c_ptr[r]:c_ptr[r + 1]], c_val[c_ptr[r]:c_ptr[r + 1]]))
            out.append(row)
        return out

    def candidates(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Pairs (i < j) worth scoring, with their full similarity.

        The product runs in blocks of rows and keeps each row's best
        ``max_candidates``, so memory stays bounded by segments x k.
        """
        p = self.params
        cap = max(p.min_df_cap, int(p.max_df_share * self.n))
        keep = np.where(self.word_df <= cap)[0]
        pruned = self.words[:, keep].tocsr()
        transposed = pruned.T.tocsr()
        rows_i, rows_j = [], []
        for lo in range(0, self.n, CANDIDATE_BLOCK):
            block = pruned[lo : lo + CANDIDATE_BLOCK] @ transposed
            block.sort_indices()  # columns ascending within each row: ties are broken by the lower column
            counts = np.diff(block.indptr)
            i = np.repeat(np.arange(lo, lo + len(counts), dtype=np.int64), counts)
            j, v = block.indices.astype(np.int64), block.data
            mask = (i != j) & (v >= p.candidate_floor)
            i, j, v = i[mask], j[mask], v[mask]
            if p.max_candidates and len(v):
                i, j = _best_per_row(i, j, v, p.max_candidates)
            rows_i.append(np.minimum(i, j))
            rows_j.append(np.maximum(i, j))
        if self.embeddings is not None:
            from workbench.align.embeddings import nearest

            ei, ej = nearest(self.embeddings, p.max_candidates, p.embedding_floor)
            rows_i.append(ei)
            rows_j.append(ej)
        if not rows_i or not sum(len(r) for r in rows_i):
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        keys = np.unique(np.concatenate(rows_i).astype(np.int64) * self.n + np.concatenate(rows_j).astype(np.int64))
        i, j = keys // self.n, keys % self.n
        return i, j, self.pair_similarity(i, j)


def _best_per_row(i: np.ndarray, j: np.ndarray, v: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's ``k`` entries of highest value, ties to the lower column (``i`` ascending, ``j`` ascending
    within a row). Rows with at most ``k`` entries are kept whole; only the others are ranked, one by one."""
    starts = np.flatnonzero(np.r_[True, i[1:] != i[:-1]])
    ends = np.r_[starts[1:], len(i)]
    keep = np.ones(len(i), dtype=bool)
    for s, e in zip(starts[(ends - starts) > k].tolist(), ends[(ends - starts) > k].tolist()):
        row = v[s:e]
        t = np.partition(row, len(row) - k)[len(row) - k]  # the k-th highest value
        chosen = row > t
        ties = np.flatnonzero(row == t)[: k - int(chosen.sum())]  # in column order
        chosen[ties] = True
        keep[s:e] = chosen
    return i[keep], j[keep]
