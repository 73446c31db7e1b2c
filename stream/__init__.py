"""newsstream: raw news in, structured facts about visits, meetings and more out."""

__version__ = "0.1.0"
