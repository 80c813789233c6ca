"""Round 32's reading of mail's form: sign-offs with a name on their line and a legal footer
under the signature, an hour written with a dot after a day ("Thursday 10.30"), a length said
as about so many minutes ("une vingtaine de minutes"), a platform's notice that a client wants
to talk."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from followupd.dates.times import find_durations, find_times
from followupd.mail.parse import parse_message
from followupd.mail.reply_split import before_sign_off, split_reply
from followupd.understand.triage import might_matter

BST = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("body", "signature_starts"),
    [
        ("Der Termin morgen fällt aus.\n\nLG Olga\n\nOlga Nowak\nDisponentin", "LG Olga"),
        ("See you Thursday.\n\nCheers, Dean\nDean Hollis | Branch Manager", "Cheers, Dean"),
        (
            "Te propongo dos huecos.\n\nUn abrazo,\nLucía\n\nLucía Ortega\nSocia directora\n\n"
            "AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen"
            " exclusivamente a su destinatario.",
            "Un abrazo,",
        ),
        (
            "Would you have 45 minutes next week?\n\nWith best wishes,\nRupert\n\nRupert Haldane\n"
            "Partner\n\nThis email is confidential and may be legally privileged. If you are not"
            " the intended recipient, please delete it.",
            "With best wishes,",
        ),
    ],
)
def test_the_signature_starts_at_its_sign_off(body: str, signature_starts: str) -> None:
    _, _, signature = split_reply(body)
    assert signature.startswith(signature_starts)


def test_a_sentence_starting_like_a_sign_off_is_no_sign_off() -> None:
    text, _, signature = split_reply("Hi,\n\nBest practice is to arrive early.\n")
    assert signature == ""
    assert "Best practice" in text


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Thursday 10.30 it is then, at the branch", [(10, 30)]),
        ("tomorrow 9.15 suits me", [(9, 15)]),
        ("Donnerstag, 10.03. um 9 Uhr", [(9, 0)]),  # the 10th of March, at 9
        ("it costs 3.50 on Friday", []),
    ],
)
def test_an_hour_with_a_dot_after_a_day_is_a_time(text: str, hours: list[tuple[int, int]]) -> None:
    found = find_times(text, datetime(2026, 4, 14, 16, 22, tzinfo=BST))
    assert [(t.begin.hour, t.begin.minute) for t in found] == hours


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Comptez une vingtaine de minutes, dont une partie en allemand.", 20),
        ("L'échange durera une trentaine de minutes.", 30),
        ("La llamada será de una veintena de minutos.", 20),
        ("a couple of hours", 120),
    ],
)
def test_about_so_many_minutes_is_a_length(text: str, minutes: int) -> None:
    assert [d.length for d in find_durations(text)] == [timedelta(minutes=minutes)]


def test_about_so_many_days_is_no_meeting_s_length() -> None:
    assert find_durations("sous une dizaine de jours") == []


@pytest.mark.parametrize(
    "subject",
    [
        "Sophie (Quaterna) souhaite échanger avec vous sur une mission",
        "Lena (Nordwerk) möchte sich mit Ihnen austauschen",
        "Carlos quiere hablar contigo sobre un proyecto",
        "A client would like to talk with you about a project",
    ],
)
def test_a_platform_s_notice_that_someone_wants_to_talk_is_fetched(subject: str) -> None:
    header = (
        f"From: Platform <no-reply@platform.example>\nTo: me@example.org\nSubject: {subject}\n"
        "List-Unsubscribe: <https://platform.example/settings>\n\n"
    ).encode()
    assert might_matter(parse_message(header))


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for coming in.\n\nBest regards,\nDana\n\nP.S. Please keep the salary figure"
        " confidential for now, it has not been signed off by the board and may still change"
        " a little before the written offer goes out to you next week.",
        "Danke für das Gespräch.\n\nViele Grüße\nOlga\n\nDatenschutzhinweise zu Ihrer Bewerbung"
        " finden Sie im Anhang; wir laden Sie am Donnerstag um 10:30 Uhr zum zweiten Gespräch ein.",
    ],
)
def test_a_long_line_that_only_mentions_a_footer_s_word_stays_text(body: str) -> None:
    text, _, signature = split_reply(body)
    assert signature == ""
    assert body.rsplit("\n", maxsplit=1)[-1] in text


def test_a_greeting_with_a_name_does_not_end_the_news() -> None:
    body = "Thanks, Sam\n\nWe'd like to offer you the role, starting 1 June."
    assert "offer you the role" in before_sign_off(body)


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("on Thursday 10.00. It will last about 45 minutes", [(10, 0)]),
        ("tomorrow 9.00 at the branch", [(9, 0)]),
        ("am Donnerstag 12.03. um 9 Uhr", [(9, 0)]),
    ],
)
def test_a_full_hour_with_a_dot_is_a_time_a_day_and_month_is_not(
    text: str, hours: list[tuple[int, int]]
) -> None:
    found = find_times(text, datetime(2026, 3, 2, 9, 0, tzinfo=BST))
    assert [(t.begin.hour, t.begin.minute) for t in found] == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Thursday 12.03 at 2pm", [(14, 0)]),
        ("Donnerstag 12.03 um 14 Uhr", [(14, 0)]),
        ("jueves 12.03 a las 10:00", [(10, 0)]),
        ("jeudi 12.03 à 10h", [(10, 0)]),
    ],
)
def test_a_day_and_month_after_a_weekday_before_a_clock_is_a_date(
    text: str, hours: list[tuple[int, int]]
) -> None:
    found = find_times(text, datetime(2026, 3, 2, 9, 0, tzinfo=BST))
    assert [(t.begin.hour, t.begin.minute) for t in found] == hours
