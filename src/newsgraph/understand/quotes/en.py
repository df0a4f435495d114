"""English quotes (the "en" quotes reader of the language table): who said what, and which outlet reported it.

Direct quotes in every quote style (“ ” " " « » „ “ ‹ › ‘ ’), multi-sentence and across paragraphs (a paragraph that
opens a quotation without closing it continues in the next paragraph that opens with the same mark), with the
attribution after ("…,» — Zelensky emphasized", "…," said Putin), before ("Putin said: «…»") or in the middle
(the part after "…," he said. "…" keeps the speaker). Indirect speech: "X said (that) …", "…, X said",
"He emphasized that …", "X told reporters …", "According to him, …"; mixed quotes (indirect speech that contains
a quoted fragment). Titles in quotes ("the film «…»"), names («Coalition of the Willing») and scare quotes (one or
two words) are never quotes.

Real-page forms: an apposition between the quote and the verb ("…,” Geoffrey Berman, the U.S. attorney for …,
said"), a split quote going on after a long attribution ("said on Nov. 8. “…"), straight and curly marks mixed,
inverted "…, said Scott Paul, who heads …", attributions inside the sentence ("The landers, he said, could …",
"Trump, according to the White House, made …"), participles ("…, saying he …", "with forecasters warning that …").
A lower-case quotation inside narration is a fragment of a mixed quote, never a direct quote of its own. An
attribution pronoun coreference left unresolved ("it said") takes the previous quote's speaker when they agree.

Speakers are actors of understand.entities/coref (a pronoun or "the Russian leader" is resolved, never output as a
name); ``speaker.mention`` is the span that attributes the quote. ``reported_by`` lists the outlets credited in the
attribution ("as reported by RBC", "according to the BBC", "told Reuters", "in an interview with CNN"); "according
to" followed by an outlet credits it, followed by anyone else names the speaker. A date expression of the
attribution clause ("said on Thursday, September 4") from understand.dates dates the quote.
"""
from __future__ import annotations

import re

from ...record import Mention, Quote, Ref
from ..actors import Actors
from ..entities.en_lexicon import LANG
from ..marks import Quoted
from .en_split_subject import split_subjects
from .en_ctx import FINITE, FIRST_PERSON, Context, Found, conjoined
from . import en_learn, en_rank
from .en_attr import abbreviation, attr_after, attr_before
from .en_carry import pronoun_speakers
from .en_citing import according_relays, cited_sources, citing_before_content
from .en_colon_content import colon_contents
from .en_block_quotes import colon_blocks
from .en_put_it import put_it_quotes
from .en_aside_start import coordinated_openings
from .en_court import court_heard
from .en_credit import continued_dates, credit_and_date
from .en_docs import document_speaker
from .en_evidential import evidential_candidates
from .en_extra import clause_candidates
from .en_nouncues import noun_candidates
from .en_denied import drop_denied
from .en_fragments import drop_fragments
from .en_indirect import _indirect
from .en_intro import adopt, new_sentence_after, said_comma
from .en_lead import governed
from .en_naming import naming_quotes
from .en_paragraphs import paragraph_speakers, lead_in_speakers
from .en_layouts import layout_speakers, reporter_turns
from .en_polls import poll_findings
from .en_furniture import drop_furniture, repeated_subhead
from .en_posts import embedded_posts
from .en_credit_lines import credited_excerpts
from .en_dash_credit import dash_credits, dash_leads
from .en_pull_quotes import pull_quotes
from .en_experienced import experienced
from .en_questions import open_questions
from .en_pieces import paragraph_pieces, same_speaker
from .en_reply import reply_addressees
from .en_voices import organisation_voice
from .en_body_again import named_body_again
from .en_roles import role_actor
from .en_roles_again import short_name, unnamed_again
from .en_roles_headline import headline_restated
from .en_spk_previous import previous_speaker
from .en_roles_named import described_speaker
from .en_roles_lead import delayed_naming, headline_role
from .en_roles_forward import another_of_role, role_named_later
from .en_spk import check_speakers, drop_trailing_coordinator, partner_named_after
from .en_spk_dialogue import dialogue_turns
from .en_spk_joint import joint_makers
from .en_spk_mates import described_mates
from .en_own_cue import credited_in_sentence
from .en_own_act import end_before_own_act
from .en_headline_roles import headline_described
from .en_headline_source import headline_sources
from .en_quoted_as import quoted_as
from .en_relay_tail import relay_tails
from .en_spk_given import given_description, misread_description, named_union
from .en_spk_kin import self_owned, subject_over_owner
from .en_spk_kinds import country_body, described_kind, lede_named_next, qualified_before, titled_person
from .en_spk_order import order_actor
from .en_spk_antecedent import owned_relation
from .en_spk_partitive import group_member
from .en_spk_authors import authors_speaker
from .en_spk_owner import owned_speaker, qualified_body
from .en_tails import finding_named_later, headline, mid_findings, pointing_claims, second_attribution, writer_aside
from .en_topic import topic_person
from .en_turns import merge_split, turns
from .en_answers import continued_answers, dotted_answers, handle_posts, quoted_answers, unlabelled_interview
from .en_dash_turns import dash_interview


def extract(view, text: str, actors: Actors, dates=(), lang: str = LANG, published: str | None = None):
    """Quotes of the text; returns (quotes, entities) - entities re-published with first-person mentions."""
    ctx = Context(view, text, actors, dates, lang)
    ctx.published = published  # the publication date: a day of the news cycle dates a quote (en_credit)
    quoted = view.quoted
    direct, fragments = _direct(ctx, quoted)
    direct = split_subjects(ctx, direct)  # 'The stadium, the mayor said, “will pay for itself”': en_split_subject
    indirect = _indirect(ctx, direct, fragments)
    drop_trailing_coordinator(ctx, indirect)
    end_before_own_act(ctx, indirect)  # (before the naming reader: 'he says A, calling them “B”' is two reports)
    for dq in ctx.held:  # a quotation a speech verb governs that no indirect quote took: a direct quote still
        if not any(i.start <= dq.start < i.end for i in indirect):
            dq.origin = "direct-bare"
            direct.append(dq)
    direct.sort(key=lambda d: d.start)
    indirect += naming_quotes(ctx, fragments, direct + indirect, lang)
    found = continued_answers(ctx, dotted_answers(ctx, turns(ctx, direct + indirect)))  # interviews (en_answers)
    found = colon_blocks(ctx, found)  # "X says …:⏎⏎We will …": a block in the speaker's voice (en_block_quotes)
    found = put_it_quotes(ctx, found)  # '“…,” as lawyer Mark Feld put it' (en_put_it)
    found = coordinated_openings(ctx, found)  # '…, but no one, he says, has …' (en_aside_start)
    found = dash_interview(ctx, found)  # "— Did you expect to win?" / "— No. …" (en_dash_turns)
    found = sorted(handle_posts(ctx, quoted_answers(ctx, unlabelled_interview(ctx, found))), key=lambda q: q.start)
    found = reporter_turns(ctx, found)  # "X reports.⏎X: On the very day …": a correspondent's narration (en_layouts)
    check_speakers(ctx, found)
    _paragraph_speakers(ctx, found)
    mdl = en_learn.model()
    if mdl.loaded or en_learn.COLLECT is not None:
        used = {q.cue_i for q in found if q.cue_i is not None}
        cands = clause_candidates(ctx, used) + evidential_candidates(ctx, used) + noun_candidates(ctx, used)
        check_speakers(ctx, cands)
        found = sorted(found + cands, key=lambda q: q.start)
    checked = {id(q): _who(q) for q in found}  # each speaker is checked once: these now, later ones at the end
    pronoun_speakers(ctx, [q for q in found if q.origin != "clause"])  # a candidate lends no speaker
    layout_speakers(ctx, [q for q in found if q.origin != "clause"])  # "Gary Megson (Bolton)⏎“…”" (en_layouts)
    paragraph_speakers(ctx, [q for q in found if q.origin != "clause"])
    lead_in_speakers(ctx, [q for q in found if q.origin != "clause"])  # "Smith was blunt.⏎“…”"
    dialogue_turns(ctx, [q for q in found if q.origin != "clause"])  # (once the pronouns have their speakers)
    reply_addressees(ctx, [q for q in found if q.origin != "clause"])  # 'She replied, “…”': the one spoken to
    for q in found:
        if q.follows is not None and q.attr is None:
            q.outlets, q.date = list(q.follows.outlets), q.follows.date  # the same speech, the same credit
        else:
            credit_and_date(ctx, q)
    found = merge_split(ctx, found)
    for q in found:
        cue = ctx.doc[q.cue_i] if q.cue_i is not None else None
        q.feats = {**en_learn.features(ctx, q, q.origin, cue), **q.feats}
    found = en_learn.decide(ctx, found, text)
    pronoun_speakers(ctx, found, clauses_only=True)
    check_speakers(ctx, [q for q in found if q.follows is None and _who(q) not in (checked.get(id(q)), (None,) * 3)])
    found = pointing_claims(ctx, writer_aside(ctx, found))  # '…, although we …'; '…, pointing to B'
    found = mid_findings(ctx, headline(ctx, second_attribution(ctx, found)))  # attributions at a sentence's edges
    found = headline_sources(ctx, found)  # "Nine dead after strikes: health ministry" (en_headline_source)
    found = open_questions(ctx, poll_findings(ctx, found))  # "56% say …, the survey found": the poll speaks
    found = experienced(ctx, found)  # "Trump is finding them reluctant …": no report (en_experienced)
    found = embedded_posts(ctx, found)  # "… — Jane Roe (@janeroe) June 29, 2016": the post's author
    found = dash_credits(ctx, found)  # "“…”\n— Sarah Kimball, president of …": the source the dash line names
    found = dash_leads(ctx, found)  # "Marisa Coyle, retired teacher — “…”": the name that opens the line
    found = pull_quotes(ctx, found)  # a pull quote repeats the body's words: counted once (en_pull_quotes)
    found = credited_excerpts(ctx, found)  # a round-up's excerpt, "…\n\n[ Engadget ]": the credited source's
    found = citing_before_content(ctx, found)  # "X reported, citing Y, that C": the content is C
    found = cited_sources(ctx, found)  # "X reported …, citing people familiar": the cited source too
    found = according_relays(ctx, found)  # "…, the ministry said, according to Reuters": the relaying source too
    found = quoted_as(ctx, found)  # "…,” the daily reported quoting the ministry as saying": the ministry too
    found = relay_tails(ctx, found)  # "C, the ministry said, Reuters reported": Reuters too (en_relay_tail)
    found = court_heard(ctx, found)  # "…, the court heard": what a court, a jury or an inquest heard
    found = colon_contents(ctx, found)  # "Hewitt writes:⏎⏎The movie …": unquoted words after a colon
    found = end_before_own_act(ctx, found)  # "denies that it was …, and goes on to": the sayer's next act
    seen: set = set()  # a report nested in another (en_learn.nested_report) that a later reader found again: once
    found = [q for q in found if (k := (q.start, q.end, q.cue_i)) not in seen and not seen.add(k)]
    for q in found:
        conjoined(ctx, q)
        described_mates(ctx, q)  # "said Kim Wells, a schoolteacher and Trump supporter": no second speaker
        partner_named_after(ctx, q)  # "Haddad and her co-author, Peter Lindgren, say": Haddad heads
        titled_person(ctx, q)  # "Federal Minister for Information and Broadcasting Fawad Chaudhry has said"
        described_speaker(ctx, q)
    for q in found:  # "the Indiana governor said": the one actor the role fits
        headline_described(ctx, q)  # "Former Clinton Pollster Says …": the pollster, not Clinton
        misread_description(ctx, q)  # "The Spaniard said" (the tagger's name) after "Ed Vale, a Spaniard,"
        if q.speaker is None and q.speaker_name and q.speaker_span:
            if unnamed_again(ctx, q, found):  # "Two employees said … . One of them said", "The minister said": those
                continue
            lo, hi = q.speaker_span  # (a description the text gave: "Her label, Solstice Records" … "The label")
            hit = order_actor(ctx, lo, hi) or role_actor(ctx, lo, hi, lang) or given_description(ctx, lo, hi, lang)
            if hit is not None and self_owned(ctx, lo, hit[2]):
                hit = None  # "Her sister said", "Her" standing for the one the text called "her sister"
            if hit is not None:
                actors.add_mention(hit[2], hit[0], hit[1], "desc")
                q.speaker, q.speaker_name = hit[2], None
            elif (hit := topic_person(ctx, q.speaker_span[0], q.speaker_span[1], lang)
                  or previous_speaker(ctx, q, found, lang)) is not None:  # (en_spk_previous: "X said. But, the
                actors.add_mention(hit[2], hit[0], hit[1], "desc")  # former CEO added"; "… . The Vermont senator
                q.speaker, q.speaker_name = hit[2], None  # said": the topic)
            else:
                short_name(ctx, q)  # "Channel Link said" after "Channel Link Ferries"
                if q.speaker is None and q.speaker_name == ctx.text[lo:hi]:
                    named_body_again(ctx, q, found)  # "Pixelwave admits …" … "The company says": Pixelwave
                if q.speaker is None:
                    document_speaker(ctx, q, found)  # "The report says": its maker
                if q.speaker is None:
                    organisation_voice(ctx, q, found)  # "A spokesperson said": the organisation just credited
                if q.speaker is None:
                    headline_role(ctx, q)  # "Governor says …": the one the story names with that role
                if q.speaker is None:
                    delayed_naming(ctx, q, found)  # "The top Republican on … warned" … "Rep. Tom Cole told"
                if q.speaker is None:
                    role_named_later(ctx, q)  # "The city's new police chief said" … "Dana Whitlow, 52, spent …"
                if q.speaker is None:
                    authors_speaker(ctx, q)  # "the authors wrote": the study's lead author named in the text
                if q.speaker is None:
                    owned_relation(ctx, q)  # "The president's son said": "Okafor's son, Emeka Okafor"
                if q.speaker is None:
                    owned_speaker(ctx, q)  # "Her office said": "Lena Varos's office"
                if q.speaker is None:
                    qualified_body(ctx, q)  # "Milwaukee police said … . police said": "Milwaukee police"
                if q.speaker is None:
                    named_union(ctx, q)  # "their union said": the one union the text names
                if q.speaker is None:
                    group_member(ctx, q)  # "Several MPs … told the Guardian … . One said": the MPs
                if q.speaker is None:  # "an executive testified" … "Mark Hawthorn, the chief operating officer"
                    described_kind(ctx, q)
                if q.speaker is None:  # "The health secretary has said … . Wes Streeting told …"
                    lede_named_next(ctx, q, found)
                if q.speaker is None:  # "The Israeli military confirmed …" … "The military said": that one
                    qualified_before(ctx, q, found)
                if q.speaker is None:  # "Israel launched strikes …, its military announced": the Israeli military
                    country_body(ctx, q)
    another_of_role(ctx, found)  # "One sheriff says … . Another says …": the second one named later
    subject_over_owner(ctx, found)  # "Her sister said … . “…,” she said": the sister, not "her"
    for q in found:  # "Voters sour on housing, poll finds": the poll the story names after
        if q.speaker is None:
            finding_named_later(ctx, q, found)
        if q.speaker is None:
            headline_restated(ctx, q, found)  # "Bank chief warns …" over "The governor of the Bank warned …"
    en_rank.rank(ctx, found)  # the learned speaker ranker over the rules' choice (without its model: the rules)
    found = en_learn.unresolved_it(ctx, found)  # "To start, it confirms recent polling": "it" no actor, no statement
    joint_makers(ctx, found)  # "a WSJ/NBC News poll found": both partners speak, the first is the speaker
    continued_dates(ctx, found)  # (once every speaker is chosen)
    same_speaker(ctx, found)  # the later paragraphs of a quotation: its first paragraph's speaker
    found = drop_denied(ctx, drop_fragments(ctx, found))  # "of rape", "she said", "nobody said": no statement
    found = drop_furniture(ctx, found)  # a caption's or a pull quote's quotation: page furniture (en_furniture)
    # first-person pronouns inside a direct quote are its speaker
    for q in found:
        if q.kind == "direct" and q.speaker is not None:
            for a, b in q.parts or [(q.start, q.end)]:
                for tok in ctx.tokens(a, b):
                    if tok.lower_ in FIRST_PERSON and tok.pos_ in ("PRON", "DET"):
                        actors.add_mention(q.speaker, tok.idx, tok.idx + len(tok.text), "pronoun")
    entities = actors.publish()
    out = []
    for n, q in enumerate(found, 1):
        speaker = None
        if q.speaker is not None:
            ent = actors.entities[q.speaker]
            mention = Mention(q.speaker_span[0], q.speaker_span[1], text[q.speaker_span[0]:q.speaker_span[1]]) \
                if q.speaker_span else None
            speaker = Ref(ent.id, ent.name, mention)
        elif q.speaker_name:
            span = _unmarked(text, q.speaker_span)
            mention = Mention(span[0], span[1], text[span[0]:span[1]]) if span else None
            speaker = Ref(None, q.speaker_name.lstrip(_LIST_MARKS) or q.speaker_name, mention)
        reported = []
        for i, s, e in q.outlets:
            ent = actors.entities[i]
            reported.append(Ref(ent.id, ent.name, Mention(s, e, text[s:e])))
        parts = [[a, b] for a, b in q.parts] if len(q.parts) > 1 else []
        speakers = [Ref(actors.entities[i].id, actors.entities[i].name, Mention(a, b, text[a:b]))
                    for i, a, b in q.speakers]
        out.append(Quote(id=f"q{n}", kind=q.kind, text=q.text, speaker=speaker, cue=q.cue, reported_by=reported,
                         date=q.date, start=q.start, end=q.end, parts=parts, speakers=speakers))
    return out, entities


_LIST_MARKS = "-–—•*· \t"  # a list item's or a byline's mark before a name ("-Philip Bump illustrates …")


def _unmarked(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A described speaker's span without the list or byline mark before it: no part of anyone's name."""
    if not span:
        return span
    lo, hi = span
    while lo < hi and text[lo] in _LIST_MARKS:
        lo += 1
    return (lo, hi) if lo < hi else span


def _who(q: Found):
    return q.speaker, q.speaker_name, q.speaker_span


def _paragraph_speakers(ctx: Context, found: list[Found]) -> None:
    """A quotation standing alone (no attribution of its own) after an attributed quote of the same paragraph goes on
    with that speaker's words: news gives a new speaker a new paragraph. "The answers are “not meeting the demand,”
    says Paul Rieckhoff. “We often compare it to …”" (the first one mixed) and "“…,” Flynn said on Fox News’s “Fox
    and Friends.” “I mean, …”" (a title between them)."""
    prev: Found | None = None
    for q in found:
        if q.origin == "direct-bare" and q.speaker is None and not q.speaker_name and not q.pronoun and \
                prev is not None and (prev.speaker is not None or prev.speaker_name) and \
                "\n" not in ctx.text[prev.end:q.start]:
            q.speaker, q.speaker_name, q.speaker_span, q.cue = prev.speaker, prev.speaker_name, prev.speaker_span, \
                prev.cue
        prev = q


# -- direct quotes ---------------------------------------------------------------------------------------------------
def _quote_like(ctx: Context, q: Quoted) -> bool:
    inner = ctx.text[q.inner_start:q.inner_end].strip()
    words = inner.split()
    if len(words) < 3:
        return False  # a scare quote or a name
    caps = sum(1 for w in words if w[:1].isupper())
    small = {"of", "the", "and", "for", "in", "on", "a", "to", "at", "with"}
    if len(words) <= 8 and all(w[:1].isupper() or w.lower() in small for w in words) and caps >= 2 \
            and (not inner.endswith((".", "!", "?", ",")) or (inner.endswith(",") and _embedded(ctx, q))):
        return False  # Title Case: a name or a title (also before a comma inside the narration: 'After playing
        # “Rockin’ in the Free World,” she told …': the comma ends the adverbial, not words said)
    before = ctx.text[max(0, q.start - 30):q.start].lower().split()
    if before and (before[-1] in ctx.title_cues or " ".join(before[-2:]) in ctx.title_cues):
        return False
    if len(words) < 5 and not any(t.tag_ in FINITE for t in ctx.tokens(q.inner_start, q.inner_end)):
        return False
    return True


def _content(ctx: Context, a: int, b: int) -> tuple[int, int]:
    t = ctx.text
    while a < b and t[a].isspace():
        a += 1
    while b > a and (t[b - 1].isspace() or t[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


def _direct(ctx: Context, quoted: list[Quoted]):
    out: list[Found] = []
    fragments: list[Quoted] = []
    held: list[Found] = []
    prev: Found | None = None
    prev_attr_end = -1
    for q in quoted:
        if repeated_subhead(ctx.text, q):
            continue
        frag = _fragment_in_sentence(ctx, q)
        plain = not frag and (_quote_like(ctx, q) or _short_attributed(ctx, q) or new_sentence_after(ctx, q))
        colon = _colon_attributed(ctx, q) if not (frag or plain) else None  # (its attribution: parsed once)
        if not (plain or colon is not None):
            fragments.append(q)
            continue
        a, b = _content(ctx, q.inner_start, q.inner_end)
        text = ctx.text[a:b]
        for c in reversed(q.continued):
            if a <= c < b:
                text = text[:c - a] + text[c - a + 1:]
        dq = Found("direct", a, b, text)
        if not (attr_after(ctx, q, dq) or (adopt(dq, colon) if colon is not None else attr_before(ctx, q, dq))):
            # the second half of a split quote ("…," he said. "…") or the next paragraph of the same speech
            gap = ctx.text[prev_attr_end:q.start] if prev is not None else None
            if prev is not None and gap is not None and _continues(ctx, prev, prev_attr_end, q) and (
                    prev.speaker is not None or prev.speaker_name or prev.pronoun):  # (a pronoun: resolved later)
                dq.speaker, dq.speaker_name, dq.cue = prev.speaker, prev.speaker_name, prev.cue
                dq.speaker_span, dq.follows = prev.speaker_span, prev
            elif _embedded(ctx, q):
                fragments.append(q)  # part of a sentence: a mixed quote if a speech verb governs it
                continue
            elif governed(ctx, q):
                fragments.append(q)  # "X said that …, “…”": the end of X's indirect speech (kept if none reads it)
                held.append(dq)
                continue
            elif not _whole_sentence(ctx, q):
                fragments.append(q)
                continue
        dq.origin = "direct" if dq.attr else ("direct-cont" if dq.follows is not None else "direct-bare")
        out.append(dq)
        prev_attr_end = dq.attr[1] if dq.attr else q.end
        pieces = paragraph_pieces(ctx, q, dq)  # one quote a paragraph, as PolNeAR and en-attr annotate them
        out += pieces
        prev = pieces[-1] if pieces else dq
    ctx.held = held
    return out, fragments


def _short_attributed(ctx: Context, q: Quoted) -> bool:
    """A short quotation opening its sentence and closed by a comma, a named speaker's attribution ending the sentence:
    "“We're anxious,” said another user, Johanna Bayer. “…”", "“Elections matter,” Kelly said." (words said, not a
    scare quote or a title)."""
    inner = ctx.text[q.inner_start:q.inner_end].rstrip(" ’'\"”»")
    if not inner.endswith((",", "!", "?")) or _embedded(ctx, q):
        return False
    probe = Found("direct", q.inner_start, q.inner_end, "")
    if not attr_after(ctx, q, probe) or (probe.speaker is None and not probe.speaker_name and probe.pronoun not in (
            "he", "she", "they")):  # ('“Not yet,” she said.': words said, whoever "she" is; kept unnamed if no one)
        return False
    # the attribution ends the sentence: "“By locking in China,” Obama said, “we …”" is the opening of a split
    # quotation whose other part the reader takes (or leaves) on its own
    return ctx.text[probe.attr[1] - 1:probe.attr[1]] in (".", "!", "?")


def _colon_attributed(ctx: Context, q: Quoted) -> Found | None:
    """A short quotation a named speaker's speech verb hands over to with a colon: 'Walsh replied: “Absolutely
    not.”' (the words said, however few: no scare quote or title follows a speech verb and a colon). Returns the
    attribution found (``en_intro.adopt`` hands it to the quote: parsed once), or None."""
    s, _ = ctx.sent(q.start)
    words = ctx.text[q.inner_start:q.inner_end].split()
    if not (ctx.text[s:q.start].rstrip().endswith(":") or said_comma(ctx, s, q)) or not words or (
            len(words) >= 2 and all(w[:1].isupper() for w in words)):
        return None  # (Title Case: a name or a title, "listed his guilty pleasure: “Saturday Night Live”")
    probe = Found("direct", q.inner_start, q.inner_end, "")
    if attr_before(ctx, q, probe) and probe.cue_i is not None and (probe.speaker is not None or bool(
            probe.speaker_name) or probe.pronoun in ("he", "she", "they")):  # (a pronoun: resolved later)
        return probe
    return None


def _continues(ctx: Context, prev: Found, attr_end: int, q: Quoted) -> bool:
    """The quotation goes on with the previous speaker's words: right after the previous attribution (a line break
    at most), or in the same paragraph after a few words of it that the clause end cut off ("said on Nov. 8. “…")."""
    if _headline_line(ctx.text, q):
        return False  # "‘We Got Her!’ Video Shows Dramatic Rescue": another story's headline, no one's next words
    if credited_in_sentence(ctx, q):
        return False  # "“The thing … bothered” Ford's family, Starner said.": its own sentence credits it
    gap = ctx.text[attr_end:q.start]
    if len(gap) <= 8 and not gap.strip(" \r\n\t.,"):
        return True
    if "\n" in ctx.text[prev.end:q.start] or len(gap) > 80 or not gap.rstrip().rstrip("\"”").endswith((".", ",", ":")):
        return False
    # a programme's or a paper's title in quotation marks is one name ('said on CNN's "State of the Union."')
    titles = [(m.start() + attr_end, m.end() + attr_end) for m in _TITLE_IN_GAP.finditer(gap)]
    toks = [tk for tk in ctx.tokens(attr_end, q.start) if not tk.is_punct and not tk.is_space
            and not any(a <= tk.idx < b for a, b in titles)]
    return len(toks) <= 6 and not any(tk.pos_ in ("VERB", "AUX") for tk in toks)


def _headline_line(text: str, q: Quoted) -> bool:
    """The quotation opens a line that goes on as a headline: three words or more after it and no closing stop
    ("‘We Got Her!’ Video Shows Dramatic Rescue of Kidnapped Girl", "'Meth. We're On It.': South Dakota spends …");
    or it is the whole line, in single marks (a headline's style), in Title Case: a subhead ("'All Bets Are Off.'")."""
    if text[text.rfind("\n", 0, q.start) + 1:q.start].strip():
        return False
    b = text.find("\n", q.end)
    rest = text[q.end:len(text) if b < 0 else b].strip()
    if not rest and text[q.start] in "'‘":
        words = text[q.inner_start:q.inner_end].split()
        return len(words) <= 8 and all(w[:1].isupper() or w in _SMALL_WORDS for w in words)
    return len(rest.split()) >= 3 and not rest.endswith((".", "!", "?", "\"", "”", "’", "'", "…"))


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "for", "in", "on", "at", "to", "with", "by"})


# a title in quotation marks: capitalised words and the small words of titles ("State of the Union", "Meet the Press")
_TITLE_IN_GAP = re.compile(r"[\"“](?:[A-Z][\w'’.-]*|of|the|and|a|an|on|in|for|to|with)(?:\s+(?:[A-Z][\w'’.-]*|of|the|"
                           r"and|a|an|on|in|for|to|with))*[.,]?[\"”]")


def _whole_sentence(ctx: Context, q: Quoted) -> bool:
    inner = ctx.text[q.inner_start:q.inner_end].rstrip()
    return len(inner.split()) >= 6 and (inner[-1:] in ".!?…" or q.cut)  # (cut: the page ends inside it, marks.py)


def _fragment_in_sentence(ctx: Context, q: Quoted) -> bool:
    """Apple was "pulled into the enterprise," Cook said: a lower-case quotation inside narration is a fragment of
    a mixed quote, never a direct quote of its own."""
    inner = ctx.text[q.inner_start:q.inner_end].lstrip(" ‘'\"")
    if not inner[:1].islower():
        return False
    s, _ = ctx.sent(q.start)
    para = ctx.text.rfind("\n", 0, q.start) + 1
    before = ctx.text[max(s, para):q.start].strip()
    return bool(before) and not before.endswith((":", ",", "—", "–", ".", "!", "?", "(", "-"))


def _embedded(ctx: Context, q: Quoted) -> bool:
    """The quotation sits inside a sentence (words of the narration before it in the same sentence). A full stop
    right before it ends a sentence the parser ran on ("…,'' Mr. Chipman said. ''But …''": two apostrophes)."""
    s, _ = ctx.sent(q.start)
    before = ctx.text[s:q.start].rstrip()
    if before.endswith((".", "!", "?")) and not abbreviation(ctx.text, s, s + len(before) - 1):
        return False
    before = before.strip()
    return bool(before) and not before.endswith((":", ",", "—", "–"))
