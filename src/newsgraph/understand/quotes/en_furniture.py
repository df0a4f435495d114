"""Page furniture left in a story's body is nobody's statement (English; round 28).

The en-attr guideline leaves out "pull quotes, captions, related-story headlines, credits": what the page repeats or
labels around the story, not what the story reports. Two kinds survive extraction into the body text, and the
readers then give their quotations a speaker:

- a caption: a paragraph that carries a picture's credit ("Photo: …" opening it, "(AP Photo/Jane Roe)", "(Photo:
  Jan Visser/Reuters)", "Photograph: …" closing it). What it says of someone describes the picture;
- a pull quote: a paragraph that is nothing but a quotation, with no verb of saying, repeating words the story
  quotes elsewhere ("“We cannot go on like this.”" set apart after "“We cannot go on like this,” said Anna Berg").
  A quotation continued in a paragraph of its own says new words; a repeated one is display type.

``drop_furniture`` removes the quotes that start inside such a paragraph; ``repeated_subhead`` (read by en.py as
quotations are found) is the same kind of furniture on a line of its own: a subhead in single marks repeating a quote.
"""
from __future__ import annotations

import difflib
import re

_CREDIT = re.compile(r"^\s*(?:Photo(?:graph)?|Image|Picture)s?\s*:|"
                     r"\((?:[A-Z][\w.]*\s+)?(?:Photo(?:graph)?|Image)s?\s*(?:[/:]|by\b)[^()\n]{1,80}\)\s*$|"
                     r"\b(?:Photo(?:graph)?|Image)s?\s*:\s*[^\n]{1,80}$")
_MARKS = "\"“”'‘’«»"
_WORD = re.compile(r"\w+")
# a quotation mark inside the paragraph, not an apostrophe within a word ("There's")
_INNER_MARK = re.compile(r"[\"“”«»]|(?<!\w)['‘’]|['‘’](?!\w)")


def _paragraph(text: str, i: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return a, len(text) if b < 0 else b


def _pull_quote(text: str, q, found) -> bool:
    a, b = _paragraph(text, q.start)
    para = text[a:b].strip()
    if q.kind != "direct" or len(para) < 2 or para[0] not in _MARKS or para.rstrip(".")[-1] not in _MARKS:
        return False
    if _INNER_MARK.search(para[1:-1].rstrip("." + _MARKS)):
        return False  # two quotations with words between them: a cue's sentence
    words = [w.lower() for w in _WORD.findall(para)]
    if len(words) < 4:
        return False
    for p in found:
        if p is q or a <= p.start < b:
            continue
        if _repeats(words, [w.lower() for w in _WORD.findall(p.text)]):
            return True
    return False


def _repeats(words: list[str], other: list[str]) -> bool:
    """``words`` occur in ``other`` as runs in their order (a pull quote repeats a passage, perhaps cut with an
    ellipsis), not merely as words scattered over it: a short new quote of common words ("We are going to fight
    this.") shares most of its words with any longer quote."""
    blocks = difflib.SequenceMatcher(None, words, other, autojunk=False).get_matching_blocks()
    return sum(m.size for m in blocks if m.size >= 3) >= 0.85 * len(words)


def repeated_subhead(text: str, q) -> bool:
    """A short line that is only a quotation in single marks whose words recur as a run elsewhere in the text: a
    subhead repeating a quote of the story ("'There's so much anger.'" over the paragraph quoting it; review r28),
    page furniture, nobody's words."""
    a, b = text.rfind("\n", 0, q.start) + 1, text.find("\n", q.end)
    if text[q.start] not in "'‘" or text[a:q.start].strip() or text[q.end:len(text) if b < 0 else b].strip():
        return False
    core = text[q.inner_start:q.inner_end].strip().rstrip(".!?…,").lower()
    return len(core.split()) <= 8 and len(core) >= 8 and core in text[:a].lower() + "\n" + text[q.end:].lower()


def drop_furniture(ctx, found: list) -> list:
    """The quotes left after dropping those of captions and pull quotes (see the module)."""
    text = ctx.text
    out = []
    for q in found:
        a, b = _paragraph(text, q.start)
        if _CREDIT.search(text[a:b]) or _pull_quote(text, q, found):
            continue
        out.append(q)
    return out
