"""understand.dates, round 12 (issue 18): "Christmas" is no date as an attribute ("a Christmas party"; the rows
naming it after a preposition were taken out again: the preposition inside the span hid a bound, "by Christmas",
from attach.py), headlines, tenses of schedules. The sentences are made up for the tests."""

from newsgraph.ingest.base import RawDocument


def dates(date_pipe, text, published, lang=None):
    rec = date_pipe.run(RawDocument(source="test", text=text, published=published, language=lang))
    assert rec.validate() == []
    return {d.text: d for d in rec.dates}


def test_christmas_as_an_attribute_or_a_title_is_no_date(date_pipe):
    text = "Office news.\n\nThe firm held a Christmas party and sold Christmas trees; staff read How the Grinch " \
           "Stole Christmas."
    got = dates(date_pipe, text, "2019-12-02")
    assert not any("Christmas" in t and d.value for t, d in got.items())


def test_a_one_line_sentence_full_of_names_is_no_headline_its_present_schedules(date_pipe):
    # title case capitalises the verb and the nouns too; a sentence keeps them small however many names it holds
    text = "Week 12.\n\nThe Steelers host the Bengals on Sunday at 1 p.m."
    assert dates(date_pipe, text, "2019-11-20")["Sunday"].value == "2019-11-24"
    text = "Hockey.\n\nAfter a loss in Boston, the Bruins play Montreal on Sunday at the Bell Centre."
    assert dates(date_pipe, text, "2019-11-20")["Sunday"].value == "2019-11-24"
    # a headline in title case still reports what happened, prepositions small or not
    text = "Trump Visits Iowa Farmers on Sunday\n\nThe president toured two farms."
    assert dates(date_pipe, text, "2019-11-20")["Sunday"].value == "2019-11-17"


def test_a_present_whose_subject_the_parser_hung_as_a_compound_keeps_its_own_tense(date_pipe):
    # "the Senate votes": the parser may read "Senate" as a compound of "votes"; compounds hang on nouns only, so the
    # verb has its subject and its present schedules the day, whatever the past of the saying around it
    text = "Budget.\n\nThe Senate votes on the spending bill Monday, leaders said."
    assert dates(date_pipe, text, "2019-11-20")["Monday"].value == "2019-11-25"
    text = "Budget.\n\nThe Senate voted on the spending bill Monday, leaders said."
    assert dates(date_pipe, text, "2019-11-20")["Monday"].value == "2019-11-18"


def test_a_verb_of_saying_with_a_thing_as_its_object_schedules_like_any_act(date_pipe):
    text = "Earnings.\n\nThe retailer reports third-quarter earnings Thursday after the bell."
    assert dates(date_pipe, text, "2019-11-19")["Thursday"].value == "2019-11-21"
    text = "Earnings.\n\nThe retailer announces its quarterly results on Thursday."
    assert dates(date_pipe, text, "2019-11-19")["Thursday"].value == "2019-11-21"
    # a report it introduces still tells nothing of the time: the last Thursday, as before
    text = "Earnings.\n\nThe retailer reports Thursday that sales fell."
    assert dates(date_pipe, text, "2019-11-19")["Thursday"].value == "2019-11-14"
