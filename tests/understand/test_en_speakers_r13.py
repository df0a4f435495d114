"""understand.quotes (English), round 13: a quotation its own speech verb and comma introduce and that closes with
"!" or "?" keeps that attribution when a new sentence opening with a capitalised pronoun follows ("Keller wrote to
her, “…!” She replied …"); an object pronoun right after a cue is the one spoken to, never the speaker ("A reporter
asked her, “…”") (sentences written for these tests)."""
import pytest


def quote_of(rec, fragment):
    return next(q for q in rec.quotes if fragment in q.text)


def speaker_of(rec, fragment):
    q = quote_of(rec, fragment)
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text, fragment, name", [
    ("Mayor Joan Pratt broke her wrist in May. Tom Keller wrote to her, \"We need you back soon!\" She replied "
     "that it was an \"honor to serve the city.\"", "back soon", "Tom Keller"),
    ("Coach Ray Dunn watched the game from the stands. Assistant coach Al Moss shouted to the players, \"Keep the "
     "ball moving!\" He later said the team had played its best game of the season.", "ball moving", "Al Moss"),
])
def test_an_introduced_exclamation_keeps_its_own_attribution(analyze, text, fragment, name):
    rec = analyze(text)
    assert speaker_of(rec, fragment) == name
    assert quote_of(rec, fragment).cue in ("wrote", "shouted")


def test_the_next_sentence_is_a_statement_of_its_own(analyze):
    text = ("Mayor Joan Pratt broke her wrist in May. Tom Keller wrote to her, \"We need you back soon!\" She replied "
            "that it was an \"honor to serve the city.\"")
    assert speaker_of(analyze(text), "honor to serve") == "Joan Pratt"


def test_a_lower_case_attribution_after_an_exclamation_still_reads(analyze):
    assert speaker_of(analyze("\"Go home now!\" Officer Dana Cole shouted at the crowd on Friday."), "Go home") == \
        "Dana Cole"


@pytest.mark.parametrize("text, fragment, name", [
    ("Senator Maria Lopez took questions on Friday. A reporter asked her, \"Will you run again?\"", "run again",
     "A reporter"),
    ("Governor Tim Hale met the farmers on Monday. One of them told him, \"We cannot survive another dry year.\"",
     "dry year", "One of them"),
])
def test_an_object_pronoun_after_the_cue_is_the_addressee(analyze, text, fragment, name):
    q = quote_of(analyze(text), fragment)
    assert (q.speaker.name if q.speaker else None) == name


TRANSCRIPT = ("On Sunday, Governor Rita Vance appeared on a morning show.\n\nJOHN HALE: The president released a video "
              "on Friday about the floods. Take a look.\n\nHALE: Do you think the president has handled the floods "
              "well?\n\nVANCE: I think he is trying to handle it well. I think that has been part of his message.")


def test_a_transcript_in_capitals_names_its_host(analyze):
    rec = analyze(TRANSCRIPT)
    assert speaker_of(rec, "released a video") == "John Hale"
    assert speaker_of(rec, "handled the floods") == "John Hale"


def test_a_turn_holds_its_own_i_think(analyze):
    rec = analyze(TRANSCRIPT)
    q = quote_of(rec, "trying to handle it")
    assert q.cue == ":" and q.speaker.name == "Rita Vance"
    assert q.text.startswith("I think")


def test_a_headline_title_and_surname_gives_way_to_the_full_name(analyze):
    text = ("Sen Price: Budget Deal 'Within Reach'\n\nOn Tuesday, Senator Laura Price talked about the budget with a "
            "radio host.\n\nMIKE DORAN: Is a deal close?\n\nPRICE: Well, I believe a deal is within reach this week. "
            "Both sides want it done.\n\nDORAN: And if it fails?\n\nPRICE: Then we will come back and try again.")
    assert speaker_of(analyze(text), "try again") == "Laura Price"


def test_capitalised_datelines_are_no_transcript(analyze):
    rec = analyze("UPDATE: The road reopened at noon after crews cleared the debris.\n\nLONDON: Traffic in the city "
                  "centre was light on Sunday morning.\n\nLONDON: Buses ran on time.")
    assert not rec.quotes


@pytest.mark.parametrize("text, fragment, maker", [
    ("A 52-page analysis released by the Department of Housing and Urban Development last week shows that rents "
     "rose faster than wages.", "rents rose", "Development"),
    ("Rules recently issued by the Federal Aviation Administration tell airlines that pilots must rest for ten "
     "hours.", "pilots must rest", "Administration"),
    ("A 2019 study that appeared in the Journal of Pediatrics found that most toddlers watch two hours of "
     "television a day.", "toddlers watch", "Pediatrics"),
])
def test_a_document_is_named_with_its_maker_or_venue(analyze, text, fragment, maker):
    q = quote_of(analyze(text), fragment)
    assert maker in q.speaker.mention.text


def test_other_relative_clauses_stay_out_of_a_description(analyze):
    q = quote_of(analyze("A spokesperson who did not wish to be named said that the talks had stalled."), "stalled")
    assert "wish" not in (q.speaker.mention.text if q.speaker and q.speaker.mention else "")


def test_a_name_in_apposition_after_a_described_speaker_is_the_speaker(analyze):
    text = ("Senator Maria Lopez will not attend the summit. \"The senator has a prior commitment,\" said her "
            "spokesman, John Miller.")
    assert speaker_of(analyze(text), "prior commitment") == "John Miller"
