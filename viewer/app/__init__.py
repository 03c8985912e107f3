"""Composition root: command line, application, main window and signal wiring."""
