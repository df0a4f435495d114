"""An event told as earlier than the story's own time is not dated by the publication day (tryout r12: a profile's
"which had previously detained Nega as a political prisoner" was dated the day the profile appeared, so a timeline
showed a decades-old detention as that day's news). An adverb of anteriority ("previously", "formerly") and "used
to" say so; the past perfect alone does not (news tells the day's events in it: "By Friday evening, police had
arrested 40 protesters", review r13), nor does reported speech ("said it had reached a deal")."""
import pytest

from newsgraph import analyze

PUB = "2016-09-03"  # a Saturday


def _dates(text):
    return {e.trigger: e.date for e in analyze(text, published=PUB).events}


@pytest.mark.parametrize("text, trigger", [
    ("The junta, which had previously detained the poet, released a statement.", "detained"),
    ("The senator formerly accused the governor of corruption.", "accused"),
    ("The rebels used to attack the convoys on the border road.", "attack"),
])
def test_an_event_told_as_earlier_is_undated(text, trigger):
    assert _dates(text)[trigger] is None


@pytest.mark.parametrize("text, trigger, date", [
    ("Police arrested the mayor of the town.", "arrested", PUB),  # simple past: the news of the day
    ("The union said it had reached a deal with the company.", "reached a deal", PUB),  # reported speech
    ("By Friday evening, police had arrested 40 protesters in the capital.", "arrested", "2016-09-02"),
    ("The dissident had been arrested by the army in the capital.", "arrested", PUB),
    # a date that attaches to the clause still dates it
    ("The army had previously detained the poet in March 2015.", "detained", "2015-03"),
])
def test_other_events_keep_their_date(text, trigger, date):
    assert _dates(text)[trigger] == date


def test_a_days_date_in_the_sentence_does_not_date_the_earlier_clause():
    d = _dates("The junta, which had previously detained the poet, sentenced him to death on Tuesday.")
    assert d["sentenced"] == "2016-08-30" and d["detained"] is None


def test_the_store_keeps_it_undated_and_dates_by_the_document_only_without_a_publication_day(store):
    from sqlalchemy import text

    from newsgraph import RawDocument, analyze_raw
    body = "The junta, which had previously detained the poet, sentenced him to death on Tuesday."
    dated = analyze_raw(RawDocument(text=body, source="a.example/1", published=PUB))
    store.write_batch([dated])
    with store.connect() as c:
        rows = dict(c.execute(text("SELECT \"trigger\", date FROM events")).all())
    assert rows["detained"] is None and rows["sentenced"] == "2016-08-30"


def test_a_complement_dated_before_the_news_leaves_the_act_undated():
    """"refused to answer questions last year": the refusal and the answering are one occasion, long before the
    publication day; the date attaches to the complement, so the event is left undated, never dated by the
    publication day. A day of the news cycle still dates it."""
    import newsgraph
    rec = newsgraph.analyze("Bryan Pagliano refused to answer questions from the committee last year.",
                            published="2016-09-22")
    assert [(v.type, v.date) for v in rec.events if v.trigger == "refused"] == [("REJECT", None)]
    rec = newsgraph.analyze("Bryan Pagliano refused to answer questions on Tuesday.", published="2016-09-22")
    assert [(v.type, v.date) for v in rec.events if v.trigger == "refused"] == [("REJECT", "2016-09-20")]
