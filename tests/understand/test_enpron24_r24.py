"""understand (English), round 24 (enpron24, issue 16): speakers named by a pronoun or a role ("she said", "the
new speaker", "the president's son", "the company said") resolved to the actor a careful reader gives, or left
unnamed (but kept) when the text names no one the pronoun can stand for. Passages written for these tests."""
import pytest

# (passage, the start of the quote's text, the speaker: a word of its name, "A|B" either; None: no named speaker;
# "!X": kept, not X)
CASES = [
    # a named person, then "she said" / "he said"
    ('Delgado was firm at the meeting. "Nobody is leaving this building," she said.',
     "Nobody is leaving", "Delgado"),
    ('Kowalski was blunt about the delays. "The contractor has failed us again," he said.',
     "The contractor has failed", "Kowalski"),
    ('Priya Natarajan leads the lab at Stanford. Her team found the signal in 2021. "We did not believe it at '
     'first," she said.', "We did not believe", "Natarajan"),
    # another person between: of the other gender, of the same gender not in subject position
    ("Maria Lopez, the city's budget director, presented the plan on Monday. Council member James Hart asked about "
     'the cuts. "We have no other choice," she said.', "We have no other choice", "Lopez"),
    ('Jennifer Wu founded the startup in 2019. Investor Michael Grant put in $2 million a year later. "He believed in '
     'us early," she said.', "He believed in us", "Wu"),
    ('Coach Ray Dunn watched his team lose again. Athletic director Karen Holt said she would review the program. '
     '"We have to be better," he said.', "We have to be better", "Dunn"),
    ('Sarah Kim opened the clinic in 2010 with a loan from her sister, Anna. "We had nothing but a lease," she said.',
     "We had nothing but", "Kim"),
    # a woman and a man both named, then "she said" / "he said"
    ('Senator Alan Pierce and Rep. Maria Gomez toured the flooded town on Sunday. "People here need help now," she '
     'said.', "People here need help", "Gomez"),
    ('Maria Gomez and Alan Pierce met voters in Dayton on Saturday. "Jobs are the whole issue here," he said.',
     "Jobs are the whole issue", "Pierce"),
    # a role first, the name later
    ('The city\'s new police chief was sworn in on Monday. Chief Dana Whitfield, 51, spent two decades in Denver. '
     '"This department can earn back trust," she said.', "This department can earn", "Whitfield"),
    ('Governor Lena Marsh signed the bill on Monday. The governor said it would protect renters from sudden '
     'evictions.', "it would protect renters", "Marsh"),
    ('House Republicans elected Rep. John Caldwell as speaker on Wednesday. The new speaker said his first task would '
     'be the budget.', "his first task", "Caldwell"),
    # a role with no name: kept, no one else's
    ('The mayor spoke briefly to reporters on Friday. "Not yet," she said.', "Not yet", None),
    ('Hospital director Amy Lund said the ward was full. A nurse who asked not to be named described the night. "We '
     'ran out of beds by midnight," she said.', "We ran out of beds", "!Lund"),
    # relations
    ("President Daniel Okafor's son, Emeka Okafor, was questioned by prosecutors on Tuesday. The president's son said "
     "he had done nothing wrong.", "he had done nothing wrong", "Emeka"),
    ('Senator Ron Hale\'s wife, Margaret Hale, spoke at the rally in Toledo. "He has never given up on this town," '
     'she said.', "He has never given up", "Margaret"),
    # an organisation named, then the company / the carmaker / the group / it
    ("Northwind Logistics cut 400 jobs on Tuesday. The company said the cuts were needed to stay competitive.",
     "the cuts were needed", "Northwind"),
    ("Volvo recalled 20,000 cars on Monday. The carmaker said no injuries had been reported.",
     "no injuries had been reported", "Volvo"),
    ("Friends of the Earth criticized the decision. The group said the permit should never have been granted.",
     "the permit should never", "Friends"),
    ("Meridian Bank reported a loss of $40 million. It said the loss came from bad loans in its commercial unit.",
     "the loss came from bad loans", "Meridian"),
    # "they said": a named group, two people
    ('The Riverside Tenants Union rejected the offer on Thursday. "This is not a serious proposal," they said.',
     "This is not a serious proposal", "Riverside"),
    ('Officers Dan Reilly and Mia Chen arrived first at the house. They said the back door was already open.',
     "the back door was already open", "Reilly|Chen"),  # (either of the two: "they" is both)
    # no antecedent: kept, unnamed, never guessed
    ('"We will keep fighting for this park," she said.', "We will keep fighting", None),
    ('The storm flooded hundreds of homes overnight. "We lost everything we had," she said.',
     "We lost everything", None),
    ('Heavy rain hit the coast on Sunday. She said the roads to the harbor were closed.',
     "the roads to the harbor", None),
    # the pronoun's clause or narration goes on with the person
    ("Health Commissioner Olivia Grant said cases had doubled in a week. She added that hospitals were coping.",
     "hospitals were coping", "Grant"),
    ("Defense Secretary Mark Ellison arrived in Kyiv on Tuesday. He told reporters that more aid was coming.",
     "more aid was coming", "Ellison"),
    ('"We will appeal this verdict," said attorney Greg Lane. His client, Tanya Moore, sat quietly beside him. "I just '
     'want to go home," she said.', "I just want to go home", "Moore"),
    # paragraphs: a new speaker's paragraph, dialogue turns
    ('Governor Lena Marsh defended the plan on Monday. "It will save the state money," she said.\n\nState Senator '
     'Paul Dwyer disagreed. "It will cost thousands of jobs," he said.', "It will cost thousands", "Dwyer"),
    ('Governor Lena Marsh defended the plan on Monday. "It will save the state money," she said.\n\nState Senator '
     'Paul Dwyer disagreed. "It will cost thousands of jobs," he said.', "It will save the state", "Marsh"),
    ('"The budget does not add up," said Councilwoman Rita Vance.\n\n"It adds up if you read it," replied Mayor Tom '
     'Bell.\n\n"Then show me the page where it does," she said.', "Then show me the page", "Vance"),
    ("Judge Carla Ruiz denied the motion on Friday.\n\nDefense attorney Megan Fox-Hall said her client would appeal. "
     '"This ruling ignores the evidence," she said.', "This ruling ignores", "Fox-Hall"),
    ('Police Chief Ana Torres met the families on Tuesday.\n\nTorres listened for an hour. "I cannot promise you '
     'answers tonight," she said.', "I cannot promise you", "Torres"),
]

# written with the rules (after the first count): the limits of each
CASES += [
    # a day or a feast the tagger typed, a place: no person for "she"
    ('Christmas came early for the shelter this year. "We are all waiting for news," she said.',
     "We are all waiting", None),
    # the one who asks is not the one who answers
    ('Governor Lena Marsh toured the flooded town. A mother asked about the curfew. "Not yet," she said.',
     "Not yet", "Marsh"),
    # a newcomer as the subject of a plain sentence: her words, not the director's
    ("Hospital director Amy Lund said the ward was full. A nurse described the night. She said the ward had run "
     "out of beds.", "the ward had run out", "!Lund"),
    # a relation owned by a name
    ("Senator Ron Hale's lawyer, Abby Stern, filed the motion on Friday. Hale's lawyer said the charges were "
     "baseless.", "the charges were baseless", "Stern"),
    # the subject before is a thing: unnamed
    ('The bridge closed at noon on Tuesday. "Nobody told us anything," he said.', "Nobody told us", None),
    # the previous quote's speaker is a bare name no actor took: the pronoun goes on with it, not with a firm
    ("Brandt admitted that the rollout was slow. But she argued that the system would improve by spring.",
     "the system would improve", "Brandt"),
    ("Okafor admitted that the rollout had been slow. But she argued that the new system would improve by spring.",
     "the new system would improve", "Okafor"),
    ("Pruitt conceded that the budget was tight. But he insisted that the hiring would go ahead.",
     "the hiring would go ahead", "Pruitt"),
    ('Twitter said the outage was over by noon. "We are sorry for the trouble," he said.', "We are sorry", None),
]


def _quote(rec, text):
    return next((q for q in rec.quotes if q.text.lstrip('"“').startswith(text)), None)


# still open: the entity reader's misses, before the pronoun step (p01: the tagger types "Delgado" an organisation;
# p19: "Friends of the Earth" is no actor, only "Earth" a place; p39: "Brandt" typed an organisation)
_OPEN = {"p01": "a surname typed ORG", "p19": "the organisation is no actor", "p39": "a surname typed ORG"}


@pytest.mark.parametrize("passage,start,speaker", [
    pytest.param(*c, id=f"p{n:02d}", marks=[pytest.mark.xfail(reason=_OPEN[f"p{n:02d}"], strict=True)]
                 if f"p{n:02d}" in _OPEN else []) for n, c in enumerate(CASES, 1)])
def test_pronoun_and_role_speakers(analyze, passage, start, speaker):
    assert_speaker(analyze(passage), start, speaker)


def assert_speaker(rec, start, speaker):
    """The quote of ``rec`` opening with ``start`` is kept, its speaker as ``speaker`` says (see CASES)."""
    q = _quote(rec, start)
    assert q is not None, "the quote is kept"
    name = q.speaker.name if q.speaker else None
    mention = q.speaker.mention.text if q.speaker and q.speaker.mention else ""
    if speaker is None:
        assert name is None or not name[:1].isupper() or name.split()[0].lower() in ("the", "a", "an"), name
    elif speaker.startswith("!"):
        assert name is None or speaker[1:] not in name
    else:
        assert name is not None and any(w in f"{name} {mention}" for w in speaker.split("|")), name
