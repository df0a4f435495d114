"""The Russian written set's builder under its old name: eval/attr_written.py builds both languages' written sets
(``python -m newsgraph.eval.ru_attr_written [--score FIRST LAST [--errors]]`` as before)."""
from __future__ import annotations

from .attr_written import WRITTEN, build, main, parse, score, to_ann, write

__all__ = ["WRITTEN", "build", "parse", "score", "to_ann", "write"]

if __name__ == "__main__":
    import sys
    main(["--lang", "ru", *sys.argv[1:]])
