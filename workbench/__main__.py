"""`python -m workbench`, and the entry point of frozen builds (see packaging/).

``freeze_support()`` must run before anything else in a frozen app: the
text pipeline (nlp/batch.py) and the GUI's large alignments
(ui/jobs/align_process.py) start "spawn" child processes, which re-run the
executable; there freeze_support() turns the process into the worker and
never returns. Outside a frozen app it does nothing.
"""

import multiprocessing


def run() -> None:
    multiprocessing.freeze_support()
    from workbench.cli import main

    main()


if __name__ == "__main__":  # pragma: no cover
    run()
