"""A second attribution after a colon (round 26): "Эксперт считает, что A: B, пояснил он." News often follows a
statement with its explanation after a colon and attributes that part again with a trailing cue ("…, пояснил он",
"…, объясняют они", "…, считает ученый"). The trailing reader (ru_more.py ``_trailing``) reads B for the trailing cue;
the first attribution's content, read before it to the end of the sentence, then ends at the colon, and each cue keeps
its own part (before, the first took A and B and the trailing one was dropped as an overlap). A pronoun there ("он",
"она", "они") is the first attribution's speaker (``colon_pronoun``), described or named."""
from __future__ import annotations

import re

from .. import rules


def colon_tail_start(text: str, found: list, pairs, start: int, end: int, cue=None) -> int:
    """The start of a trailing attribution's content text[start:end]: after its last colon outside quote marks when
    at least three words follow it (what the colon opens is said: "X назвал конкурс «…»: девять из …, уточнил он"),
    else ``start``. A quote already read whose content runs from before that colon to at least ``end`` is then cut
    at the colon, so the trailing attribution is not dropped as an overlap of it; a quote in quote marks, in pieces
    or with its text rewritten is left whole."""
    colons = [i for i in range(start, end) if text[i] == ":" and not any(o <= i < c for o, c in pairs)]
    if not colons or len(text[colons[-1] + 1:end].split()) < 3:
        return start
    colon = colons[-1]
    if cue is not None and not cue.search(text, start, colon) and not _naming(text[start:colon]) and \
            not any(start <= q.start < colon for _, q in found) and _said_predicate(text[start:colon]) and \
            not _BODY_CUE.match(text, end):
        return start  # (r29: no statement before the colon, read or with a cue or naming verb of its own ("назвал
        # конкурс «…»: …" is one), but a short predicate a speaker says: the whole sentence is the one said,
        # "Иногда выбора нет: либо A, либо B, признала она"; a label is the author's, review29b)
    for _, q in found:
        if q.kind == "direct" or q.start >= colon or q.end < end or q.parts or q.text != text[q.start:q.end]:
            continue
        e = colon
        while e > q.start and text[e - 1].isspace():
            e -= 1
        if len(text[q.start:e].split()) < 3:
            continue  # (what stands before the colon is too short to be said on its own)
        q.end, q.text = e, text[q.start:e]
    return colon + 1


def _naming(part: str) -> bool:
    """Does ``part`` hold a naming verb (naming_cues.txt: "назвал", "охарактеризовал"), a statement of its own?"""
    return bool(set(re.findall(r"[а-яё]+", part.lower())) & rules.words("ru", "naming_cues"))


# "…, сообщили в пресс-службе.": an impersonal cue naming a body after "в"; the sentence before the colon is the
# author's narration ("В мэрии прошло совещание: …"), only what the colon opens is the body's
_BODY_CUE = re.compile(r"\s*,\s*[а-яё]+\s+во?\s", re.IGNORECASE)


def _said_predicate(part: str) -> bool:
    """Is ``part`` (before the colon) a short clause a speaker says -- two to six words, no preposition (no time,
    place or topic: "В пятницу в мэрии …", "Иванов о налогах"), with a predicate: a verb, a predicative ("нет",
    "ясно"), a short adjective or participle ("решено"), or a full adjective after a noun in the nominative ("Ответ
    простой")? Not a label with no verb ("Цитата дня", "Новости компании", a dateline "Москва"), the author's, not
    the speaker's (review29b)."""
    from ..names import _morph
    words = re.findall(r"[а-яё]+", part.lower())
    if not 2 <= len(words) <= 6 or len(words) != len(part.split()):
        return False
    parses = [_morph().parse(w) for w in words]
    if any(ps[0].tag.POS == "PREP" for ps in parses):
        return False
    for i, ps in enumerate(parses):
        first = ps[0].tag
        if first.POS in ("VERB", "PRED", "ADJS", "PRTS") or "Prdx" in first.grammemes:
            return True
        if i and any(p.tag.POS == "ADJF" and p.tag.case == "nomn" for p in ps) and \
                any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses[i - 1]):
            return True
    return False


_PRONOUNS = {"он", "она", "они"}


def colon_pronoun(text: str, found: list, sent_start: int, cue_start: int, end: int):
    """The speaker of "…, пояснил он" when the trailing content opens after a colon that runs inside the one
    attribution read earlier in the sentence ("Главный врач считает, что A: B, пояснил он"): that attribution's
    speaker, who goes on explaining; None otherwise (the pronoun then resolves as before)."""
    if text[cue_start:end].split()[-1:] and text[cue_start:end].split()[-1].lower() not in _PRONOUNS:
        return None
    before = [q for _, q in found if sent_start <= q.start < cue_start and q.speaker is not None and
              ":" in text[q.start:cue_start] and q.kind != "direct"]  # (its content may still run to the end)
    return before[0].speaker if len(before) == 1 else None
