"""The mailbox the fault suite runs over: five employers whose follow-ups are due right now.

Every date is relative to `anchor` (the real clock when the session starts, since
`followupd once` reads the real clock): the interviews, replies and news are placed so that,
at any moment of the next hour, the same drafts are due and nothing new falls due. A
fault-free run makes six drafts of five stages (two thank-yous to a panel, a holding
acknowledgement, a rejection reply to the recruiter in Reply-To, an offer reply, a check-in)
and records two stale thank-yous as missed; job alerts and newsletters pad the first scan
(more headers and bodies to read, more bytes to cut in).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

ME_NAME = "Robin Quinn"
ME = "robin.quinn@example.com"
NOISE_MESSAGES = 4


def _message(
    sender: str,
    subject: str,
    when: datetime,
    message_id: str,
    body: str,
    to: str = f"{ME_NAME} <{ME}>",
    **headers: str,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message


def _invitation(
    organizer: tuple[str, str],
    interviewers: list[tuple[str, str]],
    subject: str,
    sent: datetime,
    start: datetime,
    end: datetime,
    uid: str,
    message_id: str,
    text: str,
) -> EmailMessage:
    message = _message(f"{organizer[0]} <{organizer[1]}>", subject, sent, message_id, text)
    stamp = "%Y%m%dT%H%M%SZ"
    attendees = [
        f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{address}"
        for name, address in interviewers
    ]
    ics = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Fault Suite//Scheduling//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "SEQUENCE:0",
            f"DTSTAMP:{sent.strftime(stamp)}",
            f"DTSTART:{start.strftime(stamp)}",
            f"DTEND:{end.strftime(stamp)}",
            f"SUMMARY:Interview: {ME_NAME}",
            f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
            *attendees,
            f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    message.add_attachment(
        ics.encode(),
        maintype="text",
        subtype="calendar",
        params={"method": "REQUEST"},
        filename="invite.ics",
    )
    return message


def _when(start: datetime) -> str:
    return f"{start:%A, %B} {start.day} from {start:%H:%M} UTC"


def mailbox(anchor: datetime) -> dict[str, list[bytes]]:
    """Folder -> messages (oldest first), dated relative to `anchor` (aware UTC)."""
    hours = timedelta(hours=1)
    days = timedelta(days=1)
    inbox: list[EmailMessage] = []
    sent: list[EmailMessage] = []

    # Lumina: a panel with two interviewers ended three hours ago -> two thank-yous.
    end = anchor - 3 * hours
    start = end - 90 * timedelta(minutes=1)
    inbox.append(
        _invitation(
            ("Priya Shah", "priya.shah@luminarobotics.example"),
            [
                ("Noah Berg", "noah.berg@luminarobotics.example"),
                ("Elena Ruiz", "elena.ruiz@luminarobotics.example"),
            ],
            "Invitation: Panel interview - Robin Quinn - Analytics Engineer",
            anchor - 4 * days,
            start,
            end,
            "lumina-panel-4410@luminarobotics.example",
            "<CALU2-panel-invite@mail.luminarobotics.example>",
            f"Hi Robin,\n\nYou're confirmed for the panel interview for the Analytics Engineer "
            f"role at Lumina Robotics on {_when(start)}. You'll meet Noah Berg, Engineering "
            f"Manager, and Elena Ruiz, Senior Analytics Engineer.\n\nThe invitation is "
            f"attached. Good luck!\n\nPriya Shah\nRecruiting Coordinator, Lumina Robotics\n",
        )
    )

    # Quarry Labs: an intro call a week ago, then "still reviewing" two hours ago.
    q_end = anchor - 7 * days
    q_start = q_end - 30 * timedelta(minutes=1)
    screen_id = "<CAQU1-screen@mail.quarrylabs.example>"
    inbox.append(
        _invitation(
            ("Jin Park", "jin.park@quarrylabs.example"),
            [("Jin Park", "jin.park@quarrylabs.example")],
            "Quarry Labs - intro call",
            anchor - 9 * days,
            q_start,
            q_end,
            "quarry-intro-1187@quarrylabs.example",
            screen_id,
            f"Hi Robin,\n\nGreat to connect! I've booked our 30-minute intro call for the "
            f"Analytics Engineer role on {_when(q_start)}; the invitation is attached.\n\n"
            f"Talk soon,\nJin Park\nTechnical Recruiter, Quarry Labs\n",
        )
    )
    inbox.append(
        _message(
            "Jin Park <jin.park@quarrylabs.example>",
            "Re: Quarry Labs - intro call",
            anchor - 2 * hours,
            "<CAQU2-holding@mail.quarrylabs.example>",
            "Hi Robin,\n\nA quick update: the hiring team is still reviewing candidates for "
            "the Analytics Engineer role, and it is taking longer than we planned. I'll get "
            "back to you as soon as I hear more.\n\nThanks for your patience,\nJin\n",
            In_Reply_To=screen_id,
            References=screen_id,
        )
    )

    # Tallgrass: an ATS acknowledgement, a phone screen, a rejection from no-reply@ with the
    # recruiter in Reply-To an hour and a half ago.
    inbox.append(
        _message(
            "Tallgrass Systems Careers <no-reply@greenhire.example>",
            "Thank you for applying to Tallgrass Systems",
            anchor - 14 * days,
            "<gh-app-5513-ack@greenhire.example>",
            "Dear Robin,\n\nThank you for applying for the Business Intelligence Analyst "
            "position at Tallgrass Systems. We have received your application and our team "
            "will review it.\n\nTallgrass Systems Talent Team\n",
            Auto_Submitted="auto-generated",
        )
    )
    t_end = anchor - 6 * days
    t_start = t_end - 45 * timedelta(minutes=1)
    inbox.append(
        _invitation(
            ("Dana Cole", "dana.cole@tallgrass.example"),
            [("Dana Cole", "dana.cole@tallgrass.example")],
            "Phone screen - Business Intelligence Analyst",
            anchor - 8 * days,
            t_start,
            t_end,
            "tallgrass-screen-77@tallgrass.example",
            "<CATG1-screen@mail.tallgrass.example>",
            f"Hi Robin,\n\nThanks for your application to Tallgrass Systems. I've scheduled "
            f"our phone screen for the Business Intelligence Analyst role on "
            f"{_when(t_start)}.\n\nBest,\nDana Cole\nRecruiter, Tallgrass Systems\n",
        )
    )
    inbox.append(
        _message(
            "Tallgrass Systems Careers <no-reply@greenhire.example>",
            "Your application to Tallgrass Systems",
            anchor - 90 * timedelta(minutes=1),
            "<gh-app-5513-decision@greenhire.example>",
            "Dear Robin,\n\nThank you for your interest in the Business Intelligence Analyst "
            "position and for the time you spent speaking with our team.\n\nAfter careful "
            "consideration, we have decided to move forward with other candidates whose "
            "experience more closely matches our current needs.\n\nWe wish you every success "
            "in your search.\n\nDana Cole\nRecruiter, Tallgrass Systems\n",
            Auto_Submitted="auto-generated",
            Reply_To="Dana Cole <dana.cole@tallgrass.example>",
        )
    )

    # Brightwater: a final interview ten days ago, Robin's own thank-you, an offer an hour ago.
    b_end = anchor - 10 * days
    b_start = b_end - hours
    final_id = "<CABW1-final@mail.brightwater.example>"
    inbox.append(
        _invitation(
            ("Sam Okafor", "sam.okafor@brightwater.example"),
            [("Lena Fischer", "lena.fischer@brightwater.example")],
            "Final interview - Data Analyst, Brightwater Energy",
            anchor - 13 * days,
            b_start,
            b_end,
            "brightwater-final-9@brightwater.example",
            final_id,
            f"Hi Robin,\n\nI'm happy to confirm your final interview for the Data Analyst "
            f"role at Brightwater Energy with Lena Fischer, Head of Analytics, on "
            f"{_when(b_start)}.\n\nBest,\nSam Okafor\nTalent Partner, Brightwater Energy\n",
        )
    )
    sent.append(
        _message(
            f"{ME_NAME} <{ME}>",
            "Thank you for today",
            b_end + 2 * hours,
            "<CARQ-bw-thanks@mail.example.com>",
            "Hi Lena,\n\nThank you for taking the time to talk with me today about the Data "
            "Analyst role.\n\nBest,\nRobin\n",
            to="Lena Fischer <lena.fischer@brightwater.example>",
            In_Reply_To=final_id,
            References=final_id,
        )
    )
    inbox.append(
        _message(
            "Sam Okafor <sam.okafor@brightwater.example>",
            "Your offer from Brightwater Energy",
            anchor - hours,
            "<CABW2-offer@mail.brightwater.example>",
            "Hi Robin,\n\nGreat news: I'm delighted to offer you the position of Data Analyst "
            "at Brightwater Energy! Lena and the team were very impressed.\n\nThe offer letter "
            "with salary and benefits details is attached for your review. Please let me know "
            "if you have any questions.\n\nCongratulations,\nSam\n\nSam Okafor\nTalent "
            "Partner, Brightwater Energy\n",
        )
    )

    # Harborview: an interview twelve days ago and silence since -> a check-in (stale_after
    # is raised in the config so that it is due, not missed, whatever the weekday).
    h_end = anchor - 12 * days
    h_start = h_end - hours
    inbox.append(
        _invitation(
            ("Marcus Webb", "marcus.webb@harborview.example"),
            [("Marcus Webb", "marcus.webb@harborview.example")],
            "Interview confirmed: Data Analyst",
            anchor - 15 * days,
            h_start,
            h_end,
            "harborview-int-31@harborview.example",
            "<CAHV1-confirmed@mail.harborview.example>",
            f"Hi Robin,\n\nThis confirms your interview for the Data Analyst role at "
            f"Harborview Analytics on {_when(h_start)}.\n\nRegards,\nMarcus Webb\n"
            f"Analytics Lead, Harborview Analytics\n",
        )
    )

    for n in range(NOISE_MESSAGES):
        when = anchor - (n % 12) * days - (n + 1) * timedelta(minutes=7)
        if n % 2:
            inbox.append(
                _message(
                    "JobPulse Alerts <alerts@jobpulse.example>",
                    f"{n + 3} new jobs match your search: interview-ready roles",
                    when,
                    f"<alert-{n}@jobpulse.example>",
                    "New roles for you:\n\n"
                    + "".join(
                        f"- Data Analyst {k} at Company {k}: apply now, interview in a week\n"
                        for k in range(40)
                    ),
                    List_Id="<alerts.jobpulse.example>",
                    List_Unsubscribe="<mailto:unsubscribe@jobpulse.example>",
                )
            )
        else:
            inbox.append(
                _message(
                    "Career Brief <news@careerbrief.example>",
                    f"Career Brief #{n}: how to ace the panel interview",
                    when,
                    f"<brief-{n}@careerbrief.example>",
                    "This week: panel interviews, offers and how to say thank you.\n\n"
                    + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 60
                    + "\n",
                    List_Id="<brief.careerbrief.example>",
                    List_Unsubscribe="<mailto:unsubscribe@careerbrief.example>",
                )
            )

    def dated(messages: list[EmailMessage]) -> list[bytes]:
        return [
            m.as_bytes()
            for m in sorted(messages, key=lambda m: parsedate_to_datetime(str(m["Date"])))
        ]

    return {"INBOX": dated(inbox), "Sent": dated(sent)}


def write_config(
    path: Path, *, port: int, username: str, state_path: Path, timeout: float = 4
) -> Path:
    path.write_text(
        f"""
[me]
name = "{ME_NAME}"
addresses = ["{ME}"]
timezone = "UTC"
holidays = ""

[[accounts]]
name = "work"
backend = "imap"
host = "127.0.0.1"
port = {port}
security = "plain"
username = "{username}"
password_env = "FOLLOWUPD_FAULT_PASSWORD"
lookback_days = 30
timeout = {timeout}

[daemon]
state_path = "{state_path}"

[policy]
stale_after = "14d"
"""
    )
    return path
