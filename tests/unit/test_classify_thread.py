"""Replies read with their thread: what the earlier messages established (thread.py), and the
rules that read a short reply against it ("Thursday at 2 works, see you then")."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from classify_mail import DEFAULT_DATE, EST, ME, eml

from followupd.engine.threads import ThreadIndex
from followupd.mail import parse_message
from followupd.model import Envelope, FolderRole, Kind, Observation, Person, Signal
from followupd.understand import NO_CONTEXT, Earlier, classify, thread_context

RECRUITER = "Priya Nair <priya.nair@harbor-labs.example>"
PRIYA = Person("priya.nair@harbor-labs.example", "Priya Nair")
LENA = Person("lena.ortiz@harbor-labs.example", "Lena Ortiz")
MONDAY = DEFAULT_DATE


def _envelope(n: int, sender: Person, date: datetime) -> Envelope:
    return Envelope(
        message_id=f"<m{n}@test.example>", subject="Data Engineer", sender=sender, date=date
    )


def _request(n: int = 1, date: datetime = MONDAY) -> Earlier:
    signal = Signal(Kind.INTERVIEW_REQUEST, ("asks to book",), company="Harbor Labs")
    return Earlier(_envelope(n, PRIYA, date), signal, from_user=False)


def _scheduled(start: datetime, n: int = 1) -> Earlier:
    signal = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=start,
        interview_end=start + timedelta(minutes=45),
        interviewers=(LENA,),
    )
    return Earlier(_envelope(n, PRIYA, MONDAY), signal, from_user=False)


def _user_proposes(start: datetime, n: int = 2) -> Earlier:
    signal = Signal(Kind.OTHER, ("written by the user",), interview_start=start)
    return Earlier(_envelope(n, Person(ME, "Sam Lee"), MONDAY + timedelta(hours=2)), signal, True)


def _reply(body: str, subject: str = "Re: Data Engineer - next steps") -> bytes:
    return eml(body, subject=subject, sender=RECRUITER, date=MONDAY + timedelta(hours=5))


def _read(data: bytes, *earlier: Earlier) -> Signal:
    return classify(parse_message(data), frozenset({ME}), thread_context(earlier))


THURSDAY_2PM = datetime(2026, 3, 5, 14, 0, tzinfo=EST)


@pytest.mark.parametrize(
    "body",
    [
        "Thursday at 2pm works great, talk then!",
        "Perfect - Thursday 2pm it is. Speak soon,\nPriya",
        "Thursday at 2 pm ET is booked. See you then.",
        "Great, I've put Thursday 2pm in the calendar.",
        "Donnerstag um 14 Uhr passt gut, bis dann!",
        "Parfait, jeudi à 14h me convient. À jeudi !",
        "Perfecto, el jueves a las 14:00 me va bien. ¡Nos vemos!",
    ],
)
def test_a_time_agreed_in_a_request_thread_is_a_confirmation(body: str) -> None:
    signal = _read(_reply(body), _request())
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence
    assert signal.interview_start is not None
    assert (signal.interview_start.weekday(), signal.interview_start.hour) == (3, 14)


def test_without_the_thread_the_same_words_are_not_an_interview() -> None:
    signal = _read(_reply("Thursday at 2pm works great, talk then!", subject="Re: Thursday"))
    assert signal.kind is Kind.OTHER


@pytest.mark.parametrize(
    "body",
    [
        "Perfect, see you then!",
        "That works - you're all set. Talk soon.",
        "Great, it's in the diary.",
        "Parfait, c'est noté !",
        "¡Perfecto, nos vemos!",
    ],
)
def test_agreeing_to_the_time_the_user_proposed_takes_that_time(body: str) -> None:
    signal = _read(_reply(body), _request(), _user_proposes(THURSDAY_2PM))
    assert signal.kind is Kind.INTERVIEW_SCHEDULED, signal.evidence
    assert signal.interview_start == THURSDAY_2PM
    assert "time from the thread: the one you proposed" in signal.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Friday works just as well, same time. I've moved it.",
        "No problem at all, Friday at 2pm instead works for us.",
        "Freitag um 14 Uhr passt uns auch, ich habe den Termin verschoben.",
    ],
)
def test_a_new_time_agreed_in_a_thread_that_fixed_one_moves_the_interview(body: str) -> None:
    signal = _read(_reply(body), _scheduled(THURSDAY_2PM))
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED, signal.evidence
    assert signal.interview_start is not None and signal.interview_start.weekday() == 4
    assert [p.address for p in signal.interviewers] == [LENA.address]  # from the thread


def test_agreeing_to_the_same_time_again_moves_nothing() -> None:
    signal = _read(_reply("Thursday at 2pm works, see you then!"), _scheduled(THURSDAY_2PM))
    assert signal.kind is not Kind.INTERVIEW_RESCHEDULED


def test_a_reply_that_asks_for_another_time_is_not_agreement() -> None:
    signal = _read(
        _reply("Thursday 2pm works, or would Friday at 10am suit you better?"), _request()
    )
    assert signal.kind is not Kind.INTERVIEW_SCHEDULED


def test_thanks_without_a_time_confirms_nothing() -> None:
    assert _read(_reply("Great, thanks so much!"), _request()).kind is not Kind.INTERVIEW_SCHEDULED


def test_after_a_rejection_the_thread_asks_for_no_time() -> None:
    rejection = Earlier(
        _envelope(3, PRIYA, MONDAY + timedelta(hours=1)),
        Signal(Kind.REJECTION, ("rejection",)),
        from_user=False,
    )
    context = thread_context([_request(), rejection])
    assert context.closed and context.asked_for_time  # the rules ignore the ask once closed
    signal = _read(
        _reply("Perfect, see you then!"), _request(), rejection, _user_proposes(THURSDAY_2PM)
    )
    assert signal.kind is not Kind.INTERVIEW_SCHEDULED


def test_the_users_own_message_carries_the_time_it_proposes() -> None:
    data = eml(
        "Thanks Priya! Thursday at 2pm works for me.",
        subject="Re: Data Engineer",
        sender=f"Sam Lee <{ME}>",
        to=RECRUITER,
    )
    signal = classify(parse_message(data), frozenset({ME}), NO_CONTEXT)
    assert signal.kind is Kind.OTHER and signal.interview_start == THURSDAY_2PM


def test_context_of_a_request_then_a_fixed_time() -> None:
    earlier = MONDAY - timedelta(hours=3)
    context = thread_context([_scheduled(THURSDAY_2PM, n=2), _request(n=1, date=earlier)])
    assert not context.asked_for_time and context.interview_start == THURSDAY_2PM
    assert context.interviewers == (LENA,) and PRIYA.address in context.schedulers
    again = thread_context(
        [
            _request(n=1),
            _scheduled(THURSDAY_2PM, n=2),
            _request(n=3, date=MONDAY + timedelta(days=1)),
        ]
    )
    assert again.asked_for_time and again.interview_start is None


def test_a_newsletter_in_the_thread_makes_it_no_hiring_thread() -> None:
    alert = Signal(Kind.OTHER, ("job alert",), automated=True)
    context = thread_context([Earlier(_envelope(1, PRIYA, MONDAY), alert, False)])
    assert not context.hiring


def test_a_known_employers_next_message_is_read_as_hiring_mail() -> None:
    from followupd.engine.threads import ThreadIndex
    from followupd.model import FolderRole, Observation

    ack = Observation(
        key="inbox/1",
        account="a",
        folder=FolderRole.INBOX,
        envelope=_envelope(1, PRIYA, MONDAY),
        signal=Signal(
            Kind.APPLICATION_RECEIVED,
            ("application acknowledged",),
            company="Harbor Labs",
            employer_domain="harbor-labs.example",
        ),
        from_user=False,
    )
    note = eml(
        "Locked in for Thursday 10:30 PT. It'll be the two of us for about 45 minutes.",
        subject="Thursday",
        sender="Jordan Reyes <jordan.reyes@harbor-labs.example>",
        date=MONDAY + timedelta(days=1),
    )
    mail = parse_message(note)
    unknown = classify(mail, frozenset({ME}), ThreadIndex([]).context(mail.envelope))
    known = classify(mail, frozenset({ME}), ThreadIndex([ack]).context(mail.envelope))
    assert unknown.kind is Kind.OTHER
    assert known.kind is Kind.INTERVIEW_SCHEDULED, known.evidence


def _index_after(sender: Person, signal: Signal) -> ThreadIndex:
    envelope = _envelope(1, sender, MONDAY)
    seen = Observation("inbox/1", "a", FolderRole.INBOX, envelope, signal, from_user=False)
    return ThreadIndex([seen])


def _known(index: ThreadIndex, sender: Person) -> bool:
    envelope = Envelope("<next@x>", "lunch?", sender, date=MONDAY + timedelta(days=1))
    return index.context(envelope).known_employer


def test_a_domain_is_an_employers_only_when_the_mail_names_the_company_it_spells() -> None:
    colleague = Person("lee@harbor-labs.example", "Lee")
    for text, sender, owned in (
        ("Thanks for applying to Harbor Labs. We'd like to book a call.", PRIYA, True),
        ("We'd like to book a call.\n\nPriya Nair\nRecruiter | Harbor Labs", PRIYA, True),
        # the company only guessed from the domain: not written anywhere in the mail
        ("We'd like to book a call about the role.", PRIYA, False),
        ("Can you review the offer before dinner?", Person("kim@friends.example", "Kim"), False),
        # a platform's domain belongs to every employer on it
        ("Harbor Labs would like to book a call.", Person("n@greenhouse-mail.io", "H"), False),
    ):
        mail = parse_message(eml(text, sender=f"{sender.name} <{sender.address}>"))
        signal = classify(mail, frozenset({ME}))
        index = _index_after(sender, replace(signal, kind=Kind.INTERVIEW_REQUEST, confidence=0.9))
        assert _known(index, sender)
        assert _known(index, colleague) is owned, (text, signal.company, signal.employer_domain)


def test_a_doubtful_or_automated_reading_makes_nobody_a_known_employer() -> None:
    own = "harbor-labs.example"
    for signal in (
        Signal(Kind.HOLDING_REPLY, ("no decision yet",), confidence=0.4, employer_domain=own),
        Signal(Kind.REJECTION, ("rejection",), automated=True, employer_domain=own),
        Signal(Kind.OTHER, ("no rule matched",), employer_domain=own),
    ):
        assert not _known(_index_after(PRIYA, signal), PRIYA), signal


def test_a_freemail_domain_is_never_a_known_employer() -> None:
    from followupd.engine.threads import ThreadIndex
    from followupd.model import FolderRole, Observation

    founder = Person("sam.founder@gmail.com", "Sam")
    request = Observation(
        key="inbox/1",
        account="a",
        folder=FolderRole.INBOX,
        envelope=_envelope(1, founder, MONDAY),
        signal=Signal(Kind.INTERVIEW_REQUEST, ("asks to book",)),
        from_user=False,
    )
    index = ThreadIndex([request])
    friend = Envelope("<f@x>", "dinner", Person("a.friend@gmail.com"), date=MONDAY)
    assert not index.context(friend).known_employer
    again = Envelope("<g@x>", "Saturday", founder, date=MONDAY)
    assert index.context(again).known_employer
