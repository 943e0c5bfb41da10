"""What the user's actions do: controllers for annotating, corrections and importing, the navigator that keeps
the views on one passage, and the undo commands every edit is made of."""
