"""Which spaCy pipeline analyses a language, loaded once per process.

A trained spaCy pipeline (``de_core_news_lg/md/sm``, ``en_core_web_lg/md/sm``)
is used when one is installed: it tags and lemmatises in context. Those are
not on PyPI, so the default is what plain PyPI packages give offline: the
blank tokenizer of the language, the lookup lemmatizer from
spacy-lookups-data when it has a table for the language, and for German the
HanTa tagger (see ``tagger.py``). Other languages get no POS tags.

spaCy is imported inside functions so that ``import workbench.nlp`` stays
cheap and the app window can open before any model loads.
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from workbench.core.errors import ErrorCode, WorkbenchError
from workbench.core.gcpause import gc_paused
from workbench.nlp.segmenter import SEGMENTER_VERSION
from workbench.nlp.spacy_import import import_spacy

# Bump when tokens, lemmas or tags can change for the same pipeline
# (lemma policy, particle rejoining, HanTa glue). 2: capitalised words looked up in lower case; 3: a separated
# particle joins no full verb beyond a finite auxiliary or modal of its own clause.
TOKENS_VERSION = 3

TRAINED: dict[str, tuple[str, ...]] = {
    "de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm"),
    "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm"),
}
# Components of a trained pipeline we never use: our segmenter replaces the
# parser's sentences, and entities are not needed downstream.
_UNUSED = ("parser", "ner", "senter", "entity_ruler")


@dataclass
class Pipeline:
    """A loaded pipeline for one language and how to read its tokens."""

    language: str  # spaCy language code actually used ("xx" if unsupported)
    nlp: Any  # spacy.Language
    trained: bool  # tags and lemmas come from spaCy itself
    hanta: bool  # German: tags and lemmas come from HanTa
    ident: str  # pipeline_id()
    lookup: Any = None  # a shipped LemmaTable (lemma_table.py) instead of spaCy's in-memory lookup lemmatizer


def normalise_language(language: str | None) -> str:
    """"de-AT", "DE", "de_CH" -> "de"; empty -> "xx" (spaCy's multi-language)."""
    code = (language or "").strip().replace("_", "-").split("-")[0].lower()
    return code or "xx"


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


@lru_cache(maxsize=None)
def trained_package(language: str) -> str | None:
    """Name of an installed trained pipeline for ``language``, if any.

    Checked with importlib rather than ``spacy.util.is_package`` so that
    ``pipeline_id`` does not have to import spaCy.
    """
    for name in TRAINED.get(normalise_language(language), ()):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=None)
def _has_lookups(language: str) -> bool:
    try:
        import spacy_lookups_data
    except ImportError:
        return False
    return "lemma_lookup" in getattr(spacy_lookups_data, language, {})


# spaCy languages whose tokenizer needs a package spaCy does not install (it
# raises ImportError on spacy.blank): without it, the language is analysed by
# the multi-language pipeline "xx" (tokens at spaces and punctuation), so one
# Japanese article never stops an import.
_TOKENIZER_NEEDS: dict[str, tuple[str, ...]] = {
    "ja": ("sudachipy", "sudachidict_core"),
    "ko": ("natto",),
    "th": ("pythainlp",),
    "vi": ("pyvi",),
}


@lru_cache(maxsize=None)
def _spacy_language(language: str) -> str:
    """The language code spaCy has a class for (and its tokenizer's packages), else "xx".

    Looks for ``spacy/lang/<code>/`` on disk: ``find_spec("spacy.lang.de")``
    would import spaCy itself.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return "xx"
    if any(importlib.util.find_spec(name) is None for name in _TOKENIZER_NEEDS.get(language, ())):
        return "xx"
    for location in spec.submodule_search_locations:
        if language.isalpha() and (Path(location) / "lang" / language / "__init__.py").is_file():
            return language
    return "xx"


@lru_cache(maxsize=None)
@lru_cache(maxsize=1)
def _furniture_version() -> str:
    """A digest of the shipped furniture patterns: a new pattern can move a boundary or a kind, so analyses made
    before it are redone (no version number to forget to bump)."""
    import hashlib

    from workbench.core.resources import resource_path

    return hashlib.sha256(resource_path("furniture", "patterns.tsv").read_bytes()).hexdigest()[:8]


def pipeline_id(language: str) -> str:
    """Name and version of the pipeline that ``analyse`` uses for ``language``.

    Stored with every analysis; when it changes, cached results are redone.
    Includes the versions of the packages whose data shape the output.
    """
    suffix = f"/seg-{SEGMENTER_VERSION}/tok-{TOKENS_VERSION}/furn-{_furniture_version()}"
    code = normalise_language(language)
    trained = trained_package(code)
    if trained:
        return f"{trained}-{_version(trained) or '?'}{suffix}"
    code = _spacy_language(code)
    parts = [f"blank-{code}@spacy-{_version('spacy') or '?'}"]
    if _has_lookups(code):
        parts.append(f"lookups-{_version('spacy-lookups-data') or '?'}")
    if code == "de":
        parts.append(f"hanta-{_version('HanTa') or '?'}")
    return "+".join(parts) + suffix


_LOCK = threading.Lock()
_LOADED: dict[str, Pipeline] = {}


def _load_trained(name: str) -> Any:
    spacy = import_spacy()

    try:
        return spacy.load(name, exclude=list(_UNUSED))
    except Exception:  # an older package may not know a name in exclude
        return spacy.load(name)


def _load_blank(code: str, table: Any = None) -> Any:
    """spaCy's blank pipeline; with spaCy's lookup lemmatizer unless a shipped ``table`` replaces it."""
    spacy = import_spacy()

    nlp = spacy.blank(code)
    if _has_lookups(code) and table is None:
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    return nlp


def get_pipeline(language: str) -> Pipeline:
    """The pipeline for ``language``, loaded on first use and kept per process."""
    code = normalise_language(language)
    with _LOCK:
        found = _LOADED.get(code)
        if found is not None:
            return found
        trained = trained_package(code)
        try:
            with gc_paused():  # importing spaCy makes many objects, none of them garbage
                pipeline = _load(code, trained)
        except (OSError, ValueError, ImportError) as error:
            raise WorkbenchError(ErrorCode.PIPELINE,
                                 f"The text pipeline for language {code!r} could not be loaded: {error}") from error
        _LOADED[code] = pipeline
        return pipeline


def _load(code: str, trained: str | None) -> Pipeline:
    """Load the pipeline for ``code``: the trained one if installed, else the blank one (see the module)."""
    if trained:
        return Pipeline(code, _load_trained(trained), True, False, pipeline_id(code))
    from workbench.nlp.lemma_table import lemma_table

    spacy_code = _spacy_language(code)
    table = lemma_table(spacy_code) if _has_lookups(spacy_code) else None
    return Pipeline(spacy_code, _load_blank(spacy_code, table), False, spacy_code == "de", pipeline_id(code), table)
