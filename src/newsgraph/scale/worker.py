"""The worker plugin: each Dask worker builds newsgraph's default pipeline and loads its models once, when it
starts (and again when a dead worker is restarted by its nanny), not once per partition."""
from __future__ import annotations

from distributed import WorkerPlugin

# A short text in each language with its own model, run once so every model is loaded and warmed.
WARM_TEXTS = (
    "Warm-up. The President of France, Emmanuel Macron, said on Monday that talks in Paris would go on.",
    "Прогрев. Президент Франции Эмманюэль Макрон заявил в понедельник, что переговоры в Париже продолжатся.",
)


def warm() -> list[str]:
    """Build the default pipeline and analyze the warm-up texts, and load what a partition task uses besides
    (the readers, Parquet, the MinHash permutations); returns the pipeline's component names."""
    import pyarrow.parquet  # noqa: F401

    from ..corpus import dedup
    from ..corpus.ingest import analyze_robust, default_analyze
    from ..ingest.base import RawDocument
    from ..ingest.registry import formats
    from ..pipeline import default_pipeline
    formats()
    pipe = default_pipeline()
    analyze_robust(default_analyze(), [RawDocument(source="<warm-up>", text=t) for t in WARM_TEXTS])
    dedup.signature(WARM_TEXTS[0])
    return pipe.names


class WarmPipeline(WorkerPlugin):
    """Loads newsgraph's models in every worker process before it runs a task."""

    name = "newsgraph-warm-pipeline"

    def setup(self, worker) -> None:
        batch_scheduling()
        worker.newsgraph_components = warm()


def batch_scheduling() -> bool:
    """Put every thread of this worker process under Linux's SCHED_BATCH policy: a CPU-bound process that is never
    woken for interactivity, so the kernel preempts it less often and its caches stay warm when it shares the cores
    with the driver's merge. Returns False where the policy does not exist (not Linux) or is refused."""
    import os
    if not hasattr(os, "SCHED_BATCH"):
        return False
    try:
        tids = os.listdir("/proc/self/task")
    except OSError:
        return False
    for tid in tids:
        try:
            os.sched_setscheduler(int(tid), os.SCHED_BATCH, os.sched_param(0))
        except ProcessLookupError:
            continue  # a thread that ended meanwhile
        except OSError:
            return False
    return True
