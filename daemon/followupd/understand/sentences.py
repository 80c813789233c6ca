"""Text cut into sentences: blanks collapsed, hard wraps undone, one sentence (or line, or
list item) per line; the unit every phrase of the rules is matched within."""

from __future__ import annotations

import re

# The line break after a line of 51 characters or more that ends in no stop, before a line
# that starts with a word: the line ran on. (Written to start with its literal: re then
# looks for the line breaks alone instead of trying every position of the text.)
_HARD_WRAP = re.compile(r"\n(?<=[^\n]{50}[^\n.!?:;]\n)(?=[^\n\s>*•-])")
# A line ending in a word no sentence ends with (a preposition, an article) runs on too, however
# short: "Ich habe unser Gespräch auf\nDienstag, 1. September, um 16 Uhr\nverlegt."
_DANGLING: tuple[str, ...] = ("to", "on", "at", "for", "the", "auf", "am", "um", "für", "den")
_DANGLING += ("dem", "au", "le", "pour", "à", "al", "el", "para", "a las")
_RUNS_ON = re.compile(
    r"\n(?:" + "|".join(rf"(?<=\s{word}\n)" for word in _DANGLING) + r")(?=[^\n\s>*•-])"
)
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
        # titles before a name, in the four languages ("la Lic. Treviño", "Hr. Wolff", "M. Roux")
        r"\b[A-Z]\.",
        r"\bm\.",  # (French "M. Roux" as the rules read it, lowercase)
        r"\b[pP]rof\.",
        r"\b[lL]ic\.",
        r"\b[iI]ng\.",
        r"\b[dD]ra\.",
        r"\b[sS]r\.",
        r"\b[sS]ra\.",
        r"\b[sS]rta\.",
        r"\b[mM]ag\.",
        r"\b[hH]r\.",
        r"\b[fF]r\.",
        r"\b[mM]me\.",
        r"\b[mM]lle\.",
        # abbreviations inside a sentence ("z. B.", "bzw.", "ca. 45 Minuten", "Tel.", "Nr.")
        r"\b[zZ]\.",
        r"\bbzw\.",
        r"\bca\.",
        r"\b[nN]r\.",
        r"\b[tT]el\.",
    )
)
# German ordinals ("am 10. März") end no sentence either.
_ORDINAL_DATE = r"(?:(?<!\d\. )|(?!(?i:jan|feb|m(?:ä|ae)r|apr|mai|jun|jul|aug|sep|okt|nov|dez)))"
# German weekdays shortened before a date ("Do., 5.3. um 10 Uhr", "Fr. 6.3.") end none, nor
# does a date written in numbers ("am 5.3. um 10 Uhr", "bis 15.03. melden").
_WEEKDAY_DATE = (
    r"(?:(?<!\b(?:[mM]o|[dD]i|[mM]i|[dD]o|[fF]r|[sS]a|[sS]o)\. )|(?!\d))"
    r"(?<!\b\d\.\d\. )(?<!\b\d\d\.\d\. )(?<!\b\d\.\d\d\. )(?<!\b\d\d\.\d\d\. )"
)
# An emoji ends a typed sentence: "Parfait mardi 11h 👍 celui du CV c'est bien ça ?"
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf"
_SENTENCE_END = re.compile(
    r" (?:(?<=[.!?;] )" + _NOT_AN_END + _ORDINAL_DATE + _WEEKDAY_DATE + rf"|(?<=[{_EMOJI}] )"
    r"|\n\s*)|\n\s*"
)


def unwrap(text: str) -> str:
    """Blanks collapsed and hard-wrapped lines (a long line running on) joined into one."""
    if not (text.isascii() and "  " not in text and not any(map(text.__contains__, _ODD_BLANKS))):
        text = _BLANKS.sub(" ", text)
    return _RUNS_ON.sub(" ", _HARD_WRAP.sub(" ", text))


def sentence_lines(text: str) -> str:
    """`text` with one sentence (or line, or list item) per line, hard wraps undone."""
    return _SENTENCE_END.sub("\n", unwrap(text))


def split_sentences(text: str) -> list[str]:
    """Sentences and lines of `text`, hard wraps undone; list items stay apart."""
    return [s for s in sentence_lines(text).split("\n") if s]
