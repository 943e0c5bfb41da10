"""Where quotations are (the code lives in ``workbench.nlp.quotes``: the segmenter needs it too)."""

from workbench.nlp.quotes import inside, quoted_ranges

__all__ = ["inside", "quoted_ranges"]
