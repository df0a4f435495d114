"""A role held at a body as a Russian speech verb's subject (a mixin of ``ru.RussianQuotes``; r29, issue 16): "Глава
ЦИК заявила, что …", "Руководитель Росстата заявил …", "Директор «Газпрома» сказал …". The readers took the body
named in the subject for the speaker; but the subject's head is a person's title (titles.txt, person_nouns.txt) and
the body, place or outlet after it, in its genitive, only says where the role is held: the speaker is a person, the
role's holder -- the one named before with that role (``described_person``), else the role as written ("Глава ЦИК"),
never the organisation, which said nothing itself. Only where the readers would have given the body: a holder they
find otherwise stays. Not a plural ("Депутаты Законодательного собрания") nor a member or representative (words.tsv
``members``: "Представитель министерства заявил"), who speak for the body, as the gold has it; not a title in another
case ("Главе ЦИК сообщили"), nor a body that is the subject itself ("ФИФА объявила")."""
from __future__ import annotations

import re

from ...record import Mention, Ref
from .. import rules

_GAP = re.compile(r"[\s«„“\"]*$")  # between the title and the body's name ("Директор «Газпрома»")
_CLOSE = "»“”\""


class RoleAtBody:
    """Over ``self.text``, ``self.an`` of ``RussianQuotes``."""

    def role_at_body(self, body: Ref, cue, blocked) -> Ref:
        """``body`` (a body's, place's or outlet's mention the readers took for the speaker), or the role held there
        when a nominative singular title stands right before it: its holder named before with that role, else the
        role phrase, from the title (and the adjectives before it: "Бывший глава") to the body's name."""
        m = body.mention
        a = next((x for x in self.an.actors if x.id == body.entity), None)
        if m is None or a is None or a.type not in ("ORG", "GPE", "MEDIA"):
            return body
        gap = _GAP.search(self.text, max(0, m.start - 3), m.start)
        t = next((x for x in reversed(self.an.toks) if x.end <= gap.start()), None) if gap else None
        feats = (t.feats or {}) if t is not None else {}
        if t is not None and t.end == gap.start() and t.pos == "NOUN" and feats.get("Case") in (None, "Nom") and \
                t.lemma in rules.wordset("ru", "outsider_nouns"):
            return self._described(t, m)  # ("Клиенты Сбербанка пожаловались": its clients, not the bank, r35)
        kind = self.an.toks[t.i - 1] if t is not None and t.i > 0 and t.end == gap.start() and t.pos == "NOUN" and \
            feats.get("Case") == "Gen" and t.text.islower() else None
        if kind is not None and kind.pos == "NOUN" and (kind.feats or {}).get("Case") in (None, "Nom") and \
                kind.lemma in rules.wordset("ru", "outsider_nouns") and self.text[kind.end:t.start] == " ":
            return self._described(kind, m)  # ("Владелец ресторана «Пушкин» заявил": the owner of the restaurant)
        reporters = rules.wordset("ru", "reporter_nouns") if self._relayed_by(t) else frozenset()  # ("Как передает
        # корреспондент «Вестей», губернатор заявил": the reporter relays, no role whose holder speaks; review29b)
        if t is None or t.end != gap.start() or t.pos != "NOUN" or feats.get("Case") not in (None, "Nom") or \
                feats.get("Number") == "Plur" or t.lemma in rules.wordset("ru", "members") | reporters or \
                self.an.tok_at_start.get(t.start) is None or not self.an._is_title_word(t):
            return body
        start = self._adjectives_from(t)
        end = m.end + (1 if m.end < len(self.text) and self.text[m.end] in _CLOSE and gap.end() > gap.start() and
                       self.text[gap.end() - 1] in "«„“\"" else 0)
        state = next((x for x, _ in self.an.mentions_in(end, end + 40, ("GPE",)) if x.start == end + 1 and
                      self.text[end] == " "), None)
        end = state.end if state is not None else end  # ("Глава МИД Казахстана": the state the body is of)
        holder = self.an.described_person(start, end, cue, blocked, start, role_only=True)
        if holder is not None:
            return holder
        phrase = self.text[start:end]
        return Ref(None, phrase, Mention(start, end, phrase))

    def _described(self, t, m) -> Ref:
        """The description from ``t`` (and the adjectives before it) to the body's mention ``m``."""
        start = self._adjectives_from(t)
        end = m.end + (1 if self.text[m.end:m.end + 1] in tuple(_CLOSE) and m.end < len(self.text) else 0)
        phrase = self.text[start:end]
        return Ref(None, phrase, Mention(start, end, phrase))

    def _adjectives_from(self, t) -> int:
        """The start of ``t`` with the adjectives right before it ("Бывший глава", "Разгневанные клиенты")."""
        start = t.start
        for x in reversed(self.an.toks[:t.i]):
            if x.pos != "ADJ" or self.text[x.end:start] != " ":
                break
            start = x.start
        return start

    def _relayed_by(self, t) -> bool:
        """Is the title word ``t`` (maybe after adjectives: "собственный корреспондент") the subject of a relaying verb
        right before it (words.tsv ``relay_verbs``: "передает", "пишет")? Not a reporter who speaks himself
        ("Корреспондент «Вестей» заявил, что видел …")."""
        if t is None or t.i == 0:
            return False
        before = [x for x in self.an.toks[max(0, t.i - 4):t.i] if x.pos != "ADJ"]
        return bool(before) and before[-1].lemma in rules.wordset("ru", "relay_verbs")

