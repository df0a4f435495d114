"""Round 28's new-user trial (newuser28) on the merged trial code (r28-trial, aeac5de7): what a fact-checker met
following the README with a mixed batch. Every sentence here was written for the test (none is copied from a page).
Each test fails on the trial code and is marked xfail(strict=False) with the finding; remove the mark with the fix.
Findings and commands: /tmp/try28/NEWUSER.md."""
import os

from typer.testing import CliRunner

from newsgraph.ingest.base import RawDocument


def _quotes(pipe, text, language="en"):
    rec = pipe.run(RawDocument(source="newuser28", text=text + "\n", language=language))
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


# --- ingest: a folder that cannot be read -------------------------------------------------------------------------

def test_an_unreadable_folder_is_one_error_naming_it(tmp_path, monkeypatch):
    from newsgraph.errors import InputError
    from newsgraph.ingest import read
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("The mayor said the road would reopen on Friday.\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # what a chmod 000 folder does for a user who is not root
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors and "locked" in str(errors[0]), items


# --- a read command writes a store into an existing empty file ----------------------------------------------------

def test_a_read_command_leaves_an_empty_file_alone(tmp_path):
    from newsgraph.cli import app
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    CliRunner().invoke(app, ["stats", "--db", str(empty)])
    assert empty.stat().st_size == 0


# --- English quotes: plainly wrong records met on the benchmark pages ---------------------------------------------

# (enxfail29 fixed it: tests/understand/test_enxfail29_speakers_r29.py)
def test_a_headline_with_two_verb_phrases_is_no_report(quote_pipe):
    text = ("Qantas inks $5 billion order for 20 Airbus jets, will restart plans to expand routes by 2027\n\n"
            "SYDNEY, Australia — The national carrier Qantas Airways finalized a deal on Tuesday to buy 20 Airbus "
            "jets. Its chief executive told reporters the airline would grow again.")
    assert not [q for q in _quotes(quote_pipe, text) if q[2] == "inks"]


# (enxfail29 fixed it: tests/understand/test_enxfail29_speakers_r29.py)
def test_it_after_its_order_of_boeing_jets_is_the_buyer(quote_pipe):
    text = ("Dubai's flagship carrier Gulf Wings finalized a deal to buy 30 Boeing 787 jets on Wednesday.\n\n"
            "The airline has 270 aircraft. In addition to its order of 30 Boeing jets Wednesday, it announced an "
            "order of 50 Airbus A350 jets on Monday at a value of $16 billion at list prices.")
    speakers = {q[1] for q in _quotes(quote_pipe, text) if "50 Airbus" in q[0]}
    assert "Boeing" not in speakers, speakers


# (enxfail29 fixed it: tests/understand/test_enxfail29_speakers_r29.py)
def test_it_confirms_polling_is_no_statement_of_the_last_person(quote_pipe):
    text = ("Governor Mark Dale lost the election on Tuesday. \"The voters have spoken,\" Dale said at a rally.\n\n"
            "What does the result mean? To start, it confirms recent polling on the new tax plan. A new survey "
            "shows majority opposition to the plan.")
    assert not [q for q in _quotes(quote_pipe, text) if q[1] == "Mark Dale" and "polling" in q[0]]


# (enxfail29 fixed it: tests/understand/test_enxfail29_speakers_r29.py)
def test_challenging_itself_is_no_report(quote_pipe):
    text = ("Apple said it goes further than the law requires. The company has cut its emissions, challenging "
            "itself to run entirely on renewable energy while encouraging suppliers to do the same.")
    assert not [q for q in _quotes(quote_pipe, text) if q[2] == "challenging"]


# (enxfail29 fixed it: tests/understand/test_enxfail29_speakers_r29.py)
def test_responded_and_confirmed_has_the_cue_confirmed(quote_pipe):
    text = ("A witness called 911 on Saturday. The Hill County Police Department responded and confirmed that "
            "there appeared to be blood on the front seat of the car.")
    cues = {q[2] for q in _quotes(quote_pipe, text) if "blood" in q[0]}
    assert cues == {"confirmed"}, cues


# --- Russian: an interview page's speakers ------------------------------------------------------------------------

def test_ni_dnya_is_no_speaker(quote_pipe):
    text = ("Анна Петрова ведет кулинарный блог.\n\n— Я долго искала свое дело. Потом записалась на курс по "
            "съемке еды и с тех пор ни дня не сомневалась, что хочу этим заниматься.")
    assert "ни дня" not in {q[1] for q in _quotes(quote_pipe, text, "ru")}


def test_dash_answers_under_a_named_interviewee_are_quotes(quote_pipe):
    text = ("Кулинарные блогеры рассказали нам о своих любимых блюдах.\n\n"
            "Анна Петрова, @anna_cooks\n\nЧто вас вдохновило на создание блога?\n\n"
            "— Я всегда любила готовить для друзей и решила показать это всем.\n\n"
            "Любимое блюдо на выходные.\n\n— Конечно, домашняя пицца с грибами.\n\n"
            "Игорь Смирнов, @igor_chef\n\nЧто вас вдохновило на создание блога?\n\n"
            "— Мне хотелось доказать, что мужчины тоже умеют печь торты.\n\n"
            "Любимое блюдо на выходные.\n\n— Сырники со сметаной, без вариантов.")
    found = _quotes(quote_pipe, text, "ru")
    answers = [q for q in found if q[0].startswith(("Я всегда любила", "Мне хотелось"))]
    assert len(answers) == 2, found
    assert not [q for q in found if q[0].startswith("Любимое блюдо")], found


# --- quote text a fact-checker copies, and a described speaker ----------------------------------------------------

# enxfail29: the record's ``text`` keeps the pieces joined by a space (docs/analysis-json.md: the contract, decided in
# round 19); everywhere a user reads the quote (store, lists, pages, feeds, exports, analyze's text rendering) shows
# ``record.cited`` ("… so fast … We lost …"), and ``parts`` holds the spans: the test checks that form.
def test_a_split_quotation_keeps_a_mark_where_it_was_cut(quote_pipe):
    from newsgraph.record import cited
    text = ("Flood hits town\n\nThe river burst its banks on Sunday.\n\n"
            "\"The water came up so fast,\" Tom Baker said. \"We lost everything downstairs.\"")
    rec = quote_pipe.run(RawDocument(source="newuser28", text=text + "\n", language="en"))
    found = [q for q in rec.quotes if q.text.startswith("The water")]
    assert found and len(found[0].parts) == 2, found
    shown = cited(found[0].text, found[0].parts, rec.document.text)
    assert shown == "The water came up so fast … We lost everything downstairs.", shown


# (enxfail29 fixed it: tests/understand/test_enxfail29_speakers_r29.py)
def test_a_role_is_not_given_to_a_person_never_described_by_it(quote_pipe):
    text = ("Minister defends plan\n\nThe minister said: \"We will look at the figures.\"\n\n"
            "Labour's Rachel Green called the plan \"a gimmick\".")
    found = [q for q in _quotes(quote_pipe, text) if q[0].startswith("We will look")]
    assert found and found[0][1] != "Rachel Green", found


# --- English interviews (this round's layouts) ---------------------------------------------------------------------

_QUOTED_ANSWERS = ("Five questions for the new police chief\n\nChief Daniel Ortiz took office last week. We asked him "
                   "about his plans.\n\nWhat is your first priority?\n\n\"Response times. People wait too long when "
                   "they call us, and that has to change.\"\n\nWill you hire more officers?\n\n\"We will hire forty "
                   "more this year, but money alone will not fix the problem.\"")


def test_every_quoted_answer_of_an_interview_is_the_interviewees(quote_pipe):
    found = _quotes(quote_pipe, _QUOTED_ANSWERS)
    assert len(found) == 2 and {q[1] for q in found} == {"Daniel Ortiz"}, found


_TRANSCRIPT = ("Union leader on the rail strike\n\nUnion leader Karen Walsh spoke to the Daily Planet on Monday about "
               "the strike.\n\nDaily Planet: How long can the strike go on?\n\nWalsh: As long as it takes. Our members "
               "have not had a real pay rise in five years.\n\nDaily Planet: What would end the strike tomorrow?\n\n"
               "Walsh: A serious offer on the table and an end to the threats of job cuts.")


def test_a_verbless_transcript_answer_is_a_quote(quote_pipe):
    found = _quotes(quote_pipe, _TRANSCRIPT)
    assert [q for q in found if q[0].startswith("A serious offer") and q[1] == "Karen Walsh"], found
