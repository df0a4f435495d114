"""Near-duplicate detection: MinHash signatures over word shingles of the clean text, and LSH bands.

Everything here is a plain function of a text (no store, no model), so the single-process ingest, the Dask engine
(signatures on workers, then a shuffle grouping by band hash) and the benchmark compute *the same* signatures and
bands and therefore the same duplicate groups.

Parameters (module constants, also recorded in the store's ``meta`` table):

- ``SHINGLE``: words per shingle (word n-grams of the case-folded text; punctuation ignored).
- ``NUM_PERM``: MinHash permutations (datasketch ``MinHash(num_perm, seed=SEED)``; shingles hashed with
  datasketch's default SHA-1 based 32-bit hash, which is stable across processes and machines).
- ``BANDS`` x ``ROWS``: LSH banding; two texts become candidates when one band of their signatures is equal.
  Chosen with datasketch's own optimiser for ``THRESHOLD`` (equal weight to false positives and negatives).
- ``THRESHOLD``: a candidate pair is a near-duplicate when its estimated Jaccard similarity is >= THRESHOLD.

Pair a signature with :func:`band_hashes` to index it; :func:`similarity` verifies a candidate pair;
:func:`group` is the in-memory grouping (connected components) used by the benchmark and the Dask path.
"""
from __future__ import annotations

import hashlib
import re
from typing import Hashable, Iterable, Iterator

import numpy as np

SHINGLE = 3
NUM_PERM = 128
SEED = 1
THRESHOLD = 0.5
MIN_SHINGLES = 8  # texts with fewer shingles are not indexed (too short for a reliable near-duplicate decision)
BANDS = 25
ROWS = 5

_WORD = re.compile(r"\w+", re.UNICODE)


def params() -> dict:
    """The parameters as a dict (stored in the store so a later run can refuse a mismatch)."""
    return {"shingle": SHINGLE, "num_perm": NUM_PERM, "seed": SEED, "scheme": SCHEME, "threshold": THRESHOLD,
            "bands": BANDS,
            "rows": ROWS, "min_shingles": MIN_SHINGLES}


def words(text: str) -> list[str]:
    """Case-folded word tokens (letters/digits), punctuation and whitespace ignored."""
    return _WORD.findall(text.casefold())


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """The set of word k-grams of ``text`` as UTF-8 bytes (the whole text as one shingle when shorter than k)."""
    w = words(text)
    if not w:
        return set()
    if len(w) < k:
        return {" ".join(w).encode("utf-8")}
    return {" ".join(w[i:i + k]).encode("utf-8") for i in range(len(w) - k + 1)}


_PERMS = None
SCHEME = "affine32"  # datasketch 2.0's default permutation scheme, pinned so signatures never change silently


def _minhash():
    from datasketch import MinHash
    global _PERMS
    if _PERMS is None:
        _PERMS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_PERMS, scheme=SCHEME)


def signature_of_shingles(sh: Iterable[bytes]) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint32 values) of a set of shingles."""
    m = _minhash()
    sh = list(sh)
    if sh:
        m.update_batch(sh)
    return m.hashvalues.astype(np.uint32)


def signature(text: str, k: int = SHINGLE) -> np.ndarray:
    """MinHash signature of the word k-gram shingles of ``text``."""
    return signature_of_shingles(shingles(text, k))


def to_bytes(sig: np.ndarray) -> bytes:
    """A signature as little-endian uint32 bytes (how the store keeps it)."""
    return np.asarray(sig, dtype="<u4").tobytes()


def from_bytes(b: bytes) -> np.ndarray:
    return np.frombuffer(b, dtype="<u4")


def band_hashes(sig: np.ndarray, bands: int = BANDS, rows: int = ROWS) -> list[int]:
    """One signed 64-bit hash per band (band index mixed in), for an SQL BIGINT column or a shuffle key."""
    raw = np.asarray(sig, dtype="<u4")
    out = []
    for b in range(bands):
        h = hashlib.blake2b(raw[b * rows:(b + 1) * rows].tobytes(), digest_size=8, person=b"ngband%02d" % b)
        out.append(int.from_bytes(h.digest(), "little", signed=True))
    return out


def indexable(sh: set) -> bool:
    """Whether a text with these shingles goes into the LSH index (enough shingles to judge)."""
    return len(sh) >= MIN_SHINGLES


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / len(a)


def is_near_duplicate(a: np.ndarray, b: np.ndarray, threshold: float = THRESHOLD) -> bool:
    return similarity(a, b) >= threshold


class UnionFind:
    """Disjoint sets over hashable keys (smallest-rank key stays root: the first one added)."""

    def __init__(self):
        self.parent: dict = {}
        self.order: dict = {}

    def add(self, x):
        if x not in self.parent:
            self.parent[x] = x
            self.order[x] = len(self.order)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if self.order[ra] > self.order[rb]:
                ra, rb = rb, ra
            self.parent[rb] = ra
        return ra

    def groups(self) -> dict:
        out: dict = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return out


def candidate_pairs(items: Iterable[tuple[Hashable, np.ndarray]]) -> Iterator[tuple[Hashable, Hashable]]:
    """Pairs of keys sharing at least one band (each pair once; first-seen key first). In memory: band -> keys."""
    buckets: dict[int, list] = {}
    seen: set = set()
    for key, sig in items:
        for h in band_hashes(sig):
            for other in buckets.get(h, ()):
                if (other, key) not in seen:
                    seen.add((other, key))
                    yield other, key
            buckets.setdefault(h, []).append(key)


def group(items: Iterable[tuple[Hashable, np.ndarray]], threshold: float = THRESHOLD) -> UnionFind:
    """Connected components of verified near-duplicate pairs over (key, signature) items, in memory."""
    sigs: dict = {}
    uf = UnionFind()

    def stream():
        for key, sig in items:
            sigs[key] = sig
            uf.add(key)
            yield key, sig

    for a, b in candidate_pairs(stream()):
        if uf.find(a) != uf.find(b) and similarity(sigs[a], sigs[b]) >= threshold:
            uf.union(a, b)
    return uf
