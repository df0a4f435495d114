"""Round 36 (enweb36b): a text cut off in mid-quotation (a feed's excerpt, a teaser cut at "Read more") leaves its
last quotation without a closing mark; recurring in the web sets (enweb35a, enweb35b, enweb36b: three texts of this
set, five statements in one). understand/marks.find_quoted closes it at the end of its last paragraph with words.
Sentences written here. Near misses: an inch mark ('12" pizza'), a last paragraph cut after a word or two."""
from newsgraph.understand.marks import find_quoted
from test_enweb35b_naming_infinitive_r35 import _quotes  # (tests/understand is on the path: (text, speaker, cue))


def test_paragraphs_of_a_cut_quotation_are_the_speakers():
    text = ("Energy Secretary Ruth Alden said on Monday:\n\n\"We have met the grid operators as we prepare for a cold"
            " week.\n\n\"While we watch the forecasts, we expect demand to rise in the north.\n\n\"The reserve plants"
            " are on standby, ready")
    qs = _quotes(text)
    assert ("We have met the grid operators as we prepare for a cold week.", "Ruth Alden", "said") in qs
    assert any(t.startswith("While we watch the forecasts") and s == "Ruth Alden" for t, s, _ in qs)
    assert any(t.startswith("The reserve plants are on standby") and s == "Ruth Alden" for t, s, _ in qs)


def test_one_cut_paragraph_after_a_colon():
    qs = _quotes("Forecaster Ben Rudd said: “Rain will spread north on Friday and gusts of 60mph are possib")
    assert any(t.startswith("Rain will spread north on Friday") and s == "Ben Rudd" for t, s, _ in qs)


def test_near_miss_inch_mark_opens_nothing():
    assert find_quoted('The shop on Mill Lane sells a 12" pizza for nine pounds on Fridays', whole=True) == []


def test_near_miss_last_paragraph_of_two_words_is_dropped():
    text = ("Judge Ann Peel said: \"You will see it on the stands, so I show it to you.\n\n\"It has no place in your"
            " thinking and you will ignore it.\n\n\"It is")
    spans = [text[q.inner_start:q.inner_end] for q in find_quoted(text, whole=True)]
    assert spans and spans[-1].endswith("you will ignore it.")
