"""eval/: accuracy and speed measurements behind the ``newsgraph eval ...`` and ``newsgraph bench*`` commands (they
print figures), and the gold sets bundled with them (``eval/data/``). Nothing in the analysis imports this package;
the CLI imports it when such a command runs.

Data that is not ours to ship (the benchmark pages, PolNeAR, the PLOVER gold, the reference page) is read from the
shared data folder: ``$NEWSGRAPH_SHARED`` when set, else ``../shared`` from the current folder (a checkout's
convention). No default points beside the installed package.
"""
from __future__ import annotations

import os
from pathlib import Path


def shared_dir() -> Path:
    """The shared data folder: $NEWSGRAPH_SHARED, else ../shared from the current folder."""
    return Path(os.environ.get("NEWSGRAPH_SHARED") or Path("..") / "shared")
