"""Review of round 30 (review30): regressions found on the branches r30-en30a, r30-en30b and r30-stories30 while they
were being made. Each test passes on main (e7bebc8e) and fails on the branch named in its reason; they are marked
xfail(strict=False) so that the lead can see them fail after the merge and fix them. Every sentence and article here
is written for the test (ordinary news near misses of the new rules, /tmp/try30/REVIEW.md).
Status at 09:10 UTC: the helpers answered every finding (en30a 485e7a49, en30b 807a97d8/c180d91d, stories30
db3e078e); every case now passes on its branch's tip (XPASS). The marks can be removed after the merge, once the
merged tree passes them: they are then plain guards."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
from records import make  # noqa: E402


@pytest.fixture(scope="module")
def analyze():
    from newsgraph.eval.quotes import analyze_texts

    def run(text: str):
        (rec,) = analyze_texts([text])
        return rec
    return run


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


# -- r30-en30a, quotes/en_coda.py: the writer's clause after a mid-sentence attribution is no part of the content ----

@pytest.mark.parametrize("text,said", [
    ("Voter fraud cost him the state, the senator said, but he offered no evidence for the claim.",
     "Voter fraud cost him the state"),
    ("The vaccine is safe for children, the health minister said, though she gave no figures.",
     "The vaccine is safe for children"),
    ("The shelter will reopen on Monday, the director said, but she declined to give a reason for the closure.",
     "The shelter will reopen on Monday"),
    ("The talks will resume next week, a State Department official said, though the official spoke on condition of "
     "anonymity because the plans are not public.", "The talks will resume next week"),
])
def test_the_writers_remark_on_the_speaker_after_the_aside_is_not_said(analyze, text, said):
    assert [q for q, _ in _quotes(analyze(text))] == [said]


def test_a_contrast_the_writer_adds_is_not_the_speakers(analyze):
    rec = analyze("The bridge is safe for cars, the mayor said, but engineers hired by the county disagree.")
    assert not [q for q, _ in _quotes(rec) if "disagree" in q]


# -- r30-en30b, quotes/en_evidential._it_clause: the writer's own modal "it must be said that" is no report ---------

@pytest.mark.parametrize("text", [
    "It must be said that the mayor has kept most of her promises.",
    "It should be understood that the new rules apply to every tenant in the building.",
    "It can be said without exaggeration that the festival saved the town.",
])
def test_a_modal_empty_it_passive_is_the_writers_voice(analyze, text):
    assert _quotes(analyze(text)) == []


# -- r30-en30b, names._gender_of_full_forms: a name the project's first_names table genders stays firm ----------------

def test_a_name_the_project_genders_firmly_stays_firm():
    from newsgraph.understand import names
    assert not names.mostly_gendered("Carol") and not names.mostly_gendered("Ali")


def test_a_contrary_pronoun_does_not_take_a_firmly_gendered_name(analyze):
    rec = analyze("Carol Diaz spoke to the council on Friday. He said the plan was sound.")
    assert ("the plan was sound", "Carol Diaz") not in _quotes(rec)


# -- r30-en30b, coref/en_org_far.py: "the company" after "a company" is that company, not a far organisation ----------

_FILLER = ("The city council met on Tuesday night to discuss the budget for next year. Members argued for hours about "
           "road repairs, school buses and the cost of new street lights. Several residents spoke during the public "
           "comment period. One asked why the library closes early on weekends. Another complained about noise from "
           "the highway. The council voted 5-2 to delay a decision until March. Residents also raised concerns about a "
           "proposed warehouse near the river. Traffic on Route 9 has doubled since 2015, according to state figures. "
           "Parents said the crossing near the elementary school was dangerous. The meeting ended after midnight.")


def test_the_company_after_an_unnamed_company_is_not_a_far_hospital(analyze):
    rec = analyze("Officials at Lakeview Hospital met with residents on Monday. " + _FILLER + " A company hired to "
                  "clear the site said it would start in May. The company said no trees would be cut.")
    assert ("no trees would be cut", "Lakeview Hospital") not in _quotes(rec)


# -- r30-stories30: two reports of one happening still join -----------------------------------------------------------

def _doc(source, day, title, text, ents):
    return make(text, source=source, title=title, published=day, site=source.split(".")[0].upper(),
                entities=[e for e in ents if any(f in text for f in e[3])])


def _stories(path, docs) -> list[tuple]:
    from newsgraph.store import open_store
    from newsgraph.store import queries as Q
    with open_store(str(path)) as st:
        st.write_batch(list(docs))
        by: dict[str, set] = {}
        for d in Q.list_documents(st, limit=200)["items"]:
            by.setdefault(d["story_id"], set()).add(d["source"])
    return sorted(tuple(sorted(s)) for s in by.values())


QUILL = ("Dara Quill", "PERSON", "pilot", ["Dara Quill", "Captain Quill", "Quill said", "Quill's"])
BRANDT = ("Ivo Brandt", "PERSON", None, ["Ivo Brandt", "Mr. Brandt", "Brandt said", "Brandt's"])
LAZAR = ("Marek Lazar", "PERSON", None, ["Marek Lazar", "Lazar", "Crowbar"])
PILOT = _doc(
    "p.example/1", "2025-06-02", "Pilot lands burning Kestrel Air jet with 140 aboard",
    "Captain Dara Quill landed Kestrel Air flight 212 on one engine at Harlow airport on Sunday after a fire broke out "
    "in the left engine over the sea, and all 140 passengers walked off the jet. Quill said the crew dumped fuel "
    "before the emergency landing; Captain Quill's first officer called the tower as smoke filled the cabin. Dara "
    "Quill has flown for the airline for 22 years.", [QUILL])
PASSENGER = _doc(
    "q.example/1", "2025-06-03", "Passenger recalls smoke in cabin of Kestrel Air flight 212",
    "Ivo Brandt was in row 14 of Kestrel Air flight 212 when the left engine caught fire over the sea on Sunday. "
    "Brandt said smoke filled the cabin and passengers prayed until the emergency landing at Harlow airport. Mr. "
    "Brandt's wife filmed the burning engine from her window; Ivo Brandt said he would fly again.", [BRANDT])
PLEA = _doc(
    "h.example/1", "2025-06-10", "Marek Lazar, the hacker Crowbar, pleads guilty",
    "Marek Lazar, the Slovak hacker who called himself Crowbar, pleaded guilty in a Virginia court on Tuesday to "
    "breaking into the e-mail of two senators. Lazar faces seven years; Crowbar's leaks embarrassed the Senate.",
    [LAZAR])
ADMITS = _doc(
    "i.example/1", "2025-06-11", "Hacker Crowbar admits more intrusions",
    "The hacker known as Crowbar, Marek Lazar, admitted further intrusions into the e-mail of Senate aides, "
    "prosecutors said on Wednesday. Lazar will be sentenced in September.", [LAZAR])
TOWN = [_doc(f"o{i}.example/{i}", f"2025-05-{i + 10:02d}", f"Town news {i}", t, []) for i, t in enumerate([
    "The library opens a new reading room for children on Saturday.",
    "A bakery on Main Street won a prize for its bread this spring.",
    "Road works on the bridge will last until the end of the summer.",
    "The football club signed a young goalkeeper from the youth team.",
    "A farmers market returns to the square every Sunday in June.",
    "Students planted two hundred trees along the river on Friday."])]


def test_two_peoples_accounts_of_one_happening_are_one_story(tmp_path):
    got = _stories(tmp_path / "a.db", TOWN + [PILOT, PASSENGER])
    assert ("p.example/1", "q.example/1") in got
    assert got == _stories(tmp_path / "b.db", [PASSENGER, PILOT] + TOWN[::-1])  # whatever the arrival order


def test_two_reports_of_a_little_known_persons_happening_are_one_story(tmp_path):
    """A guard: split by r30-stories30's first NAMES_CAP (f6e267c7), joined again since e1801f47 (famous names only)."""
    assert ("h.example/1", "i.example/1") in _stories(tmp_path / "a.db", TOWN + [PLEA, ADMITS])


LIND = ("Mara Lind", "PERSON", "Mayor", ["Mara Lind", "Mayor Lind", "Lind's"])
ORTEGA = ("Luis Ortega", "PERSON", None, ["Luis Ortega", "Ortega said", "Mr. Ortega", "Ortega's"])
HAAS = ("Greta Haas", "PERSON", None, ["Greta Haas", "Haas said", "Ms. Haas", "Haas's"])
REACTION_A = _doc(
    "r.example/1", "2025-06-20", "Ortega: inspector general report on Lind's private e-mail server is damning",
    "Councilman Luis Ortega said the inspector general's report on Mayor Lind's private e-mail server was damning. "
    "Ortega said the city auditor should now open an inquiry, and Mr. Ortega's office released the 80-page report. "
    "Ortega's allies on the council agreed that Mara Lind had broken the records rules.", [LIND, ORTEGA])
REACTION_B = _doc(
    "s.example/1", "2025-06-21", "Haas says Lind e-mail server report changes nothing",
    "State Senator Greta Haas said the inspector general's report on the private e-mail server Mayor Lind used "
    "changed nothing in the race. Haas said voters cared about buses, not records rules; Ms. Haas's campaign called "
    "the 80-page report old news and Haas's aides said Mara Lind would survive it.", [LIND, HAAS])


def test_two_reactions_to_one_report_about_a_third_person_are_one_story(tmp_path):
    assert ("r.example/1", "s.example/1") in _stories(tmp_path / "a.db", TOWN + [REACTION_A, REACTION_B])


# -- r30-en30b, quotes/en_body_again.py: a person with a given name the English lists lack is no organisation ---------

@pytest.mark.parametrize("text,content,person", [
    ("Chukwuemeka Obi, the union's treasurer, said its members would vote on Friday. The company said it would not "
     "raise wages.", "it would not raise wages", "Chukwuemeka Obi"),
    ("Nguyen Thi Lan said its clinic had run out of vaccines. The hospital said new doses would arrive on Monday.",
     "new doses would arrive on Monday", "Thi Lan"),
])
def test_a_person_with_a_foreign_given_name_is_not_the_company(analyze, text, content, person):
    assert (content, person) not in _quotes(analyze(text))
