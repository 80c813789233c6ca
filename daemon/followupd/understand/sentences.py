"""Text cut into sentences: blanks collapsed, hard wraps undone, one sentence (or line, or
list item) per line; the unit every phrase of the rules is matched within."""

from __future__ import annotations

import re

# The line break after a line of 51 characters or more that ends in no stop, before a line
# that starts with a word: the line ran on. (Written to start with its literal: re then
# looks for the line breaks alone instead of trying every position of the text.)
_HARD_WRAP = re.compile(r"\n(?<=[^\n]{50}[^\n.!?:;]\n)(?=[^\n\s>*•-])")
# Runs of blanks (not newlines) that are not already one plain space: a blank and more
# blanks, or a blank that is not a space (starting with a class, so re skips to blanks).
_BLANKS = re.compile(r"[^\S\n](?:[^\S\n]+|(?<! ))")
# ASCII text without these and without double spaces has nothing for _BLANKS to do.
_ODD_BLANKS = tuple(c for c in map(chr, range(128)) if c.isspace() and c not in " \n")
# Written so that no run of blanks is ever scanned twice (mail is untrusted input), and so
# that the scan stops only at spaces and newlines: the lookbehinds (written to end after the
# space) run after a space, never at every position of the text.
_NOT_AN_END = "".join(  # abbreviations whose dot ends no sentence ("2 p.m.", "Dr. Ruiz")
    rf"(?<!{abbreviation} )"
    for abbreviation in (
        r"[aApP]\.[mM]\.",
        r"\d [aApP]\.",  # "9:00 a. m.", as Spanish writes it
        r"[aApP]\. [mM]\.",
        r"\b[dDmM][rR]\.",
        r"\b[mM][sS]\.",
        r"\b[mM]rs\.",
        r"\b[eE]\.[gG]\.",
        r"\b[iI]\.[eE]\.",
        r"\b[sS]t\.",
        r"\bvs\.",
    )
)
# German ordinals ("am 10. März") end no sentence either.
_ORDINAL_DATE = r"(?:(?<!\d\. )|(?!(?i:jan|feb|m(?:ä|ae)r|apr|mai|jun|jul|aug|sep|okt|nov|dez)))"
_SENTENCE_END = re.compile(r" (?:(?<=[.!?;] )" + _NOT_AN_END + _ORDINAL_DATE + r"|\n\s*)|\n\s*")


def unwrap(text: str) -> str:
    """Blanks collapsed and hard-wrapped lines (a long line running on) joined into one."""
    if not (text.isascii() and "  " not in text and not any(map(text.__contains__, _ODD_BLANKS))):
        text = _BLANKS.sub(" ", text)
    return _HARD_WRAP.sub(" ", text)


def sentence_lines(text: str) -> str:
    """`text` with one sentence (or line, or list item) per line, hard wraps undone."""
    return _SENTENCE_END.sub("\n", unwrap(text))


def split_sentences(text: str) -> list[str]:
    """Sentences and lines of `text`, hard wraps undone; list items stay apart."""
    return [s for s in sentence_lines(text).split("\n") if s]
