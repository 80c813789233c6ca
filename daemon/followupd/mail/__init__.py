"""Reading raw mail: RFC 5322 bytes in, a `Mail` out.

MIME trees, charsets, encoded words and address lists, HTML made readable, quoted history and
signatures split from the new text (and the quoted history into its messages), calendar parts
(`text/calendar`, `.ics`) read into `CalendarEvent`s with their zones. Sizes, nesting and
counts are capped while reading, and every cap met is noted in `Mail.notes`.

May import: model, errors. Never: the clock, any I/O, anything that judges what mail means
(that is `understand`).
"""

from followupd.mail.parse import parse_header_block, parse_message
from followupd.mail.reply_split import before_sign_off, quoted_pieces
from followupd.mail.sniff import looks_like_mail

__all__ = [
    "before_sign_off",
    "looks_like_mail",
    "parse_header_block",
    "parse_message",
    "quoted_pieces",
]
