"""A poll's findings are the poll's, not its respondents' words: "Some 56% of Americans say AI will hurt the news, the
survey found" reports what the survey found (its respondents' answers are its content), so the speaker is the survey
(its maker, resolved as any document: en_docs) and the content runs from the respondents on. A respondents' "say"
inside a finding the reader already took ("61% say …, the poll shows" read as the poll's) is no attribution of its
own (only the outermost attribution counts). Respondents are a share of people: a percentage, a fraction or a
quantifier opening the source ("Some 56% of Americans", "Only 9%", "Most voters", "Two-thirds of adults", "Nearly
seven in ten"). The finding cue after the content is a document noun of ``finding_documents`` (or "data") with a
verb of ``finding_verbs`` (lang/en/words.tsv), or "according to" one."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from .en_ctx import Context, Found
from .en_rec import word_sets

_SHARE = re.compile(
    r"(?:(?:some|only|just|about|nearly|almost|roughly|around|over|more\s+than|fewer\s+than|less\s+than|a|an)\s+)*"
    r"(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|[a-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)|majority|minority|half|"
    r"most|(?:one|two|three|four|five|six|seven|eight|nine)(?:-|\s+)(?:thirds?|quarters?|fifths?|in\s+\w+)|"
    r"third|quarter|fifth|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+\w+)(?!\w)", re.I)


_JOINED = re.compile(r",?\s+(?:and|but|while|whereas)\s+")


@lru_cache(maxsize=1)
def _trailing():
    docs = sorted(rules.wordset("en", "finding_documents") | {"data"}, key=len, reverse=True)
    lemmas = word_sets("finding_sources").get("verb", frozenset()) | {"say", "note", "report"}
    forms = {f for v in lemmas for f in (v, v + "s", v + "d" if v.endswith("e") else v + "ed")}
    verbs = sorted(forms | {"found", "shown", "says", "said"}, key=len, reverse=True)
    noun = r"(?P<src>(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,4}(?:" + "|".join(docs) + r"))"
    return re.compile(r"\s*,\s*(?:" + noun + r"\s+(?:also\s+)?(?P<cue>" + "|".join(verbs) + r")|"
                      r"(?P<acc>according\s+to)\s+" + noun.replace("?P<src>", "?P<src2>") + r")\b", re.I)


@lru_cache(maxsize=1)
def _leading():
    """A finding document framing the sentence before its respondents: "In a new survey by X, ", "According to a Gallup
    poll released Monday, " (its maker after by/from/of kept in the source's words; one it names, ``poll_findings``)."""
    docs = sorted(rules.wordset("en", "finding_documents"), key=len, reverse=True)
    return re.compile(r"\s*(?:In|According\s+to)\s+(?P<src>(?:(?:the|a|an|this|its|their)\s+)?(?:[\w'’-]+\s+){0,4}"
                      r"(?:" + "|".join(docs) + r")(?:\s+(?:by|from|of|for)\s+[^,;:]{2,60})?)"
                      r"(?:\s+(?:released|published|conducted)\s+[^,;:]{2,60})?\s*,\s*", re.I)


def _respondents(ctx: Context, q: Found) -> bool:
    if not q.speaker_span or q.kind == "direct":
        return False
    lo, hi = q.speaker_span
    m = _SHARE.match(ctx.text, lo, hi)
    return m is not None and m.end() > lo


def _unnamed_in_finding(ctx: Context, q: Found) -> bool:
    """An unnamed speaker ("older Americans") not opening its sentence, a finding cue right after the content."""
    if q.kind == "direct" or q.speaker is not None or not q.speaker_name or not q.speaker_span or q.end < 1:
        return False
    if ctx.sent(q.speaker_span[0])[0] == q.speaker_span[0] or _respondents(ctx, q):
        return False
    return _trailing().match(ctx.text, q.end, ctx.sent(q.end - 1)[1]) is not None


def poll_findings(ctx: Context, found: list[Found]) -> list[Found]:
    """Respondents' "say" quotes made the finding of the poll that reports them (see the module)."""
    out = []
    for q in found:
        if q.origin != "clause" and _unnamed_in_finding(ctx, q):
            # "Adults under 30 are more likely than older Americans to say X, the report noted": the sentence is
            # the report's finding, its unnamed people no speakers of their own
            m = _trailing().match(ctx.text, q.end, ctx.sent(q.end - 1)[1])
            src = "src" if m.group("src") else "src2"
            q.start = ctx.sent(q.speaker_span[0])[0]
            q.text, q.parts = ctx.text[q.start:q.end], []
            q.speaker_name, q.speaker_span = ctx.text[m.start(src):m.end(src)], (m.start(src), m.end(src))
            q.cue, q.outlets = m.group("cue") or m.group("acc"), []
            q.feats["poll"] = True
            out.append(q)
            continue
        if q.origin == "clause" or not _respondents(ctx, q):
            out.append(q)
            continue
        lo = q.speaker_span[0]
        if any(p is not q and p.start <= lo and q.end <= p.end and p.kind != "direct" for p in found):
            continue  # nested in a finding already read: the finding's content holds it
        if _trailing().fullmatch(", " + q.text.strip(" .")):
            continue  # "…, and 61% say the same, the poll shows" read as 61% saying "the poll shows"
        s_lo, s_end = ctx.sent(lo)
        p = next((p for p in reversed(out) if p.feats.get("poll") and s_lo <= p.start and p.end <= lo), None)
        if p is not None:  # "Some 56% say X, the survey found, while just 10% say Y": one finding, two pieces
            p.parts = (p.parts or [(p.start, p.end)]) + [(lo, q.end)]
            p.end, p.text = q.end, " ".join(ctx.text[a:b] for a, b in p.parts)
            continue
        m = _trailing().match(ctx.text, q.end, s_end)
        if m is None:  # "58% say X, and 61% say the same about Y, the poll shows": the finding holds both shares
            m = next(_trailing().finditer(ctx.text, q.end, s_end), None)
            joined = _JOINED.match(ctx.text, q.end) if m is not None else None
            if joined is not None and _SHARE.match(ctx.text, joined.end()):
                q.end = m.start()
            else:
                m = None
        if m is None:  # the content ran over the finding's cue ("…, a new Harlow University poll found on Tuesday")
            m = next((x for x in _trailing().finditer(ctx.text, q.start, s_end) if x.start() < q.end), None)
            if m is not None:
                q.end = m.start()
        lead = _leading().fullmatch(ctx.text, s_lo, lo) if m is None else None
        if lead is not None and not re.search(r"\b[A-Z]", lead.group("src")[1:]):
            lead = None  # a frame that names no maker ("In the county survey, 58 percent of farmers said"): as written
        if m is None and lead is None:
            out.append(q)
            continue
        if m is not None:
            src = "src" if m.group("src") else "src2"
            a, b = m.start(src), m.end(src)
            q.cue = m.group("cue") or m.group("acc")
        else:  # "In a new survey by the Pew Research Center, most voters say …": the survey's, framed before
            a, b = lead.start("src"), lead.end("src")
        q.start, q.text = lo, ctx.text[lo:q.end]
        q.parts = []
        q.speaker, q.speaker_name, q.speaker_span = None, ctx.text[a:b], (a, b)
        q.feats["poll"] = True
        q.outlets = []
        out.append(q)
    return out
