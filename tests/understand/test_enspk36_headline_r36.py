"""understand (English), round 36 (enspk36): a headline's bare role whose statement the lead restates is the lead's
speaker (quotes/en_roles_headline.py). Sentences written for these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“‘').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


_BANK = ("June 3, 2026\n\nReserve Bank chief warns it 'will have to act' on prices\n\n"
         "The governor of the Reserve Bank warned on Monday that it \"will have to act\" to cool rising prices, "
         "making no attempt to push back on market bets.\n\n"
         "Speaking by video to a group of economists, Martin Kell said inflation had already risen.")


def test_a_headline_role_restated_by_the_lead_is_the_leads_speaker(analyze):
    rec = analyze(_BANK)
    (q,) = _quotes(rec, "it 'will have to act' on prices")
    assert _speaker(q) == "Martin Kell"  # the title under a date line, restated by the lead (the Reserve Bank)


def test_a_live_posts_title_restated_below_it(analyze):
    rec = analyze("Live: the race for governor\n\nOur coverage has ended for today.\n"
                  "Party pollster predicts post-convention poll bump and extended \"honeymoon\" for Vale\n"
                  "The race is tightening.\n"
                  "In a memo on Saturday, the party's chief pollster, Tony Farris, predicted a post-convention bump "
                  "in polls and a long honeymoon for Vale.")
    (q,) = _quotes(rec, "post-convention poll bump")
    assert _speaker(q) == "Tony Farris"


def test_near_miss_a_speaker_of_another_role_restating_it(analyze):
    rec = analyze("Mayor says the Guard will stay in the city\n\n"
                  "The Guard will stay in the city until the flooding ends, Governor Ellen Park told reporters.")
    q = _quotes(rec, "the Guard will stay in the city")[0]
    assert _speaker(q) != "Ellen Park"


def test_near_miss_the_lead_says_something_else(analyze):
    rec = analyze("Bank chief warns that rates will rise again\n\n"
                  "The economy is slowing, Finance Minister Tom Reyes of the central bank's board said on Monday.")
    (q,) = _quotes(rec, "rates will rise again")
    assert _speaker(q) != "Tom Reyes"


def test_the_first_line_is_a_headline_with_or_without_a_stop(analyze):
    text = _BANK.split("\n\n", 1)[1]  # (no date line: the headline is the page's first line)
    rec = analyze(text.replace(" on prices\n", " on prices.\n", 1))
    (q,) = _quotes(rec, "it 'will have to act' on prices")
    assert _speaker(q) == "Martin Kell"


def test_near_miss_another_owner_restating_it(analyze):
    rec = analyze("Reserve Bank chief warns it 'will have to act' on prices\n\n"
                  "The treasury will have to act on prices, Finance Minister Tom Reyes said on Monday.")
    q = _quotes(rec, "it 'will have to act' on prices")[0]
    assert _speaker(q) != "Tom Reyes"  # (restated, but no word of "Reserve Bank" describes him)
