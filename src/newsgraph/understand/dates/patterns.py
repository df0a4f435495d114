"""The date patterns of a language, built once from its rule files in ``understand/lang/<code>/``:
``dates_names.tsv`` (month, weekday and season names in every case form), ``dates_settings.tsv`` (year words, the
prepositions that make a bare year or month a date, the cue words of the clause) and ``dates_relative.txt``
(relative expressions). A language without date rules uses English's."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import rules

FALLBACK_LANGUAGE = "en"
YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
# a year its language's word for "year" names ("в 1704 году", "1612 г."): any year of the second millennium (r29; a
# bare number of the earlier centuries stays a number: "1704 рубля")
NAMED_YEAR = r"(?:1\d\d\d|20\d\d|21\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
B, E = r"(?<![\w\d])", r"(?![\w\d])"
NOT_CLOCK = r"(?![:.]\d|\s*(?:[ap]\.?m\b|[AP]\.?M\b|%|percent))"  # "Aug. 9 to 6:30 a.m." is no range
# the year of a full date written month first with its comma ("July 14, 1789", "March 4, 1865"): a year of the second
# millennium before 1800 too (r30), when punctuation or the line's end follows it: not a count ("on July 4, 1500
# soldiers landed"), a clock of 24 hours ("May 1, 1700 GMT", "1700 BST") or a street number ("1600 Pennsylvania Avenue")
OLD_YEAR_AFTER_COMMA = r"(?<=,[^\S\n])1[0-7]\d\d(?=[^\S\n]*(?:[,.;:!?)\u201d\"]|\n|$))"


@dataclass(frozen=True)
class DateRules:
    lang: str
    months: dict  # form (lower) -> 1..12
    full_months: frozenset  # forms that are not abbreviations (no dot may follow them)
    weekdays: dict  # form (lower) -> 0..6
    seasons: dict  # form (lower) -> first month of the season (meteorological: 3, 6, 9, 12)
    patterns: tuple  # (kind, compiled regex)
    relative: re.Pattern | None
    case_sensitive: bool
    cues: dict  # cue -> compiled regex matched on the words just before an expression (see ``cue_before``)
    rel_years: dict  # "this"/"last"/"next" -> regex of the words ("this year", "прошлого года")
    bare_month_exclude: frozenset  # month forms that are words too ("may", "march"): never a month alone
    future_verbs: frozenset  # verbs whose present tense schedules ("is scheduled for May", "plans to")
    reporting_verbs: frozenset  # verbs of saying: their present tells of the past ("says he met on Monday")
    named: dict  # a named day -> its date ("9/11")
    past_endings: re.Pattern | None  # verb endings of the past, where the parse gives no tense (Ukrainian)
    future_words: frozenset  # words that make a clause future where the parse gives no tense ("буде")
    happening_nouns: frozenset = frozenset()  # nouns of a happening: "the November election" is when it happens
    future_marks: frozenset = frozenset()  # conjunctions whose present tells of the future ("if", "until", "once")
    record_nouns: frozenset = frozenset()  # a record of something said or found ("a February survey"): made by now
    target_verbs: frozenset = frozenset()  # verbs that move a thing in time ("postponed to Dec. 5"): the date is ahead
    directive_verbs: frozenset = frozenset()  # verbs whose infinitive lies after them ("asked him to ... in July")
    calendar_words: frozenset = frozenset()  # words a year follows as a date ("Nov. 2019", "Christmas 2019"): the
    #                                          month and season names and ``calendar_words`` of the settings
    year_dated_nouns: frozenset = frozenset()  # plural nouns a year before them dates, not counts ("2014 numbers")
    ahead_adjectives: frozenset = frozenset()  # a noun they modify is still to come ("the upcoming summit in March")
    factive_prepositions: frozenset = frozenset()  # a gerund after them tells of a done act ("despite winning the
    #                                                primary in February": the winning is past, not scheduled)
    stative_verbs: frozenset = frozenset()  # verbs of a state: their present tells of now, it schedules nothing
    wish_verbs: frozenset = frozenset()  # verbs whose present looks ahead through their "to" infinitive only ("wants
    #                                      to open it by February"; round 33)
    be_to_idioms: frozenset = frozenset()  # infinitives that make "be to" an idiom of now ("is to blame"), no plan
    closure_states: frozenset = frozenset()  # states a present perfect holds "until" a day ahead ("has been closed")
    unnamed_targets: frozenset = frozenset()  # a new time a verb of moving gives that names no day ("на другой день")


def _alternation(forms, case_sensitive: bool) -> str:
    out = set()
    for f in forms:
        if case_sensitive:
            out.update({f[:1].upper() + f[1:], f.upper()})
        else:
            out.add(f)
    return "(?:" + "|".join(re.escape(f) for f in sorted(out, key=len, reverse=True)) + ")"


def number_pattern(lang: str) -> str:
    """A regex for a number written in digits or (for languages with ``quantities_numbers.tsv``) in words
    ("twenty-five" too)."""
    words = []
    try:
        words = [r[0] for r in rules.table(lang, "quantities_numbers") if len(r) > 2 and r[2] == "unit"]
    except rules.RuleFileError:
        pass
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if lang == "en":
        return rf"(?:\d+(?:[.,]\d+)?|(?:{alt})(?:-(?:{alt}))?|an?)"
    return r"(?:\d+(?:[.,]\d+)?" + (f"|{alt}" if alt else "") + ")"


@lru_cache(maxsize=None)
def settings(lang: str) -> dict:
    """``dates_settings.tsv`` of the language: {key: value}; English's for a language without date rules, as
    ``date_rules`` reads its dates with English patterns (a German or Italian page failed in ``understand.dates``
    when a reader asked for its own language's settings: newuser32)."""
    rows = _own_table(lang, "dates_settings")
    if rows is None:
        return settings(FALLBACK_LANGUAGE)
    return {r[0]: (r[1] if len(r) > 1 else "") for r in rows}


def _own_table(lang: str, name: str):
    """Rule table ``name`` of ``lang``; None when the language has none (English's is then read: the fallback's own
    absence is an error)."""
    try:
        return rules.table(lang, name)
    except rules.RuleFileError:
        if lang == FALLBACK_LANGUAGE:
            raise
        return None


@lru_cache(maxsize=None)
def date_rules(lang: str) -> DateRules:
    """The compiled date patterns of ``lang`` (English when the language has no date rules)."""
    names = _own_table(lang, "dates_names")
    if names is None:
        return date_rules(FALLBACK_LANGUAGE)
    conf = settings(lang)
    named = {}
    try:
        named = {r[0]: r[1] for r in rules.table(lang, "dates_named") if len(r) > 1}
    except rules.RuleFileError:
        pass
    months = {f.lower(): int(v) for f, k, v in names if k == "month"}
    full = frozenset(f for f, v in months.items()
                     if not any(g != f and g.startswith(f) and months[g] == v for g in months))
    weekdays = {f.lower(): int(v) for f, k, v in names if k == "weekday"}
    seasons = {f.lower(): int(v) for f, k, v in names if k == "season"}
    cs = lang == "en"  # English month names are matched capitalised only ("may", "march")
    compiled = tuple((k, re.compile(p, 0 if cs else re.IGNORECASE)) for k, p in
                     _patterns(lang, conf, months, full, weekdays, seasons, cs, named))
    try:
        rel_lines = rules.lines(lang, "dates_relative")
    except rules.RuleFileError:
        rel_lines = ()
    relative = None
    if rel_lines:
        num = number_pattern(lang)
        alts = sorted((ln.replace("{num}", num) for ln in rel_lines), key=len, reverse=True)
        relative = re.compile(r"(?<![\w\d])(?:" + "|".join(f"(?:{a})" for a in alts) + r")(?![\w\d])", re.IGNORECASE)
    skip = conf.get("cue_skip", "")
    skip = rf"(?:(?:{skip})\s*)?" if skip else ""
    cues = {k[4:]: re.compile(rf"(?:^|[^\w])(?:{v})\s*{skip}$", re.IGNORECASE)
            for k, v in conf.items() if k.startswith("cue_") and k != "cue_skip" and v}
    rel_years = {k[9:]: v for k, v in conf.items() if k.startswith("rel_year_") and v}
    return DateRules(lang, months, full, weekdays, seasons, compiled, relative, cs, cues, rel_years,
                     _words(conf, "bare_month_exclude"), _words(conf, "future_verbs"), _words(conf, "reporting_verbs"),
                     named, re.compile(rf"(?:{conf['past_verb_endings']})$") if conf.get("past_verb_endings") else None,
                     _words(conf, "future_words"), _words(conf, "happening_nouns"), _words(conf, "future_marks"),
                     _words(conf, "record_nouns"), _words(conf, "target_verbs"), _words(conf, "directive_verbs"),
                     frozenset(months) | frozenset(seasons) | _words(conf, "calendar_words"),
                     _words(conf, "year_dated_nouns"), _words(conf, "ahead_adjectives"),
                     _words(conf, "factive_prepositions"), _words(conf, "stative_verbs"), _words(conf, "wish_verbs"),
                     _words(conf, "be_to_idioms"), _words(conf, "closure_states"),
                     _words(conf, "unnamed_targets"))


@lru_cache(maxsize=None)
def decade_words(lang: str) -> dict:
    """Decade words of ``dates_names.tsv`` (kind ``decade``: "восьмидесятых" -> 1980), lower case."""
    try:
        names = rules.table(lang, "dates_names")
    except rules.RuleFileError:
        return {}
    return {r[0].lower(): int(r[2]) for r in names if len(r) > 2 and r[1] == "decade"}


def decade_of(g: dict, lang: str) -> int | None:
    """The first year of a decade match: "1990" from "1990s", 1990 from "'90s" or "девяностые"."""
    if g.get("decade"):
        return int(g["decade"])
    if g.get("dec2"):
        n = int(g["dec2"])
        return (2000 if n < 20 else 1900) + n
    if g.get("decword"):
        return decade_words(lang).get(g["decword"].lower())
    return None


def _words(conf: dict, key: str) -> frozenset:
    return frozenset(w.strip().lower() for w in conf.get(key, "").split("|") if w.strip())


def _patterns(lang, conf, months, full, weekdays, seasons, cs, named) -> list[tuple[str, str]]:
    MON = _alternation(months, cs) + r"\.?"
    WD = _alternation(weekdays, cs)
    ysuf = conf.get("year_suffix", "")
    Y = rf"(?P<year>{YEAR})" + (rf"(?:\s*(?:{ysuf}))?" if ysuf else "")
    ypre, mpre, wpre = (conf.get(k, "") for k in ("year_prepositions", "month_prepositions",
                                                      "weekday_prepositions"))
    wd_opt = rf"(?:(?P<wd>{WD}),?\s+)?"
    pats = []
    # a year named relatively after a day: "January 20 next year", "March 23 of this year"
    rels = [(k[9:], v) for k, v in conf.items() if k.startswith("rel_year_") and v]
    REL = "".join(rf"|,?\s+(?:of\s+)?(?P<rel_{k}>(?i:{v})){E}" for k, v in rels)
    if lang == "en":
        # Thursday, September 4(th)(, 2025) | September 4, 2025 | Sept.11, 2001 (no space after an abbreviation's dot)
        pats.append(("date", rf"{B}{wd_opt}(?:the\s+)?(?P<mon>{MON})(?:[^\S\n]+|(?<=\.))(?P<day>{DAY})"
                             rf"(?:st|nd|rd|th)?{E}{NOT_CLOCK}(?:,?\s+{Y}{E}{REL}|,[^\S\n](?P<old>{OLD_YEAR_AFTER_COMMA}){E})?"))
        # a full date glued to the word before it by the page's extraction ("FeaturedFebruary 6, 2016 11:19PM",
        # "PublishedNov. 18, 2019"): a small letter then the month's capital is a word boundary too
        pats.append(("date", rf"[a-z](?=[A-Z])(?P<mon>{MON})[^\S\n]+(?P<day>{DAY}){E}{NOT_CLOCK},?\s+{Y}{E}"))
        # the second year of "between 2008 and 2016" (the first is a year after a preposition)
        pats.append(("year", rf"{B}(?i:between)\s+{YEAR}\s+(?i:and)\s+{Y}{E}(?!\s*(?:[-–/.,]\d|%))"))
    # 4 September 2025 | the 4th of September | 4 сентября 2025 года | в четверг, 4 сентября | 12 мая этого года (a
    # year named relatively keeps the day: "12 мая прошлого года" is a day, not the month "мая прошлого года")
    pats.append(("date", rf"{B}{wd_opt}(?:the\s+)?(?P<day>{DAY})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MON}){E}"
                         rf"(?:,?\s+{Y}{E}{REL})?"))
    # "on the 23rd": a day of the month alone (round 33; ``nth_alone_prepositions``), before a mark or a word of grammar
    if conf.get("nth_alone_prepositions"):
        pre = conf["nth_alone_prepositions"]
        pats.append(("nth", rf"(?:(?<=\s)|^)(?i:{pre})\s+(?P<nth>the\s+(?P<day>{DAY})(?:st|nd|rd|th))"
                            rf"(?=[^\S\n]*(?:[,.;:!?)]|$)|\s+(?:at|and|in|when|after|before|but|as)\b)"))
    # the other day of a range ("4–5 сентября", "с 1 по 3 октября", "September 4-5", "October 1 to 3"):
    # only the day group "d1" becomes a date; the day next to the month is found by the patterns above
    joiner = conf.get("range_joiners", "")
    RJ = r"(?:\s*[-–—]\s*" + (rf"|\s+(?:{joiner})\s+" if joiner else "") + ")"
    if lang == "en":
        pats.append(("range", rf"{B}(?P<mon>{MON})\s+(?P<day>{DAY})(?:st|nd|rd|th)?{RJ}(?P<d1>{DAY})(?:st|nd|rd|th)?{E}"
                              rf"{NOT_CLOCK}(?!\s*{MON})(?:,?\s+{Y}{E})?"))
    pats.append(("range", rf"{B}(?:{conf.get('range_openers', 'from')}\s+)?(?P<d1>{DAY}){RJ}(?P<day>{DAY})"
                          rf"(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>{MON}){E}(?:,?\s+{Y}{E})?"))
    # ISO 2025-09-04, dotted 04.09.2025, slashed 9/4/2025
    # (an ISO 8601 timestamp "2019-11-19T08:57:40+01:00" holds its day before the "T": the day, without the clock)
    pats.append(("iso", rf"{B}(?P<year>{YEAR})-(?P<mon>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])(?:{E}|(?=T\d\d:\d\d))"))
    # year first with dots or slashes ("2018.04.05", "2019/11/18"): a year written first is always followed by the
    # month; not a version or build number ("Version 2018.04.05", "v2019.11.18")
    pats.append(("iso", rf"(?<![Vv]ersion )(?<![Vv]ersion)(?<![Rr]elease )(?<![Bb]uild )(?<![vV])"
                        rf"{B}(?P<year>{YEAR})(?P<sep>[./])(?P<mon>0[1-9]|1[0-2])(?P=sep)(?P<day>[0-2]\d|3[01]){E}"
                        rf"(?![./]\d)"))
    pats.append(("dmy", rf"{B}(?P<day>{DAY})\.(?P<mon>0?[1-9]|1[0-2])\.(?P<year>{YEAR}){E}"))
    if conf.get("slash_order", "dmy") == "mdy":
        pats.append(("dmy", rf"{B}(?P<mon>0?[1-9]|1[0-2])/(?P<day>{DAY})/(?P<year>{YEAR}){E}"))
    else:
        pats.append(("dmy", rf"{B}(?P<day>{DAY})/(?P<mon>0?[1-9]|1[0-2])/(?P<year>{YEAR}){E}"))
    # a page note's day without its year ("UPDATE: 5/12 — The website ...", "Updated 11/3:"): after a note opener
    # (``page_note_openers``) at the start of a line or a sentence a slashed month and day is the note's day; elsewhere
    # "5/12" is a fraction or a score (matches._from_match starts the match at the day itself)
    notes = conf.get("page_note_openers", "")
    if notes:
        md = r"(?P<mon>0?[1-9]|1[0-2])/(?P<day>" + DAY + ")" if conf.get("slash_order", "dmy") == "mdy" else \
            rf"(?P<day>{DAY})/(?P<mon>0?[1-9]|1[0-2])"
        opener = rf"(?:^|(?<=\n)|(?<=[.!?]\s))[^\S\n]*(?i:{notes})"
        # "UPDATE: 5/12 ..." (a colon after the opener) or "Updated 5/12: ..." / "UPDATE 5/12 — ..." (after the day)
        # (then a mark, the line's end or a capitalised word: "UPDATE: 1/3 of homes …" is a fraction, review r23)
        pats.append(("date", rf"{opener}[^\S\n]*:[^\S\n]*(?P<md>{md}){E}(?![/.]?\d)"
                             r"(?=[^\S\n]*(?:[:,\u2014\u2013-]|\n|$)|[^\S\n]+(?-i:[A-ZА-ЯЁ]))"))
        pats.append(("date", rf"{opener}[^\S\n]+(?P<md>{md}){E}(?![/.]?\d)(?=[^\S\n]*[:\u2014\u2013-])"))
    # September 2025 | сентябре 2025 года
    pats.append(("month", rf"{B}(?P<mon>{MON}),?\s+(?:of\s+)?{Y}{E}"))
    # May of this year | в мае прошлого года: a month in a year named relatively
    for rel, words in ((k[9:], v) for k, v in conf.items() if k.startswith("rel_year_") and v):
        pats.append((f"month_{rel}", rf"{B}(?P<mon>{MON}),?\s+(?:of\s+)?(?i:{words}){E}"))
    # in September | в сентябре: a month alone after a preposition (English needs one; Russian forms are clear)
    if mpre:
        pats.append(("month", rf"(?:(?<=\s)|^)(?P<pre>(?i:{mpre}))\s+(?:(?i:early|late|mid-?)\s*)?(?P<mon>{MON}){E}"))
    if not cs:
        pats.append(("month_alone", rf"{B}(?P<mon>{MON}){E}(?!\s*\d)"))
    else:  # October's conference, a September hearing: checked against the parse (extract._bare_month)
        pats.append(("month_bare", rf"{B}(?P<mon>{_alternation(sorted(full), cs)}){E}(?!\.?\s*\d)"))
    # seasons: summer 2019, the fall of 2020 (seasons without a year are relative expressions)
    if seasons:
        SEA = _alternation(seasons, False)
        pats.append(("season", rf"{B}(?P<season>(?i:{SEA})),?\s+(?:of\s+)?{Y}{E}"))
        # a season in a year named relatively ("осенью текущего года", "весной прошлого года", "the summer of last
        # year"): that year's season (round 31)
        for rel, words in ((k[9:], v) for k, v in conf.items() if k.startswith("rel_year_") and v):
            pats.append((f"season_{rel}", rf"{B}(?:(?i:the)\s+)?(?P<season>(?i:{SEA})),?\s+(?:(?i:of)\s+)?"
                                          rf"(?i:{words}){E}"))
    # decades: the 1990s, the mid-2020s, 1930s-era
    pats.append(("decade", rf"{B}(?:(?i:early|mid|late)[- ]?)?(?P<decade>1[89]\d0|20\d0)['’]?s{E}"))
    # a decade with its century elided ("the '90s", "the mid-’80s"): the apostrophe marks the dropped "19" ("20" for
    # '00s and '10s); "'20s" is left out (the 1920s or the 2020s)
    pats.append(("decade", rf"(?<![\w\d'’])['’](?P<dec2>[3-9]0|00|10)s{E}"))
    # ... or with the apostrophe before the "s" after the article ("during the 90's", "in the late 80’s": round 27);
    # not a figure's range ("highs in the 90's", "will be in the 80's", "hover in the 90's", "the 90's percent";
    # "decade_range_words": the measures and the verbs of a level before "in"; "mid-" left out)
    art = conf.get("decade_articles", "")
    if art:
        weather = "".join(rf"(?<!{re.escape(w)} in )" for w in sorted(_words(conf, "decade_range_words")))
        pats.append(("decade", rf"{B}{weather}(?i:{art})\s+(?:(?i:early|late)[- ]?)?(?P<dec2>[3-9]0)['’]s{E}"
                               rf"(?!\s*(?i:degrees|°|percent|%))"))
    joiners = conf.get("range_joiners", "")
    if joiners:
        # the second of two joined decades may drop its century without an apostrophe: "the 1960s and 70s"
        pats.append(("decade", rf"{B}(?:1[89]\d0|20\d0)['’]?s,?\s+(?i:{joiners})\s+(?P<dec2>[3-9]0|00|10)['’]?s{E}"))
    # decades in words or with a case ending (Russian, Ukrainian: "в восьмидесятых годах", "1990-х", "80-х годов"):
    # a word form or a two-digit one needs a year word after it or a preposition before it ("90-е место" is a rank)
    dec_words = {f: v for f, v in decade_words(lang).items()}
    dec_years, dec_end = conf.get("decade_year_words", ""), conf.get("decade_endings", "")
    if dec_words and dec_years:
        DW = _alternation(dec_words, False)
        pats.append(("decade", rf"{B}(?P<decword>(?i:{DW})){E}(?=\s+(?i:{dec_years}){E})"))
        if ypre:
            pats.append(("decade", rf"(?:(?<=\s)|^)(?i:{ypre})\s+(?P<decword>(?i:{DW})){E}"))
    if dec_end:
        pats.append(("decade", rf"{B}(?P<decade>1[89]\d0|20\d0)-(?i:{dec_end}){E}"))
        if dec_years:
            pats.append(("decade", rf"{B}(?P<dec2>[3-9]0)-(?i:{dec_end}){E}(?=\s+(?i:{dec_years}){E})"))
        if ypre:  # "в конце 80-х", "у 90-ті"
            pats.append(("decade", rf"(?:(?<=\s)|^)(?i:{ypre})\s+(?P<dec2>[3-9]0)-(?i:{dec_end}){E}"))
    half = conf.get("half_words", "")
    if half:  # the first half of 2020
        pats.append(("half", rf"{B}(?P<half>(?i:{half}))\s+(?i:half)\s+(?i:of)\s+{Y}{E}"))
    first, last, months = (conf.get(k, "") for k in ("part_first", "part_last", "part_months"))
    of = rf"(?i:{conf['part_of']})\s+" if conf.get("part_of") else ""  # Russian: a genitive, no word
    if first and last and months:  # the first nine months of 2019, the last 6 months of 2017
        pats.append(("part", rf"{B}(?P<edge>(?i:{first}|{last}))\s+(?P<count>(?i:{number_pattern(lang)}))\s+"
                             rf"(?i:{months})\s+{of}{Y}{E}"))
    if named:  # 9/11
        alt = "|".join(re.escape(n) for n in sorted(named, key=len, reverse=True))
        # (a named day that recurs may write its year: "Black Friday 2019", "Super Tuesday, 2016")
        pats.append(("named", rf"{B}(?P<named>{alt}){E}(?:,?[^\S\n]+(?P<year>{YEAR}){E})?"))
    # both years of a range written with a dash ("from 2010-2011", "the 1998–2004 war"): each is a year, as each day of
    # "Oct. 5-7" is a day (matches._from_match keeps a pair whose second year follows the first within 30 years)
    pats.append(("year_pair", rf"{B}(?P<year>{YEAR})(?=[-–](?P<y2>{YEAR}){E})"))
    pats.append(("year_pair", rf"{B}(?P<y1>{YEAR})[-–](?P<year>{YEAR}){E}"))
    # a year: "in 2025", "2025 года"
    if ysuf:
        pats.append(("year", rf"{B}(?P<year>{NAMED_YEAR})\s*(?:{ysuf}){E}"))
    if ypre:
        # "in 2025", "mid-2020" (a prefix that ends in a hyphen joins the year), "a 2014 study"; not a number joined to
        # a unit by a hyphen ("a 2000-mile trip": a measure)
        pats.append(("year", rf"(?:(?<=\s)|^)(?:(?i:{ypre}))(?:\s+|(?<=-)){Y}{E}(?!\s*(?:[-–/.,]\d|%))"
                             rf"(?![-–][^\W\d_])"))
        if lang == "en":  # a year with its century elided after a preposition ("in '16", "the class of ’08")
            pats.append(("year", rf"(?:(?<=\s)|^)(?:(?i:{ypre}))\s+['’‘](?P<yy>\d\d){E}(?!\s*(?:[-–/.,]\d|%))"))
            if joiners:  # and the second of two joined ones ("in ’08 and ’12"): the first one's preposition governs it
                pats.append(("year", rf"(?:(?<=\s)|^)(?:(?i:{ypre}))\s+['’‘]\d\d,?\s+(?i:{joiners})\s+"
                                      rf"['’‘](?P<yy>\d\d){E}(?!\s*(?:[-–/.,]\d|%))"))
    if lang == "en":
        # a weekday glued to a word by the page's extraction, as a full date may be ("followsFriday's shooting", "early
        # Mondaymorning"): a small-letter word then the weekday's capital, or the weekday then a part of the day
        # (a hashtag, "#FollowFriday", starts with "#" and a capital: not this)
        pats.append(("weekday", rf"(?:(?<=\s)|^)[a-z]{{2,}}+(?P<wd>{WD})(?![a-z\d])"))
        pats.append(("weekday", rf"{B}(?P<wd>{WD})(?=(?:morning|afternoon|evening|night){E})"))
    # a weekday with a cue word between the preposition and the day, or a cue alone before it (Russian, Ukrainian):
    # "в прошлую пятницу", "в следующий вторник", "минулої п'ятниці", "наступного понеділка" (English takes its cue
    # word from the text before the weekday: "last Friday")
    cues = [(k, conf.get(f"cue_{c}", "")) for k, c in (("last", "prev"), ("next", "next"), ("this", "this"))]
    if wpre and all(v for _, v in cues):
        alt = "|".join(rf"(?P<wd_{k}>(?i:{v}))" for k, v in cues)
        pats.append(("weekday", rf"(?:(?<=\s)|^)(?:(?i:{wpre})\s+)?(?:{alt})\s+(?P<wd>{WD}){E}"))
    # timestamps, month-first dates of an English template, a weekday after a clock (round 35, dates/stamps.py)
    from .stamps import stamp_patterns
    pats.extend(stamp_patterns(lang, conf, MON, WD, Y))
    # a weekday alone: "on Thursday", "в четверг" (relative to the publication date)
    if wpre:
        pats.append(("weekday", rf"(?:(?<=\s)|^)(?:(?i:{wpre}))\s+(?P<wd>{WD}){E}"))
        wjoin = conf.get("weekday_range_joiners", "")
        if wjoin:  # and the second of two joined ones, "в субботу и воскресенье": the first one's preposition governs
            #        (round 36; target_day.range_end reads it as the first such day after the first one)
            pats.append(("weekday", rf"(?:(?<=\s)|^)(?:(?i:{wpre}))\s+{WD}\s+(?i:{wjoin})\s+(?P<wd>{WD}){E}"))
    else:
        pats.append(("weekday", rf"{B}(?P<wd>{WD}){E}"))
    return pats
