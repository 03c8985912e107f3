"""Profiles: sets of kinds and statuses registered in :mod:`viewer.core.kinds`.

:mod:`~viewer.core.profiles.generic` declares the kinds any timeline may use (events, eras,
articles); :mod:`~viewer.core.profiles.interpol` the words of an institution's history as
the bundled INTERPOL record and the file schema write them (sessions, terms of office, flag
handovers, years without a session). Each holds ``KINDS`` and ``STATUSES`` (plain data,
:mod:`viewer.core.kind_specs`); :mod:`viewer.core.kinds` registers them, in the order of
:data:`PROFILES`, when it is imported.

A profile also has data checks of its own (``checks``) and rows of the coverage table
(``coverage_rows``), which it gives only for the datasets it claims: INTERPOL's session
numbering is checked in the bundled INTERPOL record, never in a user's own file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from viewer.core.profiles import generic, interpol

if TYPE_CHECKING:
    from viewer.core.findings import CoverageRow, Finding
    from viewer.core.kind_specs import KindSpec, StatusSpec
    from viewer.core.records import Dataset


class Profile(Protocol):
    """What a profile module holds."""

    @property
    def KINDS(self) -> Sequence[KindSpec]:
        """The kinds it declares."""
        ...

    @property
    def STATUSES(self) -> Sequence[StatusSpec]:
        """The statuses it declares."""
        ...

    def checks(self, dataset: Dataset) -> list[Finding]:
        """Findings of the profile's own checks (none for a dataset it does not claim)."""
        ...

    def coverage_rows(self, dataset: Dataset) -> list[CoverageRow]:
        """Rows of the profile's own coverage (none for a dataset it does not claim)."""
        ...


#: The bundled profiles, INTERPOL's first (the schema's order of kinds).
PROFILES: tuple[Profile, ...] = (interpol, generic)


def claimed_checks(dataset: Dataset) -> list[Finding]:
    """The findings of every profile's own checks of *dataset*, in :data:`PROFILES`
    order."""
    return [finding for profile in PROFILES for finding in profile.checks(dataset)]


def claimed_coverage(dataset: Dataset) -> list[CoverageRow]:
    """The coverage rows every profile gives for *dataset*, in :data:`PROFILES` order."""
    return [row for profile in PROFILES for row in profile.coverage_rows(dataset)]
