"""The Project facade, what the CLI and the GUI call: ``Project`` and the events it sends.

Its parts: ``base`` (the store, events, documents with the furniture decisions), ``comparing`` (alignment
and corrections), ``framing`` (cues, lexicon entries, entities), ``annotating`` (annotations, codes,
importing a comparison JSON), ``exporting`` (the exports) and ``facade`` (life cycle and import).

The vocabulary of long work and of events comes from ``workbench.core`` and is passed on here, so a front
end needs nothing else: ``Progress``, ``Cancel``, ``Cancelled``, ``EventKind``.
"""

from workbench.core.events import EventKind
from workbench.core.work import Cancel, Cancelled, Progress
from workbench.project.base import Listener, ProjectEvent, analyse_cached, default_title
from workbench.project.facade import IMPORT_CHUNK, Project

__all__ = ["IMPORT_CHUNK", "Cancel", "Cancelled", "EventKind", "Listener", "Progress", "Project", "ProjectEvent",
           "analyse_cached", "default_title"]
