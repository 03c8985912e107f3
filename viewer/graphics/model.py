"""What the chart's items draw: the dataset, its layout, the style, and per-record values
made only for what is drawn (records, labels, looks), with the selection and dimming."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6 import QtGui

from viewer.core.columns import LabelFacts
from viewer.core.labels import label_forms, label_rank
from viewer.core.layout import Layout
from viewer.core.placement import LabelForms
from viewer.core.records import Dataset, Record
from viewer.graphics.looks import Look, look_of
from viewer.graphics.style import Style


class _Records(Sequence[Record]):
    """The record of each layout index, looked up when first asked for."""

    def __init__(self, dataset: Dataset, ids: tuple[str, ...]) -> None:
        self._dataset = dataset
        self._ids = ids

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        record = self._dataset.get(self._ids[i])
        assert record is not None
        return record


class _Labels(Sequence[str]):
    """The whole label of each layout index (the first of its forms)."""

    def __init__(self, model: ChartModel) -> None:
        self._model = model

    def __len__(self) -> int:
        return len(self._model.records)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        return self._model.forms(int(i)).texts[0]


@dataclass
class ChartModel:
    """What the lane items draw: dataset, layout, style, the selection and dimming.

    Shared by all items of one chart; owned by :class:`viewer.graphics.chart.TimelineChart`.
    ``records[i]``, ``labels[i]``, :meth:`forms`, :meth:`rank` and :meth:`look` are per
    layout index and made only for what is drawn (then kept), so that a million records
    cost nothing until they are in view.
    """

    dataset: Dataset
    layout: Layout
    style: Style
    selected: int | None = None
    dimmed: npt.NDArray[np.bool_] | None = None
    """Per layout index: draw faintly (search non-matches); ``None`` draws all normally."""
    notes: dict[int, str] = field(default_factory=dict)
    """Per layout index: a footnote mark appended to every form of its label (``" [12]"``,
    set by exports)."""
    marks_alone: bool = False
    """Whether a label's footnote mark may stand alone where not even its cut form fits
    (:attr:`viewer.core.placement.LabelForms.alone`; set by exports)."""
    pinned: dict[int, str] = field(default_factory=dict)
    """Per layout index: the one form its label takes, placed before any other label (an
    export keeps each numbered label in the form its first layout chose, so that it finds
    its room again; other labels take what room is left)."""
    picking: bool = False
    """Draw each record in its own solid colour (:func:`pick_colour`), without
    antialiasing, dimming, densities or decoration: a pick image (see
    :func:`viewer.graphics.picking.pick_image`)."""
    records: _Records = field(init=False)
    labels: _Labels = field(init=False)
    kinds: frozenset[str] = field(init=False)
    """The kinds of the drawn records."""

    def __post_init__(self) -> None:
        self.records = _Records(self.dataset, self.layout.ids)
        self.labels = _Labels(self)
        self.kinds = self.layout.kinds_drawn()
        self._looks: dict[int, Look] = {}
        self._look_by_key: dict[tuple[int, int, bool, bool, bool], Look] = {}
        self._forms: dict[int, LabelForms] = {}
        self._ranks: dict[int, int] = {}

    def is_dimmed(self, index: int) -> bool:
        """Whether the item at layout *index* is drawn faintly: a search's non-match, but
        never the selected item (which would show as an empty outline)."""
        return (
            not self.picking
            and self.dimmed is not None
            and index != self.selected
            and bool(self.dimmed[index])
        )

    def look(self, index: int) -> Look:
        """:func:`~viewer.graphics.looks.look_of` the record at layout *index* (while
        :attr:`picking`, its pick colour for fill and edge)."""
        if self.picking:
            colour = pick_colour(index)
            return Look(colour, colour)
        look = self._looks.get(index)
        if look is None:
            # From the columns: the look of a kind, status and a few flags, made once for
            # each such key (a record made for its look alone cost 70 us a Parquet row).
            cols = self.dataset.columns
            key = cols.look_key(int(self.layout.record_pos[index]))
            look = self._look_by_key.get(key)
            if look is None:
                look = self._look_by_key[key] = look_of(cols.look_stand_in(key), self.style)
            self._looks[index] = look
        return look

    def forms(self, index: int) -> LabelForms:
        """The label forms of layout *index* (:func:`viewer.core.labels.label_forms`),
        with its footnote mark, if any."""
        forms = self._forms.get(index)
        if forms is None:
            forms = self._forms[index] = label_forms(self._facts(index), self.dataset)
        note = self.notes.get(index)
        return forms.with_note(note, self.marks_alone) if note else forms

    def label_forms(self, index: int) -> LabelForms:
        """What the label of layout *index* may be, under :attr:`pinned`."""
        text = self.pinned.get(index)
        if text is not None:
            return LabelForms((text,), self.notes.get(index, ""))
        return self.forms(index)

    def rank(self, index: int) -> int:
        """Importance of the label of layout *index* in its kind (lower first)."""
        rank = self._ranks.get(index)
        if rank is None:
            rank = self._ranks[index] = label_rank(self._facts(index))
        return rank

    def _facts(self, index: int) -> LabelFacts:
        """What the label of layout *index* is made of, read from the columns: no record
        is made for a label (a third of a frame that lands on new records of a large
        file)."""
        return self.dataset.columns.label_facts(int(self.layout.record_pos[index]))


def pick_colour(index: int) -> QtGui.QColor:
    """The opaque colour that stands for layout *index* in a pick image: ``index + 1`` as
    24-bit RGB (black is nothing). Indices from 2**24 - 1 on wrap round."""
    return QtGui.QColor.fromRgb(0xFF000000 | ((index + 1) & 0xFFFFFF))
