"""A short reply read with its quoted history when nothing else of its thread is known
(understand/quoted_thread.py): "Top, on dit jeudi 10h alors !" under the founder's "Tu aurais
un moment cette semaine pour un premier call ?" confirms a call; a move written under the
quoted confirmation of the old time is a move. The quotes never turn mail that is not about
the job search into hiring news, and a thread the store knows is read as the store says."""

from __future__ import annotations

from classify_mail import ME, eml

from followupd.mail.parse import parse_message
from followupd.mail.reply_split import quoted_pieces
from followupd.model.domain import Kind
from followupd.understand import NO_CONTEXT, ThreadContext, classify

FOUNDER = "Maxime Chevalier <max@verdeo.example>"


def _read(data: bytes, thread: ThreadContext = NO_CONTEXT) -> tuple[Kind, tuple[str, ...]]:
    signal = classify(parse_message(data), frozenset({ME}), thread)
    return signal.kind, signal.evidence


FRENCH_REPLY = (
    "Top, on dit jeudi 10h alors ! Je t'envoie l'invit Google Meet dans la foulée.\n\nÀ jeudi,\n"
    "Max\n\n"
    f"Le mar. 3 mars 2026 à 20:14, Sam Lee <{ME}> a écrit :\n"
    "> Bonjour Maxime,\n> Merci pour ton message ! Je suis disponible jeudi 5 mars à 10h.\n"
    ">\n"
    "> Le mar. 3 mars 2026 à 11:03, Maxime Chevalier <max@verdeo.example> a écrit :\n"
    ">> Salut Sam,\n>> Merci pour ta candidature pour le poste de Data Analyst chez Verdeo !\n"
    ">> Tu aurais un moment cette semaine pour un premier call ? Dis-moi ce qui t'arrange.\n"
)
GERMAN_MOVE = (
    "Liebe Frau Lee,\n\nleider ist mir für Donnerstag ein Termin dazwischengekommen. Ich habe "
    "unser Gespräch daher auf\nDienstag, 10. März, um 16:00 Uhr deutscher Zeit (10:00 Uhr bei "
    "Ihnen in New York)\nverlegt. Ich hoffe, das passt Ihnen.\n\nBeste Grüße\nCarsten Wolff\n\n"
    "Am 02.03.2026 um 10:02 schrieb Carsten Wolff <carsten.wolff@lumenhaus.example>:\n"
    "> Liebe Frau Lee,\n> vielen Dank für Ihre Bewerbung als Teamlead BI. Wie besprochen treffen "
    "wir uns\n> am Donnerstag, 5. März, um 14:00 Uhr per Zoom für ca. 45 Minuten.\n"
)


def test_a_call_agreed_under_the_quoted_request_is_scheduled() -> None:
    kind, evidence = _read(eml(FRENCH_REPLY, subject="Re: Dispos pour un call ?", sender=FOUNDER))
    assert kind is Kind.INTERVIEW_SCHEDULED, evidence
    assert any("quoted history" in line for line in evidence)


def test_a_move_under_the_quoted_confirmation_is_a_move() -> None:
    data = eml(
        GERMAN_MOVE,
        subject="Re: Ihr Gespräch bei Lumenhaus – neuer Termin",
        sender="Carsten Wolff <carsten.wolff@lumenhaus.example>",
    )
    kind, evidence = _read(data)
    assert kind is Kind.INTERVIEW_RESCHEDULED, evidence


def test_quotes_about_no_job_search_change_nothing() -> None:
    body = (
        "Tuesday at 7 works great, see you then!\n\n"
        f"On Mon, Mar 2, 2026 at 9:00 AM Sam Lee <{ME}> wrote:\n"
        "> Dinner this week? I'm free Tuesday at 7 or Wednesday at 8.\n"
    )
    kind, evidence = _read(eml(body, subject="Re: dinner", sender="Kim <kim@friends.example>"))
    assert kind is Kind.OTHER, evidence


def test_a_thread_the_store_knows_is_read_as_the_store_says() -> None:
    known = ThreadContext(hiring=False, known_employer=False, company="Verdeo")
    kind, evidence = _read(
        eml(FRENCH_REPLY, subject="Re: Dispos pour un call ?", sender=FOUNDER), known
    )
    assert not any("quoted history" in line for line in evidence), (kind, evidence)


def test_quoted_history_splits_into_its_messages_newest_first() -> None:
    mail = parse_message(eml(FRENCH_REPLY, subject="Re: Dispos", sender=FOUNDER))
    pieces = quoted_pieces(mail.quoted)
    assert [head.split(",")[0] for head, _ in pieces] == ["Le mar. 3 mars 2026 à 20:14"] * 1 + [
        "Le mar. 3 mars 2026 à 11:03"
    ]
    assert pieces[0][1].startswith("Bonjour Maxime")
    assert "premier call" in pieces[1][1] and ">" not in pieces[1][1]


def test_an_outlook_header_block_introduces_a_quoted_message() -> None:
    quoted = (
        "-----Original Message-----\nFrom: Dana Cole <dana.cole@acme.example>\n"
        "Sent: Monday, March 2, 2026 9:00 AM\nTo: Sam Lee <sam.lee@example.net>\n"
        "Subject: Interview\n\nCould you do Thursday at 2pm?\n"
    )
    assert quoted_pieces("_" * 32 + "\n" + quoted) == [
        ("From: Dana Cole <dana.cole@acme.example>", "Could you do Thursday at 2pm?")
    ]


def test_the_other_sides_quoted_words_make_the_thread_about_hiring() -> None:
    body = (
        "Hi Sam - not forgotten you! Still sorting a few things out on our side. Will be in touch "
        "soon, promise.\nTom\n\n"
        f"On Fri, 6 Mar 2026, 17:20 Sam Lee <{ME}> wrote:\n"
        "> Hi Tom, any update after our chat last Wednesday?\n>\n"
        "> On Mon, 2 Mar 2026, 09:00 Tom Ferris <tom.ferris@gmail.com> wrote:\n"
        ">> Thanks for applying to the data lead role, great to chat on Wednesday.\n"
    )
    sender = "Tom Ferris <tom.ferris@gmail.com>"
    kind, evidence = _read(eml(body, subject="Re: Quick check-in", sender=sender))
    assert kind is Kind.HOLDING_REPLY, evidence


def test_the_users_own_quoted_words_do_not() -> None:
    body = (
        "Hi Sam - not forgotten you! Still sorting a few things out on our side.\nTom\n\n"
        f"On Fri, 6 Mar 2026, 17:20 Sam Lee <{ME}> wrote:\n"
        "> Hi Tom, just checking in on the data lead role - any update?\n"
    )
    sender = "Tom Ferris <tom.ferris@gmail.com>"
    kind, evidence = _read(eml(body, subject="Re: Quick check-in", sender=sender))
    assert kind is Kind.OTHER, evidence
