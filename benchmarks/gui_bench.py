"""GUI benchmark: launch to a usable window, opening a 1,000-article project, UI stalls while aligning.

    python benchmarks/gui_bench.py [--articles 1000] [--align 100] [--keep DIR] [--json]

Targets (issue 5, 2 cores): a usable window in under 2 s, a 1,000-article
project open in under 2 s, no UI-thread stall over 100 ms while aligning
100 articles. The measuring code lives in workbench/ui/bench.py (it needs Qt).
"""

from __future__ import annotations

import sys

from workbench.ui.bench import main

if __name__ == "__main__":
    sys.exit(main())
