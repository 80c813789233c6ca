"""Every template renders cleanly for many generated actions (Hypothesis).

No "None", no leftover "{{", never an empty salutation, never a line over 998 characters in
the serialized draft, whatever names, roles, subjects, Unicode and tone the mail brings.
"""

from __future__ import annotations

import email
import re
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from followupd.drafts.compose import compose
from followupd.drafts.templates import Templates
from followupd.model.domain import Action, Envelope, Person, Stage
from followupd.model.settings import DraftSettings, Me

TEMPLATES = Templates()
ODD = st.sampled_from(
    ["Zoë", "José Núñez", "李小龍", "Ærøskøbing", "O'Brien", "Smith-Jones", "Dr.", "Ms", "PhD",
     "\u202eevil", "\u200b", "e\u0301", "🙂", "Lee, Dana", "(Acme)", "via Lever", "TEAM", " ", ","]
)  # fmt: skip
WORDS = st.lists(st.one_of(ODD, st.text(min_size=1, max_size=12)), max_size=6).map(" ".join)
MAYBE_TEXT = st.one_of(st.none(), st.just(""), WORDS, st.text(max_size=300))
ADDRESS = st.from_regex(r"\A[a-z][a-z0-9]{0,10}(\.[a-z0-9]{1,5})?@[a-z]{1,8}\.example\Z")
PERSON = st.builds(
    Person, address=ADDRESS, name=st.one_of(st.just(""), WORDS, st.text(max_size=80))
)
LONG_SUBJECT = st.one_of(
    WORDS, st.text(max_size=2000), st.text(alphabet="ab", min_size=900, max_size=3000)
)
PREFIXES = st.lists(st.sampled_from(["Re: ", "RE:", "Fwd: ", "AW: ", "SV:", "Re[3]: "]), max_size=4)
ENVELOPE = st.builds(
    Envelope,
    message_id=st.from_regex(r"\A<[A-Za-z0-9.$_-]{1,200}@[a-z0-9.-]{1,40}>\Z"),
    subject=st.tuples(PREFIXES, LONG_SUBJECT).map(lambda p: "".join(p[0]) + p[1]),
    sender=st.one_of(st.none(), PERSON),
    to=st.lists(PERSON, max_size=3).map(tuple),
    references=st.lists(st.from_regex(r"\A<[a-z0-9]{1,60}@[a-z.]{1,20}>\Z"), max_size=30).map(
        tuple
    ),
)
MOMENT = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
)
ACTION = st.builds(
    Action,
    process_id=st.text(min_size=1, max_size=40),
    stage=st.sampled_from(list(Stage)),
    to=st.lists(PERSON, min_size=1, max_size=3).map(tuple),
    due=MOMENT,
    occurrence=st.integers(1, 3),
    cc=st.lists(PERSON, max_size=3).map(tuple),
    answers=st.one_of(st.none(), ENVELOPE),
    late=st.booleans(),
    company=MAYBE_TEXT,
    role=MAYBE_TEXT,
    interview_start=st.one_of(st.none(), MOMENT),
    decision_by=st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2035, 1, 1))),
    extra=st.lists(st.tuples(st.text(max_size=10), st.text(max_size=40)), max_size=3).map(tuple),
)
ME = st.builds(
    Me,
    name=st.one_of(st.just(""), WORDS, st.text(max_size=120)),
    addresses=st.just(("me@home.example",)),
    timezone=st.sampled_from(["UTC", "America/New_York", "Asia/Kolkata", "Not/AZone"]),
)
DRAFTS = st.builds(
    DraftSettings,
    tone=st.sampled_from(["formal", "friendly"]),
    signature=st.lists(st.one_of(WORDS, st.text(max_size=100)), max_size=4).map(tuple),
    html=st.booleans(),
)
SALUTATION = re.compile(r"^(?:(?:Dear|Hi) \S(?:.*\S)?|Hello),$")


def inputs_text(action: Action, me: Me, drafts: DraftSettings) -> str:
    people = [*action.to, *action.cc]
    parts = [p.name for p in people] + [
        me.name,
        *drafts.signature,
        action.company or "",
        action.role or "",
    ]
    if action.answers is not None:
        parts.append(action.answers.subject)
    return "\n".join(parts)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(action=ACTION, me=ME, drafts=DRAFTS)
def test_every_draft_is_clean(action: Action, me: Me, drafts: DraftSettings) -> None:
    given_text = inputs_text(action, me, drafts)
    assume("None" not in given_text and "{{" not in given_text and "{%" not in given_text)
    raw = compose(action, me, drafts, TEMPLATES, "me@home.example").as_bytes()
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    subject = str(parsed["Subject"])
    part = parsed.get_body(("plain",))
    assert part is not None
    body = str(part.get_content()).replace("\r\n", "\n")  # type: ignore[attr-defined]
    for text in (subject, body):
        assert "None" not in text
        assert "{{" not in text and "{%" not in text
    assert subject.strip()
    first_line = body.split("\n", 1)[0]
    assert SALUTATION.match(first_line), first_line
    assert "Dear ," not in body and "Hi ," not in body
    assert re.search(r"^(Kind regards|Best),$", body, re.MULTILINE)
