"""understand (English), round 36 (enfix36a, issue 16): a speaker left as a description resolves to the ONE actor of
its kind the text names (quotes/en_spk_kinds.py, lang/en/description_kinds.tsv); near misses stay as written.
Sentences written for these tests."""


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip('"“‘').startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


# --- a person of the kind: "an executive" named later by a title the kind holds ---------------------------------

_EXEC = ("The bakery chain no longer publishes its yearly sales figures, an executive testified Monday at the city's "
         "licensing hearing.\n\n"
         "\"We simply stopped doing it years ago,\" said Rosa Delgado, the chief operating officer of the chain.")


def test_an_executive_is_the_chief_operating_officer_named_after(analyze):
    rec = analyze(_EXEC)
    (q,) = _quotes(rec, "The bakery chain no longer publishes")
    assert _speaker(q) == "Rosa Delgado"


def test_near_miss_two_executives_named_after(analyze):
    rec = analyze(_EXEC + "\n\n\"Nobody asked for them,\" said Omar Lindqvist, the chief financial officer of the "
                  "chain.")
    (q,) = _quotes(rec, "The bakery chain no longer publishes")
    assert _speaker(q) not in ("Rosa Delgado", "Omar Lindqvist")


def test_near_miss_an_executive_the_text_never_names(analyze):
    rec = analyze("The bakery chain no longer publishes its yearly sales figures, an executive testified Monday.\n\n"
                  "\"It was a mistake,\" said Rosa Delgado, a baker who worked there for a decade.")
    (q,) = _quotes(rec, "The bakery chain no longer publishes")
    assert _speaker(q) != "Rosa Delgado"


# --- a body of the kind: a weather service, a think-tank, a newspaper ------------------------------------------------

def test_the_forecaster_is_the_weather_service_named_before(analyze):
    rec = analyze("The Irish Weather Service has issued new warnings as storms cross the west coast.\n\n"
                  "The forecaster urged people to check whether their homes could flood.")
    (q,) = _quotes(rec, "people to check whether their homes")
    assert _speaker(q) == "Irish Weather Service"


def test_near_miss_a_rival_forecaster(analyze):
    rec = analyze("The Irish Weather Service has issued new warnings as storms cross the west coast.\n\n"
                  "A rival forecaster urged people to check whether their homes could flood.")
    (q,) = _quotes(rec, "people to check whether their homes")
    assert _speaker(q) != "Irish Weather Service"


def test_a_leading_think_tank_named_after_by_its_name_and_kind(analyze):
    rec = analyze("Rents will keep rising for at least two more years, according to a leading think-tank.\n\n"
                  "But according to Ana Ruiz, an economist at the Hollis Institute for Housing Studies think-tank "
                  "that produced the forecast, wages will catch up.")
    (q,) = _quotes(rec, "Rents will keep rising")
    assert _speaker(q) == "Hollis Institute for Housing Studies"


def test_the_paper_is_the_one_newspaper_named(analyze):
    rec = analyze("After the flooding, the Guardian reports that two bridges could close for a month.\n\n"
                  "The paper reports that engineers found cracks in both of them.")
    (q,) = _quotes(rec, "engineers found cracks")
    assert _speaker(q) == "The Guardian"



# --- a long title running into a name; a lede's description named by the next report --------------------------------

def test_a_long_title_runs_into_the_name(analyze):
    rec = analyze("ISLAMABAD - Federal Minister for Water and Power Supply Tariq Lodhi has said that the dam will "
                  "open next year.")
    (q,) = _quotes(rec, "the dam will open next year")
    assert _speaker(q) == "Tariq Lodhi"


def test_a_ledes_description_named_by_the_next_report(analyze):
    rec = analyze("The transport secretary has said rail fares must be frozen until the next election.\n\n"
                  "Helen Marsh told BBC Radio 4 she would do whatever it takes to keep fares down.")
    (q,) = _quotes(rec, "rail fares must be frozen")
    assert _speaker(q) == "Helen Marsh"


def test_near_miss_the_next_sentence_names_someone_who_reports_nothing(analyze):
    rec = analyze("The transport secretary has said rail fares must be frozen until the next election.\n\n"
                  "Helen Marsh resigned from the rail board last week.")
    (q,) = _quotes(rec, "rail fares must be frozen")
    assert _speaker(q) != "Helen Marsh"


# --- a bare description after its one qualified form --------------------------------------------------------------

def test_the_military_after_the_only_qualified_military(analyze):
    rec = analyze("The Ruritanian military confirmed in a statement that it struck the depot.\n\n"
                  "The military said the depot was being used to store rockets.")
    (q,) = _quotes(rec, "the depot was being used")
    assert "Ruritanian" in _speaker(q)


def test_near_miss_two_militaries_qualified_before(analyze):
    rec = analyze("The Ruritanian military confirmed in a statement that it struck the depot, and the Freedonian "
                  "military denied it had any rockets there.\n\n"
                  "The military said the depot was being used to store rockets.")
    (q,) = _quotes(rec, "the depot was being used")
    assert "Ruritanian" not in (_speaker(q) or "")


# --- "its military" of a country that is the sentence's subject ----------------------------------------------------

def test_its_military_of_the_country_that_acted(analyze):
    rec = analyze("Norway launched a rescue operation on Tuesday off the coast of Svalbard, its military announced, "
                  "after a trawler sank.")
    (q,) = _quotes(rec, "Norway launched a rescue operation")
    assert "Norwegian" in (_speaker(q) or "")


def test_near_miss_its_military_of_an_organisation(analyze):
    rec = analyze("The Harbour Workers Union launched a strike on Tuesday against Norway in the port of Oslo, its "
                  "military announced.")
    qs = _quotes(rec, "The Harbour Workers Union launched")
    assert all("Norwegian" not in (_speaker(q) or "") for q in qs)
