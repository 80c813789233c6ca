"""Action + the user's settings -> the draft as an `email.message.EmailMessage`.

Threading: a draft is a reply in the answered message's thread (In-Reply-To, References,
"Re: " + its subject) when one of its recipients took part in that message (From, Reply-To,
To or Cc). A thank-you to an interviewer who never saw the thread starts a new thread with
the template's own subject and no In-Reply-To/References: a reply in a thread the reader has
never seen, under a subject that was not theirs, reads oddly, and Gmail would not join it to
a thread anyway when the subject changes.

Serialize the result with `message.as_bytes()`: it carries `headers.DRAFT_POLICY` (CRLF line
ends, Message-IDs never turned into encoded words). No X-Followupd-* header is added: the user
sends the draft as it is, and the employer would see it.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followupd.drafts.context import template_variables
from followupd.drafts.headers import (
    DRAFT_POLICY,
    MAX_NAME,
    MAX_SUBJECT,
    base_subject,
    clean_address,
    clean_message_id,
    clean_text,
    domain_of,
    reply_subject,
    reply_thread_index,
    trim_references,
)
from followupd.drafts.templates import Templates
from followupd.errors import DraftError
from followupd.model import (
    ARRANGED_ONLY,
    Action,
    DraftSettings,
    Envelope,
    Me,
    Person,
    Stage,
    recipient_key,
)

MAX_RECIPIENTS = 20
_MARKED_SPOT = re.compile(r"\[[^\]\n]{1,120}\]")


def draft_message_id(
    process_id: str, stage: Stage, recipient: str, occurrence: int, domain: str
) -> str:
    """The draft's deterministic Message-ID: the same inputs give the same id on every run."""
    key = "\x1f".join((process_id, stage.value, recipient.strip().lower(), str(occurrence)))
    digest = hashlib.sha256(key.encode("utf-8")).digest()[:20]
    token = base64.b32encode(digest).decode("ascii").lower()
    host = domain_of(f"x@{domain.strip().lower()}")
    return f"<{token}@{host}>"


def action_message_id(action: Action, from_address: str) -> str:
    """The Message-ID of the draft for `action`: the drafts ledger's key on the server."""
    return draft_message_id(
        action.process_id,
        action.stage,
        recipient_key(action.to),
        action.occurrence,
        domain_of(from_address),
    )


def compose(  # noqa: PLR0917 (the interface agreed between helpers; engine passes now 6th)
    action: Action,
    me: Me,
    drafts: DraftSettings,
    templates: Templates,
    from_address: str,
    now: datetime | None = None,
) -> EmailMessage:
    """The draft for `action`, from `from_address` (the user's address that got the thread).

    `now` dates the draft; without it the draft is dated at `action.due` (keeps it pure).
    """
    sender = clean_address(from_address)
    if sender is None:
        raise DraftError(f"cannot write a draft from {from_address!r}: not a usable address")
    own = {sender, *(a.lower() for a in me.addresses)}
    to = _recipients(action.to, exclude=own)
    if not to:
        raise DraftError(f"no usable recipient for the {action.stage.value} draft")
    cc = _recipients(action.cc, exclude=own | {p.address for p in to})
    parent = _parent(action.answers, to)
    language = draft_language(action, drafts, templates)
    variables = template_variables(
        action, me, drafts, sender, parent is not None, language, now or action.due
    )
    rendered = templates.render(_wording(action), variables, language)

    message = EmailMessage(policy=DRAFT_POLICY)
    message["Date"] = format_datetime(_local(now or action.due, me.timezone))
    message["From"] = Address(display_name=clean_text(me.name, MAX_NAME), addr_spec=sender)
    message["To"] = [_address(p) for p in to]
    if cc:
        message["Cc"] = [_address(p) for p in cc]
    subject = reply_subject(parent.subject) if parent else ""
    message["Subject"] = subject or clean_text(rendered.subject, MAX_SUBJECT)
    message_id = action_message_id(action, sender)
    message["Message-ID"] = message_id
    if parent is not None:
        _thread_headers(message, parent)
        _thread_index(message, _parent_thread_index(action), now or action.due)
    _set_body(message, rendered.body, rendered.html, drafts.html)
    if message.is_multipart():
        # deterministic, so the same draft serializes to the same bytes on every run
        message.set_boundary("=_" + message_id.strip("<>").partition("@")[0])
    return message


def draft_language(action: Action, drafts: DraftSettings, templates: Templates) -> str:
    """The employer's language when the user enabled it and a template speaks it, else English."""
    language = action.language
    if language in drafts.languages and templates.has(action.stage, language):
        return language
    return "en"


def _recipients(people: Iterable[Person], exclude: set[str]) -> list[Person]:
    chosen: dict[str, Person] = {}
    for person in people:
        address = clean_address(person.address)
        if address and address not in exclude and address not in chosen:
            chosen[address] = Person(address=address, name=clean_text(person.name, MAX_NAME))
    return list(chosen.values())[:MAX_RECIPIENTS]


def _address(person: Person) -> Address:
    return Address(display_name=person.name, addr_spec=person.address)


def _parent(answers: Envelope | None, to: Sequence[Person]) -> Envelope | None:
    """The answered message when the draft belongs in its thread, else None."""
    if answers is None or clean_message_id(answers.message_id) is None:
        return None
    took_part = [answers.sender, *answers.reply_to, *answers.to, *answers.cc]
    participants = {p.address.strip().lower() for p in took_part if p is not None}
    return answers if any(p.address in participants for p in to) else None


def _thread_headers(message: EmailMessage, parent: Envelope) -> None:
    message["In-Reply-To"] = clean_message_id(parent.message_id) or ""
    message["References"] = " ".join(trim_references([*parent.references, parent.message_id]))
    topic = base_subject(parent.subject)
    if topic:
        message["Thread-Topic"] = topic  # Outlook's conversation topic: the normalized subject


def _parent_thread_index(action: Action) -> str:
    """The answered message's Thread-Index (Action.extra "thread_index" may override it)."""
    answered = action.answers.thread_index if action.answers is not None else None
    return dict(action.extra).get("thread_index", "") or answered or ""


def _thread_index(message: EmailMessage, parent_index: str, moment: datetime) -> None:
    """Continue Outlook's conversation when the answered message's Thread-Index is known.

    Without it no Thread-Index is made: a fresh one would name a new conversation and split
    the thread in Outlook.
    """
    salt = hashlib.sha256(str(message["Message-ID"]).encode("ascii")).digest()
    index = reply_thread_index(parent_index, moment, salt) if parent_index else None
    if index is not None:
        message["Thread-Index"] = index


def _set_body(message: EmailMessage, text: str, html_body: str | None, want_html: bool) -> None:
    message.set_content(text, subtype="plain", charset="utf-8", cte=_transfer_encoding(text))
    if want_html:
        markup = html_body or text_to_html(text)
        message.add_alternative(markup, subtype="html", charset="utf-8", cte="quoted-printable")


def _transfer_encoding(text: str) -> str:
    plain = text.isascii() and all(len(line) <= 76 for line in text.splitlines())
    return "7bit" if plain else "quoted-printable"


def text_to_html(text: str) -> str:
    """The plain body as simple HTML: paragraphs, line breaks, marked spots highlighted."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        lines = [_MARKED_SPOT.sub(_mark, html.escape(line)) for line in block.split("\n")]
        paragraphs.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body>\n" + "\n".join(paragraphs) + "\n</body></html>\n"


def _mark(match: re.Match[str]) -> str:
    return f"<mark>{match.group(0)}</mark>"


def _local(moment: datetime, timezone: str) -> datetime:
    try:
        return moment.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return moment


def _wording(action: Action) -> Stage:
    """The stage whose template words the draft: a thank_you to someone who only arranged the
    interview thanks them for arranging, as thank_you_via_contact's template does when it
    names nobody."""
    if action.stage is Stage.THANK_YOU and (ARRANGED_ONLY, "yes") in action.extra:
        return Stage.THANK_YOU_VIA_CONTACT
    return action.stage
