"""understand.events on sentences written for the purpose: types, arguments, place, date, factuality, quotes."""

import pytest

import newsgraph
from newsgraph.pipeline import _load_components
from newsgraph.understand import events as E

_load_components()


@pytest.fixture(scope="session")
def analyze():
    cache = {}

    def run(text, published=None):
        key = (text, published)
        if key not in cache:
            cache[key] = newsgraph.analyze(text, published=published)
        return cache[key]
    return run


def names(refs):
    return [r.name for r in refs]


def has_name(refs, word):
    return any(word.lower() in r.name.lower() for r in refs)


def events_of(rec, typ=None):
    return [v for v in rec.events if typ is None or v.type == typ]


def test_lexicon_is_data_and_valid():
    lex = E.lexicon()
    assert lex.verbs["invite"].type == "CONSULT" and lex.verbs["invite"].mode == "invite"
    assert lex.verb_args[("impose", "sanction")].type == "SANCTION"
    assert lex.nouns["summit"].type == "CONSULT"
    assert lex.noun_mods[("press", "conference")].type == "-"
    assert lex.governors["plan"][0] == "planned" and lex.governors["will"][0] == "future"
    assert lex.metonyms["kyiv"] == "Ukraine"
    for t in list(lex.verbs.values()) + list(lex.nouns.values()) + list(lex.verb_args.values()):
        assert t.type in E.TYPES or t.type == "-"


def test_compound_actor_meet_with_location(analyze):
    rec = analyze("Putin and Trump met in Alaska on Friday.")
    (v,) = events_of(rec, "CONSULT")
    assert v.mode == "meet" and v.factuality == "asserted"
    # convention (PLOVER codebook): a reciprocal meeting has all participants as actors and no target
    assert has_name(v.actors, "Putin") and has_name(v.actors, "Trump") and not v.targets
    assert v.location is not None and v.location.name == "Alaska"


def test_invite_target_and_place(analyze):
    rec = analyze("Russian President Vladimir Putin has invited Ukrainian President Volodymyr Zelensky to Moscow.")
    (v,) = events_of(rec)
    assert (v.type, v.mode, v.trigger) == ("CONSULT", "invite", "invited")
    assert names(v.actors) == ["Vladimir Putin"] and names(v.targets) == ["Volodymyr Zelensky"]
    assert v.location.name == "Moscow"
    assert v.actors[0].entity is not None  # resolved to the document's entity


def test_sanctions(analyze):
    rec = analyze("The European Union imposed sanctions on Belarus on Monday.")
    (v,) = events_of(rec, "SANCTION")
    assert has_name(v.actors, "European Union") and has_name(v.targets, "Belarus")
    assert "imposed" in v.trigger


def test_accuse(analyze):
    rec = analyze("Poland accused Belarus of orchestrating the migrant crisis on its border.")
    (v,) = events_of(rec, "ACCUSE")
    assert has_name(v.actors, "Poland") and has_name(v.targets, "Belarus") and v.mode == "allege"


def test_plan_to_visit_is_planned(analyze):
    rec = analyze("French President Emmanuel Macron plans to visit China in April.")
    (v,) = events_of(rec, "CONSULT")
    assert v.mode == "visit" and v.factuality == "planned"
    assert has_name(v.actors, "Macron") and v.location.name == "China"


def test_intends_to_coordinate_with_capital_as_state(analyze):
    rec = analyze("In the future, Kyiv intends to coordinate sanctions measures against Russia directly with "
                  "Washington.")
    (v,) = events_of(rec, "COOPERATE")
    assert v.factuality == "planned" and v.mode == "intend"
    assert names(v.actors) == ["Ukraine"]  # the seat of government acts as the state
    assert any(t.name == "United States" for t in v.targets)


def test_talks_that_never_happened(analyze):
    rec = analyze("The talks between Russia and Ukraine never happened.")
    assert all(v.factuality == "negated" for v in rec.events)
    rec2 = analyze("Nobody remembers the talks that never happened.")
    assert all(v.factuality == "negated" for v in rec2.events)


def test_meeting_is_possible(analyze):
    rec = analyze("A meeting between Putin and Zelensky is possible.")
    (v,) = events_of(rec, "CONSULT")
    assert v.factuality == "possible"
    assert has_name(v.actors, "Putin") and has_name(v.actors, "Zelensky")


def test_did_not_meet_is_negated(analyze):
    rec = analyze("Vladimir Putin did not meet Volodymyr Zelensky in Istanbul.")
    (v,) = events_of(rec, "CONSULT")
    assert v.factuality == "negated" and v.location.name == "Istanbul"


def test_future_cooperation_is_agree_and_negated_acceptance_is_reject(analyze):
    rec = analyze("Hungary has said it will support the resolution.")
    (v,) = events_of(rec)
    assert v.type == "AGREE" and v.factuality == "planned" and names(v.actors) == ["Hungary"]
    rec = analyze("Syria says it will not accept any more refugees.")
    assert [v.type for v in rec.events] == ["REJECT"] and has_name(rec.events[0].actors, "Syria")


def test_threat_absorbs_its_content(analyze):
    rec = analyze("Russia has threatened to stop negotiations if the United States deploys new missiles.")
    assert [v.type for v in rec.events] == ["THREATEN"]


def test_group_actor_unresolved_phrase(analyze):
    rec = analyze("French President Emmanuel Macron announced that 26 countries plan to participate in the "
                  "peacekeeping mission after the ceasefire.")
    (v,) = events_of(rec, "COOPERATE")
    assert v.factuality == "planned" and v.mode == "pledge"
    assert any("26 countries" in (r.mention.text if r.mention else r.name) for r in v.actors)


def test_event_inside_quote_has_source(analyze):
    rec = analyze('Ukrainian President Volodymyr Zelensky spoke in Kyiv on Monday. "Russia attacked our power '
                  'plants last night," Zelensky said.')
    (v,) = events_of(rec, "ASSAULT")
    assert names(v.actors) == ["Russia"]
    assert v.source is not None and "Zelensky" in v.source.name
    assert v.quote is not None and v.quote in {q.id for q in rec.quotes}


def test_date_from_sentence_else_published(analyze):
    rec = analyze("The coalition met in Paris on Thursday, September 4, 2025.", published="2025-09-10")
    (v,) = events_of(rec, "CONSULT")
    assert v.date == "2025-09-04"
    rec = analyze("The coalition met in Paris.", published="2025-09-10")
    (v,) = events_of(rec, "CONSULT")
    assert v.date == "2025-09-10"
    rec = analyze("The coalition met in Paris.")
    assert rec.events[0].date is None


def test_negative_cases_make_no_event(analyze):
    assert analyze("The minister said the weather in Paris was fine.").events == []
    assert analyze("Macron held a press conference in Paris.").events == []  # a blocked pattern
    assert analyze("The summit was interesting.").events == []  # a nominal with no one acting


def test_evidence_and_trigger_are_exact_spans(analyze):
    text = ("Israeli soldiers arrested more than 100 Palestinians on Saturday in Hebron. Thousands of workers "
            "demonstrated in Belgrade, and the government lifted the curfew.")
    rec = analyze(text)
    assert {v.type for v in rec.events} >= {"COERCE", "PROTEST", "CONCEDE"}
    assert rec.validate() == []
    t = rec.document.text
    for v in rec.events:
        assert t[v.evidence.start:v.evidence.end] == v.evidence.text
        assert v.trigger.split()[0] in v.evidence.text
        for r in v.actors + v.targets:
            if r.mention is not None:
                assert t[r.mention.start:r.mention.end] == r.mention.text
    ids = [v.id for v in rec.events]
    assert len(ids) == len(set(ids))


def test_repeated_mentions_are_one_event(analyze):
    rec = analyze("Putin invited Zelensky to Moscow. Later, Putin repeated that he had invited Zelensky to Moscow.")
    assert len(events_of(rec, "CONSULT")) == 1


def test_passive_agent_is_actor(analyze):
    rec = analyze("A refugee camp was attacked by Burundian militiamen armed with machetes.")
    (v,) = events_of(rec, "ASSAULT")
    assert has_name(v.actors, "militiamen")


def test_recipient_after_to_unless_motion(analyze):
    rec = analyze("Japan pledged $5 billion in aid to Ukraine.")
    (v,) = events_of(rec)
    assert v.type == "AGREE" and names(v.targets) == ["Ukraine"] and v.location is None
    rec = analyze("The United States will send 3,000 troops to Poland.")
    (v,) = events_of(rec)
    assert v.type == "MOBILIZE" and v.factuality == "planned" and v.location.name == "Poland"


def test_passive_subject_is_target_and_place_from_modifier(analyze):
    rec = analyze("Opposition leader Alexei Navalny was detained at a Moscow airport.")
    (v,) = events_of(rec, "COERCE")
    assert v.mode == "arrest" and names(v.targets) == ["Alexei Navalny"] and v.location.name == "Moscow"


def test_inanimate_subject_is_no_actor(analyze):
    assert analyze("The original recipe for this jam called for three cups of sugar.").events == []


def test_proposed_nominal(analyze):
    rec = analyze("The European Commission proposed new sanctions against Russia on Wednesday.")
    (v,) = events_of(rec, "SANCTION")
    assert v.factuality == "proposed" and names(v.targets) == ["Russia"]


def test_it_and_they_for_states_and_groups(analyze):
    rec = analyze("Russia denied the accusations on Monday. It also threatened to expel British diplomats. "
                  "The rebels seized the town. They later released 12 hostages. It is possible that talks resume.")
    by_type = {v.type: v for v in rec.events}
    assert names(by_type["THREATEN"].actors) == ["Russia"]
    assert any("diplomats" in t.name for t in by_type["THREATEN"].targets)  # taken from the absorbed "expel"
    assert any("rebels" in a.name for a in by_type["RETREAT"].actors)
    assert "CONSULT" not in by_type  # a pleonastic "it" names no one; bare "talks" have no actor
