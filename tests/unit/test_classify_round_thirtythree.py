"""Round 33: a forward in Outlook's form under a "TR:" subject, the user named by surname in
what is forwarded, a volunteer's application, a meeting proposed at its day and hour, the people
who conduct the interview ("Das Gespräch führen ..."), a department after a title, the
organiser who only asks for replies, someone away until a day, a promise said to be broken,
a date that cannot be named yet, a welcome on board."""

from __future__ import annotations

from datetime import UTC

import pytest
from classify_mail import eml, signal_of

from followupd.dates.mentions import find_decision_date
from followupd.model.domain import Kind
from followupd.understand.introductions import introduced
from followupd.understand.names import people_in

AGENCY = "Mélanie Girard <m.girard@talentis.example>"
FORWARDED = (
    "Inés,\n\nJe vous transfère la réponse du client, je suis vraiment déçue pour vous.\n\n"
    "Mélanie\n\n________________________________\nDe : Perret Stéphane <s.perret@client.example>\n"
    "Envoyé : vendredi 20 mars 2026 17:36\nÀ : Mélanie Girard <m.girard@talentis.example>\n"
    "Objet : Responsable logistique\n\nBonjour Mélanie,\n\nSuite aux deuxièmes entretiens, nous"
    " avons retenu l'autre finaliste.\n\nMme Vidal Hartmann a fait une très bonne impression.\n"
)
TO = "Inés Vidal Hartmann <sam.lee@example.net>"


def test_an_outlook_forward_of_the_client_s_no_is_a_rejection() -> None:
    data = eml(FORWARDED, subject="TR: Responsable logistique", sender=AGENCY, to=TO)
    assert signal_of(data).kind is Kind.REJECTION


def test_the_same_block_under_a_reply_s_subject_is_no_forward() -> None:
    data = eml(FORWARDED, subject="RE: Responsable logistique", sender=AGENCY, to=TO)
    assert signal_of(data).kind is not Kind.REJECTION


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "We have your volunteer application",
            "Thanks so much for applying to volunteer with us! We've received your application"
            " for the role of remote interpreter.",
            Kind.OTHER,
        ),
        (
            "Poste de responsable administratif",
            "Je vous propose un échange en visio mardi 17 à 9h30, 30 min. Lien ci-dessous ; si"
            " c'est impossible, dites-le-moi et on trouve autre chose.",
            Kind.INTERVIEW_SCHEDULED,
        ),
        (
            "Poste de responsable administratif",
            "Je vous propose un échange en visio mardi 17 à 9h30. Est-ce que cela vous convient ?",
            Kind.INTERVIEW_REQUEST,
        ),
        (
            "Vertragsangebot - Teamleitung Einkauf",
            "Wir möchten Sie sehr gern als Teamleitung Einkauf bei uns an Bord haben! Den Vertrag"
            " finden Sie im Anhang.",
            Kind.OFFER,
        ),
        (
            "AW: Ihre Bewerbung - Senior Risk Analyst",
            "Einen neuen Termin für unsere Entscheidung kann ich Ihnen derzeit noch nicht nennen."
            " Ihre Bewerbung ist selbstverständlich weiterhin im Rennen.",
            Kind.HOLDING_REPLY,
        ),
    ],
)
def test_round_thirtythree_classes(subject: str, body: str, kind: Kind) -> None:
    data = eml(body, subject=subject, sender="Claire Baudouin <claire@fondation.example>")
    assert signal_of(data).kind is kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Das Gespräch führen Herr Mag. Stefan Gruber (Leiter Treasury) sowie Herr Mag. Peter"
            " Novak aus dem Konzerncontrolling.",
            ["Herr Mag. Stefan Gruber", "Herr Mag. Peter Novak"],
        ),
        (
            "L'entretien sera mené par Mme Claire Dubois et M. Paul Girard.",
            ["Mme Claire Dubois", "M. Paul Girard"],
        ),
    ],
)
def test_the_people_who_conduct_the_interview_are_met(text: str, names: list[str]) -> None:
    assert [p.name for p in introduced(text)] == names


def test_a_department_after_a_title_is_no_person() -> None:
    found = people_in("Kevin O'Brien, Director, Network Planning")
    assert [(p.name, p.job_title) for p in found] == [("Kevin O'Brien", "Director")]


def test_an_organiser_who_asks_for_replies_to_her_is_no_interviewer() -> None:
    body = (
        "I'm pleased to invite you to a video interview with Daniel Pryce (daniel.pryce@fenwick"
        ".example), our Head of Pricing, on Thursday 10 December from 2pm to 3pm. If the time"
        " doesn't suit, just reply to me and I'll find an alternative."
    )
    data = eml(
        body, subject="Interview: Senior Pricing Analyst", sender="Grace <grace@fenwick.example>"
    )
    assert [p.address for p in signal_of(data).interviewers] == ["daniel.pryce@fenwick.example"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "She wants to sign off the final decision herself and she's away until Monday, so"
            " they won't make tomorrow's date. Grace has promised a decision by Thursday 24th at"
            " the latest.",
            "2026-12-24",
        ),
        (
            "Ich hatte Ihnen eine Rückmeldung bis morgen, 18. Dezember, zugesagt – diesen Termin"
            " werden wir leider nicht halten können.",
            None,
        ),
        (
            "I had promised you an answer by Friday, but we won't be able to make it.",
            None,
        ),
        ("We had said we would get back to you by Friday, and we will.", "2026-12-18"),
    ],
)
def test_someone_away_and_a_broken_promise_give_no_date(text: str, day: str | None) -> None:
    from datetime import datetime

    found = find_decision_date(text, datetime(2026, 12, 17, 16, 41, tzinfo=UTC))
    assert (found.day.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # a job titled "Volunteer ..." is a job
        (
            "Your application - Volunteer Coordinator",
            "Thank you for applying to Volunteer Coordinator at Harbour Trust. We'd like to invite"
            " you to a phone interview; could you send me two or three times that suit?",
            Kind.INTERVIEW_REQUEST,
        ),
        # the one time put to the user, to confirm
        (
            "Poste de responsable administratif",
            "Je vous propose un échange en visio mardi 10 mars à 14h. Merci de me confirmer votre"
            " disponibilité.",
            Kind.INTERVIEW_REQUEST,
        ),
    ],
)
def test_round_thirtythree_review_classes(subject: str, body: str, kind: Kind) -> None:
    data = eml(body, subject=subject, sender="Claire Baudouin <claire@fondation.example>")
    assert signal_of(data).kind is kind


def test_no_longer_in_the_running_is_no_holding_reply() -> None:
    body = "Ihre Bewerbung ist leider nicht mehr im Rennen, wir haben uns anders entschieden."
    data = eml(body, subject="Ihre Bewerbung", sender="HR <hr@firma.example>")
    assert signal_of(data).kind is not Kind.HOLDING_REPLY


def test_the_writer_who_says_you_speak_to_me_and_a_colleague_is_an_interviewer() -> None:
    body = (
        "Great news: you're confirmed for Tuesday 10 March at 2pm. You'll be speaking to me and"
        " Jordan Lee from the data team."
    )
    data = eml(
        body, subject="Interview - Data Analyst", sender="Dana Cole <dana.cole@acme.example>"
    )
    assert "dana.cole@acme.example" in [p.address for p in signal_of(data).interviewers]


def test_a_forward_of_the_user_s_own_confirmation_books_nothing() -> None:
    body = (
        "Pour info, voir ci-dessous.\n\nMélanie\n\n________________________________\n"
        "De : Sam Lee <sam.lee@example.net>\nEnvoyé : lundi 2 mars 2026 10:00\n"
        "Objet : Entretien\n\nBonjour,\n\nJe vous confirme ma présence à l'entretien mardi 10 mars"
        " à 14h.\n\nSam Lee\n"
    )
    data = eml(body, subject="TR: Entretien", sender=AGENCY, to="Sam Lee <sam.lee@example.net>")
    assert signal_of(data).kind is not Kind.INTERVIEW_SCHEDULED


def test_a_promise_repeated_with_another_thing_refused_keeps_its_date() -> None:
    from datetime import datetime

    text = (
        "As I had told you, you will hear from us by Friday, March 13; unfortunately I can't share"
        " interim feedback before then."
    )
    found = find_decision_date(text, datetime(2026, 3, 5, 9, 0, tzinfo=UTC))
    assert found is not None and found.day.isoformat() == "2026-03-13"


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Hi Dana, I wanted to follow up on my application for the analyst role.", "followed_up"),
        (
            "Hallo Frau Kraus, ich wollte kurz nachfragen, ob es schon Neuigkeiten gibt.",
            "followed_up",
        ),
        ("Bonjour, je me permets de revenir vers vous concernant ma candidature.", "followed_up"),
        ("Hola Lucía, te escribo para dar seguimiento a mi candidatura.", "followed_up"),
        ("Hi Dana, attached is the transcript you asked for.", ""),
    ],
)
def test_the_user_s_own_check_in_is_known(body: str, act: str) -> None:
    data = eml(body, subject="Re: Interview", sender="Sam Lee <sam.lee@example.net>", to=AGENCY)
    assert signal_of(data).user_act == act


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # round 34: an answer promised "whatever it is"
        (
            "RE: Analista de datos - ¿novedades?",
            "Aún nada cerrado, esta semana vemos a los dos últimos candidatos. Antes del viernes"
            " te digo algo seguro.",
            Kind.HOLDING_REPLY,
        ),
    ],
)
def test_round_thirtyfour_classes(subject: str, body: str, kind: Kind) -> None:
    data = eml(body, subject=subject, sender="Sabine Roth <sabine.roth@nordlicht.example>")
    assert signal_of(data).kind is kind


def test_moving_forward_with_you_to_a_last_interview_is_no_offer() -> None:
    body = "Le client veut avancer avec toi pour un dernier entretien avec la DG mardi."
    data = eml(body, subject="Re: Krea", sender="Julien <julien@talenteo.example>")
    assert signal_of(data).kind is not Kind.OFFER


def test_a_friend_writing_from_her_own_domain_about_her_job_is_other() -> None:
    body = (
        "¡¡Que me han cogido!! Me llamaron con la oferta esta mañana. ¿Lo celebramos el jueves a"
        " las 20:30?"
    )
    data = eml(body, subject="¡¡noticias!!", sender="Nuria <nuria@campos-familia.example>")
    assert signal_of(data).kind is Kind.OTHER


def test_an_organiser_who_names_an_attendee_by_first_name_only_arranged_it() -> None:
    from classify_mail import ME, vevent

    ics = vevent(
        organizer=("Marta Iglesias", "marta@brezo.example"),
        attendees=(("Sam Lee", ME), ("Jorge Salvatierra", "jorge@brezo.example")),
    )
    body = (
        "¡Ya tenemos hueco! Jorge vuelve antes de lo previsto y le encaja el martes 10 de marzo a"
        " las 14:00. Pregunta por mí en recepción."
    )
    data = eml(body, subject="Entrevista", sender="Marta Iglesias <marta@brezo.example>", ics=ics)
    assert [p.address for p in signal_of(data).interviewers] == ["jorge@brezo.example"]


def test_a_calendar_invitation_to_drinks_is_no_interview_whatever_the_model_thinks() -> None:
    from classify_mail import ME, vevent

    ics = vevent(
        summary="Christmas drinks at The Lamb",
        organizer=("Tom Ashworth", "tom@ashworth.example"),
        attendees=(("Sam Lee", ME), ("Priya Shah", "priya@example.com")),
    )
    body = "Annual pre-Christmas pint. Back room is booked from 7. Partners welcome."
    data = eml(
        body, subject="Invitation: Christmas drinks", sender="Tom <tom@ashworth.example>", ics=ics
    )
    assert signal_of(data).kind is Kind.OTHER


def test_an_agreement_with_a_question_on_the_side_stays_an_agreement() -> None:
    from datetime import datetime, timedelta, timezone

    from classify_mail import earlier, reply_in_thread

    from followupd.model.domain import Person, Signal

    request = Signal(Kind.INTERVIEW_REQUEST, ("asks to book an interview",))
    dana = Person("dana.cole@acme.example", "Dana Cole")
    signal = reply_in_thread(
        "Thursday 12 March at 2pm ET works for me. Any update on who else will join?",
        earlier(1, request, writer=dana),
        sender="Sam Lee <sam.lee@example.net>",
        subject="Re: Interview - Data Analyst",
        days=1,
    )
    assert signal.evidence[0].startswith("a time the user agrees to")
    assert signal.user_act == ""
    assert signal.interview_start == datetime(2026, 3, 12, 14, tzinfo=timezone(timedelta(hours=-4)))


@pytest.mark.parametrize(
    "body",
    [
        "They offered me the role for you at 58k, start in June - call me!",
        "Unsere Geschäftsführung hat mir heute die Zusage für Sie gegeben - Sie sind dabei!",
    ],
)
def test_a_recruiter_relaying_an_offer_is_no_friend_s_news(body: str) -> None:
    data = eml(body, subject="Your application", sender="Tom <tom@harcourt-talent.example>")
    assert signal_of(data).kind is not Kind.OTHER or "friend" not in signal_of(data).evidence[0]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "I told you we'd have a decision by Friday, March 6, but that's no longer possible -"
            " the budget review slipped. I'll update you by Friday, March 13.",
            "2026-03-13",
        ),
        (
            "Ich hatte Ihnen eine Rückmeldung bis Freitag, 6. März, versprochen – das klappt leider"
            " nicht.",
            None,
        ),
        ("Lisa is off until Monday, March 9, so we'll get back to you by March 12.", "2026-03-12"),
    ],
)
def test_broken_promises_and_absences_read_right(text: str, day: str | None) -> None:
    from datetime import datetime

    found = find_decision_date(text, datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    assert (found.day.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Hi Dana, is there an update on the Data Analyst role? I'm still keen.", "followed_up"),
        ("Hallo Frau Cole, gibt es schon einen Zwischenstand zu meiner Bewerbung?", "followed_up"),
        ("Hi Dana, following up on the references you asked for: attached.", ""),
    ],
)
def test_plain_check_ins_are_known_and_a_reference_list_is_none(body: str, act: str) -> None:
    data = eml(body, subject="Re: Interview", sender="Sam Lee <sam.lee@example.net>", to=AGENCY)
    assert signal_of(data).user_act == act


@pytest.mark.parametrize(
    ("body", "act"),
    [
        (
            "Hi Dana, I'm so sorry, I have to cancel tomorrow's interview - I'm unwell.",
            "called_off",
        ),
        (
            "Hallo Frau Richter, leider bin ich krank und muss den Termin morgen absagen.",
            "called_off",
        ),
        (
            "Bonjour Claire, un imprévu m'empêche d'être disponible mardi. Serait-il possible de"
            " décaler notre entretien ?",
            "called_off",
        ),
        ("Hola Lucía, tengo que cancelar la entrevista del jueves, lo siento.", "called_off"),
        (
            "Bonjour Claire, j'ai accepté un autre poste et je retire donc ma candidature.",
            "withdrew",
        ),
    ],
)
def test_the_user_calling_off_is_known(body: str, act: str) -> None:
    data = eml(body, subject="Re: Entretien", sender="Sam Lee <sam.lee@example.net>", to=AGENCY)
    assert signal_of(data).user_act == act


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        # round 35: a public body's yes, a panel with no post yet, a document to bring
        (
            "Bonne nouvelle",
            "Le comité a été unanime : nous aimerions vous confier le contrat d'enseignante du 20"
            " avril au 19 juin.",
            Kind.OFFER,
        ),
        (
            "Staff Nurse campaign - outcome",
            "You were successful at interview and your name has been placed on the panel at"
            " position 6. Please be aware that placement on a panel is not an offer of employment.",
            Kind.HOLDING_REPLY,
        ),
        (
            "Convocation - infirmier(ère)",
            "Vous êtes attendue le mardi 10 mars à 9h30 devant le jury de recrutement."
            " Munissez-vous de votre carte d'identité et de la preuve de votre demande de visa.",
            Kind.INTERVIEW_SCHEDULED,
        ),
    ],
)
def test_round_thirtyfive_classes(subject: str, body: str, kind: Kind) -> None:
    data = eml(body, subject=subject, sender="RH <rh@hopital.example>")
    assert signal_of(data).kind is kind
