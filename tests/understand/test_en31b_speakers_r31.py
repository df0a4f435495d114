"""Round 31 (en31b): interviews (dash turns, the interviewer's labelled turns) and false quotes. Sentences written
for the tests."""
import pytest

from newsgraph.eval.quotes import analyze_texts


def _quotes(text):
    return [(q.speaker.name if q.speaker else None, q.text) for q in analyze_texts([text])[0].quotes]


_DASH_INTRO = ("Leo Marchetti, 19, won the national junior cycling title in Udine last week. He spoke to us by phone "
               "from his home in Trieste.\n\n")
_DASH_TURNS = ("— Leo, did you expect to win?\n\n— No. I was seeded twelfth and my legs felt heavy all week.\n\n"
               "— When did you know the title was yours?\n\n— On the last climb, when the Belgian rider dropped back.\n\n"
               "— What comes next for you?\n\n— The world championships in Zurich, if the federation pays for the "
               "trip.\n")


def test_dash_turn_answers_are_the_interviewee():
    got = _quotes(_DASH_INTRO + _DASH_TURNS)
    answers = [t for who, t in got if who == "Leo Marchetti"]
    assert any(t.startswith("No. I was seeded twelfth") for t in answers)
    assert any(t.startswith("On the last climb") for t in answers)
    assert any(t.startswith("The world championships in Zurich") for t in answers)
    assert not any(t.endswith("?") for _, t in got)  # the questions are nobody's statements


@pytest.mark.parametrize("text", [
    # near misses: a list under dashes asks nothing; two questions answered are no clear alternation; an introduction
    # that says nobody was interviewed (no evidence) names no interviewee
    "Leo Marchetti, 19, won the national junior title last week.\n\nThe federation's plan:\n\n"
    "— Pay for the trip to Zurich.\n\n— Hire a second coach.\n\n— Build a new track in Trieste.\n",
    "Leo Marchetti, 19, won the national junior title last week. He spoke to us by phone.\n\n"
    "— Did you expect to win?\n\n— No. I was seeded twelfth.\n\n— What comes next?\n\n— The world championships.\n",
    "Leo Marchetti, 19, won the national junior title last week.\n\nA reader's guide to the championships:\n\n"
    "— Where is the race?\n\n— In Zurich, over three days.\n\n— Who can enter?\n\n— Riders under 23 with a licence."
    "\n\n— How long is the course?\n\n— About 160 kilometres.\n",
])
def test_dash_lists_and_faq_have_no_interviewee(text):
    assert not any(who == "Leo Marchetti" for who, _ in _quotes(text))


_LABELLED = ("Northgate's new trade school opened in August. Its director, Colm Brennan, spent 25 years as an "
             "electrician. Ledger reporter Priya Sandhu spoke with him in the welding bay.\n\n"
             "Sandhu: The academy charges $9,000 a year. Isn't that a lot for a family here?\n\n"
             "Brennan: It is, and that is why we signed deals with eleven employers.\n\n"
             "Sandhu: The state electricians' union has warned that short courses could lower standards. What is "
             "your answer?\n\n"
             "Brennan: Our students sit the same licensing exam as everyone else.\n")


def test_interviewer_named_in_the_introduction_asks():
    got = _quotes(_LABELLED)
    assert not any(who == "Priya Sandhu" for who, _ in got)
    assert ("Colm Brennan", "It is, and that is why we signed deals with eleven employers") in got
    # a statement reported inside the interviewer's question is its own subject's
    assert any(t == "short courses could lower standards" and who != "Priya Sandhu" for who, t in got)


def test_byline_writer_label_asks():
    text = ("By Priya Sandhu\n\nColm Brennan runs the new trade school on Canal Street.\n\n"
            "Sandhu: Why a trade school here? Isn't there one in Leeds already?\n\n"
            "Brennan: Because every contractor in this county has work booked two years out.\n")
    got = _quotes(text)
    assert not any(who == "Priya Sandhu" for who, _ in got)
    assert any(who == "Colm Brennan" for who, _ in got)


def test_other_speakers_labels_still_turns():
    # near miss: the reporter spoke with someone, but the labels are two guests' surnames, not the reporter's
    text = ("Reporter Priya Sandhu spoke with Colm Brennan and Rose Chase at the school.\n\n"
            "Q: How did you meet?\n\n"
            "Brennan: We met on a building site in 2004, and she was my foreman.\n\n"
            "Chase: He was the worst apprentice I ever had, and the best electrician.\n")
    got = _quotes(text)
    assert any(who == "Colm Brennan" for who, _ in got)
    assert any(who == "Rose Chase" for who, _ in got)


def _texts(text):
    return [(q.kind, q.text) for q in analyze_texts([text])[0].quotes]


@pytest.mark.parametrize("text, content", [
    ("Sanders supporters are planning protests against what they call the \"rigged\" nomination of the party's "
     "candidate.", "the \"rigged\" nomination of the party's candidate"),
    ("The governor denounced the \"deeply cynical\" budget plan of the legislature.",
     "the \"deeply cynical\" budget plan of the legislature"),
])
def test_naming_quote_of_a_modifier_runs_to_the_noun(text, content):
    assert ("mixed", content) in _texts(text)


@pytest.mark.parametrize("text, content", [
    # near misses: the quotation is the object or the predicate itself; it ends at its mark
    ("The mayor called the plan \"a disgrace\" on Monday.", "the plan \"a disgrace\""),
    ("The governor called the ruling \"unfair\" to workers.", "the ruling \"unfair\""),
])
def test_naming_quote_of_an_object_ends_at_the_mark(text, content):
    assert ("mixed", content) in _texts(text)


_BODY = ("The library reopened on Thursday after the flood.\n\n"
         "\"We are never putting books below the waterline again,\" director Alan Whitcomb said. \"We learned that "
         "lesson the expensive way.\"\n\n")


def test_pull_quote_repeating_the_body_counted_once():
    text = _BODY + "\"We learned that lesson the expensive way.\" — Alan Whitcomb, library director\n\nThe doors " \
        "opened at 10 a.m.\n"
    got = [t for _, t in _texts(text)]
    assert sum("expensive way" in t for t in got) == 1


@pytest.mark.parametrize("extra", [
    # near misses: a dash-credited quotation the body does not hold; a phrase said twice in running text
    "\"Books belong on the ground floor, where children can reach them.\" — Alan Whitcomb, library director\n",
    "\"We learned that lesson the expensive way,\" Whitcomb said again at the ribbon cutting.\n",
])
def test_quotes_not_repeated_as_pull_quotes_kept(extra):
    got = [t for _, t in _texts(_BODY + extra)]
    assert len(got) >= 2 and any(t.startswith("Books belong") for t in got) or \
        sum("expensive way" in t for t in got) == 2


def test_guest_who_spoke_to_an_outlet_still_speaks():
    # near miss: "spoke to Fox News" names the outlet, not someone the guest interviews
    text = ("Senator Ana Ruiz spoke to Fox News about the bill.\n\nWALLACE: Will the bill pass this month?\n\n"
            "RUIZ: I think it will pass, because we have the votes and the public is with us.\n")
    assert any(who == "Ana Ruiz" for who, _ in _quotes(text))


@pytest.mark.parametrize("text", [
    "Has anyone at the county asked you what the ferry schedule should be?",
    "Did the mayor say the bridge would close in March?",
    "Was it announced that the plant would shut?",
])
def test_a_report_a_yes_no_question_asks_about_is_no_quote(text):
    assert _texts(text) == []


@pytest.mark.parametrize("text, content", [
    # near misses: a wh-question presupposes the report; a report before the question; a question someone asked
    ("Why did the mayor say the bridge would close in March?", "the bridge would close in March"),
    ("The county says ridership fell by a third. Is that right?", "ridership fell by a third"),
    ("The senator asked whether the bridge would close in March.", "whether the bridge would close in March"),
    ("Did you know that the mayor said the bridge would close in March?", "the bridge would close in March"),
])
def test_reports_around_questions_kept(text, content):
    assert any(t == content for _, t in _texts(text))


@pytest.mark.parametrize("text", [
    # review31b #2: a writer's explainer in a list under a heading, after an introduction naming someone who spoke
    # to us (hyphens, or dashes under a heading)
    "Festival director Omar Haddad spoke to us by phone about this year's program.\n\nHighlights of the weekend:\n\n"
    "- Who headlines on Friday?\n- The Lumineers, at 9 p.m. on the main stage.\n- Is there anything for children?\n"
    "- A puppet theatre runs both afternoons.\n- Where do I park?\n- Shuttle buses leave every 15 minutes.\n",
    "Festival director Omar Haddad spoke to us by phone about this year's program.\n\nHighlights of the weekend:\n\n"
    "— Who headlines on Friday?\n\n— The Lumineers, at 9 p.m. on the main stage.\n\n— Is there anything for "
    "children?\n\n— A puppet theatre runs both afternoons.\n\n— Where do I park?\n\n— Shuttle buses leave every 15 "
    "minutes.\n",
])
def test_a_listed_explainer_is_nobodys_answers(text):
    assert not any(who == "Omar Haddad" for who, _ in _quotes(text))


@pytest.mark.parametrize("text, who", [
    # review31b #1: the subject of "sat down with / spoke with / talked to <name>" is as often the interviewee
    ("Former Governor Dana Holt sat down with Fox News anchor Bret Baier on Tuesday.\n\nBAIER: Will you run again?\n\n"
     "HOLT: Of course I will run again, and I will win this time.\n", "Dana Holt"),
    ("Anna Voss spoke with The Associated Press on Monday.\n\nAP: Why leave now?\n\n"
     "Voss: The company needs new people and I need a rest.\n", "Anna Voss"),
    ("Senator Mark Ellison talked to NPR's Ari Shapiro about the farm bill.\n\nShapiro: Will it pass?\n\n"
     "Ellison: I think it will pass before the recess.\n", "Mark Ellison"),
])
def test_the_interviewee_who_spoke_with_someone_still_speaks(text, who):
    assert any(w == who for w, _ in _quotes(text))
