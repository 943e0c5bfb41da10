"""Passages as text on screen: the HTML subset QTextDocument renders, the cell delegate that paints it, framing-cue
underlines and their names, annotation marks, and selected text back to offsets."""
