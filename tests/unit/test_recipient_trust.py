"""A draft only goes to someone the application's own mail vouches for; anyone else waits for
the user's word ("needs a look": `followupd correct MESSAGE --confirm` releases it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from process_facts import ME, POLICY, message, sent

from followupd.engine import reference_addresses, vouched_elsewhere
from followupd.model import (
    Correction,
    Kind,
    Observation,
    Reference,
    Settings,
    Stage,
    UserNews,
)
from followupd.policy import news_standings, stage_statuses
from followupd.policy.plan import plan
from followupd.processes import build_processes
from followupd.store import Store
from followupd.understand import apply_corrections

OWN_NO_REPLY = "Acme Robotics <no-reply@acme-robotics.example>"
ELSEWHERE = "Dana Price <dana.price@recruit-connect.example>"


def holding(sender: str, **facts: object) -> Observation:
    return message(
        sender,
        "2026-03-04 10:00",
        Kind.HOLDING_REPLY,
        company="Acme Robotics",
        message_id="<hold@mail.test>",
        **facts,  # type: ignore[arg-type]
    )


def drafted(observations: list[Observation], elsewhere: tuple[str, ...] = ()) -> list[str]:
    processes = build_processes(observations, ME, elsewhere)
    due = plan(processes, [], datetime(2026, 3, 4, 16, 0, tzinfo=UTC), POLICY, ME).draft
    return [f"{a.stage.value} {a.to[0].address}" for a in due]


def test_a_reply_to_at_an_unrelated_domain_is_held_for_a_look() -> None:
    """From the employer's own no-reply, Reply-To elsewhere: nothing is drafted to it; the
    message needs a look naming the address; the user's confirmation releases it."""
    redirect = holding(OWN_NO_REPLY, reply_to=[ELSEWHERE])
    assert drafted([redirect]) == []
    [process] = build_processes([redirect], ME)
    [look] = process.needs_look
    assert look.recipient == "dana.price@recruit-connect.example"
    assert "not vouched for by this application's own mail" in look.reason
    assert not process.held(redirect)  # its reading stands: only the recipient waits
    confirmed = apply_corrections([redirect], [Correction("<hold@mail.test>", "confirm")])
    assert drafted(confirmed) == ["holding_ack dana.price@recruit-connect.example"]


def test_an_ats_relay_naming_the_recruiter_at_the_employers_domain_is_drafted_to() -> None:
    relay = holding(
        "Acme Robotics <no-reply@greenhouse.io>",
        reply_to=["Priya Shah <priya.shah@acme-robotics.example>"],
    )
    assert drafted([relay]) == ["holding_ack priya.shah@acme-robotics.example"]
    stranger = holding(
        "Acme Robotics <no-reply@greenhouse.io>", reply_to=["Priya <priya@talent-help.example>"]
    )
    assert drafted([stranger]) == []


def test_an_unknown_service_s_no_reply_relaying_for_the_employer_is_believed_there() -> None:
    """ "Acme Robotics <no-reply@mail.teamhire.example>": a service this list does not know
    relays for Acme; its Reply-To at Acme's own domain is Acme's word, one elsewhere is not."""
    relay = holding(
        "Acme Robotics <no-reply@mail.teamhire.example>",
        reply_to=["Priya Shah <priya.shah@acme-robotics.example>"],
    )
    assert drafted([relay]) == ["holding_ack priya.shah@acme-robotics.example"]
    stranger = holding("Acme Robotics <no-reply@mail.teamhire.example>", reply_to=[ELSEWHERE])
    assert drafted([stranger]) == []
    # a domain only named like the company is no one's word from a service nobody knows
    look_alike = holding(
        "Acme Robotics <no-reply@notify-portal.example>",
        reply_to=["Talent <talent@acme-robotics-careers.example>"],
    )
    assert drafted([look_alike]) == []


def test_people_who_wrote_are_vouched_for_a_freemail_recruiter_included() -> None:
    recruiter = holding("Jane Whitfield <jane.whitfield.recruits@gmail.com>")
    assert drafted([recruiter]) == ["holding_ack jane.whitfield.recruits@gmail.com"]


def test_an_address_the_employer_gives_in_its_text_is_vouched_for() -> None:
    """A no-reply at the employer's domain naming a person in its text (Signal.contact not
    taken from Reply-To): the employer gave it."""
    named = holding(OWN_NO_REPLY, contact="Dana Price <dana.price@acme-partners.example>")
    assert drafted([named]) == ["holding_ack dana.price@acme-partners.example"]


def test_someone_the_user_wrote_to_is_vouched_for() -> None:
    redirect = holding(OWN_NO_REPLY, reply_to=[ELSEWHERE])
    mine = sent([ELSEWHERE], "2026-03-01 09:00", subject="Question about the role")
    assert drafted([mine, redirect]) == ["holding_ack dana.price@recruit-connect.example"]
    # or in another mailbox folder this process never saw (the store's written_to)
    assert drafted([redirect], ("dana.price@recruit-connect.example",)) == [
        "holding_ack dana.price@recruit-connect.example"
    ]


def test_the_users_references_are_vouched_for_in_every_process() -> None:
    """`[[references]]` names people no employer mail names: the heads-up to them is drafted
    (engine/references.py joins them to what every process vouches for), not held for a look."""
    ada = Reference("Ada Lovelace", "Ada@References.example ")
    settings = Settings(me=ME, references=(ada, Reference("Bob Stone", "bob@refs.example")))
    assert reference_addresses(Settings()) == ()
    assert reference_addresses(settings) == ("ada@references.example", "bob@refs.example")
    with Store.open(":memory:") as store:
        store.record_written_to("work", ["nadia@acme-robotics.example"])
        elsewhere = vouched_elsewhere(store, "work", settings)
    assert elsewhere == {"nadia@acme-robotics.example", *reference_addresses(settings)}
    asks = holding("Omar Haddad <omar.haddad@acme-robotics.example>")
    asks = replace(asks, signal=replace(asks.signal, asks_references=True))
    news = UserNews(references=(replace(ada, address="ada@references.example"),))
    now = datetime(2026, 3, 4, 16, 0, tzinfo=UTC)
    trusted = plan(build_processes([asks], ME, elsewhere), [], now, POLICY, ME, news)
    assert [(a.stage, a.to[0].address) for a in trusted.draft] == [
        (Stage.HOLDING_ACK, "omar.haddad@acme-robotics.example"),
        (Stage.REFERENCE_HEADS_UP, "ada@references.example"),
    ]
    [process] = build_processes([asks], ME)  # without the references: the heads-up waits
    held = plan([process], [], now, POLICY, ME, news)
    assert Stage.REFERENCE_HEADS_UP not in {a.stage for a in held.draft}
    [status] = [
        s
        for s in stage_statuses(
            process, [], now, POLICY, ME, news_standings([process], news, now, POLICY)[process.id]
        )
        if s.stage is Stage.REFERENCE_HEADS_UP
    ]
    assert status.status == "waiting" and "ada@references.example not vouched" in status.reason


def test_the_contact_is_never_taken_over_by_a_reply_to_elsewhere() -> None:
    recruiter = message(
        "Nadia Okafor <nadia.okafor@acme-robotics.example>",
        "2026-03-02 10:00",
        Kind.INTERVIEW_SCHEDULED,
        start="2026-03-03 10:00",
        end="2026-03-03 11:00",
        company="Acme Robotics",
    )
    redirect = holding(OWN_NO_REPLY, reply_to=[ELSEWHERE])
    [process] = build_processes([recruiter, redirect], ME)
    assert process.contact is not None
    assert process.contact.address == "nadia.okafor@acme-robotics.example"
