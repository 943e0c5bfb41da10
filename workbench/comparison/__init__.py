"""The comparison a reader sees, built once (``compare``) and shown everywhere.

``model`` (``Comparison``, ``CueFilter``, ``compare``), ``restrict`` (the one
rule for narrowing an alignment to chosen outlets), ``rows`` (reading-order
rows, cells, passages and pieces with diff kinds, cues and related markers)
and ``labels`` (column headings). No Qt, no store: the app's Qt models adapt
a ``Comparison``, the exports in ``workbench.export`` render it.
"""

from workbench.comparison.labels import column_labels, outlet_label
from workbench.comparison.model import Comparison, CueFilter, compare
from workbench.comparison.restrict import restrict
from workbench.comparison.rows import Passage, Piece, Row, build_rows

__all__ = ["Comparison", "CueFilter", "Passage", "Piece", "Row", "build_rows", "column_labels", "compare",
           "outlet_label", "restrict"]
