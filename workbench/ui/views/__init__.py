"""The widgets the main window lays out: the comparison table and page, the reading view, the detail pane,
the overview (coverage, actor labels, framing profile) and the side panels (documents, annotations, search, legend)."""
