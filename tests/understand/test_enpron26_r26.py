"""understand (English), round 26 (enpron26, issue 16): speakers named by a pronoun, a role or a relation, resolved to
the person the passage is about: "he said" after a sentence about one man that names another; a woman named only in
someone else's reported words; a role description that only a person named later fits; "one said" after a group;
a newcomer whose name comes a sentence later; "is expected to testify that". With near-misses that must not change.
Passages written for these tests."""
import pytest
from test_enpron24_r24 import assert_speaker

# (passage, the start of the quote's text, the speaker: a word of its name, "A|B" either; None: no named speaker;
# "!X": kept, not X)
CASES = [
    # "he said" / "she said": the one the passage is about, not the last of that gender named
    ('Senator Paul Beck spent the week criticizing President Trump over the tariffs. "I am truly concerned about '
     'farmers," he said.', "I am truly concerned", "Beck"),
    ('Paul Beck said President Trump had gone too far on tariffs. "I am truly concerned about farmers," he said.',
     "I am truly concerned", "Beck"),
    ('Tina Walz approaches the issue more diplomatically. She said Hillary Clinton had promised the same thing in '
     '2016. "We cannot keep waiting for Washington," she said.', "We cannot keep waiting", "Walz"),
    ('Mayor Ruth Alvarez said Governor Jane Pike had ignored the city for years. "We are done asking politely," she '
     'said.', "We are done asking", "Alvarez"),
    ('Marty Walz, the group\'s president, spoke after the vote. "This is a good day for parents," she said.',
     "This is a good day", "Walz"),
    ('Coach Leo Grant told reporters that his rival, Mike Dunn, deserved the award. "He earned every vote," Grant '
     'said. "I would have voted for him too," he added.', "I would have voted", "Grant"),
    ('Ann Hale accused her former partner, Rita Voss, of stealing clients. "She took everything we built," she said.',
     "She took everything", "Hale"),
    ('Marty Walz approaches the issue more diplomatically. She said Hillary Clinton had made the same promise in '
     '2016. "We cannot keep waiting for Washington," she said.', "We cannot keep waiting", "Walz"),
    # ... but a woman named beside a "mostly male" name keeps "she"; a man named so keeps "he"
    ('Marty Klein met Mayor Ann Ruiz on Tuesday. "We agreed on the budget," she said.', "We agreed on the budget",
     "Ruiz"),
    ('Marty Klein, the team\'s owner, spoke after the game. "We will be back next year," he said.',
     "We will be back", "Klein"),
    # a quotation of several sentences is one turn: its "she said" looks back from where it opens
    ("The teen's attorney, Beth Collier, said her client was devastated.\n\nThe driver's sister, Rosa Diaz, spoke "
     'to reporters outside the home. "He was driving his daughter to a party. That was all. A birthday party," she '
     'said.', "He was driving his daughter", "Diaz"),
    ('Judge Ann Cole denied bail on Friday. The defendant\'s mother, Lucia Perez, wept in the hallway. "My son is '
     'not a criminal. He is a student. He made a mistake," she said.', "My son is not", "Perez"),
    # ... not a new sentence after the quotation, nor past a lead-in about someone described
    ('Strategist Karen Finney said the senator was "already making excuses." She predicted the governor would '
     'surprise people.', "the governor would surprise", "Finney"),
    ('The library director, Anne Vos, wrote that visits fell by 14%.\n\nI asked the mayor about that. "Visits are '
     'falling everywhere. You cannot pin that on Fridays," she told me.', "Visits are falling", "!Vos"),
    # near-misses: the second man named is the one the passage goes on with
    ('Mayor Tom Bell met Senator Ray Cole on Friday. Cole later criticized the plan in a statement. "It is a '
     'mistake," he said.', "It is a mistake", "Cole"),
    ('Governor John Pratt vetoed the bill on Monday. Union leader Sam Ortiz was furious. "He has never listened to '
     'workers," he said.', "He has never listened", "Ortiz"),
    ('Detective Carl Moss arrested Dean Hooper on Friday. Hooper told the court he had been at home. "I never left '
     'the house," he said.', "I never left the house", "Hooper"),
    ('Maria Ortiz thanked her sister, Lucia, for the loan. "Without her we would have closed," she said.',
     "Without her we would", "Maria"),
    # a role description that only a person named later fits: not that person
    ('Senator Rob Portman voted for the farm bill on Thursday. The Ohio Democrat said the bill would hurt workers. Later, Senator '
     'Sherrod Brown, a Democrat, introduced his own plan.', "the bill would hurt", "!Brown"),
    ('Judge Alan Park struck down the voting law on Friday. The governor said the state would appeal. Meanwhile Governor Ann '
     'Lowe of Kansas signed a similar law.', "the state would appeal", "!Lowe"),
    # ... but a lede may name its person after the description
    ("The city's new police chief said on Monday that the department would rebuild trust. Chief Dana Whitfield, 51, "
     "spent two decades in Denver.", "the department would rebuild", "Whitfield"),
    # a role that fits the person named before: that person
    ('Governor Ann Lowe signed the law on Monday. The governor said the state would defend it in court.',
     "the state would defend", "Lowe"),
    ('Senator Sherrod Brown toured the plant. The senator said the jobs would stay in Ohio.',
     "the jobs would stay", "Brown"),
    # a role that fits two people: one of them
    ('Senator Ann Reed and Senator Bob Lyle both voted no. The senator said the bill was rushed.',
     "the bill was rushed", None),  # (either may be meant: kept, unlinked)
    # "the company" after a rival: the company the sentence is about
    ('Apex Foods sued its rival Bell Farms on Monday over a recipe. The company said it would seek damages.',
     "it would seek damages", "Apex"),
    ('Bell Farms was sued on Monday by Apex Foods. The company said the lawsuit had no merit.',
     "the lawsuit had no merit", "Bell"),
    ('Northwind Logistics said on Monday that it would cut 500 jobs. Rival Hollis Motors paused production last '
     'month. The company said it would report its results on Nov. 7.', "it would report its results", "Northwind"),
    ('Northwind Logistics said on Monday that it would cut 500 jobs. Hollis Motors paused production last month. '
     'The company said it would report its results on Nov. 7.', "it would report its results", "Hollis"),
    # "one said" / "another says" after a group: kept, not the last person named
    ('Mayor Lisa Grant met the striking nurses on Tuesday. One said: "We are exhausted and nobody listens."',
     "We are exhausted", "!Grant"),
    ('Analyst Tom Reyes said the market had peaked. Two other analysts disagreed. One said the rally had room to run, '
     'and another said prices would rise in spring.', "the rally had room", "!Reyes"),
    ('Analyst Tom Reyes said the market had peaked. Two other analysts disagreed. One said the rally had room to run, '
     'and another said prices would rise in spring.', "prices would rise", "!Reyes"),
    # an age for a name: the person named before (the one the passage is about, the one given that age), the one
    # named beside it; not a person given another age, nor anyone when the age was an unnamed newcomer's
    ('Tottenham hired Lena Ortiz as manager on Tuesday. Ortiz\'s agents had pushed for the move for weeks. The '
     '48-year-old said she was thrilled to return to London.', "she was thrilled", "Ortiz"),
    ('Dean Hollis, 61, was fired in March. Club owner Sam Reyes then hired Tom Vick, 45. The 45-year-old said the '
     'squad was talented.', "the squad was talented", "Vick"),
    ('Mayor Tom Bell praised the rescuers on Sunday. A 12-year-old was pulled from the river. The 12-year-old said '
     'the water was freezing.', "the water was freezing", "!Bell"),
    ('Prosecutors called a new witness on Tuesday. The 56-year-old, Jane Roe, said she had complained twice.',
     "she had complained twice", "Roe"),
    # ... the group the one belongs to, when the sentence before was about it
    ('Labour backbenchers are uneasy. Several MPs from the northern seats told reporters they had been promised '
     'growth. One said: "I did not knock on doors for this."', "I did not knock", "MPs"),
    ('Two other analysts disagreed with the forecast. One said the rally had room to run.', "the rally had room",
     "analysts"),
    # a newcomer named a sentence later
    ('A former nurse testified on Tuesday that the ward was understaffed. The 56-year-old, Jane Roe, said she had '
     'complained twice.', "she had complained twice", "Roe"),
    ('A former nurse testified on Tuesday that she saw a surgeon tamper with IV bags.\n\nCarla Simmons told jurors '
     'that she found the surgeon alone in the medication room twice.', "she saw a surgeon", "Simmons"),
    # ... not a name the next sentence gives a role of its own, nor one of the other gender
    ('A company spokesman said the plant would stay open. John Roe, the chief executive, told workers that jobs were '
     'safe.', "the plant would stay open", "!Roe"),
    ('A former nurse testified on Tuesday that she saw a surgeon tamper with IV bags. Mark Simmons told jurors that '
     'he had hired her in 2019.', "she saw a surgeon", "!Simmons"),
    ('Dr. Alan Kemp ran the ward for a decade. A former nurse testified on Tuesday that the ward was understaffed.',
     "the ward was understaffed", "!Kemp"),
    # relations
    ('Former Governor Tom Reyes\'s son, Daniel Reyes, ran for the seat. The former governor\'s son told reporters '
     'that he would not concede.', "he would not concede", "Daniel"),
    ('Senator Joan Miles\'s husband, Peter Miles, owns the firm. The senator\'s husband said the contract was fair.',
     "the contract was fair", "Peter"),
    # "is expected to testify that"
    ('Michael Cohen is expected to testify that the president directed the payments.',
     "the president directed", "Cohen"),
    ('The former aide is expected to tell the committee that she warned her boss twice.',
     "she warned her boss", "aide"),
    # a pronoun in the quote about a third person: the speaker is the one named as the sayer
    ('Governor John Pratt vetoed the bill. "He did not even read it," said Sam Ortiz, the union leader.',
     "He did not even read", "Ortiz"),
    ('Sam Ortiz, the union leader, criticized Governor John Pratt. "He did not even read it," Ortiz said.',
     "He did not even read", "Ortiz"),
    # no one to stand for: kept, unnamed
    ('The storm hit the coast overnight. "We lost everything we had," she said.', "We lost everything", None),
    # the new paragraph's subject
    ('Governor Lena Marsh defended the plan on Monday.\n\nSenator Paul Dwyer disagreed. He said the plan would cost '
     'jobs.', "the plan would cost jobs", "Dwyer"),
    ('Paul Dwyer, a senator, met Governor Lena Marsh and Mayor Tom Bell. Marsh later called him "a serious partner," '
     'and he said the talks went well.', "the talks went well", "Dwyer|Bell"),
]


_OPEN = {"p14": "Vos still taken, by a rule other than the turn window (it failed before that rule too)",
         "p20": "round 27 (en_roles_forward): a bare 'The governor said' is linked to a governor named later with "
                "a place the story had not named ('Meanwhile Governor Ann Lowe of Kansas signed a similar law'); "
                "a known regression of the lead-role rule, left open"}


@pytest.mark.parametrize("passage,start,speaker", [
    pytest.param(*c, id=f"p{n:02d}", marks=[pytest.mark.xfail(reason=_OPEN[f"p{n:02d}"], strict=True)]
                 if f"p{n:02d}" in _OPEN else []) for n, c in enumerate(CASES, 1)])
def test_pronoun_role_relation_speakers(analyze, passage, start, speaker):
    assert_speaker(analyze(passage), start, speaker)
