"""Profiles: sets of kinds and statuses registered in :mod:`viewer.core.kinds`.

:mod:`~viewer.core.profiles.generic` declares the kinds any timeline may use (events, eras,
articles); :mod:`~viewer.core.profiles.interpol` the words of an institution's history as
the bundled INTERPOL record and the file schema write them (sessions, terms of office, flag
handovers, years without a session). Each holds ``KINDS`` and ``STATUSES`` (plain data,
:mod:`viewer.core.kind_specs`); :mod:`viewer.core.kinds` registers them, in the order of
:data:`PROFILES`, when it is imported.
"""

from __future__ import annotations

from viewer.core.profiles import generic, interpol

#: The bundled profiles, INTERPOL's first (the schema's order of kinds).
PROFILES = (interpol, generic)
