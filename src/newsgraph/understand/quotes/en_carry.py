"""An English attribution pronoun left unresolved by coreference ("it said", "he added") takes the speaker of the
previous quote when they agree (en.extract calls it before and after the learned decision)."""
from __future__ import annotations

from ..name_cues import PRONOUN_GENDER
from .en_ctx import Context, Found


PRONOUN_REACH = 1200  # characters back to the previous speaker an unresolved pronoun may take


def pronoun_speakers(ctx: Context, found: list[Found], clauses_only: bool = False) -> None:
    """An attribution pronoun coreference left unresolved takes the speaker of the previous quote when they agree:
    "The union said … “We have no choice,” it said." (it/they: an organisation, a group or a noun phrase of the
    right number; he/she: a person). ``clauses_only``: after the learned decision, the clause candidates taken
    ("He believes that …") take theirs the same way (before it, a candidate lent no speaker)."""
    prev: list[Found] = []
    for q in found:
        if q.speaker is None and not q.speaker_name and q.pronoun and q.follows is None and \
                (not clauses_only or q.origin == "clause"):
            for p in reversed(prev):
                if q.start - p.end > PRONOUN_REACH:
                    break
                if _agrees(ctx, q.pronoun, p):
                    q.speaker, q.speaker_name = p.speaker, p.speaker_name
                    q.speaker_span = p.speaker_span
                    break
        if q.speaker is not None or q.speaker_name:
            prev.append(q)


def _called(ent) -> str | None:
    """The gender the text's third-person pronouns give a person whose gender is unknown, when they clearly agree
    (at least twice as many of one as of the other: "Keyworth … he was", whatever a stray "she" says): such a person is
    not the "she" of a later attribution."""
    n = {"m": 0, "f": 0}
    for m in ent.mentions:
        g = PRONOUN_GENDER.get(m.text.lower()) if m.kind == "pronoun" else None
        if g:
            n[g] += 1
    if n["m"] > 2 * n["f"]:
        return "m"
    if n["f"] > 2 * n["m"]:
        return "f"
    return None


def _agrees(ctx: Context, pronoun: str, p: Found) -> bool:
    if p.speaker is not None:
        ent = ctx.actors.entities[p.speaker]
        if pronoun in ("he", "she"):
            want = "m" if pronoun == "he" else "f"
            return ent.type == "PERSON" and (ent.gender or _called(ent) or want) == want
        if pronoun in ("it", "they", "we"):
            return ent.type in ("ORG", "GROUP") or (pronoun == "they" and ent.type == "GPE")
        return False
    head = (p.speaker_name or "").split()[-1:] or [""]
    plural = head[0].lower().endswith("s") and not head[0].lower().endswith("ss")
    if pronoun == "it":
        return not plural
    if pronoun in ("they", "we"):
        return plural
    return False
