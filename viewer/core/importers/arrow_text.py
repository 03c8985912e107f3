"""A column of a Parquet or Arrow table as the text a CSV cell would hold, and the
table's metadata read as a CSV's ``# key:`` lines (see
:mod:`viewer.core.importers.arrow_table` for what each type becomes).

Pure Python and pyarrow: no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.core.errors import LoadError
from viewer.core.i18n import translate
from viewer.core.importers import plaincsv
from viewer.core.importers.csvfile import normalise
from viewer.core.importers.drafts import LIST_ITEM

if TYPE_CHECKING:
    import pyarrow as pa


def hand_back_memory() -> None:
    """Return to the system the memory Arrow freed while a table was read (pyarrow's
    default pool, mimalloc, keeps it for reuse): a million Parquet rows read into columns
    leave the process at 0.73 GB instead of 1.02 GB. jemalloc, tried as the pool instead,
    gave the same but holds address space: a load under a 3 GB address-space limit (the
    hostile corpus's) then ran out of memory."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


# A cell of a list column is its items, each after LIST_ITEM (the ASCII unit separator),
# so that plain CSV's readers take each item whole (drafts.split_list), where a CSV cell
# is split at ";" (and spaces, for sources). Joined with "; ", a URL holding ";" was cut
# in two and a name holding one made two people.


def text_column(column: pa.ChunkedArray, name: str, file: str) -> pa.ChunkedArray:
    """*column* as strings, nulls as ``""`` (see the module docstring)."""
    import pyarrow as pa  # here, not at import: start-up time for everyone else
    import pyarrow.compute as pc

    t = column.type
    if pa.types.is_dictionary(t):
        column = column.cast(t.value_type)
        t = column.type
    if pa.types.is_timestamp(t):
        if t.tz is not None:
            column = pc.local_timestamp(column)
        column = column.cast(pa.date32())
        t = column.type
    try:
        if pa.types.is_date(t):
            column = column.cast(pa.date32()).cast(pa.string())
        elif pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
            listed = plaincsv.column_of(name) in LIST_COLUMNS
            column = _items_text(column.cast(pa.list_(pa.string())), listed)
        elif (
            pa.types.is_string(t)
            or pa.types.is_large_string(t)
            or pa.types.is_integer(t)
            or pa.types.is_floating(t)
            or pa.types.is_boolean(t)
            or pa.types.is_decimal(t)
            or pa.types.is_string_view(t)
        ):
            column = column.cast(pa.string())
        else:
            raise pa.ArrowNotImplementedError("not text")
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid):
        raise LoadError(
            translate(
                "Load", "{file}: column {column} holds {type}, which cannot be read as text"
            ).format(file=file, column=repr(name), type=t)
        ) from None
    return column.fill_null("")


LIST_COLUMNS = frozenset({"people", "sources", "related"})
"""The documented columns that hold lists: a list column read for one of them keeps its
items whole (:data:`LIST_ITEM`); for any other (a title given as a list) its items are
joined with ``"; "``."""


def _items_text(column: pa.ChunkedArray, listed: bool) -> pa.ChunkedArray:
    """Each list of the list<string> *column* as one text: each item after
    :data:`LIST_ITEM` when the column is *listed* (:data:`LIST_COLUMNS`; a null item is
    left out, as an empty one is), else the items joined with ``"; "`` (a null item read
    as an empty one); ``""`` for an empty or null list. pyarrow's join made the whole
    list null for one null item, and the row's people or sources were lost."""
    import pyarrow as pa
    import pyarrow.compute as pc

    chunks = []
    for chunk in column.chunks:
        first, last = chunk.offsets[0].as_py(), chunk.offsets[-1].as_py()
        items = pc.fill_null(chunk.values.slice(first, last - first), "")
        offsets = pc.subtract(chunk.offsets, first)  # a slice's own items
        lists = pa.ListArray.from_arrays(offsets, items)
        joined = pc.binary_join(lists, LIST_ITEM if listed else "; ")
        marked = pc.binary_join_element_wise(LIST_ITEM, joined, "") if listed else joined
        empty = pc.or_(pc.equal(joined, ""), chunk.is_null())
        chunks.append(pc.if_else(empty, "", marked))
    return pa.chunked_array(chunks, pa.string())


def table_meta(table: pa.Table) -> dict[str, str]:
    """The table's ``title``, ``description`` and ``as_of`` from its schema metadata (key
    case, spaces and ``_`` do not matter, as in a CSV's ``# key:`` lines); other keys, such
    as pandas' own, are not ours and are left alone. Values that are not UTF-8 are skipped."""
    out: dict[str, str] = {}
    for key, value in (table.schema.metadata or {}).items():
        try:
            name, text = normalise(key.decode("utf-8")), value.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if name in plaincsv.TABLE_META_KEYS:
            out[name] = text
    return out
