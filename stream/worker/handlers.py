"""What to do when processing one record fails, by the kind of failure.

Bad input (a record that does not validate, an article the NLP rejects) is skipped: it goes
to the dead-letter topic, as the input's fault. Anything else is a bug in newsstream's own
code: logged at ERROR with its traceback, counted, and then dead-lettered or raised to stop
the worker, as `NEWSSTREAM_ON_INTERNAL_ERROR` says. The policy is one swappable function.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from pydantic import ValidationError

from stream.config import InternalErrorPolicy
from stream.errors import EnrichmentError, InternalError
from stream.worker.intake import RawMessage
from stream.worker.metrics import METRICS

log = logging.getLogger(__name__)

ErrorHandler = Callable[[Exception, RawMessage], bool]
"""Returns True to skip the record (it goes to the dead-letter topic), False to raise."""

INPUT_ERRORS: tuple[type[Exception], ...] = (ValidationError, EnrichmentError)


def error_handler(on_internal_error: InternalErrorPolicy) -> ErrorHandler:
    """Skip bad input; report a bug, then skip it or not as `on_internal_error` says."""

    def handle(error: Exception, message: RawMessage) -> bool:
        if isinstance(error, INPUT_ERRORS):
            log.warning("skipping record %s: %s: %s", _where(message), type(error).__name__, error)
            return True
        _report_internal_error(_as_internal(error), message)
        return on_internal_error == "dead-letter"

    return handle


def _as_internal(error: Exception) -> InternalError:
    return error if isinstance(error, InternalError) else InternalError.of(error)


def _report_internal_error(error: InternalError, message: RawMessage) -> None:
    METRICS.internal_errors[error.error_type] += 1
    # The traceback is text (it may come from a pool process): logged as such, not by
    # `log.exception`, which would show where it was handled instead.
    log.error("internal error on record %s: %s\n%s", _where(message), error, error.traceback_text)


def _where(message: RawMessage) -> str:
    return f"{message.topic}[{message.partition}]@{message.offset}"
