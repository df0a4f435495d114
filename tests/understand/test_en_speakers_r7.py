"""understand.quotes (English), round 7: who is credited. A name inside a clause that modifies the speaker phrase
describes it and never speaks for it; a quotation whose closing comma is missing keeps its short attribution
(sentences written for these tests)."""
import pytest


def speaker_of(rec, fragment):
    q = next(q for q in rec.quotes if fragment in q.text)
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text, fragment, name", [
    # a relative clause on a named subject
    ("Of the budget, Levine, who has given money to Helen Marsh, said, “It is a disaster for the county.”",
     "disaster", "Levine"),
    # a relative clause on a described subject: the description, not the person it mentions
    ("“If I were a voter, I would ask questions,” said a senior party official who supports Reed, asking not to be "
     "named.", "voter", "a senior party official"),
    # a participle clause naming the channel the source spoke to
    ("Mayor Tom Reed spoke on Monday. Another police source speaking to Channel Four News said, “The suspects were "
     "known to us.”", "suspects", "Another police source"),
    # an adjective phrase after the noun: part of the description (round 9), the name in it no speaker
    ("Senator Paul Hardwick spoke in Ohio. Another source familiar with Hardwick's thinking said, “He will try to "
     "make friends with his colleagues.”", "make friends", "Another source familiar with Hardwick's thinking"),
    # an infinitive clause naming the target
    ("Senator Paul Hardwick will speak in Ohio. Organizers of the campaign to boycott Hardwick's Ohio speech said "
     "they are worried that Hardwick could gain support.", "worried", "Organizers of the campaign"),
])
def test_a_name_in_a_modifying_clause_is_not_the_speaker(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_the_agent_of_a_participle_is_kept(analyze):
    # "a survey conducted by X": X wrote it (no change from the clause rule)
    rec = analyze("A survey conducted by Brightline Research found that most commuters want more trains.")
    q = next((q for q in rec.quotes if "commuters" in q.text), None)
    assert q is None or q.speaker is None or "Brightline" in (q.speaker.name or "")


@pytest.mark.parametrize("text, fragment, name", [
    ("Mayor Tom Reed spoke at the plant. “The plant will reopen in March and hire two hundred workers” Reed said "
     "after the visit.", "plant will reopen", "Tom Reed"),
    ("“The plant will reopen in March and hire two hundred workers” said Anna Bell, a union spokeswoman.",
     "plant will reopen", "Anna Bell"),
])
def test_a_missing_comma_keeps_the_attribution(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_the_text_s_end_closes_an_attribution_as_a_full_stop_does(analyze):
    text = "Mayor Ana Reyes spoke at the depot. “We will finish the new line on time” Reyes said"
    at_end = speaker_of(analyze(text), "finish the new line")
    assert at_end is not None and at_end == speaker_of(analyze(text + "."), "finish the new line")


def test_a_parenthetical_in_the_next_sentence_is_no_attribution(analyze):
    rec = analyze("“We are trying to show some mercy to the workers.” Ohio, he said, was “where we have a chance to "
                  "win and show that a real ground game can make the difference.”")
    q = next(q for q in rec.quotes if "mercy" in q.text)
    assert q.cue is None and q.speaker is None


@pytest.mark.parametrize("text, fragment, name", [
    # an organisation before a title and a name no actor covers
    ("“We had a big issue with the trade deal,” said United Steel Workers Secretary-Treasurer Gary Hollis.",
     "trade deal", "Gary Hollis"),
    # a place in an adjectival participle before the role
    ("“It is shortsighted and everybody knows it,” explained Chicago-based attorney Maria Lopes.", "shortsighted",
     "Maria Lopes"),
    # a possessive place: the role speaks
    ("Peru's ambassador to Spain confirmed that the student had been on the flight.", "student",
     "Peru's ambassador to Spain"),
    # a possessive person: the aides speak, not the candidate
    ("Senator Ada Voss spoke in Reno. Voss's aides say the campaign has no wish to fight over the issue.",
     "no wish", "Voss's aides"),
])
def test_a_modifier_of_the_subject_is_not_the_speaker(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_a_pronoun_attribution_carries_to_the_next_quotation(analyze):
    # "“…,” he said. “…”": the second quotation goes on with the first one's speaker once "he" is resolved
    rec = analyze("Mayor Tom Reed spoke to the workers at the plant on Monday. “The plant will reopen in March,” he "
                  "said. “Nobody will be left behind.”")
    q = next(q for q in rec.quotes if "left behind" in q.text)
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


def test_a_person_the_text_calls_he_is_not_a_later_she():
    from newsgraph.understand.actors import WEntity, WMention
    from newsgraph.understand.coref.en_gender import called as _called
    ent = WEntity("PERSON", "Keyworth", mentions=[WMention(0, 8, "Keyworth"), WMention(20, 22, "he", "pronoun"),
                                                  WMention(40, 43, "his", "pronoun"), WMention(50, 52, "he", "pronoun"),
                                                  WMention(60, 63, "she", "pronoun")])
    assert _called(ent) == "m"
    ent.mentions.append(WMention(80, 83, "her", "pronoun"))
    assert _called(ent) is None  # three against two: no clear evidence


def test_a_label_with_a_party_tag_and_no_space_is_a_turn(analyze):
    rec = analyze('Rep. Dana Holt (R-Ohio):"Who gave you that figure? Nobody in this room has ever seen it."\n\n'
                  'Former secretary of state Lena Marsh:"We learned it from the department and its own review."')
    assert speaker_of(rec, "Nobody in this room") == "Dana Holt"
    q = next(q for q in rec.quotes if "department and its own review" in q.text)
    assert q.cue == ":" and q.speaker is not None and "Lena Marsh" in q.speaker.mention.text


def test_a_speech_verb_inside_a_turn_does_not_take_it(analyze):
    rec = analyze("Senator Ana Ruiz spoke to Fox News about the bill.\n\nWALLACE: Will the bill pass this month?\n\n"
                  "RUIZ: I think it will pass, because we have the votes and the public is with us.\n\n"
                  "WALLACE: And the governor?\n\nRUIZ: The governor will sign it, he told me so himself last week.")
    q = next(q for q in rec.quotes if "governor will sign" in q.text)
    assert q.cue == ":" and q.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize("text, fragment, name", [
    # the role the sentence gives after the name; "new" says when, not which
    ("Mike Johnson was elected speaker of the House on Wednesday. “We will restore trust in this body,” the new "
     "speaker said.", "restore trust", "Mike Johnson"),
    ("Jacob Frey, the mayor of Minneapolis, met Tim Walz on Monday. “We will rebuild the street,” the mayor said.",
     "rebuild", "Jacob Frey"),
])
def test_a_role_description_resolves_to_the_named_actor(analyze, text, fragment, name):
    assert speaker_of(analyze(text), fragment) == name


def test_a_participle_after_the_content_goes_with_the_speech_verb(analyze):
    rec = analyze("Even a top party strategist said Reed will have to choose a side, saying, “At some point, he is going "
                  "to have to come out on this.”")
    assert speaker_of(rec, "At some point") == "Even a top party strategist"


def test_an_abbreviated_title_before_a_name(analyze):
    rec = analyze("“The candidates left just don’t understand the military,” said Army Capt. Luis Ortega, who said he "
                  "would not vote.")
    assert speaker_of(rec, "understand the military") == "Luis Ortega"
