"""understand (English), round 36 (enspk36): a definite description of a person speaking right after a named
speaker's attribution goes on from that speaker (quotes/en_spk_previous.py). Sentences written for these tests."""

from test_enspk36_headline_r36 import _quotes, _speaker  # (tests/understand is on the path)


def test_a_parenthetical_description_after_an_inverted_attribution(analyze):
    rec = analyze("The senator is right to press the point, Carla Vance said Monday. But, the former chief executive "
                  "of Halcyon Labs added, it is not the way to win the state.")
    (q,) = _quotes(rec, "it is not the way")
    assert _speaker(q) == "Carla Vance"


def test_a_description_after_a_fronted_phrase(analyze):
    rec = analyze("\"It is not a one-way street,\" Reid Hollis said in an interview Tuesday. Thinking back on his years "
                  "as a trial lawyer, the Senate Democratic leader said, \"I never knew what a jury would do.\"")
    (q,) = _quotes(rec, "I never knew")
    assert _speaker(q) == "Reid Hollis"


def test_near_miss_another_person_named_between(analyze):
    rec = analyze("\"It is not a one-way street,\" Reid Hollis said in an interview Tuesday. Sen. Tom Hale spoke next. "
                  "Thinking back on his years as a trial lawyer, the senator said, \"I never knew what a jury would "
                  "do.\"")
    (q,) = _quotes(rec, "I never knew")
    assert _speaker(q) != "Reid Hollis"


def test_near_miss_the_speaker_holds_another_office(analyze):
    rec = analyze("The bridge will reopen in May, Gov. Ellen Park said on Friday. Speaking at the same event, the "
                  "mayor said the work would take a month longer.")
    (q,) = _quotes(rec, "the work would take")
    assert _speaker(q) != "Ellen Park"

# (a description qualified by a body, "The company spokesman said" after another company's named spokesman, stays
# en_topic's: test_en_speakers_r22.test_the_company_spokesman_is_the_spokesman_of_the_company_not_the_one_named_last)
