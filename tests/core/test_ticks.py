import pytest

from viewer.core.dates import days_from_civil
from viewer.core.ticks import compute_ticks


def _labels(lo, hi, width=1000):
    major, _ = compute_ticks(days_from_civil(*lo), days_from_civil(*hi), width)
    return [t.label for t in major]


def test_adapts_from_decades_to_days():
    assert _labels((1920, 1, 1), (2030, 1, 1))[:3] == ["1920", "1930", "1940"]
    years = _labels((2010, 1, 1), (2026, 1, 1), width=1400)
    assert "2015" in years and "2016" in years
    months = _labels((2025, 1, 1), (2025, 12, 31))
    assert "Jun 2025" in months
    days = _labels((2025, 11, 20), (2025, 12, 1), width=1400)
    assert "24 Nov 2025" in days


def test_bc_labels_have_no_year_zero():
    labels = _labels((-100, 1, 1), (100, 1, 1))
    assert "0" not in labels
    assert any(lab.endswith("BC") for lab in labels)


def test_labels_do_not_overlap():
    for lo, hi in [
        ((1900, 1, 1), (2030, 1, 1)),
        ((2025, 1, 1), (2026, 1, 1)),
        ((2025, 11, 1), (2025, 12, 1)),
        ((1000, 1, 1), (2000, 1, 1)),
    ]:
        a, b = days_from_civil(*lo), days_from_civil(*hi)
        width = 800
        major, _ = compute_ticks(a, b, width)
        xs = [(t.days - a) / (b - a) * width for t in major]
        for (x0, t0), x1 in zip(zip(xs, major), xs[1:]):
            assert x1 - x0 >= len(t0.label) * 7 * 0.9


def test_degenerate_ranges_do_not_raise():
    assert compute_ticks(5, 5, 100) == ([], [])
    assert compute_ticks(float("nan"), 10, 100) == ([], [])
    compute_ticks(-1e12, 1e12, 1000)


@pytest.mark.parametrize(
    ("first", "last"), [(-510_000_047, 17_510_000_004), (-20_000, 2_000), (1, 3_000_000)]
)
def test_ranges_of_many_millennia_get_labels_that_do_not_overlap(first, last):
    """A file with EDTF "Y" years spans billions of years: the step grows past a
    millennium (1, 2 or 5 times a power of ten) so that its labels stay apart."""
    from viewer.core.dates import days_from_civil

    lo, hi = float(days_from_civil(first, 1, 1)), float(days_from_civil(last, 1, 1))
    width, char_px = 1500.0, 7.0
    major, minor = compute_ticks(lo, hi, width, char_px)
    assert len(major) >= 3
    px = [(t.days - lo) / (hi - lo) * width for t in major]
    widths = [len(t.label) * char_px for t in major]
    assert all(b - a >= (wa + wb) / 2 for a, b, wa, wb in zip(px, px[1:], widths, widths[1:]))
    assert len(minor) <= 5 * len(major) + 5


def test_years_before_year_one_are_ticked_at_round_numbers_as_shown():
    # A new user's file before our era had ticks at "8001 BC, 6001 BC, 4001 BC, 2001 BC"
    major, _ = compute_ticks(days_from_civil(-9000, 1, 1), days_from_civil(2500, 1, 1), 600)
    labels = [t.label for t in major]
    bc = [label for label in labels if label.endswith("BC")]
    assert bc and all(int(label.split()[0]) % 1000 == 0 for label in bc), labels
    assert "2000" in labels
