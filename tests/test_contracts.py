"""The pipeline's contracts are true: every component runs here over real documents (English, Russian, Ukrainian,
Belarusian, German) seeing only the fields it declares (``requires``, ``assigns``, ``extends``); reading a field it
did not declare, or writing one it does not make or extend, fails the test. Two writers of one field are refused
unless the second declares itself an extension; a language without a parser says which stages it skipped."""
from __future__ import annotations

import pytest

from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import REGISTRY, Pipeline, Work, component

DOCS = {
    "en": "Talks in Geneva\n\nPresident Vladimir Putin met Donald Trump in Alaska on Thursday, September 4, 2025. "
          "\u201cWe agreed on nothing,\u201d Putin told reporters. The two leaders said 26 countries would send "
          "troops.",
    "ru": "Переговоры в Женеве\n\nПрезидент России Владимир Путин встретился с Дональдом Трампом на Аляске 4 "
          "сентября 2025 года. «Мы ни о чём не договорились», — заявил Путин журналистам. Песков сообщил, что "
          "26 стран готовы направить войска.",
    "uk": "Переговори у Женеві\n\nПрезидент України Володимир Зеленський зустрівся з Дональдом Трампом у Вашингтоні "
          "4 вересня 2025 року. «Ми готові до миру», — заявив Зеленський журналістам.",
    "be": "Перамовы ў Жэневе\n\nПрэзідэнт Беларусі сустрэўся з прэм'ер-міністрам Польшчы 4 верасня 2025 года ў "
          "Мінску. Ён заявіў, што 26 краін гатовыя дапамагчы.",
    "de": "Gespräche in Genf\n\nBundeskanzler Friedrich Merz traf am Donnerstag Präsident Emmanuel Macron in Paris. "
          "\u201eWir sind uns einig\u201c, sagte Merz vor Journalisten.",
}


class Undeclared(AssertionError):
    """A component touched a field it did not declare."""


class _Guard:
    def __init__(self, target, prefix: str, reads: frozenset, writes: frozenset, name: str, nested=None):
        object.__setattr__(self, "_t", (target, prefix, reads, writes, name, nested or {}))

    def __getattr__(self, attr):
        target, prefix, reads, writes, name, nested = object.__getattribute__(self, "_t")
        if attr in nested:
            return nested[attr]
        field = prefix + attr
        if field not in reads:
            raise Undeclared(f"{name} reads {field!r}, which it does not declare")
        return getattr(target, attr)

    def __setattr__(self, attr, value):
        target, prefix, reads, writes, name, nested = object.__getattribute__(self, "_t")
        field = prefix + attr
        if field not in writes:
            raise Undeclared(f"{name} writes {field!r}, which it neither assigns nor extends")
        setattr(target, attr, value)


class _Scratch:
    def __init__(self, scratch: dict, reads, writes, name):
        self._s, self._reads, self._writes, self._name = scratch, reads, writes, name

    def _check(self, key, fields, verb):
        if f"scratch.{key}" not in fields:
            raise Undeclared(f"{self._name} {verb} 'scratch.{key}', which it does not declare")

    def __getitem__(self, key):
        self._check(key, self._reads, "reads")
        return self._s[key]

    def get(self, key, default=None):
        self._check(key, self._reads, "reads")
        return self._s.get(key, default)

    def __contains__(self, key):
        self._check(key, self._reads, "reads")
        return key in self._s

    def __setitem__(self, key, value):
        self._check(key, self._writes, "writes")
        self._s[key] = value


def _guarded(w: Work, c) -> _Guard:
    reads = c.fields
    writes = frozenset(c.assigns) | frozenset(c.extends)
    doc = _Guard(w.record.document, "document.", reads, writes, c.name)
    record = _Guard(w.record, "", reads, writes, c.name, {"document": doc})
    scratch = _Scratch(w.scratch, reads, writes, c.name)
    return _Guard(w, "", reads | {"error"}, writes, c.name, {"record": record, "scratch": scratch})


def _run_guarded(works: list[Work]) -> list[Work]:
    for c in Pipeline().components:
        live = [w for w in works if w.error is None]
        if c.batch:
            c.func([_guarded(w, c) for w in live])
        else:
            for w in live:
                c.func(_guarded(w, c))
    return works


def test_every_component_touches_only_what_it_declares():
    works = [Work(RawDocument(source=f"contract-{lang}", text=text, language=lang)) for lang, text in DOCS.items()]
    _run_guarded(works)
    recs = {w.raw.language: w.record for w in works}
    assert all(w.error is None for w in works)
    assert recs["en"].quotes and recs["en"].events and recs["ru"].quotes and recs["ru"].events
    assert all(r.validate() == [] for r in recs.values())


def test_a_language_without_a_parser_says_what_it_skipped_and_why():
    (w,) = _run_guarded([Work(RawDocument(source="be", text=DOCS["be"], language="be"))])
    rec = w.record
    assert rec.document.language == "be"
    skipped = {s.stage: s.reason for s in rec.skipped}
    assert set(skipped) == {"understand.parse", "understand.entities", "understand.coref", "understand.quotes",
                            "understand.events"}
    assert all("Belarusian" in r for r in skipped.values())
    assert rec.entities == [] and rec.quotes == [] and rec.events == []
    assert [d.value for d in rec.dates if d.value] == []  # no Belarusian month names: nothing made up
    assert '"skipped": [{"stage": "understand.parse"' in rec.to_json(indent=None)


def test_a_language_in_another_script_is_not_read_with_the_english_models():
    # a Korean page read by the English NER gave "people" such as "때문이다" ("because"): nothing is better
    text = "서울에서 김재원은 어제 기자회견을 열고 우리는 포기하지 않는다고 말했다. 정부는 26개국이 돕겠다고 발표했다."
    (w,) = _run_guarded([Work(RawDocument(source="ko", text=text, language="ko"))])
    rec = w.record
    assert w.error is None and rec.entities == [] and rec.quotes == [] and rec.events == []
    skipped = {s.stage: s.reason for s in rec.skipped}
    assert "understand.entities" in skipped and all("another script than Latin" in r for r in skipped.values())
    # decided by the text's letters, whatever the code: Serbian in Latin letters is read, in Cyrillic it is not
    from newsgraph.understand import languages
    assert languages.of("de", DOCS["de"]) is languages.UNREAD  # short, but the identifier is sure of its German
    assert languages.of("sr", "Vlada Srbije je u četvrtak usvojila budžet.") is languages.FALLBACK
    assert languages.of("sr", "Влада Србије је у четвртак усвојила буџет.") is languages.OTHER_SCRIPT
    assert languages.of("ru", "Влада") is languages.TABLE["ru"]


def test_a_latin_script_language_we_do_not_read_gets_only_full_names_of_people():
    # the English NER on a German page made "Digitalisierung" a PERSON and "Einwilligung" a place, and on an
    # Indonesian one made "Jadi" ("so") a speaker: junk actors and quotes beside the real ones. Long enough for the
    # language to be sure, such a text gives only people named in full; a short one (language ID is unsure there) is
    # read as English.
    text = ("Die Digitalisierung im Gesundheitswesen\n\nDie elektronische Patientenakte soll nach dem Willen der "
            "Bundesregierung bis Ende des Jahres in allen Praxen verfügbar sein. Die Einwilligung der Versicherten "
            "bleibt dabei freiwillig, sagte Gesundheitsminister Karl Lauterbach am Donnerstag in Berlin. Kritiker bemängeln "
            "die Datensicherheit und fordern eine unabhängige Prüfung der Systeme vor dem Start am 3. Mai 2025.")
    (w,) = _run_guarded([Work(RawDocument(source="de-long", text=text, language="de"))])
    rec = w.record
    assert w.error is None and rec.document.language == "de"
    assert [(e.name, e.type) for e in rec.entities] == [("Karl Lauterbach", "PERSON")]
    assert rec.quotes == [] and rec.events == []
    skipped = {s.stage: s.reason for s in rec.skipped}
    assert set(skipped) == {"understand.coref", "understand.quotes", "understand.events"}
    assert all("reads English, Russian and Ukrainian" in r for r in skipped.values())
    from newsgraph.understand import languages
    assert languages.of("de", text) is languages.UNREAD
    assert languages.of(None, text) is languages.FALLBACK  # no language detected: read as English
    assert languages.of("nl", "Trump met Kim in Hanoi.") is languages.FALLBACK  # too short to trust "Dutch"
    # a short text the identifier is sure of is not read as English: no junk names from its capitalised words
    short = "O governo anunciou ontem um novo pacote de medidas para a economia, disse o ministro das Finanças em Lisboa."
    assert languages.of("pt", short) is languages.UNREAD


def test_languages_we_read_skip_nothing():
    works = _run_guarded([Work(RawDocument(source=lang, text=DOCS[lang], language=lang)) for lang in ("en", "ru", "uk")])
    assert [w.record.skipped for w in works] == [[], [], []]


def test_two_writers_of_one_field_are_refused_unless_declared_an_extension():
    component("test.first", requires=("document.text",), assigns=("test.field",))(lambda w: None)
    component("test.second", requires=("document.text",), assigns=("test.field",))(lambda w: None)
    component("test.adds", requires=("document.text",), extends=("test.field",))(lambda w: None)
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    with pytest.raises(ValueError, match="both assign 'test.field'"):
        Pipeline(clean + ["test.first", "test.second"])
    with pytest.raises(ValueError, match="requires"):
        Pipeline(clean + ["test.adds"])  # extends a field nobody made
    assert Pipeline(clean + ["test.first", "test.adds"]).names[-1] == "test.adds"
    for n in ("test.first", "test.second", "test.adds"):
        REGISTRY.pop(n)


def test_the_default_pipeline_has_one_writer_per_field():
    writers: dict[str, list[str]] = {}
    for c in Pipeline().components:
        for f in c.assigns:
            writers.setdefault(f, []).append(c.name)
    assert {f: w for f, w in writers.items() if len(w) > 1} == {}
    assert writers["entities"] == ["understand.entities"] and writers["events"] == ["understand.events"]


def test_the_guard_catches_an_undeclared_read_and_write():
    from newsgraph.pipeline import Component
    w = Work(RawDocument(source="x", text="Putin met Trump.", language="en"))
    reads_dates = Component("test.sneaky", lambda w: w.record.dates, requires=("document.text",))
    with pytest.raises(Undeclared, match="reads 'dates'"):
        reads_dates.func(_guarded(w, reads_dates))
    writes_quotes = Component("test.sneaky2", lambda w: setattr(w.record, "quotes", []), requires=("quotes",))
    with pytest.raises(Undeclared, match="writes 'quotes'"):
        writes_quotes.func(_guarded(w, writes_quotes))
    scratch = Component("test.sneaky3", lambda w: w.scratch["doc"], requires=("document.text",))
    with pytest.raises(Undeclared, match="scratch.doc"):
        scratch.func(_guarded(w, scratch))


def test_an_invalid_record_is_never_stored_nor_handed_on(tmp_path):
    from newsgraph.record import Analysis, Document, Entity, Mention
    from newsgraph.store import StoreError, open_store
    bad = Analysis(document=Document(id="x", text="Putin met Trump."),
                   entities=[Entity("e1", "Vladimir Putin", "PERSON", mentions=[Mention(0, 5, "Trump")])])
    st = open_store(str(tmp_path / "s.db"))
    with pytest.raises(StoreError, match="invalid analysis record x"):
        st.write_batch([bad])
    st.close()
    component("test.breaks", requires=("document.text",), extends=("entities",))(
        lambda w: w.record.entities.append(Entity("e9", "X", "PERSON", mentions=[Mention(0, 3, "nope")])))
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    p = Pipeline(clean + ["understand.parse", "understand.entities", "test.breaks"])
    (w,) = p.run_works([Work(RawDocument(source="b", text="Putin met Trump in Alaska.", language="en"))])
    REGISTRY.pop("test.breaks")
    assert w.error and w.error.startswith("internal error: invalid record (entity e9")
