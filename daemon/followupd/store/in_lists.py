"""Values looked up with `... IN (?, ?, ...)`: in chunks, each padded to one of a few sizes.

SQLite's module keeps the last statements it prepared (128 per connection). A list of every
length would be a new statement each time, and over a first scan of 100,000 messages its cache
would fill with a hundred statements of up to 500 parameters each, some megabytes that a small
scan never holds. Padded (the last value repeated: the same rows match), each query has a
handful of shapes, whatever the mailbox's size.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

IN_CHUNK = 500  # stay well under SQLite's bound-parameter limit
IN_SIZES = (1, 4, 16, 64, 256, IN_CHUNK)


def in_chunks(values: Collection[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """For each chunk of `values` (in their order): the placeholders ("?,?,?,?") and the
    values to bind for them."""
    items = list(values)
    for start in range(0, len(items), IN_CHUNK):
        chunk = items[start : start + IN_CHUNK]
        size = next(n for n in IN_SIZES if n >= len(chunk))
        yield ",".join("?" * size), (*chunk, *chunk[-1:] * (size - len(chunk)))
