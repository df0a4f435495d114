"""Ingest throughput benchmark (same as `newsgraph bench-ingest`): docs/s of analysis + store on the 181
article-extraction pages, RSS after each round (--repeat N ingests N distinct copies: memory stays flat).

    .venv/bin/python benchmarks/ingest_bench.py [--repeat 3]
"""
import sys

from newsgraph.cli import app

if __name__ == "__main__":
    sys.argv = ["newsgraph", "bench-ingest", *sys.argv[1:]]
    app()
