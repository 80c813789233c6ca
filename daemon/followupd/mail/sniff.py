"""Whether bytes look like a mail message at all, before reading them as one.

Python's parser takes anything: a README parses as a message with no headers and its whole text
as the body. A message starts with a header section: "Name: value" fields (continued by indented
lines), optionally after an mbox "From " line, naming at least one field every message has.
"""

from __future__ import annotations

import re

_FIELD = re.compile(rb"^[!-9;-~]+:")  # a field name: printable ASCII but ":" and space
_CONTINUATION = re.compile(rb"^[ \t]")
_MESSAGE_FIELDS = frozenset({b"from", b"to", b"subject", b"date", b"message-id", b"received"})
MAX_HEADER_LINES = 500


def looks_like_mail(data: bytes) -> bool:
    """True when `data` opens with an RFC 5322 header section naming From, To, Subject, Date,
    Message-ID or Received."""
    lines = data.lstrip(b"\r\n").split(b"\n", MAX_HEADER_LINES)[:MAX_HEADER_LINES]
    if lines and lines[0].startswith(b"From "):
        lines = lines[1:]
    names: set[bytes] = set()
    for raw in lines:
        line = raw.rstrip(b"\r")
        if not line:
            break
        if _FIELD.match(line):
            names.add(line.split(b":", 1)[0].strip().lower())
        elif not (_CONTINUATION.match(line) and names):
            return False
    return bool(names & _MESSAGE_FIELDS)
