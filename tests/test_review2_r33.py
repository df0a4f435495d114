"""Review of round 33's branches (review33b): en33, dates33, stories33, newuser33.

Every sentence here is written for this review (none copied from ../shared or the eval sets). A test marked xfail is a
finding: a wrong reading a news reader would notice, or a miss of the obvious variant of what the branch claims; its
docstring names the branch, the rule (module and function) and the narrowing suggested. The lead removes the mark
when the branch fixes it. The unmarked tests are guards of what the branches already do right.
"""
from __future__ import annotations

import pytest

import newsgraph

PUB = "2024-03-14"  # a Thursday


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in newsgraph.analyze(text).quotes]


def _dates(text, published=PUB):
    return {d.text: d.value for d in newsgraph.analyze(text, published=published).dates}


def _needs(module: str, attr: str | None = None):
    """Skip a guard where the branch's feature is absent (main, or another branch): guards run on their branch and
    after the merge."""
    import importlib
    try:
        m = importlib.import_module(module)
    except ImportError:
        pytest.skip(f"{module} absent")
    if attr is not None and not hasattr(m, attr):
        pytest.skip(f"{module}.{attr} absent")


EN33 = "newsgraph.understand.quotes.en_views"
DATES33 = ("newsgraph.understand.dates.calendar", "nth_day")
STORIES33 = ("newsgraph.corpus.story_events", "BACKDROP_MIN_MENTIONS")
NEWUSER33 = "newsgraph.understand.quotes.en_headline_roles"


def _event(title, text, when="2016-07-28"):
    from newsgraph.corpus import story_events as SE
    return SE.event_term(title, text, when)


# ---------------------------------------------------------------------------------------------------------------
# en33: "As X put it" (quotes/en_views.put_it)

@pytest.mark.parametrize("text", [
    "As the crane put it down on the dock, the crate split open.",
    "As the workers put it back together, the statue cracked again.",
])
def test_put_it_of_placing_is_no_comment_clause(text):
    """en33, quotes/en_views.put_it: "As the crane put it down on the dock, the crate split open" credits the crane
    with "the crate split open". "put it" is a comment clause of words only bare or with a manner adverb ("put it
    bluntly", "put it to reporters"); narrowing: no particle (prt: down, back, away, together) and no locative
    prep/advmod on "put" (on, in, into, under)."""
    assert _quotes(text) == []


def test_put_it_of_words_guard():
    """en33 en_views.put_it: the comment clause it was built for still credits its subject."""
    _needs(EN33)
    assert any(s == "one trader" and t.startswith("the market has lost")
               for t, s, _ in _quotes("As one trader put it, the market has lost its nerve."))


def test_put_it_of_an_adage():
    """en33, quotes/en_views.put_it/_no_owner: "As the old joke puts it, a camel is a horse designed by a committee"
    makes "the old joke" a speaker. words.tsv view_not_owners lists song, saying, proverb…; narrowing: take the owner
    only when it is a person, a body or a document (a speaker noun: PERSON/ORG, en_roles.person_words, body nouns,
    document nouns) rather than growing a list of non-owners (joke, adage, motto, cliche, slogan)."""
    assert _quotes("As the old joke puts it, a camel is a horse designed by a committee.") == []


# ---------------------------------------------------------------------------------------------------------------
# en33: "In X's view / In the NOUN of X" (quotes/en_views.view_owner)

@pytest.mark.parametrize("text", [
    "In the assessment of the damage, engineers found deep cracks in the bridge.",
    "In the telling of the story, the hero always wins in the end.",
    "In the view of the river from the bridge, the old mill stands out against the hills.",
    "In the words of the motto, the town never surrenders.",
])
def test_view_noun_of_a_thing_credits_no_one(text):
    """en33, quotes/en_views.view_owner: the "of" object of a view noun is taken as its owner whatever it is, so
    "the damage", "the story", "the river" and "the motto" become speakers. With "assessment", "telling",
    "judgment", "reckoning" the "of" object is usually what is assessed or told, not who does it. Narrowing: an "of"
    owner must be a person or a body (entity PERSON/ORG/NORP, or a person/body noun: en_roles.person_words,
    en_spk_org.body_nouns); a possessive owner ("the team's assessment") may stay as it is."""
    assert _quotes(text) == []


def test_view_owner_guards():
    """en33 en_views.view_owner: a person's or a court's view, and a pronoun resolved to the person named before."""
    _needs(EN33)
    assert _quotes("In the end, the contract was the cheapest option on the table.") == []
    assert any(s == "Ocampo's lawyer" for _, s, _ in
               _quotes("In the words of Ocampo's lawyer, the charges were baseless."))
    assert any(s == "Ana Ruiz" and t.startswith("the bridge was safe") for t, s, _ in _quotes(
        "Mayor Ana Ruiz spoke to reporters on Tuesday. In her view, the bridge was safe to reopen."))


# ---------------------------------------------------------------------------------------------------------------
# en33: threats and vows of bodies and groups (quotes/en_makers.described_maker, en_learn._body_commits)

@pytest.mark.parametrize("text", [
    "The company threatened to collapse under its debts last winter.",
    "The bank threatened to go under during the crisis.",
    "The team threatened to run away with the game in the second half.",
])
def test_body_threatened_to_happen_is_no_threat(text):
    """en33, quotes/en_makers.described_maker + en_learn._body_commits (and en_extra's commit shape): a body noun
    before "threatened to" makes a threat, but "The company threatened to collapse", "The bank threatened to go
    under", "The team threatened to run away with the game" say what was likely to happen to it (the sense of "The
    storm threatened to flood the town", their near miss). Main had none of these. Narrowing: for a described body
    (not a person) take "threaten" only with an infinitive of a deliberate act on others (an object, or a verb in a
    lang/en table of threatened acts: strike, sue, quit, leave, walk out, shell, kill, leak, boycott, veto), or with
    an "if/unless" condition; an unaccusative infinitive (collapse, go under, fall, split, fail, run away) is none."""
    assert [cue for _, _, cue in _quotes(text) if cue == "threatened"] == []


def test_body_threat_guards():
    """en33 en_makers: a group's real threat and vow, with the condition; the storm's near miss."""
    _needs(EN33)
    assert any(t == "to shell the port if the army advanced" and s == "The rebels" for t, s, _ in
               _quotes("The rebels threatened to shell the port if the army advanced."))
    assert any(t.startswith("to retaliate") for t, _, _ in _quotes("The militants vowed to retaliate for the strike."))
    assert _quotes("The storm threatened to flood the town unless the levees held.") == []
    assert _quotes("Rising prices threaten to push millions into poverty.") == []


# ---------------------------------------------------------------------------------------------------------------
# en33: judging verbs with quoted words (lang/en/judgement_verbs.tsv, quotes/en_rec)

def test_lambasted_as_without_quote_marks_is_the_writers():
    """en33, lang/en/judgement_verbs.tsv (lambaste/castigate/mock/tout/laud 'as') read by quotes/en_rec: the table's
    own comment says these are "taken only with quote marks in the predicate", yet "Critics lambasted the plan as too
    costly on Tuesday" gives the quote "the plan as too costly on Tuesday" (main: none). Narrowing: require the "as"
    object to open with a quote mark (en_rec._opened_by_mark) for the r33 verbs, as for "deem"."""
    assert _quotes("Critics lambasted the plan as too costly on Tuesday.") == []


def test_deemed_with_a_quoted_adjective():
    """en33, quotes/en_rec (deem oprd + _opened_by_mark): 'deemed the vote “a betrayal”' is read, but the obvious
    variant with a quoted adjective, 'The board deemed the offer "too low" and rejected it', gives nothing. Narrowing
    (a widening): take the quoted oprd/acomp/ccomp adjective phrase after the object as the predicate too."""
    assert any("too low" in t for t, _, _ in _quotes('The board deemed the offer "too low" and rejected it.'))


def test_judging_guards():
    """en33: the quoted noun predicate is read; a referee's unquoted ruling and plain mocking are not."""
    _needs(EN33)
    assert any(s == "Officials" for _, s, _ in _quotes('Officials deemed the vote "a betrayal" of the voters.'))
    assert _quotes("The referee deemed the goal offside in the final minute.") == []
    assert _quotes("The children mocked the teacher as she walked into class.") == []


# ---------------------------------------------------------------------------------------------------------------
# en33: noun cues ("statement", "a warning from X that")

@pytest.mark.xfail(strict=False, reason="en33 content_nouns 'statement': its own example is not read")
def test_possessed_statement_that_clause():
    """en33, lang/en/content_nouns.txt (statement) with en_nouncues: the table's comment gives "Ortiz's statement that
    the city was broke alarmed investors" as the case it adds, and it yields no quote (nor does "The statement by the
    ministry that the talks had failed surprised diplomats"). Narrowing (a widening): read the that-clause of a
    subject-position content noun with a possessive or "by" owner, as "a claim by Jane Rowe that …" already is."""
    assert any(t.startswith("the city was broke") and s and "Ortiz" in s for t, s, _ in
               _quotes("Ortiz's statement that the city was broke alarmed investors."))


def test_received_a_warning_from_x_that():
    """en33, quotes/en_nouncues._owner / en_rec ('a warning from the Coast Guard that …'): the object-position
    variant "The company received a warning from the bank that the loan was overdue" gives no quote at all.
    Suggested: the "from" owner of a content noun object credits the clause whatever the main verb (received, got,
    ignored, followed)."""
    assert any(t.startswith("the loan was overdue") and s and "bank" in s for t, s, _ in
               _quotes("The company received a warning from the bank that the loan was overdue."))


def test_reports_from_a_place_credit_no_place():
    """en33, quotes/en_nouncues._owner ("by"/"from" object as the noun's owner): "Reports from Kyiv that the dam had
    burst could not be verified" credits Kyiv (main: no quote). "from" + a place says where the reports came from,
    not who made them; narrowing: a "from" owner must not be a GPE/LOC/FAC entity (nor a place noun: "the front"),
    only a person or an organisation ("a warning from the Coast Guard")."""
    assert all(s != "Kyiv" for _, s, _ in _quotes("Reports from Kyiv that the dam had burst could not be verified."))


# ---------------------------------------------------------------------------------------------------------------
# en33: empty-"it" passives (words.tsv evidential_it_passives)

def test_it_is_suggested_advice_is_no_report():
    """en33, lang/en/words.tsv evidential_it_passives (suggest) via en_evidential: "It was suggested that passengers
    arrive two hours before their flight" is advice (a mandative subjunctive: bare "arrive"), not a proposition
    someone reported. Narrowing: for suggest (and recommend-like verbs) skip a that-clause whose verb is a bare
    subjunctive (VB with a non-"I/you" subject, no modal)."""
    assert _quotes("It was suggested that passengers arrive two hours before their flight.") == []


def test_it_passive_guards():
    """en33: the empty-'it' passives of reporting it added, and its near misses."""
    _needs(EN33)
    assert _quotes("It was revealed on Monday that the minister had resigned.")[0][0] == "the minister had resigned"
    assert _quotes("It was decided on Friday that the mill would close for two weeks in July.") == []
    assert _quotes("It is estimated to cost around $2 billion.") == []


# ---------------------------------------------------------------------------------------------------------------
# dates33

@pytest.mark.parametrize("text, expr, value", [
    ("The weather is to blame for the delays in February.", "February", "2024-02"),
    ("The ministry is to blame for the losses in January, auditors found.", "January", "2024-01"),
])
def test_is_to_blame_is_no_arrangement(text, expr, value):
    """dates33, understand/dates/tense.py (a present "be to" looks ahead): "The weather is to blame for the delays in
    February" (published March 2024) puts February in 2025 (main: 2024-02). "be to blame" is an idiom of fault, no
    arrangement. Narrowing: exclude "blame" (a lang/en dates table of "be to" idioms: blame, be found, be seen,
    be expected?) or require the infinitive not to be passive-in-sense "to blame"."""
    assert _dates(text)[expr] == value


@pytest.mark.parametrize("text", [
    "Smith has been in charge until Monday, when he stepped down.",
    "The bridge has been shut until Monday, when it reopened to traffic.",
])
def test_perfect_until_with_past_when_clause(text):
    """dates33, understand/dates/tense.py (a state a present perfect holds "until" a day runs on to it): "Smith has
    been in charge until Monday, when he stepped down" gives next Monday, 2024-03-18 (main: 2024-03-11); the
    relative "when he stepped down" is past. Narrowing: not when the date carries a past relative/"when" clause;
    better, only when the perfect is negated or a closure state ("has been closed/suspended until")."""
    assert _dates(text)["Monday"] == "2024-03-11"


def test_nth_alone_in_a_past_clause_with_two_days():
    """dates33, understand/dates/calendar.nth_day (nth_alone_prepositions): "The suspect was arrested on the 15th
    and charged on the 16th", published on the 14th, gives the 15th as 2024-03-15 (tomorrow) and the 16th as
    2024-02-16: one past clause, two months. The 15th is not yet come, so in a past clause it is February's, as the
    16th is. Suggested: give both the same tense lookup (the coordinated verb's), and never resolve a past clause's
    day to one after publication."""
    got = _dates("The suspect was arrested on the 15th and charged on the 16th.")
    assert (got.get("the 15th"), got.get("the 16th")) == ("2024-02-15", "2024-02-16")


def test_nth_alone_guards():
    """dates33 calendar.nth_day: a past and a future clause, and the floor near miss."""
    _needs(*DATES33)
    assert _dates("The council voted on the 20th.")["the 20th"] == "2024-02-20"
    assert _dates("Officials say the vote will take place on the 10th.")["the 10th"] == "2024-04-10"
    assert all(v is None for v in _dates("She lives on the 2nd floor.").values())


def test_russian_intention_does_not_reach_a_relative_clause():
    """dates33, understand/dates/tense_natasha.py (Russian intentions in the present, future_words 'планирует'):
    "Министр планирует реформу, о которой объявил в среду" gives next Wednesday (2024-03-20; main 2024-03-13): the
    Wednesday belongs to the past "объявил" of the relative clause. Narrowing: as the English 'want' fix (wish_verbs
    through the infinitive only), let the intention reach only its infinitive complement."""
    assert _dates("Министр планирует реформу, о которой объявил в среду.")["среду"] == "2024-03-13"


def test_russian_moved_to_another_day_has_no_value():
    """dates33, lang/ru/dates_terms.tsv ('на другой день' as 'the next day'): "В понедельник матч перенесли на другой
    день" (moved to another, unnamed day) gets 2024-03-12. After a verb of moving (target_verbs: перенести на) "на
    другой день" is an unnamed day; narrowing: no value there (or only as a sentence-opening adverbial, 'На другой
    день …')."""
    assert _dates("В понедельник матч перенесли на другой день.").get("на другой день") is None


def test_dates33_guards():
    """dates33: forms it added that hold."""
    _needs(*DATES33)
    assert _dates("The day after tomorrow, the court will rule.")["The day after tomorrow"] == "2024-03-16"
    assert _dates("He arrived a fortnight ago.")["a fortnight ago"] == "2024-02-29"
    assert _dates("The talks have stalled, but a deal could come on Tuesday.")["Tuesday"] == "2024-03-19"
    assert _dates("Police want to question a man who was seen near the bank on Monday.")["Monday"] == "2024-03-11"
    assert _dates("Завод открылся 5 марта 2020 года. На следующий день прошли протесты.")["На следующий день"] == \
        "2020-03-06"


# ---------------------------------------------------------------------------------------------------------------
# stories33: backdrop events (corpus/story_events._centred)

def test_nomination_at_the_convention_is_centred_on_it():
    """stories33, corpus/story_events._centred (a tie with another event: a backdrop): "Hillary Clinton accepted the
    nomination at the Democratic National Convention on Thursday night, a year after she began the primary race"
    ties convention 2 and primary 2 and loses the convention (main: #event:convention:democratic); the acceptance
    speech is the convention's central happening. Narrowing: break a tie toward the event with the place/“at”
    phrase or the one named first, and count as a tie only another event with its own key (a date, a state, a
    party), not one in a time adverbial ("a year after … the primary race")."""
    assert _event("Clinton accepts the Democratic nomination",
                  "Hillary Clinton accepted the nomination at the Democratic National Convention on Thursday night, a "
                  "year after she began the primary race as the favourite. She spoke for an hour and thanked her "
                  "husband and her daughter.") == "#event:convention:democratic"


def test_speech_at_the_convention_named_below_the_lead():
    """stories33, corpus/story_events._centred (BACKDROP_MIN_MENTIONS 3 when neither title nor lead sentence names
    the event): a speech report that names "the Democratic National Convention" twice in its second paragraph is
    dropped from the event (main: the convention). Narrowing: a locative "at the <event>" naming where the piece's
    own happening took place centres it even below the lead; keep the 3-mention floor for mentions in passing."""
    assert _event("Pell's speech draws loudest cheers of the week",
                  "Senator Ada Pell drew the loudest cheers of the week on Tuesday night with a speech on rural "
                  "hospitals, and delegates waved green signs as she left the stage in Philadelphia. Organisers had "
                  "given her twenty minutes in the prime-time hour. Her aides said she wrote the speech herself on the "
                  "train. Delegates from farm states stood for most of it at the Democratic National Convention, and "
                  "several said it was the best speech of the Democratic National Convention so far.") == \
        "#event:convention:democratic"


def test_stories33_guard():
    """stories33: a plain convention report keeps its event."""
    _needs(*STORIES33)
    assert _event("Sanders endorses Clinton from the convention floor",
                  "Bernie Sanders asked the Democratic National Convention on Monday to nominate Hillary Clinton, "
                  "ending the bitter primary fight. His delegates wept in the aisles.") == "#event:convention:democratic"


# ---------------------------------------------------------------------------------------------------------------
# newuser33: headline roles (quotes/en_headline_roles.headline_described), co-speakers (en_spk_mates)

def test_headline_role_resolved_through_an_apposition():
    """newuser33, quotes/en_headline_roles.headline_described + headline_role: "Clinton Ally Says Sanders Should
    Quit" over "Senator Ann Vale, a longtime Clinton ally, said on Friday …" keeps the bare description "Clinton
    Ally" though the story names the ally in an apposition. Suggested: let headline_role match the role words in a
    named person's apposition ("a longtime Clinton ally"), not only as a premodifier ("Clinton ally Ann Vale")."""
    text = ("Clinton Ally Says Sanders Should Quit\n\nSenator Ann Vale, a longtime Clinton ally, said on Friday that "
            "Bernie Sanders should leave the race.")
    qs = [q for q in newsgraph.analyze(text).quotes if q.start < 40]
    assert [q.speaker.name if q.speaker else None for q in qs] == ["Ann Vale"]


def test_headline_relation_word_is_no_name():
    """newuser33, quotes/en_headline_roles.headline_described (a relation noun after a name: 'Clinton Spokesman
    Says'): "Biden Son Says He Will Testify" over "Hunter Biden said …" credits an actor named "Son". The module
    claims relation words; the entity reader typed "Son" alone as the name, which its checks (the name ending in
    the role) do not see. Suggested: when the speaker span is itself one capitalised person word and a name stands
    just before it, read "NAME WORD" as the description and resolve it (Hunter Biden)."""
    text = "Biden Son Says He Will Testify\n\nHunter Biden said on Tuesday he would testify before the committee."
    qs = [q for q in newsgraph.analyze(text).quotes if q.start < 31]
    assert qs and all(q.speaker is None or q.speaker.name != "Son" for q in qs)


def test_headline_guards():
    """newuser33: the pollster resolved to the story's person; a passive Title Case headline before a colon is not
    credited to the person it is about."""
    _needs(NEWUSER33)
    text = ("Former Clinton Pollster Says Clinton Is In Trouble\n\nFormer Bill Clinton pollster Douglas Schoen said on "
            "Sunday that Hillary Clinton faces a tough race.")
    qs = [q for q in newsgraph.analyze(text).quotes if q.start < 50]
    assert [q.speaker.name if q.speaker else None for q in qs] == ["Douglas Schoen"]
    text = ("Trump Slammed By Khan Over Munich Remarks: ‘This Is Ignorant’\n\nDonald Trump was criticized on Sunday by "
            "Sadiq Khan, the mayor of London, after his remarks on Munich.")
    assert all(q.speaker is None or q.speaker.name != "Donald Trump"
               for q in newsgraph.analyze(text).quotes if q.start < 62)


def test_co_speakers_guards():
    """newuser33 en_spk_mates: a description's name is no co-speaker; two people listed with their roles both are."""
    _needs(NEWUSER33)
    one = newsgraph.analyze('"The plan will fail," said Kim Wells, a schoolteacher and Trump supporter.').quotes[0]
    assert one.speaker.name == "Kim Wells" and len(one.speakers or []) < 2
    two = newsgraph.analyze('"The law is clear," said Ana Ruiz, a lawyer for the family, and Tom Reyes, a lawyer for '
                            'the city.').quotes[0]
    assert len(two.speakers) == 2


def test_lead_description_to_the_named_office_guard():
    """newuser33 en_roles_office: a lead's "A federal judge" goes to the district judge the next sentence names."""
    _needs("newsgraph.understand.quotes.en_roles_office")
    text = ("A federal judge on Tuesday blocked the rule, saying it was unlawful. U.S. District Judge Ann Vale wrote "
            "that the agency had skipped required steps.")
    assert [q.speaker.name if q.speaker else None for q in newsgraph.analyze(text).quotes] == ["Ann Vale", "Ann Vale"]
