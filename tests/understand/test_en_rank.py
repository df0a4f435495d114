"""The learned speaker ranker (understand/quotes/en_rank.py): the decision rule, the shipped model, and sentences
written for these tests."""
import pytest

from newsgraph.understand.quotes import en_rank


@pytest.fixture
def rules_alone():
    """The reader without the ranker's model (the rules alone decide)."""
    saved = en_rank.MODEL
    en_rank.MODEL = saved.with_name("no-such-model.json")
    en_rank.model.cache_clear()
    yield
    en_rank.MODEL = saved
    en_rank.model.cache_clear()


def _speakers(rec):
    return [(q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_choose_keeps_the_rules_unless_the_margin_is_large():
    assert en_rank.choose([0.6, 0.7], 0, margin=0.2, fill=0.5) is None  # close: the rules' choice stays
    assert en_rank.choose([0.2, 0.7], 0, margin=0.2, fill=0.5) == 1
    assert en_rank.choose([0.9, 0.7], 0, margin=0.0, fill=0.5) is None  # the rules' choice is the best
    assert en_rank.choose([], None, margin=0.2, fill=0.5) is None


def test_choose_fills_a_quote_without_speaker_over_the_threshold():
    assert en_rank.choose([0.3, 0.6], None, margin=0.2, fill=0.5) == 1
    assert en_rank.choose([0.3, 0.4], None, margin=0.2, fill=0.5) is None


def test_expand_crosses_with_the_quote_and_the_rules_choice():
    f = en_rank.expand({"rk=E": 1.0, "o=direct": 1.0, "c=say": 1.0, "subj": 1.0, "rule": 1.0})
    assert {"rk=E|subj", "o=direct|subj", "rule|subj", "subj|c=say"} <= set(f)
    assert "rk=E|c=say" not in f


def test_the_shipped_model_loads():
    m = en_rank.model()
    assert m.loaded and m.weights and 0.0 <= m.fill <= 1.0 and m.margin >= 0.0


def test_a_lone_quotation_paragraph_takes_the_person_just_named(analyze):
    # the rules give a bare quotation paragraph nobody when the paragraph before names its speaker but no speech verb
    text = ("Senator Maria Lopez walked to the podium on Tuesday and faced the crowd.\n\n"
            '"We will not give up on this bill. The voters sent us here to fix the roads, and we will."')
    assert _speakers(analyze(text)) == ["Maria Lopez"]


def test_without_the_model_the_rules_alone_decide(analyze, rules_alone):
    text = ("Senator Maria Lopez walked to the podium on Tuesday and faced the crowd.\n\n"
            '"We will not give up on this bill. The voters sent us here to fix the roads, and we will."')
    assert _speakers(analyze(text)) == [None]


def test_the_cue_subject_stays_the_speaker(analyze):
    text = ("The mayor of Riverton, Tom Haskins, met the union leaders on Monday. \"Nobody in this city will lose a "
            "job because of the merger,\" Haskins said after the meeting with Carla Mendes.")
    assert _speakers(analyze(text)) == ["Tom Haskins"]


def test_a_person_named_inside_the_speaker_never_takes_its_place(analyze):
    # a body speaks, not the person it is named after
    rec = analyze("Barack Obama met Congressional leaders on Monday. The Obama administration said on Tuesday that "
                  "it would appeal the ruling. The Clinton campaign said the emails were old news.")
    assert _speakers(rec) == ["The Obama administration", "The Clinton campaign"]
    assert en_rank.allowed([0.9, 0.2], [{en_rank.BLOCKED: 1.0}, {}]) == [-1.0, 0.2]
