"""The review of this stop's classifier change: each defect it showed, as a test on its own
message (and the reading the change was made for kept beside it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

import pytest
from classify_mail import EST, ME, earlier, eml, reply_in_thread, signal_of

from followupd.mail.parse import parse_message
from followupd.model import Person, Signal
from followupd.model.domain import Kind
from followupd.understand.classifier import classify
from followupd.understand.people import _SOMEONE_NAMED
from followupd.understand.thread import USER_AGREED, Earlier, thread_context

EMPLOYER = "Dana Cole <dana.cole@acme.example>"
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=EST)
TUESDAY_2 = datetime(2026, 3, 10, 14, 0, tzinfo=EST)
FRIDAY_10 = datetime(2026, 3, 6, 10, 0, tzinfo=EST)


_earlier = partial(
    earlier, writer=Person("dana.cole@acme.example", "Dana"), subject="Data Analyst at Acme"
)


FIXED = _earlier(0, Signal(Kind.INTERVIEW_SCHEDULED, ("confirmed",), interview_start=TUESDAY_2))
ASKED = _earlier(1, Signal(Kind.INTERVIEW_REQUEST, ("asks to book",)))
PICKED = _earlier(2, Signal(Kind.OTHER, ("written by the user",)), True)


def _reply(body: str, *thread: Earlier, sender: str = EMPLOYER) -> Signal:
    subject = "Re: Data Analyst at Acme"
    return reply_in_thread(body, *thread, sender=sender, subject=subject, days=3)


def _mail(body: str, subject: str = "Re: Data Analyst at Acme", sender: str = EMPLOYER) -> Signal:
    return signal_of(eml(body, subject=subject, sender=sender))


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for your time today, Sam. We'll leave it there for now and come back to you by"
        " Friday with next steps.",
        "Dann belassen wir es dabei: Ihr Gespräch findet wie geplant am Dienstag, 10. März 2026"
        " um 14 Uhr statt.",
        "Nous allons en rester là pour aujourd'hui : merci pour cet échange. Je reviens vers vous"
        " vendredi avec la suite.",
        "Vamos a dejarlo aquí por hoy, ¡gracias por tu tiempo! Te escribo el viernes con los"
        " siguientes pasos.",
    ],
)
def test_ending_a_call_or_keeping_a_plan_is_no_rejection(body: str) -> None:
    assert _mail(body).kind is not Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Lamentablemente hemos decidido seguir adelante con otra candidata, aunque tu perfil no"
        " queda descartado para futuras vacantes.",
        "Unfortunately we have decided to move forward with another candidate, but your profile"
        " is not gone from our talent pool.",
        "Leider haben wir uns für eine andere Kandidatin entschieden, Ihr Profil ist aber nicht"
        " weg, sondern bleibt in unserem Talentpool.",
        "Malheureusement nous avons retenu une autre candidature, mais votre dossier n'est pas"
        " abandonné pour autant.",
    ],
)
def test_a_profile_kept_does_not_undo_a_rejection(body: str) -> None:
    assert _mail(body).kind is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "Vielen Dank für Ihre Bewerbung als Data Analyst. Gut zu wissen: 70 % unserer"
        " Führungspositionen besetzen wir aus den eigenen Reihen. Wir melden uns innerhalb von"
        " zwei Wochen bei Ihnen.",
        "Wir freuen uns, Sie zum Vorstellungsgespräch am Dienstag, 10. März 2026 um 14 Uhr"
        " einzuladen. Übrigens: Die meisten Teamleitungen vergeben wir an Talente aus den eigenen"
        " Reihen.",
    ],
)
def test_promoting_from_within_as_a_policy_is_no_rejection(body: str) -> None:
    assert _mail(body, subject="Ihre Bewerbung").kind is not Kind.REJECTION


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Thank you for your application for the Home Insurance Analyst role. We have received it"
         " and will review it within two weeks.", Kind.APPLICATION_RECEIVED),
        ("We are delighted to offer you the position of Pricing Analyst in our Underwriting team,"
         " at a salary of £52,000.", Kind.OFFER),
        ("Wir laden Sie zum Vorstellungsgespräch am Dienstag, 10. März 2026 um 14 Uhr ein. Ihre"
         " Reisekosten erstatten wir gern - bitte reichen Sie Ihren Antrag auf Erstattung nach dem"
         " Gespräch ein.", Kind.INTERVIEW_SCHEDULED),
        ("Wir freuen uns, Ihnen die Stelle als Data Analyst anbieten zu können. Für Ihren"
         " Visumsantrag stellen wir Ihnen gern die nötigen Unterlagen aus.", Kind.OFFER),
    ],
)  # fmt: skip
def test_an_insurer_hiring_or_an_antrag_beside_a_job_is_job_mail(body: str, kind: Kind) -> None:
    assert _mail(body, sender="Careers <careers@insureco.example>").kind is kind


@pytest.mark.parametrize(
    "body",
    [
        "Great news: the hiring team loved your CV. We want you as our lead candidate for the"
        " final round next week.",
        "Wir möchten dich als unseren Wunschkandidaten in die finale Runde nehmen.",
        "Queremos que seas nuestra candidata finalista para la última entrevista.",
        "We want you as our case study for the Data Analyst hiring guide.",
    ],
)
def test_wanted_as_a_candidate_or_a_case_study_is_no_offer(body: str) -> None:
    assert _mail(body).kind is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "It's unanimous. We want you as our next team member - $120k base, 0.5% equity.",
        "It's unanimous. We want you as our new Client Success Manager - $95k base.",
        "Es unánime: queremos que seas el nuevo miembro del equipo de datos. 40k brutos.",
    ],
)
def test_wanted_as_a_title_with_client_or_member_in_it_is_an_offer(body: str) -> None:
    assert _mail(body).kind is Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for your application. Could you join the interview with Dana, our CTO, on Tuesday"
        " 10 March 2026 at 2pm ET?",
        "Pouvez-vous participer à l'entretien avec Mme Garnier, notre DRH, le mardi 10 mars 2026 à"
        " 14h dans nos locaux ?",
    ],
)
def test_an_employer_asking_the_candidate_to_an_interview_is_no_panel_duty(body: str) -> None:
    assert _mail(body).kind is not Kind.OTHER


def test_a_next_round_booked_before_the_first_is_no_move() -> None:
    body = "Lovely, you're in with Ruth on Thursday 12 March at 4pm for the final round."
    assert _reply(body, FIXED, ASKED, PICKED).kind is Kind.INTERVIEW_SCHEDULED


def test_at_the_same_time_keeps_the_new_time_written() -> None:
    body = (
        "Hi Sam, we need to move your interview from Tuesday to Thursday 12 March at 4pm. At the"
        " same time, I've added Dana to the panel."
    )
    signal = _reply(body, FIXED)
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED
    assert signal.interview_start is not None and signal.interview_start.hour == 16


@pytest.mark.parametrize(
    "body",
    [
        "Your profile has been shortlisted. Kindly confirm your availability for a first-round"
        " interview this week.",
        "Thank you for applying. Please confirm your availability for a 30-minute phone"
        " interview next week so we can send an invite.",
    ],
)
def test_availability_asked_for_an_interview_is_a_request(body: str) -> None:
    assert _mail(body).kind is Kind.INTERVIEW_REQUEST


def test_passing_a_portfolio_to_the_team_is_no_move() -> None:
    body = "Recibido tu portafolio, lo paso al equipo de diseño. El viernes 6 a las 10:00 te llamo."
    assert _reply(body, FIXED, sender="Lucía <lucia@acme.example>").kind is not (
        Kind.INTERVIEW_RESCHEDULED
    )


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Great news Sam - I got the offer approved by the client! They'd like to offer you the"
         " Data Analyst role at $120k base.", Kind.OFFER),
        ("Hi Sam, I got an interview booked for you with Acme on Tuesday 10 March at 3pm ET.",
         Kind.INTERVIEW_SCHEDULED),
    ],
)  # fmt: skip
def test_a_recruiter_from_a_personal_mailbox_is_no_friend(body: str, kind: Kind) -> None:
    assert _mail(body, sender="Mark Fisher <mark.fisher.recruits@gmail.com>").kind is kind


def test_an_answer_put_off_is_no_cancelled_interview() -> None:
    body = (
        "Kurzes Update: Heute wird das leider nix mit der Rückmeldung, die Geschäftsführung"
        " entscheidet erst morgen. Ich melde mich spätestens Freitag."
    )
    assert _mail(body).kind is not Kind.INTERVIEW_CANCELLED


def test_one_time_and_an_or_about_it_is_still_a_move() -> None:
    body = "So sorry - can we push to Monday 9 March at 10am, or is that too early for you?"
    assert _reply(body, FIXED).kind is Kind.INTERVIEW_RESCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Could we move it to Thursday 12 March at 2pm? Or Friday 13 March at 9am, if that's"
        " easier.",
        "Wir müssen das Gespräch verschieben: Donnerstag, 12. März um 14 Uhr oder Freitag, 13."
        " März um 9 Uhr – was passt Ihnen besser?",
    ],
)
def test_a_move_offering_two_times_asks_for_one(body: str) -> None:
    assert _reply(body, FIXED).kind is Kind.INTERVIEW_REQUEST


def test_one_time_in_two_zones_is_no_choice() -> None:
    body = (
        "Nous souhaitons vous inviter à un entretien le mardi 10 mars 2026 à 14h heure de Paris"
        " (8h à Montréal), sur place ou en visio."
    )
    assert _mail(body, subject="Votre candidature").kind is Kind.INTERVIEW_SCHEDULED


def test_a_live_coding_exercise_in_an_interview_is_no_online_test() -> None:
    body = (
        "We'd like to invite you to a technical interview on Tuesday 10 March at 2pm ET: a live"
        " coding exercise with two of our engineers."
    )
    assert _mail(body).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Product Owner handover", "Could you do Thursday 11am or Friday 10am? 30 min."),
        ("Re: Data lead weekly", "Could you do Thursday 11am or Friday 10am? 30 min."),
        ("Your next bike hire", "Could you do Thursday 11am or Friday 10am? 30 min."),
    ],
)
def test_a_title_or_a_hire_named_in_work_or_shop_mail_is_no_hiring(subject: str, body: str) -> None:
    assert _mail(body, subject=subject, sender="Jon Park <jon@northwind.example>").kind is (
        Kind.OTHER
    )


def test_thanks_for_our_call_does_not_make_the_writer_the_interviewer() -> None:
    body = (
        "Merci pour notre échange de ce matin. Je vous confirme votre entretien le mardi 10 mars"
        " 2026 à 14h."
    )
    signal = _mail(body, subject="Votre entretien", sender="Katharina <k@seenland.example>")
    assert "k@seenland.example" not in [p.address for p in signal.interviewers]


@pytest.mark.parametrize(
    ("body", "day"),
    [
        ("I'll know more by Friday.", 6),
        ("Bis Freitag wissen wir mehr.", 6),
        ("J'en saurai plus d'ici vendredi.", 6),
        ("Sabremos más antes del viernes.", 6),
    ],
)
def test_knowing_more_by_a_day_gives_the_day(body: str, day: int) -> None:
    signal = _mail(f"Still no decision on the role. {body}")
    assert signal.decision_by is not None and signal.decision_by.day == day


@pytest.mark.parametrize(
    "answer",
    [
        "Friday at 10am is perfect, thanks!",
        "Freitag um 10 Uhr passt mir.",
        "Vendredi à 10h me convient parfaitement.",
        "El viernes a las 10 me parece perfecto.",
        "Thursday doesn't work for me, but Friday 10am works great.",
    ],
)
def test_common_agreements_count_as_the_user_agreeing(answer: str) -> None:
    data = eml(answer, subject="Re: Data Analyst at Acme", sender=f"Sam Lee <{ME}>",
               date=MONDAY + timedelta(days=1))  # fmt: skip
    signal = classify(parse_message(data), frozenset({ME}), thread_context([ASKED]))
    assert signal.evidence[0].startswith(USER_AGREED)


def test_an_interview_sign_in_link_is_no_account_notice() -> None:
    body = (
        "Your live technical interview with Dana Lee is confirmed for Tuesday 10 March 2026 at"
        " 2pm ET (60 minutes). Use the link below to join the interview room."
    )
    subject = "Your interview sign-in link - Data Engineer, Tue 10 March 2pm ET"
    assert _mail(body, subject=subject).kind is Kind.INTERVIEW_SCHEDULED


def test_a_name_starts_only_where_a_word_does() -> None:
    # "A-A-A-...": each part after a hyphen started a name of its own, and each was read to the
    # run's end (quadratic: about a second on 20 KB); one name, from the run's start, now
    hostile = "A-" * 9500 + "A will"
    assert [found.start(2) for found in _SOMEONE_NAMED.finditer(hostile)] == [0]
    assert not [m for m in _SOMEONE_NAMED.finditer("at 4:30 P.M. Sorry") if m.group(3)]
