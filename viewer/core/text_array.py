"""A column of texts kept in one Arrow string array, read as a sequence of ``str``.

A table read with pyarrow already holds its ids and titles as Arrow strings; a Python list
of them would hold each again as a ``str`` object (about 90 bytes each: 2.1 GB and 2.7 s of
a ten-million-row load for ids and titles). :class:`TextArray` reads a text from the
array's offsets and bytes only when asked (about 0.3 us), and :meth:`TextArray.arrow`
hands the array to pyarrow's kernels (sorting, comparing).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator, Sequence
from typing import Any, overload

_CHUNK = 1 << 16
"""Texts made at a time when the array is iterated."""


class TextArray(Sequence[str]):
    """The texts (n,) of *array*, a pyarrow string array or chunked array without nulls
    (a null reads as ``""``), as an immutable sequence of ``str``. Equal to any sequence
    of the same texts in the same order."""

    def __init__(self, array: Any) -> None:
        import pyarrow as pa  # here, not at import: start-up time for everyone else

        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
        if array.null_count:
            array = array.fill_null("")
        if not pa.types.is_large_string(array.type):
            # 64-bit offsets: never a limit on the total length of the texts.
            array = array.cast(pa.large_string())
        self._array = array
        self._n = len(array)
        _, offsets, data = array.buffers()
        start = array.offset
        self._offsets = memoryview(offsets).cast("q")[start : start + self._n + 1]
        self._data = memoryview(data if data is not None else b"")

    @property
    def arrow(self) -> Any:
        """The pyarrow ``large_string`` array of the texts."""
        return self._array

    def isascii(self) -> bool:
        """Whether every text is ASCII (as :meth:`str.isascii`; no ``str`` made)."""
        import pyarrow.compute as pc

        return pc.all(pc.string_is_ascii(self._array)).as_py() is not False

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._n)
            if step == 1:  # in C
                return list(self._array.slice(start, max(stop - start, 0)).to_pylist())
            return [self[i] for i in range(start, stop, step)]
        if index < 0:
            index += self._n
        if not 0 <= index < self._n:
            raise IndexError("text index out of range")
        offsets = self._offsets
        return str(self._data[offsets[index] : offsets[index + 1]], "utf-8")

    def __iter__(self) -> Iterator[str]:
        for start in range(0, self._n, _CHUNK):
            yield from self._array.slice(start, _CHUNK).to_pylist()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(other) == self._n and all(itertools.starmap(operator.eq, zip(self, other)))

    __hash__ = None  # type: ignore[assignment]  # mutable sequences' rule: equal to a list

    def __repr__(self) -> str:
        return f"TextArray({self._n} texts)"
