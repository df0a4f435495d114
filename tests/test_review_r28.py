"""Round 28 review: what the round's English attribution and entity changes (enlayout28, enspan28, enspk28,
people28) over-read, each with sentences written for these tests (ordinary news near-misses, none taken from a dev
text). Marked xfail until the lead narrows the rule; each reason names the branch, the rule and the narrowing
suggested in /tmp/try28/REVIEW.md. On main (01a62e74) they pass: each is a regression of a branch."""
from __future__ import annotations

import pytest

import newsgraph


def _rec(text):
    return newsgraph.analyze(text, published="2024-03-12")


def _quotes(text):
    return [(q.kind, (q.speaker.name if q.speaker else None), q.text, (q.cue or "").lower()) for q in _rec(text).quotes]


# -- enlayout28: marks.find_quoted reads a straight ' at a word's edge as an ASCII single quotation mark ------------
@pytest.mark.parametrize("text,start,who", [
    ("Fans in Leeds celebrated 'til dawn on Sunday. “It was the best night of my life,” said supporter Dan Hughes, "
     "44.", "It was the best night", "Dan Hughes"),
    ("Italian police arrested 30 suspected members of the 'Ndrangheta crime syndicate on Tuesday. “This is a heavy "
     "blow to the clan,” said prosecutor Nicola Gratteri.", "This is a heavy blow", "Nicola Gratteri"),
    ("Protesters gathered outside 'Iolani Palace in Honolulu on Friday. “We want our land back,” said organizer "
     "Kaleo Kahale.", "We want our land back", "Kaleo Kahale"),
])
def test_a_word_initial_apostrophe_does_not_swallow_the_double_quotes_after_it(text, start, who):
    got = _quotes(text)
    assert [(k, s) for k, s, t, _ in got if t.lstrip("“").startswith(start)] == [("direct", who)], got


# -- enlayout28: quotes/en_answers.py (interview layouts) ----------------------------------------------------------
def test_an_explainer_with_question_subheads_is_no_interview():
    text = ("A video of a conversation between Senator Mark Hale and a donor was edited before it spread online, "
            "fact-checkers said on Monday. Hale called the clip a smear.\n\n"
            "What did the video show?\n\nThe clip showed Hale appearing to promise a donor a vote on a tax bill.\n\n"
            "Who edited it?\n\nResearchers traced the edit to an anonymous account that posts political memes.\n\n"
            "What happens next?\n\nThe Senate ethics committee has not said whether it will look into the matter.\n\n"
            "Is it illegal?\n\nExperts said doctored videos are generally protected speech.\n")
    got = _quotes(text)
    assert not [q for q in got if q[0] == "direct"], got


def test_narration_before_an_update_line_is_not_an_answer():
    text = ("Live updates: Storm hits the coast\n\n"
            "Gov. Ron Price: We are asking everyone in the evacuation zone to leave now.\n\n"
            "Thousands of residents were without power on Sunday night, the utility said.\n\n"
            "Crews from six states are on their way.\n\n"
            "UPDATE: The National Weather Service has downgraded the storm to a Category 1.\n")
    got = _quotes(text)
    assert not [q for q in got if q[2].startswith("Crews from six states")], got


def test_a_handle_that_merely_contains_a_surname_is_not_that_persons():
    text = ("Sen. Sherrod Brown spoke at a campus rally in Providence on Friday.\n\n"
            "@BrownUniversity: Classes are canceled today because of the snowstorm. Stay safe.\n\n"
            "The university said classes would resume on Monday.\n")
    got = _quotes(text)
    assert not [q for q in got if q[1] == "Sherrod Brown"], got


# -- enspk28: quotes/en_role_owner.another_owner -------------------------------------------------------------------
@pytest.mark.parametrize("text,who", [
    ("Britain's prime minister told lawmakers on Wednesday that the budget would not raise income taxes.\n\n"
     "British Prime Minister Keir Starmer faced angry questions from his own backbenchers.\n", "Keir Starmer"),
    ("Britain's foreign secretary said sanctions would be tightened.\n\n"
     "U.K. Foreign Secretary David Lammy announced the measures in Parliament.\n", "David Lammy"),
])
def test_a_countrys_office_holder_named_next_with_its_demonym(text, who):
    got = _quotes(text)
    assert got and got[0][1] == who, got


@pytest.mark.parametrize("text,who", [
    pytest.param("The university's president said tuition would rise by 3 percent next year.\n\n"
                 "President Jane Roe, who took office in 2022, has cut administrative costs by 10 percent.\n",
                 "Jane Roe", marks=pytest.mark.xfail(
                     strict=False, reason="revfixE: left. A bare 'President Jane Roe' after 'the university's "
                     "president' has no naming tie to tell it from 'President Joe Biden' after 'the union's "
                     "president' (enspk28's test: the state's president); only a person's record (world knowledge) "
                     "would. 'President Sara Nelson of the Association …' (an organisation named) now passes")),
    ("The union's president said the strike would continue until the airline improved its offer.\n\n"
     "President Sara Nelson of the Association of Flight Attendants has led the union since 2014.\n", "Sara Nelson"),
])
def test_an_organisations_own_president_named_next(text, who):
    got = _quotes(text)
    assert got and got[0][1] == who, got


# -- enlayout28: quotes/en_dash_credit.dash_leads ------------------------------------------------------------------
@pytest.mark.parametrize("text,who", [
    ("LONDON — ‘We will not back down on this,’ Prime Minister Keir Starmer told the Commons on Wednesday.\n\n"
     "The opposition said the plan would cost billions.\n", "Keir Starmer"),
    ("KYIV (Reuters) — 'The front line is holding,' the army's top commander said on Sunday.\n", "the army's top commander"),
])
def test_a_dateline_before_a_single_quoted_quotation_is_no_credit(text, who):
    got = _quotes(text)
    assert got and got[0][1] == who, got


# -- people28: store/actors.py, a bare surname that is a WordNet noun begins no provisional person ---------------------
@pytest.mark.parametrize("surname", ["Rice", "Bird", "Fox"])
def test_a_surname_that_is_also_a_noun_still_begins_a_person(store, surname):
    import sys
    from pathlib import Path

    from sqlalchemy import text as sql
    sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
    from records import make
    body = (f"{surname} said on Monday that the talks would resume in Geneva next week. {surname} spoke after "
            "meeting the other delegation. The campaign went on with rallies, speeches and advertisements in "
            "several states this week.")
    store.write_batch([make(body, source="r1.example", entities=[(surname, "PERSON", None, [surname])])])
    with store.connect() as c:
        names = {r[0] for r in c.execute(sql("select name from actors where type = 'PERSON'"))}
    assert surname in names


# -- enlayout28: en_turns time-stamped labels (0aa1be81) + en_label_names.initials_person (75ba2c19) ---------------
@pytest.mark.parametrize("text,who", [
    ("Live: New Jersey election results\n\n9:45 PM: Gov. Phil Murphy has arrived at his victory party in Asbury "
     "Park.\n\n9:12 PM: The race remains too close to call in the 7th District.\n", "Phil Murphy"),
    ("Live: Germany votes\n\n10:15 AM: Former Chancellor Angela Merkel cast her ballot in Berlin.\n\n"
     "10:05 AM: Polling stations opened at 8 a.m. across the country.\n", "Angela Merkel"),
])
def test_a_live_blogs_am_pm_time_stamp_is_no_speakers_initials(text, who):
    got = _quotes(text)
    assert not [q for q in got if q[1] == who and q[3] == ":"], got


# -- enspk28: quotes/en_furniture._pull_quote (517631db) -----------------------------------------------------------
def test_a_short_bare_quotation_of_common_words_is_no_pull_quote():
    text = ("“The city will not back down from this fight, and we are going to do everything we can to protect the "
            "people who live here,” Mayor Ann Hale said on Tuesday.\n\nCouncil member Tom Ruiz was just as blunt.\n\n"
            "“We are going to fight this.”\n\nThe council votes on the measure next week.\n")
    got = _quotes(text)
    assert [q for q in got if q[2].startswith("We are going to fight this")], got


# -- people28: corpus/identity_choose._title_over_pronouns (c7341021) ---------------------------------------------
def test_a_new_office_holder_is_not_merged_into_the_namesake_who_held_it():
    from newsgraph.corpus import identity as I
    jerry = I.Candidate("a_jerry", "Jerry Brown", n_docs=200, roles={"Governor": 150}, gender="m",
                        cooc={"a_ca": 100})
    kate = I.Candidate("a_kate", "Kate Brown", n_docs=8, roles={"Secretary of state": 6}, gender="f",
                       cooc={"a_or": 6})
    # "Gov. Brown said Oregon would … . She added …": the document's co-actor is Oregon, her own
    ev = I.Evidence(role="Governor", gender="f", gender_hint="f", gender_one_sided="f", co_actors=["a_or"],
                    base={"a_or": 0.01, "a_ca": 0.1}, n_docs=900)
    ev.gender_by_pronouns = True  # (the branch's new field; main has none and ignores it)
    assert I.choose([jerry, kate], ev)[0] != "a_jerry"


# -- enspan28: quotes/en_bounds.background_relative (4f75ffe0) -----------------------------------------------------
@pytest.mark.parametrize("text,tail", [
    ("The lawsuit alleges that the drug was approved by Dr. Alan Price, who knew it was unsafe.", "knew it was unsafe"),
    ("Prosecutors said the money was wired to Ivan Petrov, who then moved it to a bank in Cyprus.",
     "moved it to a bank in Cyprus"),
    ("Investigators said the fire was set by Tom Reyes, who had been fired from the plant a week earlier.",
     "fired from the plant a week earlier"),
])
def test_a_relative_clause_that_carries_the_claim_stays_in_the_content(text, tail):
    got = _quotes(text)
    assert got and got[0][2].endswith(tail), got


# -- enlayout28 (ASCII single quotes) on a real-page layout: a subhead in single marks -------------------------------
def test_a_subhead_in_single_marks_is_nobodys_quote():
    text = ("\"Donald Trump is the vote for change in this election,\" Republican strategist Fred Davis said. "
            "\"He's the future; she's the past.\"\n\n'There's so much anger.'\n\n"
            "At the campaign's headquarters, advisers are grappling with how to reach swing voters.\n\n"
            "\"There's so much anger at the establishment, and it's hard for her to divorce herself from that,\" "
            "said David Axelrod, a former adviser to President Obama.\n")
    got = _quotes(text)
    assert not [q for q in got if q[2].rstrip(".") == "There's so much anger"], got


def test_a_qa_explainer_headline_is_no_interview():
    text = ("Q&A: What the Supreme Court ruling means for student loans\n\n"
            "The Supreme Court on Friday struck down President Joe Biden's plan to cancel student debt. Biden had "
            "promised relief to 40 million borrowers.\n\nWhat did the court decide?\n\nThe justices ruled 6-3 that "
            "the administration lacked the authority to cancel the debt without Congress.\n\nWho is affected?\n\n"
            "About 26 million people had already applied for relief under the plan.\n\nWhen do payments resume?\n\n"
            "Interest starts accruing again in September, and the first payments are due in October.\n\n"
            "What happens next?\n\nThe Education Department is expected to announce a narrower plan.\n")
    got = _quotes(text)
    assert not [q for q in got if q[0] == "direct" and q[1] == "Joe Biden"], got


# -- people28: corpus/identity.attributive_holder (5962b4e2) ---------------------------------------------------------
def test_a_modifier_surname_is_not_given_to_the_most_named_bearer_against_the_co_actors(store):
    import sys
    from pathlib import Path

    from sqlalchemy import text as sql
    sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
    from records import make
    filler = " The campaign went on with rallies, speeches and advertisements in several states this week."
    batch = [make(f"Hillary Clinton spoke in city number {i} on Monday about jobs and wages." + filler,
                  source=f"h{i}.example", entities=[("Hillary Clinton", "PERSON", None, ["Hillary Clinton"])])
             for i in range(22)]
    batch += [make(f"Bill Clinton and Al Gore met donors in town {i} on Friday." + filler, source=f"b{i}.example",
                   entities=[("Bill Clinton", "PERSON", None, ["Bill Clinton"]), ("Al Gore", "PERSON", None,
                                                                                   ["Al Gore"])]) for i in range(2)]
    store.write_batch(batch)
    t = ("The trade pact was negotiated by the Clinton administration in 1993, when Al Gore was vice president and "
         "pushed it through Congress." + filler)
    store.write_batch([make(t, source="x.example", entities=[("Clinton", "PERSON", None, ["Clinton"]),
                                                             ("Al Gore", "PERSON", None, ["Al Gore"])])])
    with store.connect() as c:
        rows = c.execute(sql("select m.name, a.name from actor_mentions m left join actors a on a.id = m.actor_id "
                             "join documents d on d.id = m.doc_id where d.source = 'x.example'")).all()
    assert not any(r[1] == "Hillary Clinton" for r in rows), rows


# -- people28: entities/en_titles.titles_and_roles, a one-word PERSON name removes an employer (16fef452) -----------
@pytest.mark.parametrize("text,who,role", [
    ("Analysts cheered the deal. Pfizer CEO Albert Bourla said the merger would close in June. Pfizer said the price "
     "was fair. Rivals of Pfizer said little.", "Albert Bourla", "CEO of the Pfizer"),
    ("The senator met factory workers on Monday and spoke briefly with Mondelez CEO Irene Rosenfeld about the "
     "layoffs. One of the forerunner companies of Mondelez, RJR Nabisco, was promised tax breaks in the 1990s. "
     "Executives for Mondelez, which earned $30 billion last year, say the move will save money.", "Irene Rosenfeld",
     "CEO of the Mondelez"),
])
def test_a_company_the_tagger_also_typed_person_stays_the_employer(text, who, role):
    roles = {e.name: e.role for e in _rec(text).entities}
    assert roles.get(who) == role, roles
