"""newuser32: a page in a language newsgraph does not read (German, Italian...) failed whole in understand.dates.

General reason: the dates stage reads any language with English patterns (``date_rules`` falls back to English),
but some of its readers asked ``settings(lang)`` for the document's own language, which has no rule files, and the
RuleFileError failed the document (two of the 181 benchmark pages, 'de' and 'it', were lost to ingest). A language
without date rules now reads English's settings too, as it reads English's patterns.
"""
import newsgraph
from newsgraph.understand.dates.extract import extract_dates
from newsgraph.understand.dates.patterns import settings

# our own sentences: a German report whose numeric date anchors a story told over three paragraphs
GERMAN = ("Am 05.05.2015 ging die Firma an die Börse, wie der Vorstand damals mitteilte.\n\n"
          "Zunächst stieg der Kurs der Aktie deutlich, bald danach fiel er wieder.\n\n"
          "Im August warnte die Firma vor hohen Verlusten im laufenden Geschäft.")
NARRATIVE = ("In May 2015, the firm went public.\n\nAt first the shares rose, and soon after they fell.\n\n"
             "In August, the firm warned of losses.")


def test_german_page_is_analysed_not_failed():
    rec = newsgraph.analyze(GERMAN, published="2024-03-14")
    assert rec.document.language == "de"
    assert ("05.05.2015", "2015-05-05") in [(d.text, d.value) for d in rec.dates]


def test_unread_languages_read_dates_as_english_does():
    want = [(d.text, d.value) for d in extract_dates(NARRATIVE, "en", "2024-03-14")]
    for lang in ("de", "it", "fr"):
        assert [(d.text, d.value) for d in extract_dates(NARRATIVE, lang, "2024-03-14")] == want


def test_near_miss_languages_with_rules_keep_their_own_settings():
    # Russian and Ukrainian have dates_settings.tsv of their own: they are not replaced by English's
    assert settings("de") == settings("en")
    assert settings("ru") != settings("en")
    assert settings("uk") != settings("en")
