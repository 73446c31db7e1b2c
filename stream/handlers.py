"""What to do when processing one record fails: skip it (dead-letter) or stop the worker.

The policy is one swappable function, so tests or deployments can choose to fail loudly.
The default skips errors caused by the input (bad records, an article the NLP chokes on)
and raises everything else: a bug should stop the worker, not silently eat the stream.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from pydantic import ValidationError

from stream.errors import EnrichmentError
from stream.intake import RawMessage

log = logging.getLogger(__name__)

ErrorHandler = Callable[[Exception, RawMessage], bool]
"""Returns True to skip the record (it goes to the dead-letter topic), False to raise."""

INPUT_ERRORS: tuple[type[Exception], ...] = (ValidationError, EnrichmentError)


def skip_input_errors(error: Exception, message: RawMessage) -> bool:
    skip = isinstance(error, INPUT_ERRORS)
    log.log(
        logging.WARNING if skip else logging.ERROR,
        "%s record %s[%d]@%d: %s: %s",
        "skipping" if skip else "failing on",
        message.topic,
        message.partition,
        message.offset,
        type(error).__name__,
        error,
    )
    return skip
