"""How the application words counts in messages (pure; no Qt)."""

from __future__ import annotations


def plural(count: int, noun: str) -> str:
    """``1 warning``, ``2 warnings``, ``1,234 errors``: *count* with thousands separators
    and *noun* with an English plural ``s`` unless *count* is 1."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
