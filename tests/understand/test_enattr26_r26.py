"""understand.quotes (English), round 26 (sentences written for these tests): a round-up's excerpts, each credited
on a line of its own with the source's name in brackets, are the credited sources' direct quotes
(en_credit_lines); "it" states a noun phrase as the company named before (en_learn._it_states); a report citing a
person by a title or a role credits that person too (en_citing); the subject an "as"-aside follows is part of what
is reported (en_aside.subject_before_as); an imperative to the reader (", but expect …") is nobody's claim
(en_learn._reader_told); an "according to" aside between an auxiliary and its verb ("He had, according to police,
stolen …") cuts one content in two (en_according_aside.stranded_auxiliary); a report relayed "according to" someone
("…, the minister said, according to aides") is that relay's too (en_citing.according_relays); "the health commission"
after "the Inner Mongolia health commission" keeps its qualifier (en_spk_owner._shortened_body); a ticker in brackets
("Acme Corp. (NYSE: ACM) said") is neither the speaker (en_heads.bracketed_appos) nor a label (en_extra._subject)."""
import pytest

ROUNDUP = """The new phone went on sale on Friday. Here is what the critics say:

Battery Life

The battery easily lasts two days of heavy use. The screen is bright, even in direct sunlight.

[ Daily Gadget ]

I dropped it twice and it survived both times. The camera, however, struggles at night.

The software is clean, with few apps you did not ask for.

[ Phone Arena ]

Verdict?

It is the best phone of the year, if you can live without a headphone jack.

[ TechRadar ]"""


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


def test_each_excerpt_of_a_roundup_is_its_credited_source_s(analyze):
    rec = analyze(ROUNDUP)
    got = {q.speaker.name: q.text for q in rec.quotes if q.speaker is not None and q.kind == "direct"}
    assert got.get("Daily Gadget", "").startswith("The battery easily lasts"), _quotes(rec)
    assert got["Daily Gadget"].endswith("direct sunlight."), _quotes(rec)
    # an excerpt of two paragraphs is one quote; the round-up's headings ("Battery Life", "Verdict?") are its own
    assert got.get("Phone Arena", "").startswith("I dropped it twice"), _quotes(rec)
    assert got["Phone Arena"].endswith("you did not ask for."), _quotes(rec)
    assert got.get("TechRadar", "").startswith("It is the best phone"), _quotes(rec)
    assert not any("Verdict" in q.text or "Battery Life" in q.text for q in rec.quotes), _quotes(rec)


def test_a_single_bracketed_line_is_page_furniture(analyze):
    rec = analyze("The council met on Monday to discuss the new road.\n\n[ City Desk ]\n\n"
                  "The budget was approved by a narrow vote after a long debate.")
    assert not rec.quotes, _quotes(rec)


def test_an_excerpt_keeps_the_statements_it_reports(analyze):
    rec = analyze("Reviewers were split on the new console.\n\n"
                  "The hardware is fast. The company says a cheaper model will follow next year.\n\n"
                  "[ Game Weekly ]\n\n"
                  "It is loud and the menus are slow. I would wait for a price cut.\n\n"
                  "[ Play Review ]")
    said = [q for q in rec.quotes if q.cue == "says"]
    assert len(said) == 1 and said[0].text.startswith("a cheaper model"), _quotes(rec)
    assert any(q.speaker is not None and q.speaker.name == "Game Weekly" for q in rec.quotes), _quotes(rec)


@pytest.mark.parametrize("text, cue, content", [
    ("Acme said it had 300 stores. Last week it announced an order of 40 new trucks worth $5 million.",
     "announced", "an order of 40 new trucks worth $5 million"),
    ("Northwind Airlines grew fast last year. On Monday it confirmed the purchase of twelve new jets.",
     "confirmed", "the purchase of twelve new jets"),
])
def test_it_states_a_noun_phrase_as_the_company_named_before(analyze, text, cue, content):
    rec = analyze(text)
    got = [q for q in rec.quotes if q.cue == cue]
    assert len(got) == 1 and got[0].text == content, _quotes(rec)


def test_a_law_that_promises_states_nothing(analyze):
    rec = analyze("The new health law took effect in May. It promised lower premiums for every family.")
    assert not [q for q in rec.quotes if q.cue == "promised"], _quotes(rec)


@pytest.mark.parametrize("text, cited", [
    ("Bloomberg reported on Tuesday that the carmaker would cut 2,000 jobs, citing its chief executive.",
     "its chief executive"),
    ("The Times reported that the merger had collapsed, citing a company lawyer.", "a company lawyer"),
])
def test_a_report_citing_a_person_by_role_credits_that_person(analyze, text, cited):
    rec = analyze(text)
    assert [q.cue for q in rec.quotes] == ["reported", "citing"], _quotes(rec)
    relay = rec.quotes[1]
    assert relay.text == rec.quotes[0].text, _quotes(rec)
    assert (relay.speaker.name if relay.speaker else None) != rec.quotes[0].speaker.name, _quotes(rec)


def test_citing_a_reason_credits_nobody(analyze):
    rec = analyze("The minister said he would resign, citing his health.")
    assert [q.cue for q in rec.quotes] == ["said"], _quotes(rec)


@pytest.mark.parametrize("text, content, speaker", [
    ("HP, as the website explained, is trying to lock customers into its own ink cartridges.",
     "HP is trying to lock customers into its own ink cartridges", None),
    ("The retailer, as Reuters reported on Monday, is closing 40 stores this year.",
     "The retailer is closing 40 stores this year", "Reuters"),
    ("The new bridge, as the mayor noted, will open to traffic in May.", "The new bridge will open to traffic in May",
     None),
])
def test_the_subject_before_an_as_aside_is_part_of_the_report(analyze, text, content, speaker):
    rec = analyze(text)
    assert len(rec.quotes) == 1 and rec.quotes[0].text == content, _quotes(rec)
    if speaker:
        assert rec.quotes[0].speaker is not None and rec.quotes[0].speaker.name == speaker, _quotes(rec)


@pytest.mark.parametrize("text", [
    "Senator Jane Doe will attend the debate on Tuesday, but expect her rivals to press her on taxes.",
    "The company will report earnings on Thursday, so expect the shares to move sharply.",
])
def test_an_imperative_to_the_reader_is_nobody_s_claim(analyze, text):
    rec = analyze(text)
    assert not [q for q in rec.quotes if (q.cue or "").lower() == "expect"], _quotes(rec)


def test_a_verb_conjoined_to_a_report_keeps_its_sayer(analyze):
    rec = analyze("The governor said the road would reopen in June, but warned that delays were likely.")
    warned = [q for q in rec.quotes if q.cue == "warned"]
    assert len(warned) == 1 and warned[0].speaker is not None, _quotes(rec)


@pytest.mark.parametrize("text, content, source", [
    ("The man had, according to police, stolen a car from the lot.", "The man had stolen a car from the lot", "police"),
    ("He had, according to Jane Roe of the Daily Planet, killed and eaten a wild rabbit before he fell ill.",
     "He had killed and eaten a wild rabbit before he fell ill", "Jane Roe"),
])
def test_an_according_aside_between_an_auxiliary_and_its_verb(analyze, text, content, source):
    rec = analyze(text)
    assert len(rec.quotes) == 1 and rec.quotes[0].text == content, _quotes(rec)
    sp = rec.quotes[0].speaker
    assert sp is not None and sp.name.endswith(source), _quotes(rec)


@pytest.mark.parametrize("text, relay", [
    ("“We will win,” the coach told players, according to two people who were present.", "two people"),
    ("Prices will rise, the minister said on Monday, according to aides.", "aides"),
])
def test_a_report_relayed_according_to_someone_credits_the_relay_too(analyze, text, relay):
    rec = analyze(text)
    assert len(rec.quotes) == 2 and rec.quotes[0].text == rec.quotes[1].text, _quotes(rec)
    second = rec.quotes[1]
    assert second.cue == "according to" and second.speaker is not None and relay in second.speaker.name, _quotes(rec)


def test_an_outlet_after_the_cue_only_credits_the_report(analyze):
    rec = analyze("Prices will rise, the ministry said on Monday, according to Reuters.")
    assert [q.cue for q in rec.quotes] == ["said"], _quotes(rec)


def test_according_to_the_speakers_own_statement_is_one_speech(analyze):
    rec = analyze("The plant will close, the company said on Monday, according to a statement.")
    assert [q.cue for q in rec.quotes] == ["said"], _quotes(rec)


def test_a_shortened_body_keeps_the_qualifier_the_text_gave_it(analyze):
    rec = analyze("The Inner Mongolia health commission reported a new case on Sunday. "
                  "The health commission said the man had eaten a wild rabbit.")
    said = [q for q in rec.quotes if q.cue == "said"]
    assert len(said) == 1 and said[0].speaker is not None, _quotes(rec)
    assert said[0].speaker.name == "Inner Mongolia health commission", _quotes(rec)


def test_two_qualified_bodies_leave_the_short_one_as_written(analyze):
    rec = analyze("The Ohio health department and the Texas health department both tested samples. "
                  "The health department said the water was safe.")
    said = [q for q in rec.quotes if q.cue == "said"]
    assert len(said) == 1 and said[0].speaker.name == "The health department", _quotes(rec)


@pytest.mark.parametrize("text, cue, speaker", [
    ("Acme Corp. (NYSE: ACM) said on Tuesday that profit rose 12 percent.", "said", "Acme"),
    ("Home Depot (ticker: HD) reported $2.53 in per-share earnings for the third quarter.", "reported", "Home Depot"),
    ("Acme Corp. (Nasdaq: ACME) announced a loss of $2 billion for the quarter.", "announced", "Acme"),
])
def test_a_ticker_in_brackets_is_no_speaker_and_no_label(analyze, text, cue, speaker):
    rec = analyze(text)
    got = [q for q in rec.quotes if q.cue == cue]
    assert len(got) == 1 and got[0].speaker is not None and speaker in got[0].speaker.name, _quotes(rec)
