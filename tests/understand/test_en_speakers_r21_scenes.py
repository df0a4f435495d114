"""understand (English), round 21 (enspk14): speakers of a scene told inside a sentence (relayed acts, a "when"
clause before a participle, two coordinated clauses, a newcomer brought in by "a"). Sentences written for these
tests."""


def _speaker(rec, text):
    """The speaker's name of the quote that starts with ``text``; None when no quote does (or it has no speaker)."""
    return next(((q.speaker.name if q.speaker else None) for q in rec.quotes
                 if q.text.lstrip('"“').startswith(text)), None)


def test_a_participle_of_a_relayed_act_is_the_actors(analyze):
    rec = analyze("A campaign aide who saw the exchange said Governor Nadia Pruitt calmed the donors, reminding "
                  "them, \"Nobody in this room is going to lose a dollar on this.\"")
    assert _speaker(rec, "Nobody in this room") == "Nadia Pruitt"
    # a claim, not an act: the participle goes on with the report
    rec = analyze("Councilman Ray Dobbs said Mayor Ellen Fisk will have to pick a side, adding, \"She cannot keep "
                  "pleasing both camps.\"")
    assert _speaker(rec, "She cannot keep") == "Ray Dobbs"
    # the participle repeats the reporting verb: the reporter's
    rec = analyze("Councilman Ray Dobbs said Mayor Ellen Fisk misled the board, saying, \"The numbers were wrong "
                  "from the start.\"")
    assert _speaker(rec, "The numbers were wrong") == "Ray Dobbs"


def test_a_participle_after_a_when_clause_is_its_subjects_not_an_events(analyze):
    rec = analyze("The worst moment came at a town hall in Akron, when hecklers drowned out her answer, "
                  "shouting \"we will not be silenced!\"")
    assert _speaker(rec, "we will not be") == "hecklers"
    rec = analyze("The trouble started at the hearing, when the Harlow Tenants Union interrupted the chairman, "
                  "shouting \"we want a vote tonight!\"")
    assert _speaker(rec, "we want a vote") == "Harlow Tenants Union"
    # a person as the main subject: the participle stays with the main clause
    rec = analyze("Mayor Ellen Fisk left the hall when the council voted, shouting \"this is a disgrace!\"")
    assert _speaker(rec, "this is a disgrace") == "Ellen Fisk"


def test_the_second_of_two_coordinated_clauses_speaks_for_its_own_subject(analyze):
    rec = analyze("If you question the budget, the Morning Herald will call you a traitor and Radio Westfield will "
                  "accuse you of being \"a saboteur of the recovery.\"")
    assert _speaker(rec, "you of being") == "Radio Westfield"


def test_a_question_a_newcomer_asks_is_not_the_tellers(analyze):
    rec = analyze("Senator Paula Grant told reporters about a girl who asked why the school bus never came.")
    assert _speaker(rec, "why the school bus") != "Paula Grant"
    rec = analyze("Governor Tom Reyes spoke of a farmer who asked whether the dam would hold.")
    assert _speaker(rec, "whether the dam") != "Tom Reyes"


def test_a_verb_that_goes_on_a_relative_clause_speaks_for_the_noun_it_describes(analyze):
    rec = analyze("Mayor Ellen Fisk shared a story from a school visit involving a small girl who pointed at a map "
                  "of the county and asked where the ocean was.")
    assert _speaker(rec, "where the ocean was") == "a small girl"
    # the parse coordinates "asked" with the main clause: still not the one who tells the story
    rec = analyze("Mayor Ellen Fisk shared a story from a recent reception involving a young boy who stared at a "
                  "portrait of former Governor Dan Abbott and asked who he was.")
    assert _speaker(rec, "who he was") in (None, "a young boy")  # (None: no quote at all)
