"""understand.dates, round 24 (issue 18; classes of the fresh24 batch, dev and dev-c). The sentences are made up for
the tests."""


def test_a_person_before_a_bare_weekday_is_no_name_of_the_day(dates_by_text):
    # the parser joins the verb's object to the day after it ("Cruz Wednesday" as one name): the day stays
    found = dates_by_text("The former governor endorsed Cruz Wednesday.", "2016-03-24")
    assert found["Wednesday"].value == "2016-03-23"
    found = dates_by_text("He met Obama Monday and left for Ohio.", "2016-03-24")
    assert found["Monday"].value == "2016-03-21"
    # the names of days stay names
    found = dates_by_text("Stores opened early on Black Friday.", "2016-03-24")
    assert found.get("Friday") is None or not found["Friday"].value


def test_a_quotation_takes_the_day_its_introducing_sentence_gives_the_saying(dates_by_text):
    # the speech verb's own day, before the opening mark, in the same sentence
    text = "The vote was held Wednesday. The mayor said Monday, \"We will win tonight.\""
    assert dates_by_text(text, "2016-03-24")["tonight"].value == "2016-03-21"
    text = "The hearing is set for Thursday. In a statement released Monday, the governor said: \"Today we begin.\""
    assert dates_by_text(text, "2016-03-24")["Today"].value == "2016-03-21"
    text = "The results came in on Wednesday. On Monday, the coach told reporters: \"Tomorrow is a big day.\""
    assert dates_by_text(text, "2016-03-24")["Tomorrow"].value == "2016-03-22"
    # a day of another act in the introducing sentence says nothing of the saying
    text = "The results came in on Wednesday. The senator, who won Monday, said: \"Tonight is ours.\""
    assert dates_by_text(text, "2016-03-24")["Tonight"].value == "2016-03-23"


def test_a_speakers_later_quotation_takes_the_day_the_text_gave_their_saying(dates_by_text):
    text = ("Harlan said in an interview on Wednesday that he was tired. Clinton won on Tuesday night. "
            "\"Tonight was a mess,\" Harlan said.")
    assert dates_by_text(text, "2016-03-24")["Tonight"].value == "2016-03-23"
    # another speaker's quotation keeps the latest day the report tells of
    text = ("Harlan said in an interview on Monday that he was tired. Clinton won on Tuesday night. "
            "\"Tonight was a mess,\" Clinton said.")
    assert dates_by_text(text, "2016-03-24")["Tonight"].value == "2016-03-22"


def test_a_quotation_opened_straight_and_closed_curly_ends_at_its_closing_mark(dates_by_text):
    # copy that mixes the marks: the day after the curly close is outside the quotation, a day the report tells of
    text = ("Voters went to the polls Tuesday.\n\n\"We will not stop,\u201d Harlan said in an interview on Wednesday. "
            "\u201cYesterday was hard,\u201d he added.")
    assert dates_by_text(text, "2016-03-24")["Yesterday"].value == "2016-03-22"


def test_a_bare_sept_11_told_with_terrorism_is_the_2001_attacks(dates_by_text):
    text = ("The candidate repeated his claim that crowds cheered on Sept. 11. "
            "Voters are afraid of terrorism, his rival said.")
    assert dates_by_text(text, "2015-12-22")["Sept. 11"].value == "2001-09-11"
    # a Sept. 11 with no such words is the month's day of its clause
    text = "The council met on Sept. 11 to approve the budget."
    assert dates_by_text(text, "2015-12-22")["Sept. 11"].value == "2015-09-11"


def test_a_quotation_in_a_features_opening_scene_takes_the_news_day_told_after_it(dates_by_text):
    # a feature opens on a scene and a quotation, and names the day of its news two or three paragraphs on
    text = ("Standing before a packed hall in the capital, the governor looked out at the crowd and paused for a "
            "long moment before she began to read from the two small screens in front of her.\n\n"
            "\"I came here tonight to tell you the truth about our schools,\" she said slowly, as the words "
            "rolled across the screens and the audience waited for the applause line.\n\n"
            "Her past statements on school funding, including her promise to cut the state budget by a fifth, had "
            "worried teachers and parents across the state for many months, and her allies had urged her to "
            "soften her tone before the crowd of union members she faced.\n\n"
            "But she offered promises Monday very much in line with what the teachers had hoped to hear.")
    assert 400 < text.index("Monday") < 800
    assert dates_by_text(text, "2016-03-22")["tonight"].value == "2016-03-21"
