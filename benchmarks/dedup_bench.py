"""Near-duplicate detection benchmark (same as `newsgraph bench-dedup`): precision/recall and docs/s of
corpus/dedup.py on >= 10,000 documents generated from the 181 article-extraction pages by controlled edits.

    .venv/bin/python benchmarks/dedup_bench.py [--variants 55] [--negatives 1000]
"""
import sys

from newsgraph.cli import app

if __name__ == "__main__":
    sys.argv = ["newsgraph", "bench-dedup", *sys.argv[1:]]
    app()
