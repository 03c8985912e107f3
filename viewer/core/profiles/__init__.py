"""Profiles: sets of kinds and statuses registered in :mod:`viewer.core.kinds`.

:mod:`~viewer.core.profiles.generic` declares the kinds any timeline may use (events, eras,
articles); :mod:`~viewer.core.profiles.interpol` the words of an institution's history as
the bundled INTERPOL record and the file schema write them (sessions, terms of office, flag
handovers, years without a session). Both are registered when :mod:`viewer.core.kinds` is imported.
"""

from __future__ import annotations


def register_all() -> None:
    """Register every bundled profile, INTERPOL's kinds first (the schema's order)."""
    from viewer.core.profiles import generic, interpol

    interpol.register()
    generic.register()
