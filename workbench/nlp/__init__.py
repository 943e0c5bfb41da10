"""The text pipeline: segments (headline / sentence / boilerplate), tokens, lemmas, POS.

Public interface (used by workbench.project):

- ``analyse(text, language) -> Analysis``
- ``analyse_many(items, workers=None, progress=None, cancel=None) -> list[Analysis]``: raises
  ``workbench.core.work.Cancelled`` when ``cancel()`` turns true
- ``pipeline_id(language) -> str``: names the pipeline and its version, stored
  with each Analysis so cached results are redone only when it changes.

Also: ``shutdown()``
(stops the shared worker processes of ``analyse_many``), and
``segment(text, language)`` (segments only, no pipeline needed).
"""

from workbench.nlp.analysis import analyse
from workbench.nlp.batch import analyse_many, shutdown
from workbench.nlp.pipeline import pipeline_id
from workbench.nlp.segmenter import segment

__all__ = ["analyse", "analyse_many", "pipeline_id", "segment", "shutdown"]
