"""Two shapes of real mail the text a person reads must survive: a reply written below the text
it quotes (bottom-posting), and an HTML mail's buttons ("Reschedule", "Modifier le créneau"),
which are offered in every confirmation and say nothing happened."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.mail.action_labels import without_action_labels
from followupd.mail.parse import parse_message
from followupd.mail.reply_split import split_reply

QUOTE = (
    "El vie, 20 mar 2026 a las 9:12, Lea Marchetti (<lea@example.net>) escribió:\n"
    "> Hola Nuria:\n>\n> ¿Hay alguna novedad sobre el puesto?\n>\n> Un saludo,\n> Lea\n"
)


@pytest.mark.parametrize(
    "attribution",
    [
        "El vie, 20 mar 2026 a las 9:12, Lea Marchetti (<lea@example.net>) escribió:",
        "Am 08.03.2026 um 17:44 schrieb Lea Marchetti <lea@example.net>:",
        "On Fri, 20 Mar 2026 at 09:12, Lea Marchetti <lea@example.net> wrote:",
        "Le ven. 20 mars 2026 à 09:12, Lea Marchetti <lea@example.net> a écrit :",
    ],
)
def test_a_reply_written_below_its_quote_is_the_new_text(attribution: str) -> None:
    body = f"{attribution}\n> Is there any news?\n>\n> Lea\n\nNot yet, sorry: by Friday.\n"
    text, quoted, _signature = split_reply(body)
    assert text == "Not yet, sorry: by Friday."
    assert "Is there any news?" in quoted and attribution in quoted


def test_the_new_text_below_ends_where_an_older_quoted_message_starts() -> None:
    body = (
        f"{QUOTE}\nTodavía no tenemos decisión.\n\n"
        "-----Mensaje original-----\nDe: Nuria <nuria@alqueria.example>\n"
        "Enviado el: lunes, 9 de marzo de 2026 10:00\nPara: Lea\nAsunto: Entrevista\n\nHola Lea\n"
    )
    text, quoted, _signature = split_reply(body)
    assert text == "Todavía no tenemos decisión."
    assert "Mensaje original" in quoted and "Hola Nuria" in quoted


def test_a_reply_above_its_quote_keeps_its_reading() -> None:
    text, quoted, _signature = split_reply(f"Todavía no tenemos decisión.\n\n{QUOTE}")
    assert text == "Todavía no tenemos decisión."
    assert "novedad" in quoted


def test_history_quoted_without_marks_stays_history() -> None:
    body = (
        "On Fri, 20 Mar 2026 at 09:12, Lea Marchetti <lea@example.net> wrote:\n"
        "Is there any news?\n\nLea\n"
    )
    text, quoted, _signature = split_reply(body)
    assert text == ""
    assert "Is there any news?" in quoted


def test_a_holding_reply_written_below_its_quote_is_read() -> None:
    body = f"{QUOTE}\nHola Lea:\n\nTodavía no tenemos decisión, perdona la espera. Como muy tarde"
    body += " el miércoles 25 de marzo te digo algo.\n\nUn saludo,\nNuria\n"
    signal = signal_of(
        eml(body, subject="Re: Novedades proceso Data Analyst", sender="Nuria <n@alq.example>")
    )
    assert signal.kind.value == "holding_reply"


@pytest.mark.parametrize(
    "label",
    [
        "Reschedule",
        "Cancel interview",
        "Propose a new time",
        "Add to calendar",
        "Modifier le créneau",
        "Ajouter à mon agenda",
        "Anderen Termin vorschlagen",
        "Zusagen",
        "Termin verschieben",
        "Reprogramar la entrevista",
        "Cancelar",
        "[ Reschedule ]",
        "Reschedule: https://ats.example/r/81f2",
        "Termin absagen <https://ats.example/c/81f2>",
    ],
)
def test_a_line_that_is_only_a_button_s_label_is_left_out(label: str) -> None:
    text = f"Your interview is booked.\n\n{label}\n\nSee you then."
    assert without_action_labels(text).split("\n") == [
        "Your interview is booked.",
        "",
        "",
        "",
        "See you then.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Choose a time",
        "Please reschedule if Tuesday does not suit.",
        "Cancel.",
        "We have to cancel the interview",
        "Confirmed",
        "Yes",
    ],
)
def test_sentences_and_labels_that_ask_for_a_time_stay(line: str) -> None:
    assert without_action_labels(f"Hello\n{line}\nBye") == f"Hello\n{line}\nBye"


def test_an_html_confirmation_s_buttons_move_and_ask_nothing() -> None:
    html = (
        "<html><body><p>Bonjour Nora,</p><p>C'est noté, ton entretien est réservé.</p>"
        "<table><tr><td>Date</td><td>jeudi 12 mars 2026</td></tr>"
        "<tr><td>Heure</td><td>15h00 – 15h45 (heure de Paris)</td></tr></table>"
        '<p><a href="https://ats.example/cal" style="padding:8px">Ajouter à mon agenda</a></p>'
        '<p><a href="https://ats.example/move" style="padding:8px">Modifier le créneau</a></p>'
        "<p>Belle journée,<br>L'équipe</p></body></html>"
    )
    data = eml("Ouvrez ce message en HTML.", subject="Entretien confirmé", html=html)
    mail = parse_message(data)
    assert "Modifier le créneau" not in mail.text and "Ajouter" not in mail.text
    assert "ton entretien est réservé" in mail.text
