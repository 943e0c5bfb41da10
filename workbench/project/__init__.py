"""The Project facade, what the CLI and the GUI call: ``Project`` and the events it sends.

Its parts: ``base`` (the store, events, documents with the furniture decisions), ``comparing`` (alignment
and corrections), ``framing`` (cues, lexicon entries, entities), ``annotating`` (annotations, codes,
importing a comparison JSON), ``exporting`` (the exports) and ``facade`` (life cycle and import).
"""

from workbench.project.base import Cancel, Listener, Progress, ProjectEvent, analyse_cached, default_title
from workbench.project.facade import IMPORT_CHUNK, Project

__all__ = ["IMPORT_CHUNK", "Cancel", "Listener", "Progress", "Project", "ProjectEvent",
           "analyse_cached", "default_title"]
