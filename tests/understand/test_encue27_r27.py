"""understand.quotes (English), round 27 (sentences written for these tests): PolNeAR's cues in every frame the
reader handles. An inverted attribution after the clause it reports ("…, recalled Tom Reyes.") names its speaker
even when the parse reads the verb as a second verb of that clause (en_misparsed.inverted_conj). "In" a poll, a survey
or a study opening the sentence credits the document with it, as "according to" does (en_per.in_document), unless
someone in the sentence says it ("In a report, the agency said …"). A past participle the tagger gave a clause's root,
with a subject and no auxiliary, is its past tense: the content a cue needs (en_misparsed.misread_past)."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


@pytest.mark.parametrize("verb", ["recalled", "remarked", "replied", "cautioned", "asserted"])
def test_an_inverted_cue_after_the_clause_names_its_speaker(analyze, verb):
    rec = analyze(f"The county budget would be balanced within three years, {verb} Maria Lopez.")
    got = _quotes(rec)
    assert any(t.startswith("The county budget would be balanced") and s == "Maria Lopez" for t, s in got), got


def test_an_inverted_cue_with_an_apposition_names_its_speaker(analyze):
    rec = analyze("Voters had grown tired of the old party, observed Tom Reyes, a pollster in Denver.")
    got = _quotes(rec)
    assert any(t.startswith("Voters had grown tired") and s == "Tom Reyes" for t, s in got), got


def test_a_conjoined_verb_whose_name_is_followed_by_an_object_is_no_inversion(analyze):
    rec = analyze("The zoning board met on Monday, denied Ann Blake a building permit and adjourned early.")
    assert not [q for q in rec.quotes if q.speaker is not None and q.speaker.name == "Ann Blake"], _quotes(rec)


def _by_in(rec):
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes if q.cue == "in"]


def test_a_poll_opening_the_sentence_with_in_is_its_source(analyze):
    rec = analyze("In the latest survey of likely voters, the incumbent holds a lead of nine points over her rival.")
    assert _by_in(rec) == [("the incumbent holds a lead of nine points over her rival",
                            "the latest survey of likely voters")], _quotes(rec)


def test_a_poll_s_respondents_saying_keep_their_own_record(analyze):
    # the respondents' verb is the cue (lead's merge, round 27: test_quotes_heads' "58 percent of farmers said")
    rec = analyze("In a new statewide poll, 41 percent of renters said they expected to move within a year.")
    assert _by_in(rec) == [], _quotes(rec)
    assert any(q.text.startswith("they expected to move") for q in rec.quotes), _quotes(rec)


@pytest.mark.parametrize("text", [
    "In a report released Tuesday, the transport agency said the bridge needed urgent repairs.",
    "In review, the panel voted to keep the old rules for another year.",
    "In the kitchen of the old inn, two cooks were preparing the evening meal.",
])
def test_in_credits_no_document_when_someone_says_it_or_no_document_is_named(analyze, text):
    assert _by_in(analyze(text)) == []


@pytest.mark.parametrize("text", [
    "Renters without a car made up nearly half of the city's bus riders in 2019, according to transit records.",
    "Voters under thirty made up a fifth of the turnout in the primary, according to exit polls.",
])
def test_a_past_tense_tagged_as_a_participle_is_a_content_s_verb(analyze, text):
    got = [q.text for q in analyze(text).quotes if q.cue == "according to"]
    assert got == [text.split(", according")[0]], got
