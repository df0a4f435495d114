"""Review of round 35 (review35b): where the English branches enweb35a (quotes/en_block_quotes.py, en_put_it.py,
en_answers.py ``_speech_label``, naming_cues.txt "bash") and enweb35b (quotes/en_headline_source.py,
en_quoted_as.py, en_relay_tail.py, en_roles.py with title_roles.tsv) and the dates branch dates35web
(dates/stamps.py, tense_natasha.py ``_planned``, future_words, program_names, the short Russian months) fire wrongly
or miss the obvious variant of what they claim. Every sentence is written for the test (ordinary news sentences and
page furniture, none copied from ../shared or from a web page).

A test marked xfail failed on the branch named in its reason when written (the lead removes the mark once the branch
is fixed); a REGRESSION in a reason means main passes it. The unmarked tests are guards of what works; those of a
branch's own claim are skipped where that branch's reader is absent. Run against a branch with
``PYTHONPATH=<branch>/src ... pytest --runxfail tests/test_review2_r35.py``.
"""
from __future__ import annotations

import pytest
from test_review_r33 import _has, of  # (tests/ is on the path: the round-33 review's helpers)

from newsgraph.ingest.base import RawDocument

_Q = "newsgraph.understand.quotes."
needs_put_it = pytest.mark.skipif(not _has(_Q + "en_put_it"), reason="enweb35a's en_put_it absent")
needs_blocks = pytest.mark.skipif(not _has(_Q + "en_block_quotes"), reason="enweb35a's en_block_quotes absent")
needs_heads = pytest.mark.skipif(not _has(_Q + "en_headline_source"), reason="enweb35b's readers absent")
needs_stamps = pytest.mark.skipif(not _has("newsgraph.understand.dates.stamps"), reason="dates35web's forms absent")


pipe = pytest.fixture(name="pipe")(lambda quote_pipe: quote_pipe)  # (conftest's pipeline up to the quotes)


def xfail(reason: str):
    return pytest.mark.xfail(strict=False, reason=reason)


def run(pipe, text):
    """[(quote text, speaker's entity name or the speaker as written, [outlets])] of an English text."""
    rec = pipe.run(RawDocument(source="review35b", text=text, language="en"))
    ents = {e.id: e for e in rec.entities}

    def name(r):
        return ents[r.entity].name if r is not None and r.entity in ents else (r.name if r is not None else None)
    return [(q.text, name(q.speaker), [o.name for o in q.reported_by]) for q in rec.quotes]


def not_by(got, start, speaker) -> bool:
    """No quote starting with ``start``, or one that ``speaker`` is not credited with."""
    q = of(got, start)
    return q is None or q[1] != speaker


def dates(date_pipe, text, published, lang="en"):
    """{expression text: value} of the date pipeline's record."""
    rec = date_pipe.run(RawDocument(source="review35b", text=text, published=published, language=lang))
    return {d.text: d.value for d in rec.dates}


# =====================================================================================================================
# enweb35b: en_roles.role_phrases with title_roles.tsv -- "Justice" before a name is a judge only in a judge's title
# =====================================================================================================================

def test_minister_of_justice_is_no_judge(pipe):
    """enweb35b, quotes/en_roles.py ``role_phrases`` (title_roles.tsv: justice -> judge): "Minister of Justice
    Olena Koval welcomed the ruling ... 'The sentence reflects ...,' the judge said" -- the branch credits the
    unnamed judge's words to the minister (main leaves "the judge"). Narrowing: map "Justice" to judge only when it
    opens the title ("Mr/Mrs/Lord/Lady/Chief Justice X", "Justice X" with no word before it in the phrase), never
    after "of"/"for" or a head noun ("Minister of Justice", "Commissioner for Justice", "Justice Secretary")."""
    got = run(pipe, "A court in Kyiv jailed the former mayor Petro Hlib for six years on Tuesday.\n\nMinister of "
                    "Justice Olena Koval welcomed the ruling at a news conference.\n\n\"The sentence reflects the "
                    "gravity of the crime,\" the judge said.\n")
    assert of(got, "The sentence reflects")[1] != "Olena Koval", got


def test_commissioner_for_justice_is_no_judge(pipe):
    """enweb35b, quotes/en_roles.py ``role_phrases`` (title_roles.tsv): "Commissioner for Justice Didier Reynders
    welcomed the ruling. 'The fine is fair,' the judge said" -- credited to the commissioner. Narrowing as above."""
    got = run(pipe, "A court in Luxembourg fined the company on Tuesday. Commissioner for Justice Didier Reynders "
                    "welcomed the ruling.\n\n\"The fine is fair,\" the judge said.\n")
    assert of(got, "The fine is fair")[1] != "Didier Reynders", got


@needs_heads
def test_mr_justice_is_the_judge(pipe):  # guard of enweb35b's claim
    got = run(pipe, "Mr Justice Hale sentenced the two men at the Old Bailey on Friday.\n\n\"You showed no mercy to "
                    "your victim,\" the judge told them.\n")
    assert of(got, "You showed no mercy")[1] == "Hale", got


# =====================================================================================================================
# enweb35b: en_headline_source -- "SOURCE says VERBLESS" and "CONTENT - SOURCE"
# =====================================================================================================================

def test_what_x_say_about_is_no_attribution(pipe):
    """enweb35b, quotes/en_headline_source.py ``_verbless``: "What the polls say about the Senate race in Ohio" and
    "What experts say about the new weight-loss pills" are explainer headlines (a free relative, the content never
    given); the branch credits "about the Senate race in Ohio" to the speaker "What the polls". Narrowing: refuse a
    source opening with a wh-word (what, how, why, here's what) and a content opening with a preposition (about, on,
    for): a verbless content is a noun phrase or a small clause ("over 200 dead"), not a topic."""
    got = run(pipe, "What the polls say about the Senate race in Ohio\n\nVoters in Ohio will choose a new senator in "
                    "November, and the race has tightened over the summer months.\n")
    assert of(got, "about the Senate race") is None, got
    got = run(pipe, "What experts say about the new weight-loss pills\n\nThe pills have become popular over the last "
                    "year, and doctors are seeing more patients who ask about them.\n")
    assert of(got, "about the new weight-loss") is None, got


def test_say_goodbye_headline_is_no_statement(pipe):
    """enweb35b, quotes/en_headline_source.py ``_verbless``: "Fans say goodbye to old stadium" -- "say goodbye",
    "say farewell", "say yes/no to" are acts, not reports; the branch credits "goodbye to old stadium" to "Fans".
    Narrowing: refuse a content whose first word is an interjection or answer word (goodbye, farewell, hello, thanks,
    yes, no, sorry) -- a lang/en table, as the other cue exclusions."""
    got = run(pipe, "Fans say goodbye to old stadium\n\nThousands of fans gathered on Saturday to mark the last match "
                    "at the ground, which will be torn down next year.\n")
    assert of(got, "goodbye") is None, got


def test_section_label_after_a_dash_is_no_source(pipe):
    """enweb35b, quotes/en_headline_source.py ``_trailing``: "Arsenal beat Chelsea 2-1 to go top - Premier League"
    -- the words after the dash are a site's section (as "- BBC News" is its name), and the branch makes the Premier
    League the speaker of the match result because the tagger named it an ORG. Narrowing: an ORG the tagger found
    counts only when the content is a claim it could make (keep the noun-head list: ministry, police, officials) or
    when the same ORG speaks in the body; otherwise a Title Case tail is a page title's section."""
    got = run(pipe, "Arsenal beat Chelsea 2-1 to go top - Premier League\n\nArsenal went top of the table on Sunday "
                    "after a late goal from their captain sealed a win at home.\n")
    assert of(got, "Arsenal beat Chelsea") is None, got


def test_kicker_before_a_colon_stays_out_of_the_content(pipe):
    """enweb35b, quotes/en_headline_source.py ``_trailing``: "Live: Storm Darragh hits Wales - police" -- the module
    says a topic label before a colon is not read, yet the content taken for the police runs from the line's start,
    "Live: Storm Darragh hits Wales". Narrowing: start the content after a kicker (a label of one to three words
    closed by a colon at the line's start: "Live:", "Analysis:", "Ukraine war:")."""
    got = run(pipe, "Live: Storm Darragh hits Wales - police\n\nThousands of homes are without power after the storm "
                    "brought winds of up to 90mph overnight to Wales.\n")
    assert of(got, "Live:") is None, got


HEADLINE_SOURCES = (  # (headline and first paragraph, the content's start, its source)
    ("Nine dead after air strikes on camp: health ministry\n\nNine people were killed when air strikes hit a camp in "
     "the south of the territory early on Monday morning.\n", "Nine dead after air strikes", "health ministry"),
    ("Port to reopen on Monday - officials\n\nThe port, closed for a week after a fire, will reopen to ships on "
     "Monday, officials said on Friday.\n", "Port to reopen", "officials"),
    ("Hamas-run ministry says over 200 dead in strikes\n\nMore than 200 people were killed in strikes on the "
     "territory overnight, the ministry run by Hamas said on Sunday.\n", "over 200 dead", "Hamas-run ministry"),
)


@needs_heads
def test_wire_headline_sources_are_read(pipe):  # guard of enweb35b's claim (colon, dash, verbless "says")
    for text, start, source in HEADLINE_SOURCES:
        got = run(pipe, text)
        assert (of(got, start) or (None, None))[1] == source, got


def test_byline_after_a_dash_is_no_source(pipe):  # guard: a byline's job title speaks no headline
    got = run(pipe, "Budget leaves councils short\n\nBy Jane Smith - Political Correspondent\n\nCouncils across "
                    "England will have less money to spend next year, according to figures published on Tuesday.\n")
    assert of(got, "By Jane Smith") is None, got


# =====================================================================================================================
# enweb35b: en_relay_tail and en_quoted_as
# =====================================================================================================================

def test_relay_tail_skips_a_noun_with_a_relative_clause(pipe):
    """enweb35b, quotes/en_relay_tail.py ``_source_ok``: "Police said 40 people were hurt in the clashes, the same
    number the ministry reported." -- the tail is an appositive noun with a contact relative clause ("the number [that]
    the ministry reported"), and the branch adds the speaker "the same number the ministry". Narrowing: the SOURCE
    must be one noun phrase that is the cue's subject in the parse (its head's dep nsubj of the cue), not a noun with a
    second determiner or a number word inside it ("the same number the ministry", "twice the figure the agency")."""
    got = run(pipe, "Police said 40 people were hurt in the clashes, the same number the ministry reported.\n")
    assert not any(g[1] and g[1].startswith("the same number") for g in got), got


@needs_heads
def test_relay_tail_credits_the_agency(pipe):  # guard of enweb35b's claim
    got = run(pipe, "Two soldiers were killed in the attack near the border, the army said on Sunday, the state news "
                    "agency reported.\n")
    speakers = {g[1] for g in got if g[0].startswith("Two soldiers were killed")}
    assert {"the army", "the state news agency"} <= speakers, got


def test_cited_as_saying_is_read_as_quoted_as(pipe):
    """enweb35b, quotes/en_quoted_as.py ``_VERBS`` = quote, report: "Reuters cited the minister as saying the port
    would reopen on Monday." -- no quote at all, on the branch or on main; "cite" is the wire's other verb for this
    (en_citing reads only "citing"). Narrowing: add "cite" to the verbs (best as a lang/en table, with quote and
    report), the outlet kept as in "quoted X as saying"."""
    got = run(pipe, "Reuters cited the minister as saying the port would reopen on Monday.\n")
    assert of(got, "the port would reopen") is not None and of(got, "the port would reopen")[1] != "Reuters", got


def test_quoted_word_in_an_infinitive_stops_before_a_clause_of_its_own(pipe):
    """enweb35b, quotes/en_naming.py ``_complement_end``: 'The mayor urged residents to "stay home" on Tuesday as the
    storm, which forecasters said would be the worst in decades, hit the coast.' -- the branch stretches the mayor's
    mixed quote to the xcomp's right edge, the whole "as the storm, which forecasters said ..., hit the coast", and
    the forecasters' own attribution (main reads it) is gone. Narrowing: end the infinitive before an adverbial
    clause (advcl, a subordinator: as, when, while, after, before, because) and before any other attribution or
    quotation inside its subtree; its object and short adjuncts ("the harbour wall by spring") stay."""
    got = run(pipe, "The mayor urged residents to \"stay home\" on Tuesday as the storm, which forecasters said would "
                    "be the worst in decades, hit the coast.\n")
    assert not any("forecasters" in g[0] for g in got if g[1] == "The mayor"), got
    assert any(g[1] == "forecasters" for g in got), got


@needs_heads
def test_quoted_as_saying_credits_both(pipe):  # guard of enweb35b's claim
    got = run(pipe, "Tanjug quoted Vucic as saying that Serbia would not impose sanctions.\n")
    speakers = {g[1] for g in got if g[0].startswith("Serbia would not")}
    assert {"Tanjug", "Vucic"} <= speakers, got


def test_misquoted_as_saying_credits_no_one_with_it(pipe):  # guard: a denied or wrong quotation is not the mayor's
    got = run(pipe, "The council said the paper had wrongly quoted the mayor as saying the bridge would close.\n")
    assert not any(g[1] == "the mayor" for g in got), got
    got = run(pipe, "The ministry denied a newspaper report that quoted the minister as saying the talks had "
                    "failed.\n")
    assert not any(g[1] == "the minister" for g in got), got


# =====================================================================================================================
# enweb35a: en_block_quotes.colon_blocks -- a block under an attributed colon
# =====================================================================================================================

def test_block_under_a_colon_naming_a_letter_is_not_the_speakers(pipe):
    """enweb35a, quotes/en_block_quotes.py ``colon_blocks``: "Mayor Ana Ruiz said she had received a letter from a
    resident last week:⏎⏎I have lived on this street for 40 years ..." -- the block is the resident's letter, and the
    branch makes it Ruiz's direct words. Narrowing: when the head statement's content names a document or another
    writer (letter, email, message, note, post ... from X; a lang/en table), the first person of the block is that
    writer's: leave it (or credit X), never the head's speaker."""
    got = run(pipe, "Roads in poor state\n\nMayor Ana Ruiz said she had received a letter from a resident last "
                    "week:\n\nI have lived on this street for 40 years and I have never seen the roads so bad.\n")
    assert not_by(got, "I have lived on this street", "Ana Ruiz"), got


def test_writer_addressing_the_reader_under_a_colon_is_not_the_speakers(pipe):
    """enweb35a, quotes/en_block_quotes.py ``colon_blocks`` (``_own_voice`` takes "you"): "Mayor Ana Ruiz said the
    city would close three roads this weekend for repairs, and here is what that means:⏎⏎You will need to leave the
    car at home on Saturday." -- the writer explains to the reader; the branch makes it Ruiz's direct quote.
    Narrowing: the colon must close the attributed clause itself (the cue's content or its clause runs to the colon),
    not a later clause of the writer's ("here is what", "this is how", "the details:"); and a block in the second
    person alone, with no "I"/"we", is not enough to hand it to the speaker."""
    got = run(pipe, "Council to close roads\n\nMayor Ana Ruiz said the city would close three roads this weekend for "
                    "repairs, and here is what that means:\n\nYou will need to leave the car at home on Saturday.\n\n"
                    "Buses will run every ten minutes.\n")
    assert not_by(got, "You will need", "Ana Ruiz"), got


@needs_blocks
def test_block_stops_at_the_writers_own_i(pipe):  # guard of enweb35a's claim (and of where the block ends)
    got = run(pipe, "Factory closes\n\nOwner Tom Hale told me the decision was simple:\n\nWe could not pay the gas "
                    "bill any more.\n\nI asked him whether the workers had been told. He shook his head.\n")
    assert of(got, "We could not pay")[1] == "Tom Hale", got
    assert of(got, "I asked him") is None, got


# =====================================================================================================================
# enweb35a: en_answers._speech_label -- a transcript's capitalised label
# =====================================================================================================================

def test_transcript_speech_stops_before_page_furniture(pipe):
    """enweb35a, quotes/en_answers.py ``continued_answers`` with ``_speech_label``: under "JEROME POWELL: Good
    afternoon ..." every later paragraph in the first or second person goes on as Powell's, and so does the page's
    "You can watch the full news conference on our website." Narrowing: a paragraph that names the outlet or the page
    ("our website", "this page", "subscribe", "watch the full", "click") -- or whose "our" is the outlet's
    (``_outlet_voice`` with the page's outlet) -- ends the run; at least require "I"/"we"/"my"/"our" in the paragraph,
    not "you" alone."""
    got = run(pipe, "Fed holds rates\n\nVideo Transcript\n\nJEROME POWELL: Good afternoon. My colleagues and I remain "
                    "focused on our goal.\n\nWe have held rates steady today.\n\nYou can watch the full news "
                    "conference on our website.\n")
    assert not_by(got, "You can watch", "JEROME POWELL"), got


@needs_blocks
def test_transcript_speech_goes_on_under_its_label(pipe):  # guard of enweb35a's claim
    got = run(pipe, "Fed holds rates\n\nVideo Transcript\n\nJEROME POWELL: Good afternoon. My colleagues and I remain "
                    "focused on our goal.\n\nWe have held rates steady today.\n")
    assert of(got, "We have held rates")[1] == "JEROME POWELL", got


def test_capital_page_labels_open_no_speech(pipe):  # guard: CORRECTION, UPDATE, EDITOR'S NOTE are no speakers
    body = "Storm hits coast\n\nThe storm hit the coast on Monday night, cutting power to thousands of homes across " \
           "the county.\n\n"
    for label, after in (("CORRECTION: An earlier version of this story gave the wrong date.", "We regret the error."),
                         ("UPDATE: Power has been restored to most homes.", "We will update this story."),
                         ("EDITOR'S NOTE: This story has been updated.", "We regret the error in it.")):
        got = run(pipe, body + label + "\n\n" + after + "\n")
        assert of(got, after[:10]) is None, got


# =====================================================================================================================
# enweb35a: en_aside_start.coordinated_openings -- '…, but no one, he says, has …'
# =====================================================================================================================

def test_interrupted_clause_after_a_comma_and_but(pipe):
    """enweb35a, quotes/en_aside_start.py ``coordinated_openings``: the rule read "…industry but no one, he says,
    has shaken it …" (their test) but not the same sentence with the usual comma before "but": there the parse gives
    one piece, "he has seen big changes to the industry, but no one", on main (and on the branch at 831a09e4) -- the
    writer's clause in, the reported clause out. enweb35a's 57b5d873 takes a one-piece content cut at the
    attribution (the test passes there): keep it as that commit's guard once merged."""
    got = run(pipe, "Jim Cole has run the paper for decades. In all that time, he has seen big changes to the "
                    "industry, but no one, he says, has shaken it more than the mayor.\n")
    assert of(got, "no one has shaken it") is not None, got


# =====================================================================================================================
# enweb35a: en_put_it.put_it_quotes -- '"…," as X put it'
# =====================================================================================================================

def test_put_it_with_a_modal_is_the_writers_words(pipe):
    """enweb35a, quotes/en_put_it.py ``_PUT_IT``: 'The council's budget was "a bit of a mess," as a lawyer might put
    it.' -- the writer imagines how someone would word it; nobody said it. The branch makes a direct quote, speaker
    "a lawyer might". Narrowing: refuse a modal (might, would, could, may) before the verb, and require the subject
    phrase to end in a noun or a name (its last token NOUN/PROPN), never a verb."""
    got = run(pipe, "The council's budget was \"a bit of a mess,\" as a lawyer might put it. The mayor defended it "
                    "on Tuesday.\n")
    assert not any(g[1] and "might" in g[1] for g in got), got


def test_put_it_with_a_time_or_an_audience(pipe):
    """enweb35a, quotes/en_put_it.py ``_PUT_IT``: the lookahead after "it" allows only punctuation, so the obvious
    variants "as Mayor Ana Ruiz put it on Tuesday" and "as Mayor Ana Ruiz put it to reporters" give no quote.
    Narrowing: allow a short time adjunct or a "to"/"in" phrase (up to about four words) between "it" and the
    punctuation ("put it to the council", "put it in a statement", "put it last week")."""
    for tail in ("on Tuesday", "to reporters"):
        got = run(pipe, "The plan left the city with debts \"that nobody could pay,\" as Mayor Ana Ruiz put it "
                        f"{tail}.\n")
        assert (of(got, "that nobody could pay") or (None, None))[1] == "Ana Ruiz", (tail, got)


@needs_put_it
def test_put_it_credits_the_quotation(pipe):  # guard of enweb35a's claim
    got = run(pipe, "The plan left the city with debts \"that nobody could pay,\" as Mayor Ana Ruiz put it.\n")
    assert of(got, "that nobody could pay")[1] == "Ana Ruiz", got


def test_put_it_after_a_title_is_no_quote(pipe):
    """enweb35a, quotes/en_put_it.py ``put_it_quotes``: 'She starred in "The Long Night," as the studio's listing
    puts it, in 2019.' -- a title in Title Case after "starred in" is a name, not wording; the branch makes it a
    direct quote of "the studio's listing". Narrowing: skip a quotation the view already marks as a title or a name
    (every word capitalised, after a verb of making or acting: starred in, wrote, directed, released)."""
    got = run(pipe, "She starred in \"The Long Night,\" as the studio's listing puts it, in 2019.\n")
    assert of(got, "The Long Night") is None, got


def test_bash_as_a_naming_cue_and_its_near_miss(pipe):  # guard: enweb35a's "bash"; a homer "bashed" names nobody
    got = run(pipe, "Aaron Judge bashed his 40th homer of the season as the \"Bronx Bombers\" beat Boston 6-2 on "
                    "Friday.\n")
    assert got == [], got


# =====================================================================================================================
# dates35web: program_names (Sunday papers), future_words, stamps.py
# =====================================================================================================================

def test_people_on_sunday_is_a_day(date_pipe):
    """dates35web, lang/en/dates_settings.tsv ``program_names`` "(?:Sun|Mail|Independent|Express|Mirror|People|
    Observer) on Sunday": "People on Sunday lined the streets of the town" -- a capital "People" opens the sentence;
    main dates Sunday (2024-11-24), the branch drops it. Narrowing: require "the" before the paper's name ("the Mail
    on Sunday", "the Sun on Sunday"), keep only the real titles (Mail, Sun, Independent on Sunday; the People and the
    Express are the "Sunday People"/"Sunday Express"), and never at a sentence's start without "the"."""
    assert dates(date_pipe, "People on Sunday lined the streets of the town to watch the parade.\n",
                 "2024-11-28").get("Sunday") == "2024-11-24"


def test_a_daily_paper_on_sunday_is_a_day(date_pipe):
    """dates35web, ``program_names``: "The Mirror on Sunday revealed that ..." is the daily Mirror on a Sunday (its
    Sunday paper is the "Sunday Mirror"), and "Sun on Sunday, rain on Monday" is a forecast; main dates both
    Sundays, the branch drops them. Narrowing: as above; the titles that exist are "the Mail on Sunday", "the Sun on
    Sunday" and "the Independent on Sunday", each with "the"."""
    assert dates(date_pipe, "The Mirror on Sunday revealed that the singer had sold her London home.\n",
                 "2024-11-28").get("Sunday") == "2024-11-24"
    assert dates(date_pipe, "Sun on Sunday, rain on Monday, the forecasters said.\n", "2024-11-28").get("Sunday")


@needs_stamps
def test_the_mail_on_sunday_is_a_paper(date_pipe):  # guard of dates35web's claim
    assert not dates(date_pipe, "The minister told the Mail on Sunday that the plan would go ahead.\n",
                     "2024-11-28").get("Sunday")


def test_expecting_after_a_past_event_keeps_its_date(date_pipe):
    """dates35web, lang/ru/dates_settings.tsv ``future_words`` (+ ожидает/ожидают/прогнозируют) read by
    dates/tense_natasha.py: "После аварии 3 мая жители ожидают компенсаций" (published 2 June) -- the date belongs to
    the noun "аварии", a past event, but the walk up reaches "ожидают" and makes it future: 2026-05-03 (main:
    2025-05-03). Narrowing: a forecast's present looks ahead only for a date that is its own adjunct (its child, or
    "в/на" + date under it), never for a date inside a noun's complement ("после аварии 3 мая", "по итогам торгов в
    пятницу", "выборов 5 мая")."""
    assert dates(date_pipe, "После аварии 3 мая жители ожидают компенсаций от властей.\n", "2025-06-02",
                 "ru").get("3 мая") == "2025-05-03"
    assert dates(date_pipe, "После выборов 5 мая партия ожидает перемен в правительстве.\n", "2025-06-02",
                 "ru").get("5 мая") == "2025-05-05"


def test_results_of_fridays_trading_are_last_friday(date_pipe):
    """dates35web, ``future_words`` (ожидают) with tense_natasha.py: "По итогам торгов в пятницу аналитики ожидают
    роста рынка" (published Monday 2 June 2025) -- the results of Friday's trading are in: 2025-05-30 (main); the
    branch gives 2025-06-06. Narrowing as above (a date under a noun of an event, "торгов в пятницу", keeps its own
    reading)."""
    assert dates(date_pipe, "По итогам торгов в пятницу аналитики ожидают роста рынка.\n", "2025-06-02",
                 "ru").get("пятницу") == "2025-05-30"


def test_a_race_time_is_no_timestamp(date_pipe):
    """dates35web, dates/stamps.py ``stamp_patterns`` (dd.mm.yy with a clock after it): "Победитель прошел
    дистанцию за 2.05.33, 10.15 — результат второго места" -- the branch dates "2.05.33" 1933-05-02. Narrowing: a
    two-digit year only with a ":" clock (or a "." clock with seconds "12.04.00"), and a timestamp never after "за"
    or "время" (a duration); a year two digits long resolves near the publication date, never a century back."""
    got = dates(date_pipe, "Победитель прошел дистанцию за 2.05.33, 10.15 — результат второго места.\n", "2025-06-02",
                "ru")
    assert not got.get("2.05.33"), got


def test_month_first_form_takes_only_a_nominative_month(date_pipe):
    """dates35web, dates/stamps.py (Russian month first, "Май 5, 2025"): the form comes from an English template,
    which prints the nominative; "в марте — 8, в апреле 12, 2024 год стал самым спокойным" is a list of counts, and
    the branch makes "апреле 12, 2024 год" 2024-04-12. Narrowing: only the nominative month (the ``month`` forms
    that are nominative: a lang/ru table column), and not after a preposition ("в апреле")."""
    got = dates(date_pipe, "Пожаров было больше всего в марте — 8, в апреле 12, 2024 год стал самым спокойным.\n",
                "2025-06-02", "ru")
    assert "2024-04-12" not in got.values(), got


@needs_stamps
def test_dateline_template_and_settlement_guards(date_pipe):  # guards of dates35web's claims
    assert dates(date_pipe, "КАЗАНЬ, 3 июл - РИА Новости. Мост открыли.\n", "2025-07-03", "ru").get("3 июл") == \
        "2025-07-03"
    assert dates(date_pipe, "10:15 Май 5, 2025\n\nПравительство утвердило новые правила.\n", "2025-05-05",
                 "ru").get("Май 5, 2025") == "2025-05-05"
    assert not dates(date_pipe, "Курс доллара с расчетами «завтра» вырос на 20 копеек.\n", "2025-07-03",
                     "ru").get("завтра")
    assert dates(date_pipe, "Визит запланирован на 12 декабря.\n", "2025-11-20", "ru").get("12 декабря") == \
        "2025-12-12"
    assert not dates(date_pipe, "Ковчег Ноя нашли в горах, утверждают исследователи.\n", "2024-11-28", "ru")
