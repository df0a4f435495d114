""""Там уточнили, что …" (r24): the adverb "там" standing for the body a sentence before named with "в" ("В
прокуратуре подтвердили, что … . Там подчеркнули, что …"), the subject of a plural cue verb with none of its own;
after an opening "Также", "Кроме того", "При этом" too ("Также там отметили, что …", r35)."""
from __future__ import annotations

import re

from ...record import Ref
from ..marks import OPEN_CLOSE_RU

# "Там", maybe with a particle or an aside, and nothing else before the cue verb
_THERE = re.compile(r"\s*(?:Там|(?:Также|Кроме\s+того,?|При\s+этом)\s+там)"
                    r"(?:\s+(?:же|также|тоже|лишь|только|сразу|уже|при\s+этом))?(?:\s*,\s*(?:впрочем|"
                    r"однако|в\s+свою\s+очередь)\s*,)?\s*")
_CLOSE = set(OPEN_CLOSE_RU.values())  # (the closing marks)
_ATTRIBUTION_END = re.compile(r"[.!?…]?|,?\s*[—–-][^.!?…]*[.!?…]?")  # (an attribution, one sentence at most)
_REACH = 600  # how far back the body may be named (a sentence or two, characters)


def there_body(quotes, start: int, upto: int) -> Ref | None:
    """The body "Там" at text[start:upto] stands for: the speaker of the last reading before ``start`` (within
    ``_REACH``) when that speaker was named in a phrase after "в" ("В МЧС сообщили …", "В пресс-службе «Аэрофлота»
    сообщили") and that reading reaches the sentence right before "Там" or only its quoted statement stands between
    (``quoted_gap``), else None. ``quotes`` is the
    ``RussianQuotes`` being read (its ``found`` readings so far)."""
    text = quotes.text
    if not _THERE.fullmatch(text, start, upto):
        return None
    before = [q for _, q in quotes.found if q.start < start and q.speaker is not None and
              q.speaker.mention is not None]
    if not before:
        return None
    last = max(before, key=lambda q: q.speaker.mention.start)
    ref = last.speaker
    reach = max(ref.mention.start, last.end - 1)
    gap = quoted_gap(quotes, quotes.an.sentence(reach)[1], start)  # (r35: the body's statement quoted between)
    if start - ref.mention.start - gap > _REACH:
        return None
    prev = len(text[:start].rstrip()) - 1  # (the sentence right before "Там": the reading reaches it, not a place
    if prev < 0 or reach < quotes.an.sentence(prev)[0] and not gap:  # named since, "Пострадавших
        return None  # доставили в областную больницу. Там уточнили", review2 r24)
    lead = text[max(0, ref.mention.start - 60):ref.mention.start]  # ("В пресс-службе «Аэрофлота»": the company)
    return ref if re.search(r"(?:^|\s)[Вв]о?\s+[^,.;:!?]{0,50}$", lead) else None


def quoted_gap(quotes, lo: int, hi: int) -> int:
    """The length of text[lo:hi] when it is whole paragraphs of quotation naming no one ("«Огонь охватил кровлю
    склада», — говорится в сообщении."): a body's statement quoted after its report goes on with that body, so "Также
    там отметили" after it is still the body (r35, web pages); 0 when any paragraph there is narration (it opens
    with no quotation mark) or names a person or an organisation outside its quotation marks. A paragraph is
    quotation only up to the end of its attribution (``_ends_quoted``): "«…», — говорится в сообщении. Пострадавшего
    доставили в городскую больницу." goes on with narration, and "Там" after it is the hospital (review35a)."""
    paras = [p for p in quotes.text[lo:hi].split("\n") if p.strip()]
    if not paras or any(p.lstrip()[:1] not in set(OPEN_CLOSE_RU) | {'"'} or not _ends_quoted(p) for p in paras):
        return 0
    quoted = [(q.start, q.end) for _, q in quotes.found]
    named = [m for m, _ in quotes.an.mentions_in(lo, hi, ("PERSON", "ORG")) if not any(
        a <= m.start < b for a, b in quoted)]
    return 0 if named else hi - lo


def _ends_quoted(para: str) -> bool:
    """``para`` ends with its last quotation, or with one attribution after it and no sentence beyond ("», — говорится
    в сообщении."; not "», — говорится в сообщении. Пострадавшего доставили в больницу.")."""
    last = max(para.rfind(c) for c in _CLOSE | {"\""})
    return last >= 0 and _ATTRIBUTION_END.fullmatch(para[last + 1:].strip()) is not None
