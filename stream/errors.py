"""One root exception; each failure a caller may want to tell apart gets a one-line subclass."""


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
