"""understand.quotes (English), round 11: an organisation anaphor with a nationality first ("the German carmaker")
is the organisation named before it; a person named by a part in a case ("The suspect, NAME, …") is the speaker
later described by it, when only one person has that part (sentences written for these tests)."""
import pytest


def speaker_of(rec, fragment):
    q = next(q for q in rec.quotes if fragment in q.text)
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text, fragment, name", [
    ("Renault opened a battery plant near Douai on Monday. The French carmaker said the plant would employ 1,200 "
     "people.", "employ 1,200", "Renault"),
    ("Siemens won a $2 billion rail order in Egypt. The German conglomerate says the first trains will run in "
     "2027.", "first trains", "Siemens"),
])
def test_an_org_anaphor_with_a_nationality_is_the_last_organisation(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_a_nationality_before_a_title_is_not_an_org_anaphor(analyze):
    text = ("Siemens won a rail order in Egypt on Monday. The German chancellor said the order was good news for "
            "exporters.")
    assert speaker_of(analyze(text), "good news") != "Siemens"


@pytest.mark.parametrize("text, fragment, name", [
    ("The suspect, Paul Hardy, was arrested at his home in Leeds on Friday. Police found no weapon. The suspect "
     "told officers that he had been at work all night.", "at work all night", "Paul Hardy"),
    ("The plaintiff, Nora Klein, sued the city over a fall on an icy sidewalk. The city denies fault. “I could "
     "not walk for months,” the plaintiff said.", "could not walk", "Nora Klein"),
])
def test_a_case_role_is_the_one_person_given_it(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_a_case_role_two_people_share_stays_as_written(analyze):
    text = ("The suspect, Paul Hardy, was arrested on Friday. A second suspect, Dean Moss, was held on Saturday. "
            "The suspect said he had been at work all night.")
    assert speaker_of(analyze(text), "at work all night") not in ("Paul Hardy", "Dean Moss")


@pytest.mark.parametrize("text, fragment, name", [
    ("Unilever has replaced palm oil in its snacks with oil bought from Cargill. The company says the change will "
     "be complete by 2026.", "complete by 2026", "Unilever"),
    ("Toyota signed a supply deal with Panasonic on Monday. “We need twice as many batteries by 2028,” the carmaker "
     "said.", "twice as many", "Toyota"),
])
def test_an_org_anaphor_prefers_the_subject_of_the_sentence_before(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_an_org_anaphor_without_a_subject_organisation_takes_the_nearest(analyze):
    text = "Shares in UBS fell sharply on Friday after a weak quarter. The Swiss lender said it would cut 2,000 jobs."
    assert speaker_of(analyze(text), "2,000 jobs") == "UBS"


@pytest.mark.parametrize("text, fragment, name", [
    ("The Congressional Budget Office published an analysis of the bill on Wednesday. The analysis found that "
     "premiums would rise by 12 percent.", "premiums would rise", "Congressional Budget Office"),
    ("Amnesty International's report on the prisons came out on Monday. The report says that inmates were denied "
     "water for days.", "denied water", "Amnesty International"),
    # no actor named as its maker: the name the introduction was given as a speaker (since round 26 the outlet a
    # report "in" is published in: en_published)
    ("According to a report in the Valley Courier, the plant will close in May.\n\nThe report says 300 people will "
     "lose their jobs.", "300 people", "Valley Courier"),
])
def test_a_document_named_again_speaks_for_its_maker(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


@pytest.mark.parametrize("text, fragment", [
    ("A safety report was leaked to reporters on Monday. The report says the mine has been unsafe for years.",
     "unsafe for years"),
    # the owner of the one who wrote it is not its maker
    ("The inquiry was led by the Navy's inspector general, who wrote a report in March. The report says the ship "
     "was never inspected.", "never inspected"),
])
def test_a_document_without_a_named_maker_stays_as_written(analyze, text, fragment):
    assert speaker_of(analyze(text), fragment) in ("The report", None)


@pytest.mark.parametrize("text, fragment, name", [
    ("Sen. Rachel Dunmore voted against the farm bill on Thursday.\n\nThe Ohio senator said the bill would hurt "
     "small growers.", "small growers", "Rachel Dunmore"),
    ("Walter Brandt toured the flooded towns on Monday. The Republican candidate was greeted by angry residents. "
     "“The state failed these people,” the former general said.", "failed these people", "Walter Brandt"),
    ("Mayor Tom Reyes opened the new bridge on Saturday. Another sunny day, another ribbon. The Dallas mayor said "
     "the bridge came in under budget.", "under budget", "Tom Reyes"),
])
def test_a_description_opening_a_sentence_continues_its_topic(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


@pytest.mark.parametrize("text, fragment, name", [
    # another office by the text
    ("Gov. Ellen Park signed the budget on Friday. The mayor said the city would still lose $8 million.",
     "$8 million", "The mayor"),
    # inside a subordinate clause: no continuation of the topic
    ("Sen. Ann Cole left the hearing early after the retired admiral claimed that the base was safe.", "base was safe",
     "the retired admiral"),
    # the text gave the role to two people in the sentence read: either
    ("Sen. John Smith met Sen. Mary Jones on Monday. The senator said the bill would pass next week.", "bill would pass",
     "The senator"),
    ("Sen. John Smith and Sen. Mary Jones met the governor. The senator said the bill would pass next week.",
     "bill would pass", "The senator"),
    # a description with an owner between: not the same person
    ("Paul Grant spoke first. Grant's wife, Mary, then took the stage. The former senator said the party had lost "
     "its way.", "lost its way", "The former senator"),
])
def test_a_description_that_cannot_continue_the_topic_stays(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def mention_of(rec, fragment):
    q = next(q for q in rec.quotes if fragment in q.text)
    return q.speaker.mention.text if q.speaker and q.speaker.mention else None


@pytest.mark.parametrize("text, fragment, mention", [
    ("Norway's health ministry said on Monday that the clinics would stay open all summer.", "clinics would stay",
     "Norway's health ministry"),
    ("Peru's defence ministry said the two helicopters had been grounded for checks.", "helicopters had been",
     "Peru's defence ministry"),
])
def test_a_country_owning_the_speaker_stays_in_its_mention(analyze, text, fragment, mention):
    assert mention_of(analyze(text), fragment) == mention


def test_a_person_owned_by_a_country_keeps_the_name(analyze):
    text = "Norway's fisheries minister Kari Dahl said the cod quota would be cut by a fifth."
    assert speaker_of(analyze(text), "cod quota") == "Kari Dahl"


@pytest.mark.parametrize("text, fragment, name", [
    ("Hunter Vale appeared in court in Denver on Thursday. The senator's son told reporters that he had done nothing "
     "wrong.", "nothing wrong", "Hunter Vale"),
    ("Prime Minister Alan Whitcombe met union leaders on Monday. The Labour leader said the strike must end by "
     "Friday.", "strike must end", "Alan Whitcombe"),
])
def test_a_relation_or_a_generic_role_continues_the_topic(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_the_owner_of_a_relation_is_not_its_kin(analyze):
    text = "Sen. Carl Vale spoke in Denver on Thursday. The senator's son told reporters that he had done nothing wrong."
    assert speaker_of(analyze(text), "nothing wrong") != "Carl Vale"
