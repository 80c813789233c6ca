"""Date headers: the usual form, read directly, gives what email.utils gives for it."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.mail.mime_headers import parse_date

DAYS = st.sampled_from(["Mon, ", "sun, ", "Xyz, ", ""])
MONTHS = st.sampled_from(["Jan", "feb", "MAR", "Nov", "Dec", "Foo"])
ZONES = st.sampled_from(["+0000", "-0000", "+0100", "-0530", "+2359", "+2400", "+0060", "GMT"])


@settings(max_examples=500, deadline=None)
@given(
    DAYS,
    st.integers(0, 32),
    MONTHS,
    st.sampled_from([999, 1000, 1999, 2026, 9999]),
    st.integers(0, 25),
    st.integers(0, 61),
    st.one_of(st.none(), st.integers(0, 61)),
    ZONES,
)
def test_the_usual_form_reads_as_email_utils_reads_it(
    day_name: str,
    day: int,
    month: str,
    year: int,
    hour: int,
    minute: int,
    second: int | None,
    zone: str,
) -> None:
    seconds = "" if second is None else f":{second:02d}"
    text = f"{day_name}{day} {month} {year:04d} {hour:02d}:{minute:02d}{seconds} {zone}"
    try:
        expected = parsedate_to_datetime(text)
        expected = expected if expected.tzinfo is not None else None
    except (ValueError, TypeError, IndexError, OverflowError):
        expected = None
    got = parse_date(text)
    assert got == expected
    if got is not None and expected is not None:
        assert got.utcoffset() == expected.utcoffset()


def test_a_date_with_a_zone_comment_still_reads() -> None:
    moment = parse_date("Mon, 02 Nov 2026 10:00:00 +0100 (CET)")
    assert moment is not None and moment.utcoffset() is not None
    assert moment.isoformat() == "2026-11-02T10:00:00+01:00"
