"""One root exception; each failure a caller may want to tell apart gets a one-line subclass."""

from __future__ import annotations

import traceback


class NewsstreamError(Exception):
    """Root of every error newsstream raises on purpose."""


class ConfigError(NewsstreamError):
    """A setting is missing or inconsistent."""


class SourceError(NewsstreamError):
    """An input file or record cannot be read as an article."""


class ModelError(NewsstreamError):
    """The configured spaCy pipeline is missing or not the one expected."""


class BrokerError(NewsstreamError):
    """The local Kafka broker cannot be installed, started or reached."""


class EnrichmentError(NewsstreamError):
    """The NLP pipeline failed on one article (the article goes to the dead-letter topic)."""


class GoldError(NewsstreamError):
    """A gold-annotated folder cannot be read, or its gold does not fit its text."""


class InternalError(NewsstreamError):
    """newsstream's own code raised on one record: a bug, not the input's fault.

    Carries the original traceback as text, so that it survives the trip back from a pool
    process (a traceback object does not pickle) and reaches the worker's log.
    """

    def __init__(self, error_type: str, message: str, traceback_text: str) -> None:
        super().__init__(error_type, message, traceback_text)  # all of them: for pickling
        self.error_type = error_type
        self.message = message
        self.traceback_text = traceback_text

    def __str__(self) -> str:
        return f"{self.error_type}: {self.message}"

    @classmethod
    def of(cls, error: BaseException) -> InternalError:
        text = "".join(traceback.format_exception(error))
        return cls(type(error).__name__, str(error), text)

    def last_lines(self, count: int) -> str:
        """The traceback's last `count` lines: where it failed, and the error itself."""
        return "\n".join(self.traceback_text.rstrip().splitlines()[-count:])


class DependencyError(NewsstreamError):
    """An installed library is not the version newsstream's workarounds were written for."""
