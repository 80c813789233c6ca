"""Understanding: a `Mail` in, a `Signal` out: what the message means for the job search
(its `Kind`), the facts it states (interview times, interviewers, decision date, company,
role, the contact) and the evidence for it.

Rules are data (`rules.py`, `phrases/`), gated by the literal strings they need
(`prefilter.py`); `triage.py` judges from headers alone whether a message can matter;
`senders.py` knows what kind of address a sender is.

May import: mail, dates, model, errors. Never: the clock, any I/O, processes or policy.
"""

from followupd.understand.classify import classify, prepare_classifier
from followupd.understand.language import detect_language
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
    Earlier,
    ThreadContext,
    thread_context,
    thread_keys,
)
from followupd.understand.triage import mentions_hiring, might_matter

__all__ = [
    "FREEMAIL_DOMAINS",
    "NO_CONTEXT",
    "THIRD_PARTY_DOMAINS",
    "Earlier",
    "ThreadContext",
    "classify",
    "detect_language",
    "domain_of",
    "is_freemail",
    "is_no_reply",
    "is_role_mailbox",
    "is_shared_mailbox",
    "is_third_party_domain",
    "mentions_hiring",
    "might_matter",
    "prepare_classifier",
    "registrable_domain",
    "thread_context",
    "thread_keys",
]
