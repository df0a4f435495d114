"""What looks like a date and is not: clock times ("6:30 a.m."), street addresses ("2134 Caldwell Place"),
names ("USA TODAY", NBC's "Today", "RTX 2060", the 1963 "March on Washington"), a capitalised month that is a
person ("April Ryan"). Each test has its reason in its docstring; ``not_a_date`` applies them all."""
from __future__ import annotations

import re

from .determined import after_determiner

CLOCK = re.compile(r"(?<![\w.])\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?|[AP]\.?M\b\.?)"
                   r"|(?<![\w.:])\d{1,2}:\d\d(?![\d])", re.I)
SENTENCE_START = set(".!?\n\r\t:;\"“”‘’«»([—–-|")
NAME_TYPES = {"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "NORP", "GPE", "LOC", "LAW"}


def clock_time(text: str, start: int, end: int) -> bool:
    """A number read as a day or a year that is part of a clock time ("6:30 a.m.", "4PM", "17:46")."""
    for m in CLOCK.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if m.start() < end and start < m.end():
            return True
    return False


def address(text: str, start: int, end: int, street: re.Pattern | None) -> bool:
    """A house number followed by a street name ("2134 Caldwell Place", "1119 Eighth St.")."""
    if street is None or not text[start:end].strip().isdigit():
        return False
    return bool(street.match(text, end))


def counted(text: str, start: int, end: int, count_nouns: re.Pattern | None) -> bool:
    """A number after a noun of counting ("a score of 2072", "a total of 1900"): a quantity, not a year."""
    return count_nouns is not None and bool(count_nouns.search(text, max(0, start - 30), start))


_COUNT = r"(\d{1,3}(?:,\d{3})+|\d{3,}(?:\.\d+)?)"  # 3,000 | 1500 | 2.5 (no two-digit short year)
_PAIRED = re.compile(rf"\s*(?:and|or|to|[-–])\s*{_COUNT}(?![\d,]\d)")
_PAIRED_BEFORE = re.compile(rf"(?<![\w.,]){_COUNT}\s*(?:and|or|to|[-–])\s*$")


def paired_with_a_count(text: str, start: int, end: int) -> bool:
    """A year-like number joined by "and", "or", "to" or a dash to a number that cannot be a year ("between 2000 and
    3000 troops", "1500 or 2000 people", "2000-2,500 jobs"): the two ends of a range or a choice are of one kind,
    so both are quantities. (A two-digit end is a season's or a year's short form: "the 1990-91 season".)"""
    from .patterns import YEAR
    if not re.search(r"(?<!\d)\d{4}$", text[start:end]):  # a year, or an expression ending in one ("between 2000")
        return False
    if re.search(r"\b(?:in|since|by|during|until|till|before|after|of|for)\s+$", text[max(0, start - 12):start], re.I):
        return False  # a year after a preposition ends a phrase of time: "280,000 in 2015 and 150 in 2016" (review
        # r15); a range begins bare or with "between"/"from": "between 2000 and 3000 troops"
    m = _PAIRED.match(text, end)
    if m is None:
        m = _PAIRED_BEFORE.search(text[max(0, start - 24):start])
    return m is not None and not re.fullmatch(YEAR, m.group(1))


def model_number(text: str, start: int, end: int) -> bool:
    """A number right after a product code in capitals ("RTX 2060", "GTX 1060"): a model, not a year."""
    if not text[start:end].isdigit():
        return False
    return bool(re.search(r"(?<![\w])[A-Z]{2,}[A-Za-z]*[ -]$", text[max(0, start - 12):start]))


def model_year(text: str, start: int, end: int, makes: re.Pattern | None) -> bool:
    """A year right before a vehicle make ("a 2014 Toyota Camry", "the 2020 Audi e-tron Sportback"; the language's
    ``model_year_makes``): the model year names a version of the product, not a time of the story."""
    return _modifies_a_listed_noun(text, start, end, makes)


_MODEL_WORD = re.compile(r"(?<![\w-])model(?:[^\S\n]+year)?[^\S\n]+$", re.I)


def after_model_word(text: str, start: int) -> bool:
    """A year right after the word "model" ("the production model 2020 Corvale Roadster", "model year 2021"): the
    product's version, as a year before a make is."""
    return bool(_MODEL_WORD.search(text, max(0, start - 24), start))


def models_named(text: str, makes: str) -> re.Pattern | None:
    """The model names a text writes right after a vehicle make ("Nissan Sentra", "NISSAN SENTRA", "the Lexus LC 500")
    or before "from" and one ("a redesigned Sentra from Nissan"), as a pattern matching after a year (None when it
    writes none): a year right before one is a model year as before a make ("The 2020 Sentra, which goes on sale in
    late January"). Not a word a calendar name goes on with ("the Lincoln Memorial" makes no "the 2016 Memorial
    Day" a model)."""
    if not makes:
        return None
    found = {m.group(1) for m in re.finditer(rf"(?<![\w-])(?i:{makes})[^\S\n]+([A-Z][\w-]+)", text)}
    found |= {m.group(1) for m in re.finditer(rf"(?<![\w-])([A-Z][\w-]+)\s+from\s+(?i:{makes})(?![\w-])", text)}
    found = sorted(w for w in found if not (w.isupper() and len(w) > 3 and w.title() in found))
    if not found:
        return None
    return re.compile(rf"[^\S\n]+(?i:{'|'.join(map(re.escape, found))})(?![\w-])(?![^\S\n]+(?:Day|Week|Eve)\b)")


def measure(text: str, start: int, end: int, units: tuple) -> bool:
    """A year-like number right before a unit of measure in the singular, as a noun's modifier ("an 1800 pound load",
    "a 2000 piece set"; the language's ``measure_units``), or after "a"/"an" before a unit a year may name the edition
    of (``measure_units_indefinite``: "a 2182 score", not "The 2015 score"): a quantity, not a year."""
    every, indefinite = units
    return _modifies_a_listed_noun(text, start, end, every) or (
        _modifies_a_listed_noun(text, start, end, indefinite) and
        re.search(r"(?:^|\W)an?\s+$", text[max(0, start - 4):start], re.I) is not None)


def price(text: str, start: int, end: int, sold_for: re.Pattern | None) -> bool:
    """A year-like number after "for" that a verb of exchange governs ("sold it for 2000", "paid 40 euros each for
    1500"; the language's ``price_verbs``): a price or an amount, not a year ("the filings for 2015" is one)."""
    return sold_for is not None and text[start:end].isdigit() and \
        bool(sold_for.search(text[max(0, start - 60):start]))


def _modifies_a_listed_noun(text: str, start: int, end: int, words: re.Pattern | None) -> bool:
    if words is None or not text[start:end].isdigit() or not words.match(text, end):
        return False
    # (after a determiner or a possessive, as a noun's modifier: "in 2018 Ford sold more" is a year)
    return bool(re.search(r"(?:^|\W)(?:an?|the|this|that|his|her|its|their|my|our|your|whose)\s+$|['’]s\s+$",
                          text[max(0, start - 10):start], re.I))


def titled_year(text: str, start: int, end: int, doc, calendar_words: frozenset = frozenset(),
                edition: re.Pattern | None = None) -> bool:
    """A year that is part of a name or a title: right after the proper noun it numbers ("Football Manager 2020",
    "Blade Runner 2049", "Windows 2000"; not a place's: "Iowa 1976" is Iowa's happening of that year), or alone in
    quotation marks (the film “1917”). A year after a preposition
    ("in 2020") or a calendar word of the language ("Nov. 2019", "Christmas 2019", "Summer 2020";
    ``DateRules.calendar_words``: its month and season names and ``calendar_words`` of dates_settings.tsv) is a
    date. So is a year in the name of a happening held each year ("the Climate Action 2016 summit": ``edition``, the
    language's nouns of such happenings after the year)."""
    if not text[start:end].isdigit():
        return False
    if text[start - 1:start] in ('"', "“") and text[end:end + 1] in ('"', "”"):
        return True
    if edition is not None and edition.match(text, end):
        return False
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].i == 0:
        return False
    t, prev = span[0], doc[span[0].i - 1]
    return prev.pos_ == "PROPN" and prev.is_title and not prev.is_sent_start and t.head.i == prev.i and \
        t.dep_ in ("nummod", "appos", "npadvmod", "compound") and prev.ent_type_ not in ("DATE", "TIME", "GPE") and \
        prev.lower_.rstrip(".") not in calendar_words and text[prev.idx + len(prev):start] == " "

def titled_figures(text: str, start: int, end: int, doc) -> bool:
    """A named day written in figures that a proper noun before it names a work by ("Fahrenheit 9/11", Michael
    Moore's film): the parser joins the capitalised word to the figures as their compound; "since 9/11", "the 9/11
    Commission", "New York 9/11 victims" stay the day (fresh24)."""
    if not re.fullmatch(r"\d{1,2}/\d{1,2}", text[start:end]) or doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].i == 0:
        return False
    t, prev = span[0], doc[span[0].i - 1]
    if t.dep_ in ("compound", "nmod", "amod") or prev.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
        return False  # the day of a place's thing ("New York 9/11 victims", "the Ground Zero 9/11 memorial")
    return prev.pos_ == "PROPN" and prev.is_title and not prev.is_sent_start and prev.dep_ == "compound" and \
        prev.head.i == t.i and text[prev.idx + len(prev):start] == " "



def capitalised_mid_sentence(text: str, start: int, end: int) -> bool:
    """A relative expression written with a capital on each word inside a sentence is part of a name: "USA TODAY",
    "the Today show", NBC's "Today", ABC's "This Week" (a title in quotes counts too, "This Week With George
    Stephanopoulos" also); in a headline written in
    title case ("Senate Votes Next Week") capitals say nothing of a name."""
    word = text[start:end]
    words = word.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if len(words) > 1 and title_case_line(text, start):
        return False
    before = text[:start].rstrip(" ")
    closing = r"[.,!?]?[”\"'’]" if len(words) > 1 else r"[”\"'’]"  # “Today,” he said: a quotation's first word
    # a title in quotes may run on after the expression ("This Week With George Stephanopoulos")
    # (an empty ``before`` is the text's start, no quotation mark; "Today's" has a possessive, no closing quote)
    closes = bool(re.match(closing, text[end:end + 2])) and not re.match(r"['’]s\b", text[end:end + 3])
    runs_on = len(words) > 1 and bool(re.match(
        rf"(?:\s+(?:[A-Z][\w'’.-]*|of|the|and|with|in|on|for|a|to)){{1,6}}{closing}", text[end:end + 80]))
    quoted = bool(before) and before[-1] in "“\"'‘" and (closes or runs_on)
    # the doubled apostrophes of typewriter copy open a quotation as a mark does (''Today, you proved ...''), unless
    # it closes right after the word (a title: NBC's ''Today,'' the ''Today'' show)
    opens = before.endswith("''") and not re.match(r"[.,!?]?['’”\"]", text[end:end + 2])
    return quoted or (bool(before) and before[-1] not in SENTENCE_START and not opens)


# Longer words a title-case headline may leave in lower case (prepositions and conjunctions in some styles)
_TITLE_LOWER = frozenset("about above across after against along among around before behind below beneath beside "
                         "between beyond despite during from inside into like near onto over past since than that "
                         "their them then they this through toward towards under until upon when where whether while "
                         "with within without".split())


def title_case_line(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` a headline in title case? Its longer words are capitalised, but for prepositions
    and conjunctions some styles leave small: at least 90% of the others. A one-line sentence full of names still has
    its verb and nouns in lower case ("Pittsburgh hosts Cincinnati on Sunday at Heinz Field" is no headline)."""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    longer = [w for w in re.findall(r"[^\W\d_]{4,}", text[a:b if b >= 0 else len(text)])
              if w[0].isupper() or w not in _TITLE_LOWER]
    return len(longer) >= 3 and sum(w[0].isupper() for w in longer) >= 0.9 * len(longer)


def recurring(text: str, start: int, every: re.Pattern | None, end: int | None = None) -> bool:
    """A weekday after a word of recurrence ("every Tuesday", "on any given Sunday", ``recurrence_words``), or before
    a part of the day in the plural ("on Saturday evenings"), names no single day."""
    if end is not None and re.match(r"\s+(?:mornings|afternoons|evenings|nights)\b", text[end:end + 12], re.I):
        return True
    return every is not None and bool(every.search(text, max(0, start - 20), start))


def names_a_record(text: str, end: int, nouns: frozenset) -> bool:
    """Is one of the (up to three) words right after ``end`` a noun of a record or a happening ("a Wednesday
    editorial", "a Tuesday night rally")? Such a noun, dated by a weekday, is that one day's."""
    for w in re.findall(r"[^\W\d_][\w'’-]*", text[end:end + 40])[:3]:
        if w.lower() in nouns or w.lower().rstrip("s") in nouns:
            return True
    return False


def record_set_off(text: str, start: int, nouns: frozenset) -> bool:
    """A date set off by a comma right after a record noun ("unchanged from the past two polls, in February and
    October"): it tells when those records were made, whatever verb the parser hangs it on (review r22)."""
    m = re.search(r"([^\W\d_]+),\s+(?:in|on|from)\s+(?:[\w.]+\s+(?:and|or)\s+)?$", text[max(0, start - 50):start])
    return m is not None and (m.group(1).lower() in nouns or m.group(1).lower().rstrip("s") in nouns)


def after_superlative(doc, start: int, window: int = 8) -> bool:
    """A superlative, an ordinal or "first", "time", "ever" shortly before in the sentence ("its lowest in 33 years",
    "for the first time in 25 years", "the third in five years"): the expression that follows measures a stretch of
    time, it names no date."""
    if doc is None:
        return False
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    for t in doc[max(first.sent.start, first.i - window):first.i]:
        if t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "time", "times", "ever", "only") or \
                _ORDINAL.fullmatch(t.lower_):
            return True  # (an ordinal counts within the stretch too: "the third election in five years")
    return False


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth")



def _one_token(doc, start: int, end: int):
    """The one token of the parse that covers ``start:end`` (None without a parse, or when it takes more)."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[0] if span is not None and len(span) == 1 else None

def in_name(doc, start: int, end: int) -> bool:
    """Inside a name the parser found (a person, an organisation, a work, an event): "April Ryan", "the March on
    Washington"."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in NAME_TYPES for t in span) and not _name_ran_on(doc, span)


def _name_ran_on(doc, span) -> bool:
    """A name the parser ran on into a clause ("since [the Republican National Convention ended last month]" read as
    one organisation): lower-case date words after a finite verb inside it are no part of the name (review r22)."""
    if any(t.is_title or t.is_upper for t in span):
        return False
    ent = next((e for e in doc.ents if e.start <= span.start < e.end), None)
    return ent is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[ent.start:span.start])


def bare_month_ok(doc, start: int, end: int, exclude: frozenset, text: str) -> bool:
    """A month name standing alone ("October's conference", "a September hearing", "compared with March") is a
    month when the parse reads it as a noun that is no part of a name and no name follows it; "May" and "March"
    (also verbs and names) need a preposition (the month pattern), or the parser's reading as a date inside a
    sentence ("compared with March, when he was self-funding")."""
    if re.search(r"(?:^|\W)(?:mid|early|late)-$", text[max(0, start - 7):start], re.I):
        return True  # "the mid-April primary", "by early-March": a part of the month, hyphen-joined (the month
        #              pattern reads "in mid April" likewise)
    t = _one_token(doc, start, end)
    if t is None:
        return False
    if text[start:end].lower() in exclude and (t.ent_type_ != "DATE" or t.is_sent_start or (
            t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "ADP")):
        return False  # "March on Washington", "March for Bernie": the noun of marching
    if t.pos_ not in ("PROPN", "NOUN") or t.ent_type_ in NAME_TYPES:
        return False
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ != "DATE":
        # a name follows: the month is its first word ("June Carter") unless the parser dates it alone after a
        # determiner, the month of a named thing ("a September Gallup poll", "the March Fox News debate"; round 27;
        # adjectives between: "the disastrous February New Hampshire debate", round 30)
        return t.ent_type_ == "DATE" and nxt.ent_iob_ == "B" and after_determiner(doc, t.i)
    return True


def period_of_something(text: str, start: int, end: int) -> bool:
    """"the last year of his presidency", "the next week of the trial", "in a year of voter anger", "in a year that
    favoured them", "his last year in office": a period of something else (or of someone), not one counted from
    publication. After a possessive only "last year" and the like: a person's last year is the final one of a
    tenure, "his last week" may be the week just past."""
    if re.search(r"(?:^|\W)(?:his|her|their|its|my|our|your)\s+$|\w['’]s\s+$", text[max(0, start - 8):start], re.I) \
            and re.fullmatch(r"(?:last|next|first|final)\s+year", text[start:end], re.I):
        return True
    if re.fullmatch(r"(?:in\s+)?an?\s+\w+", text[start:end], re.I) and \
            re.match(r",?\s+(?:that|when|which|in which|where|this|so|as|like|such)\s", text[end:end + 12], re.I):
        return True  # "in a year that already favoured them", "in a week when prices fell", "in a year this wacky",
        #              "in a year like this": a year described
    if not re.match(r"\s+of\s", text[end:end + 5]):
        return False
    return bool(re.search(r"(?:^|\W)the\s+$", text[max(0, start - 5):start], re.I)) or \
        bool(re.fullmatch(r"(?:in\s+)?an?\s+\w+", text[start:end], re.I))


def ordinal_weekday(text: str, start: int, end: int, ordinals: str) -> bool:
    """"on the last Friday in August", "the first Tuesday of the month": the n-th such day of a period, not the
    Friday before publication that "last Friday" alone would be (``ordinal_weekdays``, a regular expression)."""
    if not ordinals or not re.match(r"\s+(?:in|of)\s", text[end:end + 5]):
        return False
    words = text[max(0, start - 24):end]
    return bool(re.search(rf"(?:^|\W)the\s+(?:{ordinals})\s+\w+$", words, re.I))


def rate(text: str, start: int, end: int) -> bool:
    """"52 weeks in a year", "twice in a month", "three times a week": a measure of frequency, no date."""
    return bool(re.fullmatch(r"(?:in|per)\s+an?\s+\w+|an?\s+\w+", text[start:end], re.I)) and bool(
        re.search(r"(?:\b\d[\d,.]*|\b(?:once|twice|thrice|times))\s+(?:[a-z]+\s+)?$", text[max(0, start - 30):start],
                  re.I))


def approximate(text: str, end: int, start: int | None = None, rough: tuple | None = None) -> bool:
    """"in a year or two", "a week or so", "six to eight weeks ago", "two or three years ago": a rough stretch, no
    date. ``rough``: the (before, after) patterns of the language (lexical.rough_patterns: its number words from
    patterns.number_pattern, its ``approx_*`` words)."""
    if rough is None:
        return False
    before, after = rough
    if start is not None and before.search(text, max(0, start - 24), start):
        return True
    return bool(after.match(text, end))


def generic_day(text: str, start: int, end: int, before: re.Pattern | None, nouns: frozenset = frozenset()) -> bool:
    """"the leaders of tomorrow", "the rhetoric of yesterday", "the problems of today": a word of the day after
    "of" (``generic_day_before``; not "as of today") names an age, not a day; not when its possessive determines a
    happening or a record (``nouns``: "the results of yesterday's vote", "the text of today's statement": that day's;
    "the politics of today's America" stays an age)."""
    if before is None or " " in text[start:end].strip() or not before.search(text, max(0, start - 12), start):
        return False
    if not re.match(r"['’]s\s", text[end:end + 3]):
        return True
    return not any(w.lower() in nouns for w in re.findall(r"[\w-]+", text[end + 3:end + 40])[:3])


def counted_from_a_happening(text: str, start: int, end: int, adverb_next: re.Pattern | None = None,
                             words: str = "before|after") -> bool:
    """"a day before the attacks", "three days before the Iowa caucuses", "через два дня после стрельбы": counted
    from a happening the text names, not from a date (the date of the happening is not known here). ``words``: the
    language's "before|after" (``counted_from_words`` of dates_settings). Not when the next word shows "before" to be
    an adverb (``adverb_next``: "endorsed the day before by Fiorina")."""
    return bool(re.search(rf"(?:{words})$", text[start:end], re.I)) and \
        bool(re.match(r"\s+[\w“\"]", text[end:end + 3])) and not (adverb_next and adverb_next.match(text, end))


def addressed_to_reader(doc, start: int, end: int) -> bool:
    """A word of the day in an imperative that opens its sentence ("Sign up today to get the newsletter", "Call us
    today"): a call addressed to whoever reads, whenever they read (page furniture), not a day of the story. The verb
    is a bare form with no subject and no auxiliary, first in its sentence (after "Today," at most)."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    v = span[0].head
    if v.tag_ != "VB" or v.dep_ != "ROOT" or v.i in range(span.start, span.end) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in v.children):
        return False
    first = v.sent.start
    lead = [t for t in doc[first:v.i] if not t.is_punct and t.i not in range(span.start, span.end)]
    return not lead


def named_day(doc, start: int, end: int) -> bool:
    """A weekday inside a name ("Super Tuesday", "Black Friday"): a capitalised modifier joined to it. Not a person
    the parser joins to a bare weekday after a verb ("Jeb Bush endorsed Cruz Wednesday", "He met Obama Monday": the
    verb's object, then its day; no weekday's name is made of a person's), nor the last word of a place's name of
    several words when the weekday opens a date of its own ("arrived at Scheels Arena Sunday": the day of the act)."""
    t = _one_token(doc, start, end)
    if t is None:
        return False
    return any(c.dep_ in ("compound", "amod") and c.i == t.i - 1 and c.is_title and
               c.ent_type_ not in ("DATE", "TIME", "PERSON") and
               not (c.ent_iob_ == "I" and c.ent_type_ in ("FAC", "GPE", "LOC") and t.ent_iob_ == "B") and
               c.lower_ not in ("last", "next", "this", "early", "late") for c in t.children)


def in_program_name(text: str, start: int, end: int, programs: re.Pattern | None) -> bool:
    """Inside the name of a broadcast that holds a day word (``program_names``: "Fox News Sunday", "Meet the Press"
    has none): "told Fox News Sunday" names the show; the parser often takes its weekday for a date."""
    if programs is None:
        return False
    for m in programs.finditer(text, max(0, start - 40), min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def fall_as_noun(text: str, start: int, end: int) -> bool:
    """"this fall in prices", "the fall of the wall": "fall" is the noun of falling when a common noun follows by "in"
    or "of" ("this fall in Iowa", "the fall of 2016" stay the season)."""
    if not re.search(r"fall$", text[start:end], re.I):
        return False
    m = re.match(r"\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?([^\W\d_][\w'-]*)", text[end:end + 40])
    return bool(m) and m.group(1)[:1].islower()


def last_as_verb(text: str, start: int, end: int) -> bool:
    """"would last four years", "to last a week": "last" is the verb of lasting, what follows is a duration."""
    return bool(re.match(r"last\b", text[start:end], re.I)) and bool(
        re.search(r"(?:^|\W)(?:will|would|could|can|may|might|must|should|to|did|does|do|not|n't|'ll|’ll)\s+$",
                  text[max(0, start - 12):start], re.I))


def not_a_date(text: str, c, doc, street, count_nouns=None, calendar_words: frozenset = frozenset(),
               edition: re.Pattern | None = None) -> str | None:
    """Why candidate ``c`` is no date (None when it may be one)."""
    s, e = c.start, c.end
    if c.kind in ("date", "year", "entity", "decade") and clock_time(text, s, e):
        return "clock time"
    if c.kind in ("year", "entity") and (address(text, s, e, street) or model_number(text, s, e)
                                         or counted(text, s, e, count_nouns) or paired_with_a_count(text, s, e)):
        return "address, model or quantity"
    if c.kind == "year" and titled_year(text, s, e, doc, calendar_words, edition):
        return "name or title"
    if c.kind == "named" and titled_figures(text, s, e, doc):
        return "name or title"
    if c.kind == "relative" and capitalised_mid_sentence(text, s, e):
        return "name"
    if c.kind in ("relative", "entity") and last_as_verb(text, s, e):
        return "a duration"
    if c.kind in ("relative", "entity") and fall_as_noun(text, s, e):
        return "a noun of falling"
    if c.kind in ("relative", "weekday", "entity") and in_name(doc, s, e) and not _date_entity(doc, s, e):
        return "name"
    if c.kind == "weekday" and named_day(doc, s, e):
        return "named day"
    if c.kind == "weekday" and first_name(doc, s, e):
        return "name"
    return None


def first_name(doc, start: int, end: int) -> bool:
    """A weekday that is a person's first name ("a memoir by Wednesday Martin"): the weekday joined as a compound to
    the surname right after it, which the parser reads as a person that is not the subject of a clause ("On Monday
    Clinton said" reads Clinton as the subject: the day stays)."""
    t = _one_token(doc, start, end)
    if t is None:
        return False
    h = t.head
    return t.dep_ == "compound" and h.i == t.i + 1 and h.pos_ == "PROPN" and h.ent_type_ == "PERSON" and \
        h.dep_ not in ("nsubj", "nsubjpass")


def _date_entity(doc, s: int, e: int) -> bool:
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span)


_TIME_CUES = frozenset({"this", "last", "next", "that", "past", "coming", "early", "late", "mid", "every", "each"})


def season_of_a_kind(doc, start: int, end: int, seasons: dict, keep_nouns: frozenset) -> bool:
    """A bare season word that modifies the noun after it names a kind of thing, not a time ("winter wheat", "a
    winter storm", "spring onions", "summer camp"); not the months of a season ("the summer months"), a happening in
    it ("the fall debates": ``keep_nouns``), nor a season a cue word places ("this summer's tour") (round 21)."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in seasons:
        return False
    t = span[0]
    if t.dep_ not in ("compound", "amod", "nmod") or t.head.i <= t.i or t.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = t.head.lower_
    if head in keep_nouns or t.head.lemma_.lower() in keep_nouns or head in ("months", "month", "season", "break"):
        return False
    return not (t.i > 0 and doc[t.i - 1].lower_ in _TIME_CUES)
