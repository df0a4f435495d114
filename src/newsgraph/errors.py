"""Errors that are expected faults of the input: reported as one readable line, never as a traceback."""
from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of all expected, user-facing errors."""


class InputError(NewsgraphError):
    """A file (or one record of it) cannot be read: names the place and the reason."""

    def __init__(self, source: str, reason: str, where: str | None = None):
        self.source = source
        self.reason = reason
        self.where = where  # "line 3", "record 2", "entry 5"...
        super().__init__(self.message)

    @property
    def message(self) -> str:
        place = f"{self.source}:{self.where}" if self.where else self.source
        return f"{place}: {self.reason}"


class DocumentError(NewsgraphError):
    """A document was read but cannot be analyzed (for example: no text left after cleaning)."""
