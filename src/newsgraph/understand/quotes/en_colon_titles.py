"""A title with a colon is no transcript turn (newuser30, finding 6): "Star Wars Jedi: Fallen Order is a game with
many faces" opening a review's paragraph matched the turn label "Star Wars Jedi" (the tagger read "Wars Jedi" as a
person) and became that "speaker"'s words. A transcript's label is a speaker's name or role standing alone before
the colon, most often in a page of several such turns; a work's title (a game, a film, a book: "Call of Duty:
Modern Warfare", "Star Wars: The Last Jedi") goes on after its colon with more capitalised words of the name, and
the sentence that follows is about it: its verb comes straight after them ("… Fallen Order is a game").

The rule (``colon_title``) holds only when every sign agrees: the label is not in capitals (a transcript's
"SMITH: Johnson is wrong" stays a turn), the words after the colon are one to five capitalised words (a few small
connecting words inside: "Star Wars: The Last Jedi", no pronoun: "Reed: We will win") followed at once by a finite
verb, the label with those words is written again in the text, as a name is (a review's headline and its first
paragraph; a headline's "Putin: Russia will respond to NATO expansion" written once stays a turn), the page has no
other label naming a person (a two-person transcript "Ann Reed: Bob Jones is wrong" stays a turn), and the label's
person is never mentioned outside the title (a governor named in the story whose label opens "Gov. Reed: Texas is
ready" stays a turn). A title written only once is left as it is read: its words alone cannot tell it from a
speaker's label and a sentence about a place or a person."""
from __future__ import annotations

import re

from .en_ctx import FINITE, Context

# the small words a title keeps in lower case between its capitalised words ("Lord of the Rings", "Rise and Fall")
_JOINERS = frozenset("of the and a an in on for to at by with from".split())
_MAX_WORDS = 5


def _continuation_end(ctx: Context, a: int, b: int) -> int | None:
    """The end of a run of capitalised title words from ``a`` (the text after the colon) that the sentence's finite
    verb follows at once, or None."""
    words = 0
    last = None
    for tk in ctx.tokens(a, b):
        if tk.tag_ in FINITE and tk.pos_ in ("VERB", "AUX"):
            return last.idx + len(last.text) if last is not None and last.text[:1].isupper() else None
        if tk.pos_ == "PRON" or tk.is_punct and tk.text not in ("'", "’", "-"):
            return None
        if tk.text[:1].isupper() or tk.is_digit:
            words += 1
        elif tk.lower_ not in _JOINERS or last is None:
            return None
        if words > _MAX_WORDS:
            return None
        last = tk
    return None


def colon_title(ctx: Context, label: str, s: int, a: int, b: int, hit, other_label) -> bool:
    """The label at ``s`` (its colon ending before ``a``, the line ending at ``b``) opens a work's title, not a
    speaker's turn. ``hit`` is the person actor found at the label (start, end, entity) or None; ``other_label`` tells
    whether a label other than this one names a person on the page (a transcript)."""
    if label.isupper() or hit is None:
        return False
    cont = _continuation_end(ctx, a, b)
    if cont is None:
        return False
    if other_label(label):
        return False
    title = re.compile(r"\s*".join(re.escape(w) for w in ctx.text[s:cont].replace(":", " : ").split()))
    spans = [(m.start(), m.end()) for m in title.finditer(ctx.text)]
    if len(spans) < 2:
        return False  # (a name is written again: "Putin: Russia will respond" is a headline's turn)
    ent = ctx.actors.entities[hit[2]]
    return all(any(ts <= m.start and m.end <= te for ts, te in spans) for m in ent.mentions)
