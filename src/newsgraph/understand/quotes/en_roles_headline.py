"""A headline's bare role that the lead restates (who is credited, English; round 36): news heads a story with the
lead's own statement in short ("Reserve Bank chief warns it will have to act" over "The governor of the Reserve
Bank warned on Monday that it will have to act …", named Martin Kell next). When the headline's speaker is a role
the earlier readers left unresolved (no person holds every word of it: ``en_roles_lead.headline_role``), and an
attribution of the story's first paragraphs restates it (half the headline's content words again, or the same cue
verb and a quarter of them) with a resolved person as speaker whose description (the words before and around the
name, not the name itself, and the roles the text gives that person) holds every word of the headline's description
before its head ("Reserve Bank", an owner) and, unless half the words are restated, its head too, that person made
the headline's statement. A story speaker of another role or owner ("Mayor says the Guard will stay" over "The
governor said …"; "Disney Exec Says …" over "Netflix executive Kevin Mayer said …") is someone else, and a relation
("Biden Son Says …") needs the story to say whose (en_roles_lead)."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from .en_relations import words_before
from .en_roles import _data, _norm, _role_words

_STORY = 1200  # characters after the headline in which its statement is restated (the lead and a paragraph or two)
_BEFORE = 60  # characters before the story speaker's name read with it ("A memo from party pollsters Ann Roe")


def _words(ctx, spans) -> set[str]:
    """The lemmas of the content words (no function word, number or mark) written in ``spans``."""
    return {t.lemma_.lower().strip("'’") for a, b in spans for t in ctx.tokens(a, b)
            if t.is_alpha and not t.is_stop}


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    return frozenset(rules.words("en", "kinship_words"))


def _unnamed(ctx, a: int, b: int, who: int) -> list[tuple[int, int]]:
    """The parts of ``text[a:b]`` outside the names of actor ``who``."""
    out, at = [], a
    for s, e, i in sorted(ctx.actors.inside(a, b)):
        if i == who:
            out.append((at, max(at, s)))
            at = max(at, e)
    return out + [(at, b)]


def _name_words(ctx, a: int, b: int, who: int) -> set[str]:
    return {w.lower() for s, e, i in ctx.actors.inside(a, b) if i == who for w in ctx.text[s:e].split()}


def _said(ctx, q) -> set[str]:
    return _words(ctx, q.parts or [(q.start, q.end)])


def _lemma(ctx, q) -> str | None:
    return ctx.doc[q.cue_i].lemma_.lower() if q.cue_i is not None else None


def _title_line(text: str, lo: int, end: int) -> bool:
    """The speaker opens a line of its own that reads as a title: the page's first line (its headline), or a post's
    title in a live page or a title under a date line, with no closing stop of a sentence."""
    start = text.rfind("\n", 0, lo) + 1
    line = text[start:end].strip()
    first = not text[:start].strip()  # (the page's first line is its headline, a closing stop or not)
    return text[start:lo].strip() == "" and 0 < len(line) <= 160 and \
        (first or not line.endswith((".", "!", "?", ":")))


def headline_restated(ctx, q, found) -> None:
    """The story's speaker for a headline's unresolved bare role whose statement the lead restates (see the
    module)."""
    if q.speaker is not None or not q.speaker_name or not q.speaker_span:
        return
    lo, hi = q.speaker_span
    line = ctx.text.find("\n", hi)
    if line < 0 or not _title_line(ctx.text, lo, line):
        return
    abbr, person_heads, _ = _data("en")
    words = _norm(ctx.text[lo:hi].split(), abbr)
    if not 1 <= len(words) <= 5 or words[-1] not in person_heads or words[-1] in _kin():
        return  # (a relation says whose, which the story must say: "Biden Son Says …"; en_roles_lead's reading)
    head, said = words[-1], _said(ctx, q)
    if not said:
        return
    for p in sorted(found, key=lambda x: x.start):
        if p.start <= line or p.speaker is None or not p.speaker_span or p.start - line > _STORY:
            continue
        if ctx.actors.entities[p.speaker].type != "PERSON":
            continue
        share = len(said & _said(ctx, p)) / len(said)
        if share < 0.5 and not (share >= 0.25 and _lemma(ctx, p) == _lemma(ctx, q)):
            continue
        s, e = p.speaker_span
        start = max(ctx.sent(s)[0], s - _BEFORE)
        have = _words(ctx, _unnamed(ctx, start, e, p.speaker)) | set(_norm(ctx.text[start:e].split(), abbr))
        have -= _name_words(ctx, start, e, p.speaker)  # (one's own name says no role: "Hunter Biden" is no "Biden Son")
        have |= {w.strip(",.") for w in _role_words(ctx, p.speaker, abbr) | words_before(ctx, p.speaker)}
        rest = _words(ctx, [(lo, ctx.text.rfind(" ", lo, hi) + 1 or lo)])  # the description's words before its head,
        # the owner's too
        if rest <= have and (head in have or share >= 0.5 and rest):  # ("Disney Exec" is no Netflix executive)
            q.speaker, q.speaker_name = p.speaker, None
            return
