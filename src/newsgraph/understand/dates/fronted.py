"""The clause a fronted time adverbial belongs to, when the parser hung it on the clause before ("... went in search
of stories and from October onward they will be released": "from October" tells when they will be released, not when
he went). English parse only."""
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
