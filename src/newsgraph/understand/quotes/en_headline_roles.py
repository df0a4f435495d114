"""A Title Case headline's role after a name (English, issue 16; newuser33): "Former Clinton Pollster Says Clinton Is In
Trouble", "Top Trump Aide Says …", "Clinton Spokesman Says …". In lower case the parse reads "former Clinton pollster"
as a noun phrase whose head is the role and the speaker is that description; capitalised, the role noun reads as a
name's word and the speaker became the name that only says whose pollster, aide or spokesman it is (Hillary Clinton
credited with a pollster's verdict on her). Name and role are the speaker's description, as written ("Former Clinton
Pollster"), which ``headline_role`` then resolves to the person the story names with those role words (Douglas
Schoen, "Former Bill Clinton pollster Douglas Schoen"). Only the page's first line, only one or two capitalised
words between the name and the cue, the last a noun of a person's role, title or relation (``en_roles.person_words``);
"Trump Says …" and "Trump Campaign Says …" (a campaign is no person) keep their speaker. The tagger's name may run
over the role ("Obama Pollster" typed a person): its last word a capitalised role noun, it is read the same way."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .en_relations import headline_relation, person_word

if TYPE_CHECKING:
    from .en_ctx import Context, Found


def headline_described(ctx: Context, q: Found) -> None:
    """Turn the speaker of a headline "NAME ROLE Says …" into the description "NAME ROLE" (see the module)."""
    if not q.speaker_span or q.cue_i is None or q.speaker is None and not q.speaker_name:
        return
    t = ctx.text
    lo = len(t) - len(t.lstrip())
    hi = t.find("\n", lo)
    hi = len(t) if hi < 0 else hi
    s, e = q.speaker_span
    cue = ctx.doc[q.cue_i]
    if not (lo <= s < e <= cue.idx < hi):
        return
    if not t[e:cue.idx].strip() and (rel := headline_relation(ctx, lo, s, e, hi)) is not None:
        # "Biden Son Says …": a relation noun the tagger took for a name is no name; name and noun describe (r33)
        q.speaker, q.speaker_name, q.speaker_span, q.pronoun, q.speakers = None, t[rel[0]:rel[1]], rel, None, []
        return
    if q.speaker is None:
        return
    between = t[e:cue.idx].split()
    named = t[s:e].split()
    if not between and len(named) >= 2 and named[-1][:1].isupper() and named[-1][1:].islower() and \
            person_word(named[-1]):
        between = named[-1:]  # the tagger's name ran over the role: "Obama Pollster" typed a person
    elif not 1 <= len(between) <= 2 or not all(w[:1].isupper() and w[1:].islower() for w in between):
        return
    if not person_word(between[-1]):
        return
    pre = t[lo:s].split()  # ("Former", "Top": capitalised words before the name, two at most)
    if len(pre) > 2 or not all(w[:1].isupper() and w.isalpha() for w in pre):
        return
    end = e + len(t[e:cue.idx].rstrip())
    q.speaker, q.speaker_name, q.speaker_span, q.pronoun, q.speakers = None, t[lo:end], (lo, end), None, []
