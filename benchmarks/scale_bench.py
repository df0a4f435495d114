"""Scale-out benchmark: docs/s of one process and of a 2-worker Dask LocalCluster on the same corpus (the 181 pages
of the article-extraction benchmark and 14 edited copies of each, as JSONL), and the speed-up.

    .venv/bin/python benchmarks/scale_bench.py            # the full corpus (~2,700 documents)
    .venv/bin/python benchmarks/scale_bench.py --limit 10 # a quick check on 10 pages

The same as ``newsgraph bench-scale --pages ../shared/data/article-extraction-benchmark/html``, with this process
limited to one BLAS thread like the Dask workers.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

# One BLAS/OpenMP thread in this process, as Dask's nanny sets for every worker process
# (distributed.nanny.pre-spawn-environ): the one-process baseline computes exactly as one worker does.
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from newsgraph.cli import app  # noqa: E402  (after the thread settings, which numpy reads when it loads)

PAGES = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "article-extraction-benchmark" / "html"

if __name__ == "__main__":
    args = sys.argv[1:]
    if not any(a == "--pages" or a.endswith(".jsonl") for a in args):
        args = ["--pages", str(PAGES.resolve()), *args]
    app(["bench-scale", *args])
