"""Understanding: a `Mail` in, a `Signal` out: what the message means for the job search
(its `Kind`), the facts it states (interview times, interviewers, decision date, company,
role, the contact) and the evidence for it.

`classifier.py` computes a message's facts and walks the rules, which are data (`rules.py`,
`phrases/`) gated by the literal strings they need (`prefilter.py`, derived ahead of time in
`gate_sets.py`); `triage.py` judges from headers alone whether a message can matter;
`senders.py` knows what kind of address a sender is; `corrections.py` applies the user's
corrections over the readings; `version.py` names the classifier's version. The people met
when the mail names them (`panel.py`, `itinerary.py`, `names.py`) become `Signal.sessions`;
`directory.py` finds the address a message gives for a name; `moved_time.py` which of a
move's times is the new one.

May import: mail, dates, model, errors. Never: the clock, any I/O, processes or policy.

`classify` and `prepare_classifier` are loaded on first use: compiling the phrase tables of
every language takes a good part of a second, which a cycle with nothing new to read (and a
command that reads nothing) should not pay.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from followupd.understand.corrections import apply_corrections, short_id
from followupd.understand.directory import address_for
from followupd.understand.language import detect_language
from followupd.understand.names import is_title, same_person
from followupd.understand.people import infer_me
from followupd.understand.senders import (
    FREEMAIL_DOMAINS,
    THIRD_PARTY_DOMAINS,
    domain_of,
    is_freemail,
    is_no_reply,
    is_role_mailbox,
    is_shared_mailbox,
    is_third_party_domain,
    registrable_domain,
)
from followupd.understand.thread import (
    NO_CONTEXT,
    USER_AGREED,
    Earlier,
    ThreadContext,
    thread_context,
    thread_keys,
)
from followupd.understand.triage import mentions_hiring, might_matter
from followupd.understand.version import CLASSIFIER_VERSION

if TYPE_CHECKING:
    from followupd.understand.classifier import classify, prepare_classifier
    from followupd.understand.employer import employer_keys

_ON_FIRST_USE = {
    "classify": "followupd.understand.classifier",
    "employer_keys": "followupd.understand.employer",
    "prepare_classifier": "followupd.understand.classifier",
}


def __getattr__(name: str) -> object:
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "CLASSIFIER_VERSION",
    "FREEMAIL_DOMAINS",
    "NO_CONTEXT",
    "THIRD_PARTY_DOMAINS",
    "USER_AGREED",
    "Earlier",
    "ThreadContext",
    "address_for",
    "apply_corrections",
    "classify",
    "detect_language",
    "domain_of",
    "employer_keys",
    "infer_me",
    "is_freemail",
    "is_no_reply",
    "is_role_mailbox",
    "is_shared_mailbox",
    "is_third_party_domain",
    "is_title",
    "mentions_hiring",
    "might_matter",
    "prepare_classifier",
    "registrable_domain",
    "same_person",
    "short_id",
    "thread_context",
    "thread_keys",
]
