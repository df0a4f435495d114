"""Stories a reader would recognise (issue 18): one happening and its coverage within days; not a standing topic,
not an opinion piece that only shares famous names; the same stories whatever the arrival order within a batch."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.corpus import stories as ST  # noqa: E402
from newsgraph.eval.stories import bcubed  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402

PEOPLE = [("Maria Lindqvist", "PERSON", "Mayor", ["Maria Lindqvist"]),
          ("Tomas Berg", "PERSON", "Governor", ["Tomas Berg"])]


def _doc(source, published, title, text, ents=PEOPLE):
    return make(text, source=source, title=title, published=published, site=source.split(".")[0].upper(),
                entities=[e for e in ents if any(f in text for f in e[3])])


FLOOD = ["Storm Odette flooded the harbour of Bergen overnight, Maria Lindqvist said; the ferry terminal and the "
         "fishmarket were evacuated while pumps ran through the night.",
         "Pumps worked all night in Bergen after storm Odette sent floodwater into the fishmarket, and Maria "
         "Lindqvist ordered the ferry terminal closed until the harbour is safe.",
         "Bergen counts the damage of storm Odette: the harbour quay, the fishmarket stalls and the ferry terminal "
         "stood under water, said Maria Lindqvist, who thanked the fire crews."]
BUDGET = ["The council passed the school budget after a long session; Tomas Berg and Maria Lindqvist praised the "
          "teachers' union for the compromise on class sizes and salaries.",
          "Teachers will get higher salaries and smaller classes under the school budget the council approved late "
          "on Friday, a compromise Tomas Berg called fair to the union."]


def _flood(n, day):
    return _doc(f"flood{n}.example/{n}", day, "Storm Odette floods Bergen harbour", FLOOD[n - 1])


def _budget(n, day):
    return _doc(f"budget{n}.example/{n}", day, "Council passes the school budget", BUDGET[n - 1])


def _opinion(day):
    return _doc("opinion.example/1", day, "Opinion: I miss the old politics",
                "I have watched politics for years, and I think my city deserves better. I remember when Maria "
                "Lindqvist and Tomas Berg debated ideas; I miss that, and my neighbours tell me they do too.")


def _assignment(store) -> list[tuple]:
    by_story: dict[str, set] = {}
    for d in Q.list_documents(store, limit=200)["items"]:
        by_story.setdefault(d["story_id"], set()).add(d["source"])
    return sorted(tuple(sorted(s)) for s in by_story.values())


def test_one_happening_is_one_story_and_two_happenings_are_two(store):
    store.write_batch([_flood(1, "2025-09-04"), _flood(2, "2025-09-05"), _budget(1, "2025-09-05"),
                       _budget(2, "2025-09-06")])
    groups = _assignment(store)
    assert len(groups) == 2 and all(len(g) == 2 for g in groups)
    top = Q.list_stories(store)["items"]
    assert {s["title"] for s in top} == {"Storm Odette floods Bergen harbour", "Council passes the school budget"}


def test_the_same_topic_weeks_later_is_another_story(store):
    store.write_batch([_flood(1, "2025-09-04")])
    store.write_batch([_flood(2, "2025-10-20")])
    assert len(_assignment(store)) == 2


def test_an_opinion_piece_does_not_join_by_famous_names(store):
    store.write_batch([_budget(1, "2025-09-05"), _budget(2, "2025-09-05")])
    store.write_batch([_opinion("2025-09-06")])
    groups = _assignment(store)
    assert ("opinion.example/1",) in groups
    assert ST.looks_like_opinion("Opinion: I miss the old politics", "text")


def test_the_arrival_order_within_a_batch_does_not_change_the_stories(tmp_path):
    from newsgraph.store import open_store
    docs = [_flood(1, "2025-09-04"), _budget(1, "2025-09-05"), _flood(2, "2025-09-05"), _budget(2, "2025-09-06"),
            _opinion("2025-09-06"), _flood(3, "2025-09-07")]
    dumps = []
    for k, order in enumerate((docs, docs[::-1], docs[2:] + docs[:2])):
        with open_store(tmp_path / f"s{k}.db") as st:
            st.write_batch(list(order))
            dumps.append((_assignment(st), st.dump("stories"), st.dump("story_terms"), st.dump("story_actors"),
                          st.dump("doc_terms")))
    assert dumps[0] == dumps[1] == dumps[2]


def test_the_title_is_the_most_central_members():
    a = {"flood": 1.0}
    b = {"flood": 0.8, "ferry": 0.6}  # between the two others
    c = {"ferry": 1.0}
    score = ST.centrality({"a": a, "b": b, "c": c})
    assert max(score, key=score.get) == "b"


def test_bcubed():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, {"a": 1, "b": 1, "c": 2}) == (1.0, 1.0, 1.0)
    p, r, f = bcubed(gold, {"a": 1, "b": 2, "c": 3})
    assert (p, round(r, 3)) == (1.0, 0.667)
    p, r, f = bcubed(gold, {"a": 1, "b": 1, "c": 1})
    assert (round(p, 3), r) == (0.556, 1.0)


def test_one_strong_shared_word_is_a_topic_not_a_happening():
    europa = {"nasa": 0.9, "europa": 0.3, "plumes": 0.3}
    lander = {"nasa": 0.9, "lander": 0.3, "lunar": 0.3}
    assert ST.cosine(europa, lander) > 0.8 and ST.similarity(europa, lander) == ST.TERM_CAP
    again = {"nasa": 0.5, "europa": 0.6, "plumes": 0.6}
    assert abs(ST.similarity(europa, again) - 3 * ST.TERM_CAP) < 1e-9  # three shared words count three times


DIGEST_ITEMS = ["- Storm Odette flooded the harbour of Bergen overnight and Maria Lindqvist closed the ferry terminal "
                "and the fishmarket until the pumps are done.",
                "- The council passed the school budget after a long session, with higher salaries for teachers and "
                "smaller classes in every school of the city.",
                "- Pumps ran all night in the Bergen fishmarket after storm Odette; the harbour quay and the ferry "
                "terminal stood under water, Maria Lindqvist said.",
                "- The airport opens a second runway next spring after six years of works and a long dispute over the "
                "noise with the villages around it.",
                "- A new bakery chain buys the old mill by the river and plans a museum of bread in the oldest of its "
                "buildings, the owners said on Monday.",
                "- The football club sold its stadium naming rights to an insurer for ten years, the largest deal in "
                "the history of the league, its chairman said."]


def test_a_digest_of_many_happenings_stands_alone(store):
    """A morning newsletter names the flood in its first item: it covers no happening, it joins none, and a report
    of the flood does not join it either."""
    digest = _doc("digest.example/1", "2025-09-04", "Five things to know this morning",
                  "Good morning! Here is the news of the day.\n\n" + "\n\n".join(DIGEST_ITEMS))
    store.write_batch([digest, _flood(1, "2025-09-04"), _flood(2, "2025-09-05")])
    assert ("digest.example/1",) in _assignment(store)
    assert ST.looks_like_digest("Opening Bell 11.18.19", "text")  # an edition of a series, dated
    assert ST.looks_like_digest("Your Tuesday news", "Intro line.\n\n" + "\n\n".join(DIGEST_ITEMS))  # by its items
    assert not ST.looks_like_digest(FLOOD_TITLE, "\n\n".join(FLOOD))
    assert not ST.looks_like_digest("5 things to watch in tonight's debate", "One debate, five questions.")


FLOOD_TITLE = "Storm Odette floods Bergen harbour"
LAPTOP = ["The Nimbus Pro laptop from Corvex will get a scissor keyboard next year, a supplier says, with a larger "
          "battery and the escape key back, ending the years of the butterfly keyboard complaints.",
          "Corvex brings the scissor keyboard back on the Nimbus Pro: the escape key returns, the battery is larger "
          "and the speakers louder, and the butterfly keyboard that failed so often is gone.",
          "After a week with the Nimbus Pro from Corvex: the scissor keyboard types well, the escape key is back, and "
          "the larger battery lasts a working day; the butterfly keyboard will not be missed."]


def test_another_model_of_a_product_is_another_happening(store):
    rumour = _doc("rumour.example/1", "2025-09-04", "13-inch Nimbus Pro with scissor keyboard expected next year",
                  LAPTOP[0])
    review = _doc("review.example/1", "2025-09-04", "16-inch Nimbus Pro with scissor keyboard reviewed", LAPTOP[1])
    again = _doc("again.example/1", "2025-09-05", "The 16\" Nimbus Pro with scissor keyboard tested",
                 LAPTOP[2])
    store.write_batch([rumour, review, again])
    assert _assignment(store) == [("again.example/1", "review.example/1"), ("rumour.example/1",)]
    assert ST.models("iPhone 11 Pro review") == {"iphone": {"11"}}
    assert ST.other_model(ST.models("iPhone 11 review"), ST.models("iPhone 12 leak"))
    assert not ST.other_model(ST.models("Galaxy S10 sale"), ST.models("Galaxy S10 review"))
    assert not ST.models("Lakers hold off OKC 112-107") and not ST.models("Storm kills 3 in Texas")


def test_a_piece_that_talks_to_its_reader_is_an_opinion():
    assert ST.looks_like_opinion("Why you can't trust the council on the budget",
                                 "Why you can't trust the council on the budget\n\nYou shouldn't believe them, and you "
                                 "know why. The council said the school budget is balanced.")
    assert not ST.looks_like_opinion(FLOOD_TITLE, FLOOD[0])


def test_the_first_person_of_a_quotation_or_a_transcript_is_the_speakers_not_the_writers():
    # a report that quotes an interview: the transcript's turns, a long quotation, an archive's doubled single quotes
    transcript = ("Governor Hale said on Sunday the toll road would be finished by spring.\n\nPartial transcript:\n\n"
                  "\"HOST: You said in May that the road would open this year. Will you keep your word?\n\n"
                  "\"HALE: Well, look, I said it and I meant it. My team works every day, and I check on it myself.\n\n"
                  "Q: And if you miss the date?\nA: Then I will tell you why, and you can judge me.")
    assert not ST.looks_like_opinion("Hale: toll road done by spring", transcript)
    archive = ("Mayor Lund on Tuesday called the plan ''a failure,'' and added, ''I do not think you've seen the "
               "last of it, and I've told my staff so.'' She said the vote would come in June.")
    assert not ST.looks_like_opinion("Lund calls the plan a failure", archive)
    long_quote = ("Senator Ross said, \u201cIn many ways my whole career has been a fight. " + "I have taken on the "
                  "establishment of both parties, and I have been ready to fight in the media. " * 6 +
                  "Do you really want two fighters on one ticket?\u201d He spoke on Wednesday.")
    assert not ST.looks_like_opinion("Ross weighs a two-fighter ticket", long_quote)
    # the writer's own first person outside any quotation still makes a personal piece
    assert ST.looks_like_opinion("Seven years on the night desk", "Seven years ago I was interviewing for a job "
                                 "here when I saw my future editor pushing a mail cart; he told me to sit down.")


def test_an_untitled_articles_story_is_named_by_its_first_line():
    from newsgraph.corpus.stories import untitled
    assert untitled("The Latest: Kasich wins Ohio.\n\nWASHINGTON (AP) — The governor …") == \
        "The Latest: Kasich wins Ohio."
    long = "word " * 60
    assert untitled(long).endswith("…") and len(untitled(long)) <= 121 and "\n" not in untitled(long)
    assert untitled("\n\n") is None


def test_a_series_label_is_no_mark_of_a_happening():
    """Every post of a series carries its label ("[Harbour Diaries] ..."): its words tell the series, not what
    each post reports."""
    from newsgraph.corpus import dedup
    tf = ST.lead_tf("[Harbour Diaries] The ferry crew's night shift", "[Harbour Diaries] The ferry crew's night "
                    "shift. We spent a night with the crew of the last ferry.", dedup.words)
    assert "diaries" not in tf and "ferry" in tf


def test_a_word_bursting_this_week_marks_a_happening_a_seasons_word_does_not():
    """A happening makes its words spike for a few days: "regatta" is in 4 of the week's 10 documents and in 5 of
    the month's 100; "harbour" is in 4 of the week's and 40 of the month's (the city's standing topic)."""
    f = ST.bursts(["regatta", "harbour", "quiet"], {"regatta": 4, "harbour": 4}, 10, {"regatta": 5, "harbour": 40,
                                                                                      "quiet": 30}, 100)
    assert round(f["regatta"], 2) == round(5 / 1.5, 2) and f["harbour"] == 1.0 and f["quiet"] == 1.0
    v = ST.burst({"regatta": 0.6, "harbour": 0.8}, f)
    assert v["regatta"] > v["harbour"] and abs(sum(x * x for x in v.values()) - 1) < 1e-9
    caps = ST.term_caps(f)
    assert caps["harbour"] == ST.TERM_CAP and caps["regatta"] == ST.TERM_CAP * min(5 / 1.5, ST.BURST_CAP)
    # the week's word adds more to a similarity than the standing topic's, however strong both are
    a, b = {"regatta": 0.7, "harbour": 0.7}, {"regatta": 0.7, "harbour": 0.7}
    assert ST.to_sum(a, b, caps) > 2 * ST.TERM_CAP


def test_two_reports_of_a_weeks_happening_join_and_the_month_does_not_chain(store):
    """The lantern parade's two reports share its words, which no other document of the month has: they join; the
    month's other documents, about the harbour (in every one of them), stay apart."""
    notes = ["A new crane arrived at the harbour for the container terminal.",
             "Fishermen at the harbour complain about the price of diesel this autumn.",
             "The harbour museum opens a room about the old whaling ships.",
             "Students cleaned plastic from the beaches near the harbour on Tuesday.",
             "A cruise liner with two thousand tourists docked in the harbour at dawn.",
             "The harbour bakery won a prize for its cinnamon buns.",
             "Engineers inspected the bridge over the harbour after a small crack was found.",
             "Seals were seen resting on the rocks of the harbour breakwater."]
    month = [_doc(f"harbour{i}.example/{i}", f"2025-09-{3 * i + 1:02d}", f"Harbour news {i}", t)
             for i, t in enumerate(notes)]
    parade = [_doc("parade1.example/1", "2025-09-20", "Vinterfest lantern parade fills the old town",
                   "Thousands walked through the old town on Saturday evening behind drummers and a brass band at "
                   "the Vinterfest lantern parade."),
              _doc("parade2.example/1", "2025-09-21", "Record crowd for the lantern parade of Vinterfest",
                   "Organisers counted a record crowd on Sunday; children carried paper lanterns as the parade of "
                   "Vinterfest ended at the cathedral.")]
    store.write_batch(month)
    store.write_batch(parade)
    groups = _assignment(store)
    assert ("parade1.example/1", "parade2.example/1") in groups
    assert sum(len(g) for g in groups if any(s.startswith("harbour") for s in g)) == 8
    assert all(len(g) == 1 for g in groups if any(s.startswith("harbour") for s in g))


def test_a_dateline_line_is_no_title():
    # tryout r19 H: a plain-text story was named by its dateline "Київ, 12 березня 2025 року."
    from newsgraph.corpus.stories import untitled
    from newsgraph.ingest.pubdate import is_dateline
    for line in ("Київ, 12 березня 2025 року.", "Москва, 14 марта 2024 года.", "WASHINGTON, March 14, 2024 (Reuters) -",
                 "SPRINGFIELD, Ill., March 14, 2024 —", "Published: 14 March 2024", "March 14, 2024"):
        assert is_dateline(line), line
    for line in ("Москва, 14 марта 2024 года. Президент заявил о переговорах", "Feb. 24, 2022: troops invade",
                 "WASHINGTON, March 14, 2024 (Reuters) - The mayor said the bridge would reopen",
                 "9 мая 1945 года в Москве прошел первый парад", "The Latest: Kasich wins Ohio."):
        assert not is_dateline(line), line
    assert untitled("Львів, 3 квітня 2025 року.\n\nМер Львова відкрив новий міст через річку в понеділок.") == \
        "Мер Львова відкрив новий міст через річку в понеділок."


def test_an_ingested_text_with_a_dateline_is_named_by_its_lead(tmp_path):
    from typer.testing import CliRunner

    from newsgraph.cli import app
    from newsgraph.store import open_store
    from newsgraph.store import queries as Q
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "lviv.txt").write_text(
        "Львів, 3 квітня 2025 року.\n\nМер Львова Андрій Садовий відкрив у четвер новий міст через річку Полтву. "
        "«Міст з'єднає два райони міста», — сказав Садовий журналістам.\n", encoding="utf-8")
    (tmp_path / "in" / "dayton.txt").write_text(
        "DAYTON, Ohio, April 3, 2025 (Reuters) -\n\nThe mayor of Dayton opened a new bridge over the river on "
        "Thursday. \"The bridge joins two parts of the city,\" Mayor Anna Berg told reporters.\n", encoding="utf-8")
    db = tmp_path / "news.db"
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "-q"])
    assert r.exit_code == 0, r.output
    with open_store(db) as st:
        titles = sorted(s["title"] for s in Q.list_stories(st)["items"])
        docs = Q.list_documents(st)["items"]
    assert len(titles) == 2 and not any("2025" in t for t in titles), titles
    assert all(t.startswith(("Мер Львова", "The mayor of Dayton")) for t in titles), titles
    assert {d["published"] for d in docs} == {"2025-04-03"} and not any((d["title"] or "").startswith(
        ("Львів", "DAYTON")) for d in docs), docs


def test_a_story_title_is_the_headline_without_the_page_furniture():
    """Round 21: a story's title is its central report's headline as a reader knows it, without the site's name,
    a column or section label, or a trailing separator (headlines written for the test)."""
    from newsgraph.corpus.stories import story_title
    assert story_title("Opinion | Voters Are Tired of Waiting", ["The Daily Ledger"]) == "Voters Are Tired of Waiting"
    assert story_title("Harbour Times | Your city's news first: Ferry strike ends after two days",
                       ["Harbour Times", "Harbour Times | Your city's news first"]) == "Ferry strike ends after two days"
    assert story_title("The Ledger view on the port strike: a deal at last | Editorial", []) == \
        "The Ledger view on the port strike: a deal at last"
    assert story_title("New ferry timetable starts in May - Coast News", []) == "New ferry timetable starts in May"
    assert story_title("BREAKING: Ferry strike ends after two days", []) == "Ferry strike ends after two days"
    assert story_title("Mayor resigns;", []) == "Mayor resigns"
    assert story_title("Ferry strike ends - Daily Ledger", ["Daily Ledger"]) == "Ferry strike ends"
    # the headline's own parts stay
    assert story_title("Mayor Lee: 'We will rebuild the pier'", []) == "Mayor Lee: 'We will rebuild the pier'"
    assert story_title("The Latest: Ferry strike ends", []) == "The Latest: Ferry strike ends"
    assert story_title("Harbour review - a slow boat that finally arrives", []) == \
        "Harbour review - a slow boat that finally arrives"


def test_a_newspapers_deck_kicker_and_full_stop_are_no_part_of_a_story_title():
    from newsgraph.corpus.stories import story_title
    assert story_title("Harbour reopens after the storm; Ferries run again, but the fishmarket stays shut", []) == \
        "Harbour reopens after the storm"
    assert story_title("A toll that really works; Economic Scene", []) == "A toll that really works"
    assert story_title("BERGEN FLOODS // DAY TWO; What the city needs this week", []) == "What the city needs this week"
    assert story_title("Council passes the school budget.", []) == "Council passes the school budget"
    assert story_title("Ferries return to the U.S.", []) == "Ferries return to the U.S."


def test_a_story_is_titled_by_a_report_not_by_an_opinion_headline(store):
    """Round 21: the most central member names the story, but a headline in the writer's first person or labelled
    an opinion ("Why we must rebuild ...") gives way to a report's, however central it is."""
    from newsgraph.corpus.stories import opinion_headline
    assert opinion_headline("The harbour we would like to see") and opinion_headline("Opinion | Rebuild it")
    assert not opinion_headline("US sends pumps to Bergen") and not opinion_headline("'We lost everything': Bergen")
    first = _doc("flood1.example/1", "2025-09-04", "Why we must rebuild Bergen harbour after storm Odette", FLOOD[0])
    second = _doc("flood2.example/2", "2025-09-05", "Storm Odette floods Bergen harbour.", FLOOD[1])
    store.write_batch([first, second])
    (story,) = [s for s in Q.list_stories(store)["items"] if s["n_docs"] == 2]
    assert story["title"] == "Storm Odette floods Bergen harbour"


def test_a_letter_or_a_column_gives_the_title_to_a_report(store):
    """A member whose lead says it is a letter (its text opening with its headline, then "LETTERS.") or speaks in
    the writer's first person is no story's title while a report of the story has one (written for the test)."""
    letter = _doc("letters.example/1", "2025-09-04", "Bergen owes its fire crews after storm Odette",
                  "Bergen owes its fire crews after storm Odette\n\nLETTERS.\n\n" + FLOOD[0])
    report = _doc("flood2.example/2", "2025-09-05", "Storm Odette floods Bergen harbour", FLOOD[1])
    store.write_batch([letter, report])
    (story,) = [s for s in Q.list_stories(store)["items"] if s["n_docs"] == 2]
    assert story["title"] == "Storm Odette floods Bergen harbour"


def test_review_r21_titles_keep_all_capital_headlines_and_numerals():
    """Review r21: an all-capital headline has no kicker to cut; "Phase I", "World War I" are numerals and a named
    speaker's "We" after "Name:" is no writer's first person; a short first deck is the headline."""
    from newsgraph.corpus.stories import opinion_headline, story_title
    assert story_title("TRUMP WINS - CLINTON CONCEDES") == "TRUMP WINS - CLINTON CONCEDES"
    assert story_title("Markets tumble; Dow loses 1,000 points") == "Markets tumble"
    assert not opinion_headline("Phase I trial shows promise") and not opinion_headline("World War I memorial opens")
    assert not opinion_headline("Putin: We are ready to talk") and opinion_headline("Why I left the party")
