"""Event arguments as a reader checks them on real pages (sentences written for these tests): an ASSAULT needs an
actor; the victims of "were killed" are who was killed; the place one is deported from is no target; the convicted
is the target of "convicted"; a plea of guilt is no request."""


def _events(analyze, text):
    return [(e.type, [a.name for a in e.actors], [t.name for t in e.targets]) for e in analyze(text).events]


def test_assault_needs_an_actor(analyze):
    assert _events(analyze, "Norway's October oil production beat forecasts, the statistics office said.") == []


def test_quantifier_victims_are_who_was_killed(analyze):
    ev = _events(analyze, "The helicopter crashed in Helmand. All on board were killed, a Taliban spokesman said.")
    assert ev and ev[0][0] == "ASSAULT" and ev[0][2] == ["All on board"]


def test_deported_from_a_place(analyze):
    ev = _events(analyze, "Police deported the activist from Arizona.")
    assert ev == [("COERCE", ["Police"], ["activist"])]


def test_convicted_is_the_target(analyze):
    ev = _events(analyze, "Mark Dolan is a convicted felon, his lawyer Sonya Pierce said. He was convicted of fraud "
                          "in 1998.")
    assert ("SANCTION", [], ["Mark Dolan"]) in ev


def test_plea_of_guilt_is_no_request(analyze):
    assert not any(t == "REQUEST" for t, _, _ in _events(analyze, "The aide pleaded guilty to threatening a judge."))


def test_crowds_that_protest(analyze):
    """A bare count that acts counts people; marching against or in protest and taking to the streets protest."""
    assert ("PROTEST", ["Thousands"], ["government"]) in _events(
        analyze, "Thousands demonstrated in Cairo against the government.")
    assert any(t == "PROTEST" for t, _, _ in _events(analyze, "Veterans marched in protest outside the ministry."))
    assert any(t == "PROTEST" for t, _, _ in _events(
        analyze, "Hundreds of students took to the streets of Tehran on Friday."))
    assert _events(analyze, "The troops marched into the town at dawn.") == []
    assert _events(analyze, "The team took to the streets to celebrate the title.") == []


def test_to_demonstrate_is_to_show(analyze):
    """A thing demonstrated (shown) by someone is no demonstration; people who demonstrate protest."""
    assert _events(analyze, "The value of the reform was demonstrated by China last year.") == []
    assert _events(analyze, "The minister demonstrated the new voting machines to reporters.") == []
    assert any(t == "PROTEST" for t, _, _ in _events(analyze, "Students demonstrated outside the parliament."))


def test_preparing_force_is_mobilize(analyze):
    """Codebook: MOBILIZE is "all military or police moves that fall short of the actual use of force", so preparing
    an attack is a MOBILIZE that happened; being prepared to (a readiness) stays a threat; other preparations are
    plans of their own type."""
    ev = analyze("The Turkish army was preparing to resume air strikes on Kurdish militants.").events
    assert [(e.type, e.factuality) for e in ev] == [("MOBILIZE", "asserted")]
    assert [e.type for e in analyze("Turkey is prepared to attack Kurdish militants in Syria, the minister said.")
            .events] == ["THREATEN"]
    ev = analyze("The two governments prepared to sign a trade agreement.").events
    assert [(e.type, e.factuality) for e in ev] == [("SUPPORT", "planned")]


def test_a_name_the_parser_cut_is_one_actor(analyze):
    """A long name the parser cut into several subjects ("al", "-", "Thani") is one actor; a title before it with a
    comma (the closing comma missing) acts, as in the sentence with both commas."""
    ev = _events(analyze, "Crown Prince Mohammed bin Salman al-Saud met the French president on Monday.")
    assert [(t, len(a)) for t, a, _ in ev] == [("CONSULT", 1)] and "al-Saud" in ev[0][1][0]
    ev = _events(analyze, "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort between "
                          "Egypt and Jordan.")
    assert [(t, a) for t, a, _ in ev] == [("CONSULT", ["Qatar's emir"])]


def test_placed_under_arrest(analyze):
    """"Placed/put under arrest, investigation" is the passive of arresting, investigating: the passive subject is
    the target, the agent (if any) the actor; an act of state power with no agent in a country is that country's;
    a killing in a country is not."""
    assert _events(analyze, "The opposition leader was placed under house arrest by the police.") == [
        ("COERCE", ["police"], ["opposition leader"])]
    assert _events(analyze, "A French journalist has been put under investigation in Turkey for her role in the "
                            "protests.") == [("ACCUSE", ["Turkey"], ["French journalist"])]
    assert _events(analyze, "A British citizen was arrested in Iran last week.") == [
        ("COERCE", ["Iran"], ["British citizen"])]
    assert _events(analyze, "Two soldiers were killed in Syria.") == [("ASSAULT", [], ["Two soldiers"])]


def test_ruling_out_is_a_rejection(analyze):
    """A speaker who says a political act is out of the question (off the table, not an option) rejects it; a
    price rise ruled out by a company is no political event."""
    assert _events(analyze, "The foreign minister said that lifting the embargo on Cuba is out of the question.") == [
        ("REJECT", ["foreign minister"], ["Cuba"])]
    assert _events(analyze, "Military action against Iran is not an option, the French president said.") == [
        ("REJECT", ["French president"], ["Iran"])]
    assert _events(analyze, "The company said a price rise is out of the question this year.") == []


def test_crowd_control_and_return_fire(analyze):
    """Codebook ASSAULT 'crowd-control': tear gas, water cannon, rubber bullets (CAMEO 175 "fire tear gas");
    dispersing a protest coerces (CAMEO 170); returning fire is firing; the wind dispersing smoke is nothing."""
    assert _events(analyze, "Police used tear gas and water cannon against protesters in Tbilisi.") == [
        ("ASSAULT", ["Police"], ["protesters"])]
    assert [e.mode for e in analyze("Riot police fired tear gas at demonstrators outside parliament.").events] == [
        "crowd-control"]
    assert _events(analyze, "Police dispersed the protesters in the square.") == [
        ("COERCE", ["Police"], ["protesters"])]
    assert _events(analyze, "Soldiers returned fire on the militants.") == [("ASSAULT", ["Soldiers"], ["militants"])]
    assert _events(analyze, "The wind dispersed the smoke.") == []


def test_passive_then_active_conjunct(analyze):
    """"X was welcomed by Y and met Z": the passive subject is the subject of the active verb joined to it."""
    ev = _events(analyze, "The minister was welcomed by the president and met the prime minister.")
    assert ("CONSULT", ["minister"], ["prime minister"]) in ev


def test_exercises_one_side_or_joint(analyze):
    """Codebook: single-country exercises are MOBILIZE; joint ones (a "joint" exercise, one held with a partner or
    by the forces of several states together) COOPERATE; a company launching a game is no event."""
    assert [t for t, _, _ in _events(analyze, "Russia held military exercises near the Ukrainian border.")] == [
        "MOBILIZE"]
    assert [t for t, _, _ in _events(analyze, "China staged military drills around Taiwan.")] == ["MOBILIZE"]
    assert [t for t, _, _ in _events(analyze, "Russia held military exercises with Belarus.")] == ["COOPERATE"]
    assert [t for t, _, _ in _events(analyze, "Turkish and Azerbaijani troops began war games near the border.")] \
        == ["COOPERATE"]
    assert _events(analyze, "Nintendo launched a new game for children.") == []


def test_codebook_words(analyze):
    """Words of the codebook's definitions: a declared ceasefire is a CONCEDE (not yet implemented); knives are
    ASSAULT 'primitive'; outlawing a party restricts, expropriating seizes; stabbing a steak is nothing."""
    assert [t for t, _, _ in _events(analyze, "Hamas declared a ceasefire on Sunday.")] == ["CONCEDE"]
    assert _events(analyze, "A man stabbed two police officers in Paris.") == [
        ("ASSAULT", ["man"], ["two police officers"])]
    assert [t for t, _, _ in _events(analyze, "The government outlawed the opposition party.")] == ["COERCE"]
    assert [t for t, _, _ in _events(analyze, "Venezuela expropriated the oil fields of Exxon.")] == ["COERCE"]
    assert _events(analyze, "The chef stabbed the steak with a fork.") == []


def test_announced_future(analyze):
    """Codebook: "announcements of future retreats should be coded as CONCEDE"; an announced reduction of relations
    is the SANCTION itself (the CAMEO manual's "announced it would deny entry"); with a condition it is a threat;
    said (not announced) future sanctions stay a threat."""
    def typed(text):
        return [(e.type, e.factuality) for e in analyze(text).events]
    assert typed("Israel announced that it would withdraw troops from the West Bank.") == [("CONCEDE", "planned")]
    assert typed("The European Union announced it would impose sanctions on Belarus.") == [("SANCTION", "planned")]
    assert typed("The EU announced it would impose sanctions on Belarus if the crackdown continued.") == [
        ("THREATEN", "planned")]
    assert typed("Russia said it would impose sanctions on Georgia.") == [("THREATEN", "planned")]


def test_opening_the_border_to_refugees_is_aid(analyze):
    """A state that opens its border to people seeking refuge takes them in (CAMEO 075 "grant asylum": AID); opened
    to observers or convoys it gives access (RETREAT 'access')."""
    assert _events(analyze, "Turkey opened its border to Syrian refugees.") == [
        ("AID", ["Turkey"], ["Syrian refugees"])]
    assert [t for t, _, _ in _events(analyze, "Poland opened its borders to Ukrainians fleeing the war.")] == ["AID"]
    assert [t for t, _, _ in _events(analyze, "The country opened its border to international observers.")] == [
        "RETREAT"]
    assert [t for t, _, _ in _events(analyze, "Germany took in a million refugees.")] == ["AID"]


def test_concessions_of_the_codebook(analyze):
    """Codebook CONCEDE: withdrawing a demand, expressing regret; dropping charges eases a legal sanction (CAMEO
    081); withdrawing troops stays a RETREAT."""
    assert [t for t, _, _ in _events(analyze, "The unions withdrew their demand for a pay rise.")] == ["CONCEDE"]
    assert [t for t, _, _ in _events(analyze, "The minister expressed regret over the deaths of civilians.")] == [
        "CONCEDE"]
    assert _events(analyze, "Prosecutors dropped the charges against the activist.") == [
        ("CONCEDE", ["Prosecutors"], ["activist"])]
    assert [t for t, _, _ in _events(analyze, "The army withdrew its troops from the city.")] == ["RETREAT"]


def test_arrest_warrant_is_a_threat(analyze):
    """Codebook: "issuing an in-absentia arrest should be coded as a THREAT 'arrest'"; a two-word nominal is read
    at its head, so its modifier ("arrest" in "arrest warrant") is no event of its own."""
    ev = analyze("The court issued an arrest warrant for the former president.").events
    assert [(e.type, e.mode) for e in ev] == [("THREATEN", "arrest")]
    assert [e.type for e in analyze("Police arrested the former president.").events] == ["COERCE"]



def test_a_bare_participle_opening_a_clause_befell_the_subject(analyze):
    """A reduced passive ("If convicted, X ...") was done to the main clause's subject: X is never its actor."""
    for text in ("If convicted, the senator could face up to a year in jail.",
                 "Accused of bribery, the governor resigned on Friday.",
                 "Once arrested, the activist refused to speak."):
        for v in analyze(text).events:
            if (v.trigger or "").lower() in ("convicted", "accused", "arrested"):
                assert not any(a.name.lower().endswith(("senator", "governor", "activist")) for a in v.actors), text


def test_call_on_after_an_object_is_no_request(analyze):
    """"call on" asks someone to act only with the preposition first: "called the phrase 'lingo' on his show"
    names a phrase on a show (lang/en/words.tsv prep_before_object)."""
    assert _events(analyze, 'The host called the phrase "union lingo" on his radio show.') == []
    ev = _events(analyze, "The mayor called on the council to approve the budget.")
    assert ev and ev[0][0] == "REQUEST" and ev[0][2] == ["council"]


def test_a_preposition_before_the_verb_or_of_time_is_no_prepositional_verb(analyze):
    """A prepositional verb's preposition follows the verb and governs a participant: "on Tuesday" before the verb,
    or governing a day, is an adjunct of time ("called on Tuesday for a ceasefire" is "call for", not "call on")."""
    assert _events(analyze, 'The host on Tuesday called the tax plan "a joke" on his show.') == []
    ev = _events(analyze, "France called on Monday for new sanctions against Iran.")
    assert ev and ev[0][0] == "REQUEST" and "Monday" not in ev[0][2]
    ev = _events(analyze, "The mayor on Friday called on the council to approve the budget.")
    assert ev and ev[0][0] == "REQUEST" and ev[0][2] == ["council"]


def test_a_dateline_beside_the_subject_is_no_actor(analyze):
    """A dateline the parser takes for a second subject ("WASHINGTON (AP) — X criticized ...") names where the story
    was filed, not who acted."""
    ev = _events(analyze, "WASHINGTON (AP) — Senator Ann Ruiz on Tuesday criticized the tax plan.")
    assert ev and ev[0][1] == ["Ann Ruiz"]



def test_an_active_infinitive_is_no_act_of_the_state_it_names(analyze):
    """An act of state power with no agent named is the country's ("was put under investigation in Italy"), but an
    active infinitive has an unnamed subject of its own: "a commission to investigate abuses in Chile" is not Chile
    investigating (en_checks.state_actor)."""
    text = "Calls to set up a commission to investigate abuses in Chile were rejected by the senate in 2016."
    assert not any(a.name == "Chile" for e in analyze(text).events for a in e.actors)
    ev = analyze("The journalist was put under investigation in Italy.").events
    assert ev and ev[0].actors[0].name == "Italy"


def test_a_persons_attack_on_an_idea_is_criticism(analyze):
    """A named person who "attacks" a thing no one can strike with arms (a deal, a loophole, a law) criticises it:
    ACCUSE 'disapprove'; an attack on a site or a state stays an ASSAULT (lang/en/events_nonpolitical.tsv site)."""
    for text in ("Senator Maria Lopez attacked the new trade agreement.",
                 "Governor Tom Reyes has attacked tax loopholes that favour the rich."):
        ev = _events(analyze, text)
        assert ev and ev[0][0] == "ACCUSE", text
    ev = _events(analyze, "Ali Hassan attacked the convoy near Kabul.")
    assert ev and ev[0][0] == "ASSAULT"


def test_a_warning_of_what_a_thing_will_do_is_a_forecast(analyze):
    """THREATEN is a coercive warning; a warning that a thing that cannot act will do something is a forecast
    (lang/en/events_cues.tsv role "forecast"): no event. A warning whose clause's subject can act stays a threat."""
    assert _events(analyze, "Analysts warned that the new tariffs will hurt farmers in Iowa.") == []
    assert _events(analyze, "Economists in Berlin warn that prices will rise sharply next year.") == []
    ev = _events(analyze, "Iran warned that it would close the Strait of Hormuz.")
    assert ev and ev[0][0] == "THREATEN" and ev[0][1] == ["Iran"]


def test_the_of_phrase_of_a_protest_is_its_actor_only_when_it_names_someone(analyze):
    """"a protest of farmers": the farmers protest; "a protest of the court's ruling": the ruling is what is
    protested, never the actor."""
    for text in ("Students staged a protest of the court's ruling in Nairobi.",
                 "A protest of the mayor's decision drew hundreds to the square in Lyon."):
        for e in analyze(text).events:
            assert not any("ruling" in a.name or "decision" in a.name for a in e.actors), text
    ev = _events(analyze, "A protest of farmers blocked the main road to Paris.")
    assert ev and ev[0][1] == ["farmers"]


def test_a_participle_after_a_noun_befell_the_noun(analyze):
    """"150 Indians deported from Arizona": a reduced passive relative; the noun is who it befell, never the actor
    (nor is the main clause's subject); "X is under investigation": X is investigated, not investigating."""
    for e in analyze("Rajiv Kumar, 35, was among 150 Indians deported here from Arizona in the US.").events:
        assert not any("Kumar" in a.name or "Indians" in a.name for a in e.actors)
    for e in analyze("Senator Tom Reyes is under investigation by the FBI.").events:
        assert not any("Reyes" in a.name for a in e.actors)


def test_coordinated_participles_after_a_noun_keep_their_own_agents(analyze):
    """"a coalition led by Saudi Arabia and backed by the West": the West backs it, not Saudi Arabia."""
    ev = _events(analyze, "In Yemen, a military coalition led by Saudi Arabia and backed by the West bombed a school.")
    assert not any(t == "SUPPORT" and "Saudi Arabia" in actors for t, actors, _ in ev)


def test_review_r15_cases_stay_right(analyze):
    """The review of round 15's event rules: threats with a force as the clause's subject, armed attacks on places
    not listed, armed fights against foes not listed, active 'placed X under arrest', 'called upon', 'called for
    three days of protests', a list of subjects with a dash."""
    assert _events(analyze, "Iran warned that any attack would trigger a crushing response.")[0][0] == "THREATEN"
    assert _events(analyze, "Russia warned that retaliation would follow.")[0][0] == "THREATEN"
    assert _events(analyze, "Omar Mateen attacked the nightclub with a rifle.")[0][0] == "ASSAULT"
    assert _events(analyze, "Somali troops fought pirates off the coast of Puntland.")[0][0] == "ASSAULT"
    assert _events(analyze, "Police placed the suspect under arrest.")[0][:2] == ("COERCE", ["Police"])
    assert _events(analyze, "Sen. Bernie Sanders on Wednesday called upon the U.S. to press China.")[0][0] == \
        "REQUEST"
    assert _events(analyze, "The opposition called for three days of protests against the government.")[0][0] == \
        "REQUEST"
    ev = _events(analyze, "NATO, Russia and — surprisingly — China condemned the strike.")
    assert ev and "NATO" in ev[0][1]


def test_the_agent_phrase_of_a_nominal(analyze):
    """"an attack by rebels", "an investigation by the FBI": the by-phrase of a nominal trigger names its actor; who
    "is under investigation" is its target; a press release is no release."""
    ev = _events(analyze, "Senator Tom Reyes is under investigation by the FBI.")
    assert ev and ev[0][:3] == ("ACCUSE", ["FBI"], ["Tom Reyes"])
    assert ("ASSAULT", ["rebels"]) in [e[:2] for e in _events(analyze, "An attack by rebels killed five soldiers "
                                                                        "near Goma.")]
    assert not _events(analyze, "The figures come from a press release by the ministry in Lagos.")
