"""understand (English), round 27 (revfixB): the review's narrowing of enattr27's rules: a dash line credits a
quotation only when it reads as a name (not a bullet, not a sentence) and not as a wire's sign-off; a lead role is
not linked to a former holder or to a person of the other gender than the content's pronoun; "One ROLE … Another …"
links only when two are named; a document's maker after "from" is no day, month or place. Sentences written for
these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def test_a_reuters_sign_off_is_no_source(analyze):
    rec = analyze('Coach Dana Miles said the team had played its worst game. "We were slow," she said.\n\n'
                  '"We will be better on Sunday."\n\n— Reuters\n')
    assert not any(q.cue == "—" for q in rec.quotes)


def test_a_numbered_dash_bullet_is_no_credit(analyze):
    rec = analyze('The council set out its plan for the year.\n\n"Every child gets a seat."\n\n'
                  "— Build 3 new schools by 2026\n— Hire 80 teachers\n")
    assert not any(q.cue == "—" for q in rec.quotes)


def test_a_dash_credit_with_a_name_still_counts(analyze):
    rec = analyze("Reactions poured in after the vote.\n\n“This is a good day for our farmers.”\n\n"
                  "— Maria Olsen, president of the state farm bureau\n")
    (q,) = _quotes(rec, "This is a good day")
    assert _speaker(q) == "Maria Olsen"


def test_a_lead_role_is_not_its_former_holder(analyze):
    rec = analyze("The hospital's chief executive said Friday that two wards would close.\n\n"
                  "Nurses protested outside on Saturday.\n\n"
                  "Former chief executive Alan Price, who left in 2019, called the plan a mistake.\n")
    (q,) = _quotes(rec, "two wards would close")
    assert _speaker(q) != "Alan Price"


def test_a_lead_role_is_not_a_man_when_the_content_says_she(analyze):
    rec = analyze("The county's top prosecutor said Monday that she would not seek the death penalty.\n\n"
                  "The case drew wide attention.\n\n"
                  "Prosecutor Greg Hall of the next county brought a similar case in 2020.\n")
    (q,) = _quotes(rec, "she would not seek")
    assert _speaker(q) != "Greg Hall"


def test_one_and_another_with_one_named_later_stay_unnamed(analyze):
    rec = analyze("One farmer says the rain came too late. Another says his corn is already lost.\n\n"
                  "Prices have fallen since June.\n\nFarmer Tom Baker of Ames did not return calls.\n")
    (one,) = _quotes(rec, "the rain came")
    (other,) = _quotes(rec, "his corn")
    assert _speaker(other) != "Tom Baker" and _speaker(one) != _speaker(other) or _speaker(one) is None


def test_a_report_from_a_month_or_a_city_names_no_maker(analyze):
    for text, wrong in (("Exports rose 4% in May, according to a report from Tuesday.", "Tuesday"),
                        ("Rents climbed 8% last year, according to data from Texas.", "Texas")):
        rec = analyze(text)
        assert rec.quotes and all(_speaker(q) != wrong for q in rec.quotes), text


def test_one_and_another_are_not_two_named_side_by_side(analyze):
    rec = analyze("One analyst says the bank will cut rates in June. Another says it will wait until autumn.\n\n"
                  "Markets have priced in one cut.\n\n"
                  "Analyst Jane Roe of Delta Research and analyst Tom Finch of Orbis have both written on the bank.\n")
    (one,) = _quotes(rec, "the bank will cut")
    (other,) = _quotes(rec, "it will wait")
    assert _speaker(one) != "Jane Roe" and _speaker(other) != "Tom Finch"


def test_a_former_holder_after_the_name_is_not_the_lead_role(analyze):
    rec = analyze("The museum's director said Thursday that the gallery would reopen in May.\n\n"
                  "Repairs cost $2 million.\n\n"
                  "Helen Marsh, a former director, raised most of the money.\n")
    (q,) = _quotes(rec, "the gallery would reopen")
    assert _speaker(q) != "Helen Marsh"


def test_a_new_holder_s_past_career_does_not_block_the_link(analyze):
    rec = analyze("The airline's chief executive told investors in May that the carrier would add 12 routes.\n\n"
                  "Shares rose 4% on Tuesday.\n\n"
                  "Chief executive Paul Okafor, a former pilot, took over in 2021.\n")
    (q,) = _quotes(rec, "the carrier would add")
    assert _speaker(q) == "Paul Okafor"


def test_a_reporter_s_sign_off_with_the_wire_is_no_source(analyze):
    rec = analyze('Mayor Ann Ruiz said the bridge would reopen in May. "It has been a long winter," she said.\n\n'
                  '"We thank everyone for their patience."\n\n— Tom Lee, Associated Press\n')
    (q,) = _quotes(rec, "We thank everyone")
    assert _speaker(q) == "Ann Ruiz"


def test_the_state_s_holder_is_not_one_titled_with_a_state_the_story_never_named(analyze):
    rec = analyze("The state's attorney general said Tuesday that he would sue the drugmaker.\n\n"
                  "The lawsuit follows similar cases elsewhere.\n\n"
                  "Iowa Attorney General Tom Miller filed a similar suit last year.\n")
    (q,) = _quotes(rec, "he would sue")
    assert _speaker(q) != "Tom Miller"
