"""scale/: ingest on a Dask cluster with the same results as one process.

``ingest_dask(paths, db_url, scheduler=None)`` splits the inputs into partitions (:mod:`.partitions`), has each
worker analyze its partitions into Parquet shards (:mod:`.shards`; the model is loaded once per worker by
:class:`.worker.WarmPipeline`), finds near-duplicate groups with a distributed LSH shuffle (:mod:`.lsh`) and merges
the shards into the store in reading order (:mod:`.merge`), so the store equals a single-process ingest.
"""
from .partitions import Item, Partition, plan

__all__ = ["Item", "Partition", "plan", "ingest_dask", "ScaleError"]


def ingest_dask(*args, **kwargs):
    """See :func:`newsgraph.scale.engine.ingest_dask`."""
    from .engine import ingest_dask as run
    return run(*args, **kwargs)


def __getattr__(name):
    if name == "ScaleError":
        from .engine import ScaleError
        return ScaleError
    raise AttributeError(name)
