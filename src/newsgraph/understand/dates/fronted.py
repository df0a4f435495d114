"""The clause a fronted time adverbial belongs to, when the parser hung it on the clause before ("... went in search
of stories and from October onward they will be released": "from October" tells when they will be released, not when
he went); and whether a sentence is told in the past whatever the parser hung its time adverbial on ("In the run-up
to Tuesday's primaries, Trump held rallies", review r22). English parse only."""
from __future__ import annotations

_JOINING = ("and", "but", "then", "so")  # the words that open a second clause joined to the first
_DETERMINERS = ("det", "amod", "compound", "poss", "nummod")


def next_clause_verb(doc, span):
    """The verb of the clause that follows a time adverbial opening it after "and"/"but" (its subject right after
    the adverbial, the verb after its subject), when the parser hung the adverbial on an earlier verb; else None."""
    root = span.root
    p = root.head if root.dep_ == "pobj" and root.head.pos_ == "ADP" else root
    words = sorted(t.i for t in p.subtree)
    first, last = words[0], words[-1]
    head = p.head  # (hung on a verb before it, or joined to a phrase of that verb: "for photos and from October")
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("conj", "prep", "pobj") and head.head.i != head.i:
        head = head.head
    if first == 0 or doc[first - 1].lower_ not in _JOINING or head.i >= first or head.pos_ not in ("VERB", "AUX"):
        return None
    j = last + 1
    while j < len(doc) and (doc[j].text == "," or doc[j].pos_ == "ADV"):
        j += 1  # "from October onward, they ...", "and on Friday then they ..."
    if j >= len(doc) or doc[j].sent.start != doc[first].sent.start:
        return None
    subject = doc[j]
    while subject.dep_ in _DETERMINERS and subject.head.i > subject.i:
        subject = subject.head
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.i <= subject.i or verb.pos_ not in ("VERB", "AUX") or \
            verb.i == head.i:
        return None
    return verb


def past_sentence(doc, span) -> bool:
    """Are the verbs of the sentence holding ``span`` (outside it) past, none present or future ("In the run-up to
    Tuesday's primaries, Trump held rallies" however the parser hangs the date)? What such a sentence's act was the
    run-up to lies near the told time, before or after now, not ahead by the cue alone (review r22)."""
    sent = doc[span.start].sent
    tags = {t.tag_ for t in sent if t.i not in range(span.start, span.end)}
    if any(t.ent_type_ == "DATE" and t.i not in range(span.start, span.end) for t in sent):
        return False  # ("Ahead of Monday's vote, the senator met donors on Wednesday": the act has its own day, and
        # what it was ahead of comes after that day, review r22)
    return bool(tags & {"VBD", "VBN"}) and not tags & {"VBZ", "VBP", "MD"} and \
        not any(t.lower_ in ("will", "'ll", "\u2019ll", "going") for t in sent)


def past_sentence_at(view, start: int, end: int) -> bool:
    """``past_sentence`` for the characters ``start``..``end`` of the English parse (False without one)."""
    doc = view.spacy if view is not None else None
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    return span is not None and len(span) > 0 and past_sentence(doc, span)
