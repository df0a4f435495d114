"""Where words were spoken or written, not who spoke them (r25): an outlet or a platform named after "в"/"на" and a
noun of a medium ("Как заявил в эфире телеканала «Россия 24» министр, …", "рассказал в интервью «Коммерсанту»",
words.tsv ``speaking_media``), or right after "в" behind a singular cue ("— написала во «ВКонтакте» жительница
улицы", but not a company's own: "сообщил в «Магните» представитель сети"): the medium, never the speaker. A
plural cue's "в" names the body ("В «Коммерсанте» заявили")."""
from __future__ import annotations

import re
from bisect import bisect_left

from .. import rules

_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на)\s+(?P<medium>[^\s,.;:!?«»]+)(?:\s+(?P<kind>[^\s,.;:!?«»]+))?\s*[«\"„“]?\s*$",
                     re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s+во?\s+[«\"„“]?")  # ("написала во «ВКонтакте» жительница": the cue, "в", the name)


def toks_in(an, start: int, end: int) -> list:
    """The tokens of ``an`` starting in [start, end): a bisect over their starts, not a pass over the document's
    tokens per call (r25 review: a call per mention per cue)."""
    k = bisect_left(an.nat_starts, start)
    return an.toks[k:bisect_left(an.nat_starts, end, lo=k)]


def spoken_in(an, text: str, m, actor, cue) -> bool:
    """Is the mention ``m`` of ``actor`` the medium the words went out in (see the module), not their speaker? An
    outlet or an organisation only ("В интервью Олег Петров заявил": a person is the speaker); ``an`` the analysis
    the readers share (its tokens' lemmas), ``cue`` the cue verb's match or None."""
    if getattr(actor, "type", None) not in ("MEDIA", "ORG"):
        return False
    before = text[max(0, m.start - 60):m.start]
    found = _BEFORE.search(before)
    if found is not None:
        words = [found.group("medium")] + ([found.group("kind")] if found.group("kind") else [])
        media, kinds = rules.wordset("ru", "speaking_media"), rules.words("ru", "outlet_nouns")
        start = m.start - len(before) + found.start("medium")
        lemmas = [an._lemma(t) for t in toks_in(an, start, m.start)][:len(words)]
        if lemmas and lemmas[0] in media and (len(lemmas) == 1 or lemmas[1] in kinds):
            return True
    return cue is not None and cue.end() <= m.start and not cue.group().endswith("ли") and \
        _RIGHT_AFTER.fullmatch(text, cue.end(), m.start) is not None and not _speaks_for(an, text, m, actor)


def _speaks_for(an, text: str, m, actor) -> bool:
    """ "— сообщил в «Магните» представитель сети": an organisation (not an outlet) followed by one who speaks for
    it (words.tsv ``members``, titles.txt: представитель, сотрудник, директор) is where its speaker works, the
    company's words, not a medium (r25 review)."""
    if actor.type != "ORG":
        return False
    pos = m.end
    while pos < len(text) and text[pos] in " »\"“”":
        pos += 1
    t = an.tok_at_start.get(pos)
    lemma = an._lemma(t) if t is not None else None
    return lemma in rules.wordset("ru", "members") or lemma in rules.words("ru", "titles")


_NAMED = re.compile(r"\s*(?:«[^«»]{1,40}»|\"[^\"]{1,40}\"|[A-ZА-ЯЁ][\w.-]*(?:\s+\d+)?)\s+")


def past_medium(an, text: str, start: int, end: int) -> int:
    """Where a speaker phrase text[start:end] begins past the medium it opens with ("в эфире телеканала «Россия
    24» министр": "министр"), else ``start``."""
    toks = toks_in(an, start, end)
    if len(toks) < 3 or toks[0].low not in ("в", "во", "на") or an._lemma(toks[1]) not in \
            rules.wordset("ru", "speaking_media"):
        return start
    pos = toks[2].end if an._lemma(toks[2]) in rules.words("ru", "outlet_nouns") else toks[1].end  # ("телеканала")
    named = _NAMED.match(text, pos, end)
    return named.end() if named and text[named.end():end].strip() else start


def medium_owner(an, text: str, start: int, end: int):
    """The outlet or body whose medium is all a speaker phrase text[start:end] names ("Как сообщается на сайте
    Lenta.ru, …", "как говорится в блоге «Яндекса», …"): the one who published the words (issue 16, r27), not the
    phrase "на сайте Lenta.ru" as a name; None when the phrase names anyone else ("в эфире «России 24» министр")."""
    toks = toks_in(an, start, end)
    if len(toks) < 3 or toks[0].low not in ("в", "во", "на") or an._lemma(toks[1]) not in \
            rules.wordset("ru", "speaking_media"):
        return None
    named = [(m, a) for m, a in an.mentions_in(toks[1].end, end, ("MEDIA", "ORG"))]
    if len(named) != 1 or text[named[0][0].end:end].strip(" »\"“”") or \
            len(toks_in(an, toks[1].end, named[0][0].start)) > 2:  # (its kind between: "на сайте газеты «…»")
        return None
    return an.ref(named[0][1], named[0][0].start, named[0][0].end)
