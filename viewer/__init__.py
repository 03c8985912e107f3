"""A desktop timeline viewer for the history of international institutions."""

__version__ = "0.1.0"
