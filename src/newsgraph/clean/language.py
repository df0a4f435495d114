"""Language identification per document (the cleaner's step reads it here); the detector itself is
``newsgraph.langid``, shared with the reader of legacy encodings (ingest/source.py)."""
from __future__ import annotations

from ..langid import MIN_SCORE, SAMPLE_CHARS, identify  # noqa: F401 (re-exported)
