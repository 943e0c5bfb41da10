"""Long work off the UI thread: the job runner (one worker thread per project), large alignments in a child
process, the plain functions each job runs (``operations``, no Qt) and the progress widget with its Cancel button."""
