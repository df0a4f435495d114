"""understand (English), round 28 (enspk28): speakers on real pages (issue 16): a dateline's place is no speaker
when the parse hangs the real subject on it, "No. 10" is one name, and a role owned by someone ("Kenya's health
minister", "the union's president") is not another owner's holder named after it. Sentences written for these
tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def test_the_subject_after_a_datelines_dash_speaks_not_the_place(analyze):
    rec = analyze("COLUMBUS, Ohio — The state's attorney general said Tuesday that he would appeal the ruling.")
    (q,) = _quotes(rec, "he would appeal")
    assert _speaker(q) == "The state's attorney general"
    rec = analyze("LAGOS, Nigeria — Nigeria's central bank said on Monday that it would raise rates again.")
    (q,) = _quotes(rec, "it would raise rates")
    assert _speaker(q) == "Nigeria's central bank"


def test_number_ten_is_one_name(analyze):
    rec = analyze("The prime minister faced questions over the budget. No. 10 said the chancellor had his full "
                  "support.")
    (q,) = _quotes(rec, "the chancellor had")
    assert _speaker(q) == "No. 10"
    rec = analyze("No. 10 said on Monday that the chancellor had the prime minister's backing.")
    (q,) = _quotes(rec, "the chancellor had")
    assert _speaker(q) == "No. 10"


def test_another_countrys_minister_named_next_is_not_the_one_described(analyze):
    rec = analyze("Kenya's health minister said the outbreak was under control. Uganda's health minister, Jane "
                  "Aceng, said her country had closed the border.")
    (q,) = _quotes(rec, "the outbreak was")
    assert _speaker(q) != "Jane Aceng"
    rec = analyze("Kenya's health minister said on Monday that the outbreak was under control. Ugandan Health "
                  "Minister Jane Aceng warned of new cases.")
    (q,) = _quotes(rec, "the outbreak was")
    assert _speaker(q) != "Jane Aceng"


def test_the_same_countrys_minister_named_next_is_the_one_described(analyze):
    rec = analyze("Austria's interior minister said the border would stay open. Interior Minister Wolfgang "
                  "Peschorn told reporters the police were ready.")
    (q,) = _quotes(rec, "the border would")
    assert _speaker(q) == "Wolfgang Peschorn"


def test_a_bodys_president_is_not_the_president_of_the_state(analyze):
    rec = analyze("The union's president said the strike would go ahead. President Joe Biden had urged both sides "
                  "to keep talking.")
    (q,) = _quotes(rec, "the strike would")
    assert _speaker(q) != "Joe Biden"
    rec = analyze("The union's president said the strike would go ahead. Union President Sara Nolan had urged "
                  "members to hold firm.")
    (q,) = _quotes(rec, "the strike would")
    assert _speaker(q) == "Sara Nolan"
    rec = analyze("The state's governor said the guard would stay. Gov. Brad Little told reporters the troops were "
                  "needed.")
    (q,) = _quotes(rec, "the guard would")
    assert _speaker(q) == "Brad Little"


def test_a_name_after_the_is_no_person_a_lead_role_is_named_by():
    # (the small model may type a region, "the Panhandle", a person: a person's name takes no article)
    from types import SimpleNamespace as NS

    from newsgraph.understand.quotes.en_roles_forward import _the_before
    text = "The principal in the Panhandle is Maria Lopez. The Lopez family moved in 2015."
    place = NS(mentions=[NS(start=text.index("Panhandle"), kind="name")])
    person = NS(mentions=[NS(start=text.index("Maria"), kind="name"), NS(start=text.index("Lopez family"), kind="name")])
    ctx = NS(text=text, actors=NS(entities=[place, person]))
    assert _the_before(ctx, 0)
    assert not _the_before(ctx, 1)


def test_is_said_to_is_an_agentless_evidential(analyze):
    # the en-attr guideline annotates "is said to" as it does "is thought to" (speaker '-')
    rec = analyze("The senator is said to be weighing a run for governor next year.")
    (q,) = _quotes(rec, "The senator is said")
    assert q.speaker is None and q.cue == "said"
    rec = analyze("Nothing was said about the budget at the meeting.")
    assert rec.quotes == []


def test_a_named_actors_belief_after_its_content_is_taken(analyze):
    # "S, X believes.": the fronted shape of "X believes S" (the en-attr guideline counts a named holder's beliefs)
    rec = analyze("Interest rates will fall before the summer, Ortega believes.")
    (q,) = _quotes(rec, "Interest rates will fall")
    assert _speaker(q) == "Ortega" and q.cue == "believes"
    rec = analyze("Interest rates will fall before the summer, the bank hopes.")
    assert not _quotes(rec, "Interest rates will fall")


def test_respondents_framed_by_a_survey_before_them_are_its_finding(analyze):
    rec = analyze("In a new survey by the Marlow Institute, most parents say school starts too early.")
    (q,) = _quotes(rec, "most parents say")
    assert "Marlow" in (_speaker(q) or q.speaker_name or "")
    rec = analyze("In a speech on Monday, most senators said the bill would pass.")
    (q,) = _quotes(rec, "the bill would pass")
    assert "senators" in (_speaker(q) or "")


def test_a_pull_quote_repeating_the_body_is_no_statement(analyze):
    rec = analyze("Bakers in Lyon closed their shops on Tuesday.\n\n\"Flour has never cost this much,\" said Marc "
                  "Roux, who runs a bakery near the old town. \"We are losing money on every loaf.\"\n\n"
                  "\"Flour has never cost this much.\"\n\nThe city council said it would meet the bakers next week.\n")
    assert len(_quotes(rec, "Flour has never")) == 1
    rec = analyze("Bakers in Lyon closed their shops on Tuesday.\n\n\"Flour has never cost this much,\" said Marc "
                  "Roux, who runs a bakery near the old town.\n\n\"We are losing money on every loaf, and the banks "
                  "will not wait.\"\n")
    (q,) = _quotes(rec, "We are losing money")  # a quotation continued in its own paragraph: new words
    assert _speaker(q) == "Marc Roux"


def test_a_captions_words_are_no_statement(analyze):
    rec = analyze("Bakers in Lyon closed their shops on Tuesday.\n\nMarc Roux, who says flour has doubled in price, "
                  "at his bakery in Lyon. (AP Photo/Claire Morel)\n\n\"We are losing money on every loaf,\" Roux "
                  "said.\n")
    assert not _quotes(rec, "flour has doubled")
    assert _quotes(rec, "We are losing money")
    rec = analyze("Bakers in Lyon closed their shops on Tuesday.\n\nPhoto: Marc Roux says flour has doubled in "
                  "price.\n\n\"We are losing money on every loaf,\" Roux said.\n")
    assert not _quotes(rec, "flour has doubled")


def test_an_unnamed_source_spoken_of_again_keeps_its_wording(analyze):
    # (en_roles.unnamed_again, now one reader for the near indefinite source and the farther owned role)
    rec = analyze("Chad's interior minister told state radio on Sunday that the curfew would be lifted.\n\n"
                  "Shops reopened in the capital.\n\nThe minister said the army would stay in the north.\n")
    (q,) = _quotes(rec, "the army would stay")
    assert _speaker(q) == "Chad's interior minister"
    rec = analyze("One Democratic senator said the vote would slip to June. \"We do not have the numbers,\" the "
                  "senator said.")
    (q,) = _quotes(rec, "We do not have")
    assert _speaker(q) == "One Democratic senator"


def test_a_term_in_office_does_not_keep_a_senator_unresolved(analyze):
    rec = analyze("Sen. Jon Ossoff has pushed for the bill since the spring. Senate Majority Leader Chuck Schumer has "
                  "not scheduled a vote.\n\nThe first-term senator said on Tuesday that he expected a vote before "
                  "the recess.\n")
    (q,) = _quotes(rec, "he expected a vote")
    assert _speaker(q) == "Jon Ossoff"


def test_a_plural_noun_opening_a_sentence_is_no_topic_person(analyze):
    # (the small model may type "Drugmakers" a person: a description does not continue a group's topic)
    rec = analyze("Sen. Jon Ossoff has pushed for the bill since the spring.\n\nThe measure would cap insulin prices "
                  "at $35 a month. Drugmakers oppose it.\n\nThe first-term senator said on Tuesday that he expected "
                  "a vote before the recess.\n")
    (q,) = _quotes(rec, "he expected a vote")
    assert _speaker(q) != "Drugmakers"
