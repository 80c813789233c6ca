"""Phrases by language, added to the shared lists the rule table is made of.

Each of en.py, de.py, fr.py and es.py (and everyday.py, news in everyday words in all four)
may define any of the list names in `NAMES`: a tuple of
regular expressions in that language, with the conventions of common.py (normalised text:
lowercase, plain apostrophes, links removed; one sentence per line). `extended(name, base)`
is the shared list followed by every language's additions; rules.py and classifier.py read the
lists only through it. A language module defines nothing else in capitals (a test checks).
"""

from __future__ import annotations

from followupd.understand.phrases import de, en, es, everyday, fr
from followupd.understand.phrases.common import CONDITIONAL

LANGUAGE_MODULES = (en, de, fr, es, everyday)
NAMES = frozenset(
    {
        "HIRING_WORDS",
        "CONDITIONAL",
        "OOO",
        "OOO_TEXT",
        "ACKNOWLEDGEMENT",
        "ACKNOWLEDGEMENT_UNLESS",
        "RECEIPT",
        "NOT_HIRING",
        "PANEL_MEMBER",
        "JOB_ALERT",
        "NEWSLETTER",
        "REJECTION",
        "REJECTION_UNLESS",
        "OFFER",
        "OFFER_NAMED",
        "OFFER_UNLESS",
        "HOLDING",
        "HOLDING_UNLESS",
        "DELAY",
        "DELAY_UNLESS",
        "OTHER_APPLICATION",
        "RELAYED",
        "RESCHEDULE",
        "RESCHEDULE_SENTENCE",
        "CANCEL",
        "CANCEL_UNLESS",
        "CANCEL_SENTENCE",
        "CANCEL_SENTENCE_UNLESS",
        "CONFIRM",
        "CONFIRM_UNLESS",
        "CONFIRM_SENTENCE",
        "CONFIRM_SENTENCE_UNLESS",
        "AGREED",
        "THREAD_AGREED",
        "THREAD_MOVED",
        "MOVE_WORDS",
        "MOVE_WORDS_UNLESS",
        "REQUEST",
        "REQUEST_UNLESS",
        "INVITATION",
        "INVITATION_UNLESS",
        "MEETING_NAMED",
        "ASKS_FOR_TIME",
        "ASKS_FOR_TIME_UNLESS",
        "WITHDRAWAL",
        "WITHDRAWAL_UNLESS",
        "ACCEPTANCE",
        "ACCEPTANCE_UNLESS",
        "DECLINE",
        "DECLINE_UNLESS",
        "REFERENCES_ASKED",
        "REFERENCES_ASKED_UNLESS",
    }
)


def extended(name: str, base: tuple[str, ...] = ()) -> tuple[str, ...]:
    """`base`, then what each language adds under `name`; a veto list built on the shared
    conditionals (common.CONDITIONAL) also takes each language's CONDITIONAL."""
    assert name in NAMES, name
    more = [p for module in LANGUAGE_MODULES for p in getattr(module, name, ())]
    if name.endswith("_UNLESS") and set(CONDITIONAL) <= set(base):
        more += [p for module in LANGUAGE_MODULES for p in getattr(module, "CONDITIONAL", ())]
    return (*base, *more)
