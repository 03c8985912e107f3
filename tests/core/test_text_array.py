"""TextArray: Arrow strings read as a sequence of str."""

from __future__ import annotations

import pyarrow as pa
import pytest

from viewer.core.text_array import TextArray

TEXTS = ["Vienna", "", "Évian-les-Bains", "北京", "a\x00b", "emoji 😀", "x" * 70_000]


def test_each_text_reads_back_as_written_by_index_slice_and_iteration():
    texts = TextArray(pa.array(TEXTS))
    assert len(texts) == len(TEXTS)
    assert [texts[i] for i in range(len(TEXTS))] == TEXTS
    assert texts[-1] == TEXTS[-1] and texts[-len(TEXTS)] == TEXTS[0]
    assert texts[1:4] == TEXTS[1:4] and texts[::-2] == TEXTS[::-2]
    assert list(texts) == TEXTS
    assert texts.index("北京") == 3 and "a\x00b" in texts and "a" not in texts
    with pytest.raises(IndexError):
        texts[len(TEXTS)]
    with pytest.raises(IndexError):
        texts[-len(TEXTS) - 1]


def test_chunks_slices_and_nulls_are_read_as_one_array_of_texts():
    chunked = pa.chunked_array([pa.array(TEXTS[:3]), pa.array([None, *TEXTS[3:]])])
    assert list(TextArray(chunked)) == [*TEXTS[:3], "", *TEXTS[3:]]
    sliced = pa.array(TEXTS).slice(2, 3)  # an array that starts inside its buffers
    assert list(TextArray(sliced)) == TEXTS[2:5]
    assert TextArray(pa.array([], pa.string())) == []
    big = TextArray(pa.array([f"id-{k}" for k in range(200_000)]))  # several chunks of iteration
    assert list(big)[-1] == "id-199999" and big[123_456] == "id-123456"


def test_equal_to_any_sequence_of_the_same_texts_in_order():
    texts = TextArray(pa.array(TEXTS))
    assert texts == TEXTS and TEXTS == texts and texts == tuple(TEXTS)
    assert texts != TEXTS[:-1] and texts != list(reversed(TEXTS)) and texts != "Vienna"
    assert texts.arrow.type == pa.large_string()


def test_isascii_is_that_of_every_text():
    assert TextArray(pa.array(["a", "", "b c"])).isascii()
    assert TextArray(pa.array([], pa.string())).isascii()
    assert not TextArray(pa.array(["a", "é"])).isascii()
