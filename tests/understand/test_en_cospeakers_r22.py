"""understand (English), round 22 (enfix22, issue 16): co-speakers (``speakers``) who never spoke, negated frames
and fronted conditions. Sentences written for these tests."""


def _quote(rec, text):
    return next((q for q in rec.quotes if text in q.text), None)


def _names(q):
    return [s.name for s in q.speakers]


def test_a_name_ending_the_content_is_not_a_speaker(analyze):
    # the parse joins the content's last name to the speaker's, by a comma alone
    rec = analyze("Their money has gone from Baldwin to Kerner to, lately, Haskell, Dunmore said at the dinner.")
    q = _quote(rec, "Their money")
    assert q.speaker.name == "Dunmore" and "Haskell" not in _names(q)
    assert q.text.endswith("lately, Haskell")
    rec = analyze("The endorsement has passed from Walsh to Perry to, finally, Grant, Holloway said during his speech.")
    q = _quote(rec, "The endorsement")
    assert q.speaker.name == "Holloway" and q.text.endswith("finally, Grant")
    # speakers named with "and" still speak together; a name well inside the content stays content
    rec = analyze("Prices rose in Dayton, then in Akron and, last week, Toledo, Mayor Ellen Brandt said on Monday.")
    q = _quote(rec, "Prices rose")
    assert q.speaker.name == "Ellen Brandt" and "Toledo" not in _names(q)


def test_places_after_a_preposition_do_not_speak_for_the_group(analyze):
    rec = analyze("Most dairy farmers in Vermont, Maine and Ohio said they could not pay their loans.")
    q = _quote(rec, "they could not pay")
    assert q.speaker is not None and q.speaker.name.lower().startswith("most dairy farmers in vermont")
    assert q.speaker.name.endswith("Ohio") and _names(q) == []


def test_each_relative_clause_speaks_for_its_own_antecedent(analyze):
    rec = analyze('Contrast that with Marsh, who has called the tax "theft," and Doyle, who says it is "a disaster."')
    q = _quote(rec, "theft")
    assert q.speaker.name == "Marsh" and "Doyle" not in _names(q)
    assert _quote(rec, "disaster").speaker.name == "Doyle"
    # the first antecedent no actor: its own words still, never the conjunct's
    rec = analyze('Contrast that with Ruiz, who has called the trade pact "robbery," and Keller, who says it is '
                  '"a disgrace."')
    assert _quote(rec, "robbery").speaker.name == "Ruiz"
    assert _quote(rec, "disgrace").speaker.name == "Keller"


def test_a_given_name_coordinated_with_a_full_name_shares_the_surname(analyze):
    rec = analyze("Bill Tanner, the mayor's cousin, opened the fair.\n\nThe festival's founders, Bill and Ruth "
                  "Oakes, said the fair would move to a larger field next year.")
    q = _quote(rec, "the fair would move")
    assert q.speaker.name == "Bill Oakes"
    assert _names(q) == ["Bill Oakes", "Ruth Oakes"]
    names = [e.name for e in rec.entities]
    assert "Bill Oakes" in names
    tanner = next(e for e in rec.entities if e.name == "Bill Tanner")
    assert all(m.text != "Bill" for m in tanner.mentions)


def test_speakers_named_together_still_speak_together(analyze):
    rec = analyze("Karen Voss and Paul Rieder said the board had ignored the audit.")
    q = _quote(rec, "the board had ignored")
    assert _names(q) == ["Karen Voss", "Paul Rieder"]


def test_a_clause_under_a_negated_frame_is_no_statement(analyze):
    rec = analyze("It is not that the governor feels she owes the unions an apology; her patience has limits.")
    assert not rec.quotes
    rec = analyze("It isn't that Tom Reese, the chairman, believes the merger will fail.")
    assert not rec.quotes
    rec = analyze("Tom Reese, the chairman, believes the merger will fail.")
    assert [q.speaker.name for q in rec.quotes] == ["Tom Reese"]


def test_a_fronted_condition_joins_the_content_across_the_aside(analyze):
    rec = analyze("The union said it would study the offer. If only a few members vote for it, the union said, it "
                  "may not sign the contract.")
    q = _quote(rec, "a few members")
    assert q is not None and "it may not sign the contract" in q.text and q.speaker.name == "the union"
    assert [list(p) for p in q.parts] == [[q.start, q.start + len("If only a few members vote for it")],
                                          [q.end - len("it may not sign the contract"), q.end]]
    rec = analyze("When the vote comes, Senator Ada Pruitt said on Monday, she will oppose the bill.")
    q = _quote(rec, "oppose the bill")
    assert q.text.startswith("When the vote comes") and q.speaker.name == "Ada Pruitt"
    # an adverbial opening with no verb stays out ("In the long run" is no statement)
    rec = analyze("In the long run, the senator said, costs will fall.")
    assert _quote(rec, "costs will fall").text == "costs will fall"


def test_a_pronoun_after_an_unnamed_sayer_is_not_a_person_named_before(analyze):
    text = ("Senator Carl Mott toured the chapel on Friday and praised its choir.\n\nOne pastor at the chapel said "
            "he had trained 40 deacons. He has preached at the chapel since 1990, he said.\n\n''Show up on time "
            "and listen,'' he tells his flock.")
    rec = analyze(text)
    for words in ("he had trained", "He has preached", "Show up on time"):
        assert _quote(rec, words).speaker.name == "One pastor at the chapel"
    mott = next(e for e in rec.entities if e.name == "Carl Mott")
    assert all(m.start < text.index("One pastor") for m in mott.mentions)
    # named in apposition: the same person, by name
    rec = analyze(text.replace("One pastor at the chapel said", "One pastor at the chapel, Joe Tibbs of Dayton, said"))
    assert _quote(rec, "He has preached").speaker.name == "Joe Tibbs"


def test_a_named_person_goes_on_after_an_unnamed_newcomer_who_was_never_he_or_she(analyze):
    """Review r22: "Hillary Clinton spoke at a church. One pastor said the crowd was the largest in years. She told the
    congregation …": "She" is Clinton; the pastor takes a pronoun of the next sentence only when the text already
    called the pastor so ("One pastor said he had phoned …. He has talked …")."""
    rec = analyze("Hillary Clinton spoke at a church in Columbia on Sunday. One pastor said the crowd was the largest "
                  "in years. She told the congregation that she would fight for voting rights.")
    q = next(q for q in rec.quotes if "voting rights" in q.text)
    assert q.speaker is not None and q.speaker.name == "Hillary Clinton"


def test_an_inverted_cue_after_a_condition_keeps_the_speakers_description_out(analyze):
    """Review r22: "If …, prices will rise by 5 percent, said Ross Burkhart, a political scientist at Boise State
    University who studies trade." The words after the speaker's name describe him; they are no content."""
    rec = analyze("If the tariffs stay in place, prices will rise by 5 percent, said Ross Burkhart, a political "
                  "scientist at Boise State University who studies trade.")
    q = next(q for q in rec.quotes if "prices" in q.text)
    assert "political scientist" not in q.text and q.speaker.name == "Ross Burkhart"
