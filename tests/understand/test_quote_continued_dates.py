"""A quote its speaker 'added' or 'continued' with no date of its own goes on the speech before it and takes its
date (not the publication day)."""
from __future__ import annotations

import newsgraph


def test_she_added_takes_the_date_of_the_speech_it_continues():
    text = ('The mayor, Ann Roe, told the council last month: "We cannot pay for the bridge."\n\n'
            'She added, "The school comes first."\n\nOn Tuesday, Roe said she would ask the state for money.\n\n'
            'Tom Lake said the plan was late. He added, "It always is."')
    rec = newsgraph.analyze(text, published="2016-03-03")
    dates = {q.text: q.date for q in rec.quotes}
    assert dates["We cannot pay for the bridge."] == "2016-02"
    assert dates["The school comes first."] == "2016-02"
    assert dates.get("It always is.") in (None, "2016-03-03")  # its speaker's quote before it has no date
