"""Secrets kept out of what servers say back.

A server may repeat a command line in its answer ("NO Invalid credentials for LOGIN alice
\\"hunter2\\""), and that answer becomes an error message, a log line, a line on the terminal.
Every server text a backend puts in an error passes through `scrub` first: each form the
password or token takes on the wire (as typed, quoted for IMAP, as Python shows bytes, and
base64 in AUTHENTICATE PLAIN, XOAUTH2 and HTTP Basic) is replaced by "***".
"""

from __future__ import annotations

import base64
import re

MIN_SECRET = 4  # shorter "secrets" would blank out ordinary words
HIDDEN = "***"


def secret_forms(secret: str, username: str = "") -> list[str]:
    """Every text form of `secret` a server could echo, longest first."""
    if len(secret) < MIN_SECRET:
        return []
    raw = secret.encode("utf-8")
    typed = {
        secret,
        secret.replace("\\", "\\\\").replace('"', '\\"'),  # an IMAP quoted string
        raw.decode("latin-1"),  # UTF-8 bytes read as Latin-1
    }
    # each also as str(bytes) shows it (imaplib's errors): non-ASCII as \\xNN, \\ doubled
    spelled = typed | {repr(form.encode("utf-8", "replace"))[2:-1] for form in typed}
    for wire in (
        raw,
        b"\0" + username.encode() + b"\0" + raw,  # AUTHENTICATE PLAIN
        f"user={username}\x01auth=Bearer {secret}\x01\x01".encode(),  # XOAUTH2
        f"{username}:{secret}".encode(),  # HTTP Basic
    ):
        spelled.add(base64.b64encode(wire).decode("ascii").rstrip("="))
    return sorted((form for form in spelled if len(form) >= MIN_SECRET), key=len, reverse=True)


def scrub(text: str, secret: str, username: str = "") -> str:
    """`text` with every form of `secret` replaced by "***" (base64 padding included)."""
    forms = secret_forms(secret, username)
    if not forms:
        return text
    pattern = "|".join(f"{re.escape(form)}=*" for form in forms)
    return re.sub(pattern, HIDDEN, text)
