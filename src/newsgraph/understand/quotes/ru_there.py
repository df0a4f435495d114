""""Там уточнили, что …" (r24): the adverb "там" standing for the body a sentence before named with "в" ("В
прокуратуре подтвердили, что … . Там подчеркнули, что …"), the subject of a plural cue verb with none of its own."""
from __future__ import annotations

import re

from ...record import Ref

# "Там", maybe with a particle or an aside, and nothing else before the cue verb
_THERE = re.compile(r"\s*Там(?:\s+(?:же|также|тоже|лишь|только|сразу|уже|при\s+этом))?(?:\s*,\s*(?:впрочем|"
                    r"однако|в\s+свою\s+очередь)\s*,)?\s*")
_REACH = 600  # how far back the body may be named (a sentence or two, characters)


def there_body(quotes, start: int, upto: int) -> Ref | None:
    """The body "Там" at text[start:upto] stands for: the speaker of the last reading before ``start`` (within
    ``_REACH``) when that speaker was named in a phrase after "в" ("В МЧС сообщили …", "В пресс-службе «Аэрофлота»
    сообщили") and that reading reaches the sentence right before "Там", else None. ``quotes`` is the
    ``RussianQuotes`` being read (its ``found`` readings so far)."""
    text = quotes.text
    if not _THERE.fullmatch(text, start, upto):
        return None
    before = [q for _, q in quotes.found if q.start < start and q.speaker is not None and
              q.speaker.mention is not None and start - q.speaker.mention.start <= _REACH]
    if not before:
        return None
    last = max(before, key=lambda q: q.speaker.mention.start)
    ref = last.speaker
    prev = len(text[:start].rstrip()) - 1  # (the sentence right before "Там": the reading reaches it, not a place
    if prev < 0 or max(ref.mention.start, last.end - 1) < quotes.an.sentence(prev)[0]:  # named since, "Пострадавших
        return None  # доставили в областную больницу. Там уточнили", review2 r24)
    lead = text[max(0, ref.mention.start - 60):ref.mention.start]  # ("В пресс-службе «Аэрофлота»": the company)
    return ref if re.search(r"(?:^|\s)[Вв]о?\s+[^,.;:!?]{0,50}$", lead) else None
