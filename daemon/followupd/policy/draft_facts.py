"""What a due draft needs besides its stage, recipient and moment (plan.py decides those).

- The message it answers: the stage rules name the thread (the contact's, the interviewer's);
  the draft answers the latest message of that conversation, as a person clicking Reply on the
  last message would, the user's own last message included. Only messages its recipient took
  part in count, so the reply stays in a thread they have seen.
- The language the employer writes in there (Signal.language of their messages in that
  conversation, else in the whole process): the draft's language when the user enabled it.
- The interview it follows up on: its interviewers and their sessions, so a check-in to a
  coordinator names who the interview was with, and a thank-you names the session.
- For an offer reply, the day the offer asks an answer by and the role it names (a stage that
  sets its own language or answer-by day keeps it: a reference's heads-up, another offer).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from followupd.model import Action, Envelope, Interview, Observation, Process, Stage


def with_draft_facts(action: Action, process: Process) -> Action:
    answers = latest_in_conversation(process, action.answers, {p.address for p in action.to})
    interview = _interview_of(action, process)
    offer = process.closed_by if action.stage is Stage.OFFER_REPLY else None
    offered_role = offer.signal.role if offer is not None else None
    return replace(
        action,
        answers=answers,
        language=action.language or thread_language(process, answers),
        interviewers=interview.interviewers if interview is not None else (),
        sessions=interview.sessions if interview is not None else (),
        reply_by=offer.signal.reply_by if offer is not None else action.reply_by,
        role=offered_role or action.role,
    )


def _keys(envelope: Envelope) -> set[str]:
    ids = (envelope.message_id, envelope.in_reply_to or "", *envelope.references)
    return {i.strip().lower() for i in ids if i.strip()}


def conversation(process: Process, envelope: Envelope) -> list[Observation]:
    """The messages of `process` in `envelope`'s thread (linked by Message-ID, In-Reply-To or
    References, however indirectly), oldest first."""
    keys = _keys(envelope)
    members: dict[int, Observation] = {}
    grew = True
    while grew:
        grew = False
        for index, observation in enumerate(process.observations):
            if index not in members and keys & _keys(observation.envelope):
                members[index] = observation
                keys |= _keys(observation.envelope)
                grew = True
    return [members[i] for i in sorted(members)]


def _took_part(envelope: Envelope, addresses: set[str]) -> bool:
    people = [envelope.sender, *envelope.reply_to, *envelope.to, *envelope.cc]
    return any(p is not None and p.address.lower() in addresses for p in people)


def latest_in_conversation(
    process: Process, answers: Envelope | None, recipients: set[str]
) -> Envelope | None:
    """The latest message of `answers`' conversation that a recipient took part in."""
    if answers is None or answers.date is None:
        return answers
    latest = answers
    for observation in conversation(process, answers):
        envelope = observation.envelope
        later = (
            envelope.date is not None and latest.date is not None and envelope.date >= latest.date
        )
        if later and _took_part(envelope, recipients):
            latest = envelope
    return latest


def _most_used(observations: Iterable[Observation]) -> str:
    """The language most of the employer's messages are in; among equals the latest one's."""
    languages = [
        o.signal.language
        for o in observations
        if not o.from_user and not o.signal.automated and o.signal.language
    ]
    if not languages:
        return ""
    counts = Counter(languages)
    top = max(counts.values())
    return next(lang for lang in reversed(languages) if counts[lang] == top)


def thread_language(process: Process, answers: Envelope | None) -> str:
    """The employer's language in the conversation answered, else in the whole process."""
    in_thread = _most_used(conversation(process, answers)) if answers is not None else ""
    return in_thread or _most_used(process.observations)


def _interview_of(action: Action, process: Process) -> Interview | None:
    if action.stage is Stage.THANK_YOU:
        return next((i for i in process.interviews if i.ordinal == action.occurrence), None)
    if action.interview_start is None:
        return None
    return next(
        (
            i
            for i in reversed(process.interviews)
            if not i.cancelled and i.start == action.interview_start
        ),
        None,
    )
