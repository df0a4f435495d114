"""understand (English), round 30 (en30b): the right speaker, and no false quotes.
- An empty-"it" passive report ("It was reported that …") is an attribution with no source (PolNeAR's convention);
  a decision, a forecast, a question, a denial or a report by a named agent is not (quotes/en_evidential._it_clause).
- A short form whose English-speaking countries' counts disagree takes its full names' gender from the nicknames
  dataset, as a "mostly" gender ("Bernie": Bernard): names._gender_of_full_forms.
- A hyphenated pair of surnames before a noun ("a Clinton-Trump race") is no person (coref/en_pairs.matchups).
- A given name and a surname after a person's role noun ("The engineer Summer Hale") is a person, whatever the tagger
  typed it (coref/en_role_names.person_after_role).
Each rule with its near misses. Sentences written for these tests."""
import pytest

from newsgraph.understand import names


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


# -- an empty-"it" passive report ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,content", [
    ("It was reported last month that the mill had been sold.", "the mill had been sold"),
    ("It is understood that the club will not appeal the fine.", "the club will not appeal the fine"),
    ("It is widely believed that the senator will retire.", "the senator will retire"),
])
def test_an_empty_it_report_has_no_source(analyze, text, content):
    assert _quotes(analyze(text)) == [(content, None)]


@pytest.mark.parametrize("text", [
    "It was agreed that the talks would resume in May.",  # an agreement, not a report
    "It is likely that the bridge will close.",  # no verb of saying at all
    "It is not believed that the senator will retire.",  # denied
    "Was it reported that the mill had been sold?",  # a question (en31b: en_questions._asked_about)
    "It is expected that prices will rise.",  # a forecast
])
def test_near_misses_of_an_empty_it_report_are_no_quotes(analyze, text):
    assert _quotes(analyze(text)) == []


# -- a given name's gender from its full forms ---------------------------------------------------------------------

def test_a_short_form_takes_its_full_names_gender_softly():
    assert names.gender_of("Bernie") == "m" and names.mostly_gendered("Bernie")
    assert names.gender_of("Tracy") == "f" and names.mostly_gendered("Tracy")


@pytest.mark.parametrize("name", ["Jordan", "Leslie", "Kim"])
def test_a_name_of_either_gender_without_full_forms_stays_unknown(name):
    assert names.gender_of(name) == ""


def test_her_after_two_people_goes_to_the_woman_not_to_bernie(analyze):
    rec = analyze("Bernie Walsh criticised Priya Raman over her vote on the budget. Her office said the vote was "
                  "about schools.")
    walsh = {m.text.lower() for e in rec.entities if e.name == "Bernie Walsh" for m in e.mentions}
    assert "her" not in walsh, walsh


def test_a_bernie_the_text_calls_she_is_still_she(analyze):  # the near miss: a soft gender yields to the text
    rec = analyze("Bernie Holt has run the shelter since 2010. She said the shelter needed 40 more beds.")
    assert _quotes(rec) == [("the shelter needed 40 more beds", "Bernie Holt")]


# -- a hyphenated match-up is no person ----------------------------------------------------------------------------

def test_a_matchup_takes_no_pronoun(analyze):
    rec = analyze("Dana Ortiz runs a polling firm in Tampa. Ortiz said a Reyes-Walker runoff was unlikely, but she "
                  "said Walker could win the county.")
    assert not [e for e in rec.entities if e.name == "Reyes-Walker" and e.type == "PERSON"]
    assert ("Walker could win the county", "Dana Ortiz") in _quotes(rec)


@pytest.mark.parametrize("text,who", [
    ("Catherine Lyle-Brandt said she would return to the stage.", "Catherine Lyle-Brandt"),
    ("Jane Ruiz-Lopez spoke next. Ruiz-Lopez said she agreed with the plan.", "Jane Ruiz-Lopez"),
])
def test_a_hyphenated_surname_still_speaks(analyze, text, who):  # the near misses
    assert [s for _, s in _quotes(analyze(text))] == [who]


# -- a person after a role noun ------------------------------------------------------------------------------------

def test_a_given_name_the_tagger_reads_as_a_word_after_a_role_is_a_person(analyze):
    rec = analyze("The engineer Summer Hale said the deck was safe for cars. She said it would need work next year.")
    assert [e.type for e in rec.entities if e.name == "Summer Hale"] == ["PERSON"]
    assert [s for _, s in _quotes(rec)] == ["Summer Hale", "Summer Hale"]


def test_an_organisation_after_a_role_noun_stays_an_organisation(analyze):  # the near miss
    rec = analyze("The engineer Summer Hill Partners said the deck was safe for cars.")
    assert [e.type for e in rec.entities if e.name == "Summer Hill Partners"] == ["ORG"]


# -- an organisation anaphor far from any name (coref/en_org_far.only_organisation) --------------------------------

_FILLER = ("\n\nDockworkers voted on Sunday to walk out for eight days from Monday. Pickets gathered at the gates "
           "before dawn, and lorries queued for two miles along the ring road while drivers waited for news. "
           "Shops in the town centre said trade had fallen since the dispute began, and the council opened a hall "
           "for families of striking workers. The last strike at the port, in 1989, lasted eleven weeks and ended "
           "with a pay rise of six per cent. Union members said they were ready to stay out for as long as it "
           "took, and several said they had saved for months.\n\n")


def test_the_company_of_a_long_story_is_its_one_company(analyze):
    rec = analyze("Calder Holdings, which runs the port, offered a rise of 7 per cent." + _FILLER +
                  "The company claimed that average pay at the port was already high.")
    got = [(t, s) for t, s in _quotes(rec) if t.startswith("average pay")]
    assert got == [("average pay at the port was already high", "Calder Holdings")], _quotes(rec)


def test_the_company_of_a_story_of_two_companies_is_not_chosen_far_back():  # the near miss
    from newsgraph.understand.actors import Actors, WEntity
    from newsgraph.understand.coref.en_org_far import only_organisation
    text = "Calder Holdings matched Brightwater Shipping." + _FILLER + "The company said so."
    actors = Actors(text)
    for name in ("Calder Holdings", "Brightwater Shipping"):
        k = actors.add_entity(WEntity("ORG", name))
        actors.add_mention(k, text.index(name), text.index(name) + len(name), "name")
    def is_org(ent):
        return ent.type == "ORG"
    assert only_organisation(actors, text.index("The company"), is_org) is None
    actors.entities[1].type = "PERSON"
    assert only_organisation(actors, text.index("The company"), is_org) == 0


# -- a conjunct "added that" goes on from the sayer, not from a relative clause's verb (quotes/en_heads) --------------

def test_added_after_a_relative_clause_is_not_its_subjects(analyze):
    rec = analyze("Ana Reyes spoke first. Her neighbor, Tom Bell, went to the microphone next. He said he agreed "
                  "with everything she had said but added that his two sons had moved away.")
    got = [s for t, s in _quotes(rec) if t.startswith("his two sons")]
    assert got and got[0] != "Ana Reyes", _quotes(rec)


def test_added_after_said_is_the_sayers(analyze):  # the near miss
    rec = analyze("Lena Park said the plan was too early, but added that the council would vote on it in May.")
    assert ("the council would vote on it in May", "Lena Park") in _quotes(rec), _quotes(rec)


# -- an organisation credited by a name no actor covers, spoken of again by its kind (quotes/en_body_again) ---------

def test_the_company_after_a_name_the_tagger_missed_is_that_name(analyze):
    rec = analyze("Quillotex admits its photo tool added strangers\n\nQuillotex said its bug affected a small number "
                  "of edits. The company said a fix would reach every user by Friday.")
    got = [s for t, s in _quotes(rec) if t.startswith("a fix would")]
    assert got == ["Quillotex"], _quotes(rec)


@pytest.mark.parametrize("name,who", [
    ("Appalachian Southern", "Appalachian Southern"),  # (a body the tagger typed a person: no given name opens it)
    ("Tom Alder", None),  # the near miss: a person's name, "The railroad" is not his
])
def test_the_railroad_after_a_name_typed_a_person(analyze, name, who):
    rec = analyze(f"Senators questioned the agency on Tuesday.\n\n{name} said it had replaced the bearings on two "
                  "cars. The railroad disputed the senator's account that it had ignored the warning.")
    got = [s for t, s in _quotes(rec) if "ignored the warning" in t]
    assert got and (got[0] == who if who else got[0] != name), _quotes(rec)


@pytest.mark.parametrize("text", [
    "Jane Rowe said the bug affected a small number of edits. The company said a fix would reach every user soon.",
    "Quillotex said its bug affected a small number of edits. Google said it would review the app. The company "
    "said a fix would reach every user soon.",  # (an organisation actor credited in between: not Quillotex)
])
def test_the_company_after_a_person_or_another_body_is_not_the_name(analyze, text):  # the near misses
    got = [s for t, s in _quotes(analyze(text)) if t.startswith("a fix would")]
    assert got and got[0] not in ("Jane Rowe", "Quillotex"), got


# -- review r30 (REVIEW.md findings 4-7, 9, 10): the near misses the reviewer wrote, narrowed here ------------------

def test_a_name_the_project_genders_firmly_stays_firm():  # finding 4
    assert names.gender_of("Carol") == "f" and not names.mostly_gendered("Carol")
    assert names.gender_of("Ali") == "m" and not names.mostly_gendered("Ali")


@pytest.mark.parametrize("text", [  # finding 5: a modal empty-"it" passive is the writer's comment; a question's premise
    "It must be said that the mayor has kept most of her promises.",
    "It should be understood that the new rules apply to every tenant in the building.",
    "It can be said without exaggeration that the festival saved the town.",
    "Q: It was reported that you will resign. Is that true?",
])
def test_a_modal_or_questioned_empty_it_passive_is_no_report(analyze, text):
    assert _quotes(analyze(text)) == []


def test_the_company_after_an_unnamed_company_is_not_a_far_hospital(analyze):  # finding 6
    rec = analyze("Officials at Lakeview Hospital met with residents on Monday." + _FILLER + "A company hired to "
                  "clear the site said it would start in May. The company said no trees would be cut.")
    got = [s for t, s in _quotes(rec) if t.startswith("no trees")]
    assert got and got[0] != "Lakeview Hospital", _quotes(rec)


@pytest.mark.parametrize("text,content,name", [  # findings 7, 9
    ("Chukwuemeka Obi, the union's treasurer, said its members would vote on Friday. The company said it would not "
     "raise wages.", "it would not raise wages", "Chukwuemeka Obi"),
    ("Nguyen Thi Lan said its clinic had run out of vaccines. The hospital said new doses would arrive on Monday.",
     "new doses would arrive on Monday", "Thi Lan"),
    ("Okafor said its budget had been cut twice. Residents were angry. The board said it would meet again.",
     "it would meet again", "Okafor"),
])
def test_a_person_is_not_the_body_spoken_of_next(analyze, text, content, name):
    got = [s for t, s in _quotes(analyze(text)) if t == content]
    assert got and got[0] not in (name, "Nguyen Thi Lan"), got


def test_a_firm_that_hired_the_analyst_is_not_retyped_a_person(analyze):  # finding 10
    rec = analyze("The analyst Morgan Stanley hired in March said prices would fall by summer.")
    assert [e.type for e in rec.entities if e.name == "Morgan Stanley"] != ["PERSON"] or \
        "Morgan Stanley" not in [e.name for e in rec.entities], [(e.name, e.type) for e in rec.entities]
