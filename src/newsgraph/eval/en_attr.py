"""English whole-page attribution on eval/data/en-attr: brat gold over the article bodies of
../shared/data/article-extraction-benchmark (ground-truth.json; file name = the key's first 12 hex digits).

The semantics are eval/ru_attr.py's, reused as they are (its load_ann and Score): a predicted quote matches a gold
Content at word-token F1 >= 0.5 (greedy, gold in file order, best first); speaker: when the resolved gold speaker
(``# E<n> speaker:``) holds a capitalised word, the last capitalised word of its head (cut as
../shared/eval/polnear.py cuts it: before a comma, of/at/from/who/with/for or a spaced dash) must be a word of the
predicted speaker's name, mention or entity mentions, or of an outlet the quote credits. Figures:
precision, recall (all and by kind), F1, speaker accuracy on matched named speakers, attributed F1.
"""
from __future__ import annotations

import json
from pathlib import Path

from .ru_attr import Gold, Score, load_ann

GOLD = Path(__file__).with_name("data") / "en-attr"
GROUND_TRUTH = Path("../shared/data/article-extraction-benchmark/ground-truth.json")


def bodies(ground_truth: Path = GROUND_TRUTH) -> dict[str, tuple[str, str]]:
    """12-hex page name -> (articleBody, url)."""
    data = json.loads(Path(ground_truth).read_text(encoding="utf-8"))
    return {k[:12]: (v["articleBody"], v.get("url") or "") for k, v in data.items()}


def load(split: str = "dev", ground_truth: Path = GROUND_TRUTH,
         pages: list[str] | None = None) -> dict[str, tuple[str, str, list[Gold]]]:
    """The gold of ``split`` (dev or heldout: benchmark pages; written: articles composed for the test, their texts
    beside their gold, eval/attr_written.py): page -> (text, url, golds); ``pages``: only these pages."""
    if split not in ("dev", "heldout", "written"):
        raise ValueError(f"split: dev, heldout or written, not {split!r}")
    if split == "written":
        anns = sorted((GOLD / "written" / "attributions").glob("*_gold.ann"))
        texts = {a.name[:-len("_gold.ann")]: ((GOLD / "written" / "text" / a.name.replace("_gold.ann", ".txt"))
                                             .read_text(encoding="utf-8"), "") for a in anns}
    else:
        anns = sorted((GOLD / split).glob("*.ann"))
        texts = bodies(ground_truth)
    out = {}
    for ann in anns:
        name = ann.stem.removesuffix("_gold")
        if pages is not None and name not in pages:
            continue
        text, url = texts[name]
        out[name] = (text, url, load_ann(text, ann.read_text(encoding="utf-8")))
    return out


def evaluate(split: str = "dev", ground_truth: Path = GROUND_TRUTH, pages: list[str] | None = None,
             html: bool = False) -> Score:
    """Analyze the pages' bodies (plain text, language en: the clean text a good extractor returns) and score;
    ``html``: analyze each page's HTML file instead (the benchmark's html/KEY.html.gz), as `newsgraph analyze
    page.html` does: extraction and language identification included, what a user gets from the page."""
    from .. import analyze_many
    from ..ingest.base import RawDocument
    gold = load(split, ground_truth, pages)
    if html:
        raws = [_from_html(name, url, ground_truth) for name, (_, url, _) in gold.items()]
    else:
        raws = [RawDocument(source=f"en-attr/{name}", text=text, url=url or None, language="en")
                for name, (text, url, _) in gold.items()]
    score = Score()
    for name, rec in zip(gold, analyze_many(raws)):
        score.add(name, gold[name][2], rec.to_dict() if hasattr(rec, "to_dict") else {})
    return score


def _from_html(name: str, url: str, ground_truth: Path):
    """The raw document `newsgraph analyze` makes of the page's HTML (an empty one when nothing is extracted: every
    attribution of the page is then missed, as a user would miss it)."""
    import gzip

    from ..errors import InputError
    from ..ingest.base import RawDocument
    from ..ingest.html import from_html
    files = sorted((Path(ground_truth).parent / "html").glob(f"{name}*.html*"))
    if not files:
        raise FileNotFoundError(f"{Path(ground_truth).parent / 'html'}: no HTML file for page {name}")
    data = files[0].read_bytes()
    if files[0].suffix == ".gz":
        data = gzip.decompress(data)
    try:
        return from_html(data, source=f"en-attr/{name}", url=url or None)
    except InputError:
        return RawDocument(source=f"en-attr/{name}", text="", url=url or None)
