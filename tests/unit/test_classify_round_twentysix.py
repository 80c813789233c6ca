"""Classes of language found by the twenty-sixth round of mail written blind (the offer stage
and after; interviews that move or fall through; regional variants of the four languages;
agencies and contract work), each written here in the languages it spans."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from classify_mail import ME, earlier, eml, reply_in_thread, signal_of, vevent

from followupd.dates import find_interview_times
from followupd.dates.same_time import same_time_on_day
from followupd.dates.zone_phrases import zone_after
from followupd.model import Person
from followupd.model.domain import Kind, Signal

SENDER = "Dana Cole <dana.cole@acme.example>"
AGENCY = "Tom Aldridge <tom@hartwell-resourcing.example>"


def _kind(body: str, subject: str = "Re: Data Analyst role", sender: str = SENDER) -> Kind:
    return signal_of(eml(body, subject=subject, sender=sender)).kind


@pytest.mark.parametrize(
    "body",
    [
        "just came off the phone w Ruth at Vela, they want you for Head of Data. verbal is 98k"
        " base + 10% bonus, written offer shld come thru from their HR tmrw",
        "Me acaba de llamar Marta, la de RRHH de Altamar: te han elegido a ti. Mañana te mandan"
        " la carta formal desde su portal.",
        "Everyone on yesterday's panel said the same thing, and I'd really like you to come and"
        " build the platform team with us. Priya is pulling the paperwork together.",
        "Northgate want you.\n\nWhat they've put on the table: £625/day outside IR35, start"
        " Monday 4th May.",
        "gute Nachricht aus Bremen: Hanse Logistik möchte Deinen Einsatz bis zum 30.04."
        " verlängern. Konditionen wie bisher: 92 €/h.",
        "Bonne nouvelle : le client souhaite prolonger ta mission jusqu'à fin juin, même TJM.",
        "El cliente quiere extender tu contrato tres meses más con la misma tarifa por hora.",
    ],
)
def test_a_yes_relayed_before_the_paperwork_is_an_offer(body: str) -> None:
    assert _kind(body, sender=AGENCY) is Kind.OFFER


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        # the user asked to join an interview, or to come in: no yes yet
        ("We'd love you to come and join us for an interview next week.", AGENCY),
        (
            "They've offered Wednesday 1st or Thursday 2nd April for the final. Which suits you?",
            AGENCY,
        ),
        # a friend's own offer
        (
            "Coucou ! Ils m'ont envoyé une promesse d'embauche vendredi, 58 k fixe. Tu"
            " négocierais ?",
            "Camille <camille.d@laposte.net>",
        ),
    ],
)
def test_times_offered_a_call_asked_or_a_friend_s_offer_is_no_offer(body: str, sender: str) -> None:
    assert _kind(body, sender=sender) is not Kind.OFFER


@pytest.mark.parametrize(
    "body",
    [
        "I'm so sorry: we have to rescind the offer we made last week.",
        "Am 19. Januar haben wir Ihnen die Position angeboten. Unser Angebot müssen wir deshalb"
        " zurückziehen.",
        "Concrètement, nous retirons la proposition qui vous avait été faite le 8 janvier.",
        "Lamentablemente tenemos que retirar la oferta que te hicimos el lunes.",
        "they're only looking at people with OT security experience, so I won't be putting you"
        " forward for interview this time.",
        "Der Kunde sucht jemanden mit SAP-Erfahrung, daher kann ich Sie leider nicht beim Kunden"
        " vorstellen.",
        "Le client cherche un profil plus senior : je ne vais pas présenter votre candidature.",
        "El cliente busca otro perfil, así que no voy a presentar tu candidatura esta vez.",
        "Thomas et son board ont décidé de prendre une autre direction : plutôt que de recruter"
        " un VP externe, ils confient le rôle à leur lead. La rencontre n'aura donc pas lieu.",
    ],
)
def test_an_offer_withdrawn_or_an_agency_s_no_is_a_rejection(body: str) -> None:
    assert _kind(body, sender=AGENCY) is Kind.REJECTION


@pytest.mark.parametrize(
    "body",
    [
        "To be clear, the offer is not withdrawn. It's paused; I'll call you on the 11th.",
        "Ihr Angebot ist nicht zurückgezogen, sondern vorerst pausiert.",
        "L'offre n'est pas retirée, elle est suspendue le temps que le board valide le budget.",
        "La oferta no está retirada, queda en pausa hasta que el consejo revise el plan.",
    ],
)
def test_an_offer_paused_is_a_holding_reply(body: str) -> None:
    assert _kind(body) is Kind.HOLDING_REPLY


def test_an_offer_s_thread_named_again_in_the_subject_is_no_new_offer() -> None:
    priya = Person("priya@tallyfield.example", "Priya")
    signal = reply_in_thread(
        "On base, I've taken your number to our CFO, who is back tomorrow, so you'll have an"
        " answer from me by Wednesday at the latest.",
        earlier(1, Signal(Kind.OFFER, ("offer",)), writer=priya),
        earlier(40, Signal(Kind.OTHER, ("written by the user",)), from_user=True, writer=priya),
        sender="Priya <priya@tallyfield.example>",
        subject="Re: Your offer from Tallyfield - Staff Data Engineer",
        days=3,
    )
    assert signal.kind is Kind.HOLDING_REPLY


def test_an_approval_asked_of_the_user_as_hiring_manager_is_no_offer() -> None:
    body = (
        "Lena Schulz has requested your approval for the following offer.\n\nCandidate: Mira"
        " Okafor\nBase salary: EUR 78,000\n\nReview the offer: https://app.example/offers/1"
    )
    subject = "Approval requested: Offer for Mira Okafor"
    assert _kind(body, subject, "Greenhouse <no-reply@greenhouse.io>") is Kind.OTHER


def test_an_invite_for_the_first_day_is_no_interview() -> None:
    ics = vevent(summary="Start bei Brennwert")
    body = "Für Ihren ersten Tag schicke ich Ihnen gleich einen Termin mit: wir starten um 9 Uhr."
    data = eml(body, subject="AW: Ihr Arbeitsvertrag", sender=SENDER, ics=ics)
    assert signal_of(data).kind is Kind.OTHER


def test_an_interview_for_an_onboarding_role_stays_an_interview() -> None:
    ics = vevent(summary="Interview: Sam Lee - Customer Onboarding Manager")
    data = eml("See you then.", subject="Interview: Onboarding Manager", sender=SENDER, ics=ics)
    assert signal_of(data).kind is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "leider muss ich das Gespräch am Donnerstag, 09.04. um 9:00 Uhr mit Herrn Vogt"
            " absagen. Das Projekt liegt vorerst auf Eis.\n\nFelix Brandt\nSterngold Consulting"
            " GmbH – IT-Personaldienstleistungen",
            "Felix Brandt <f.brandt@sterngold.example>",
        ),
        (
            "Ben Adler canceled the event below.\n\nEvent Type:\nIntro Call - Analytics Lead\n\n"
            "Reason for canceling:\nfinance paused this req this afternoon.",
            "Calendly <notifications@calendly.com>",
        ),
    ],
)
def test_a_meeting_called_off_by_an_agency_or_a_scheduling_tool_is_cancelled(
    body: str, sender: str
) -> None:
    assert _kind(body, "Termin entfällt / Canceled", sender) is Kind.INTERVIEW_CANCELLED


def test_a_journalist_moving_an_interview_is_no_news() -> None:
    body = (
        "Je crains de ne pas être disponible pour notre entretien téléphonique prévu mercredi à"
        " 11h. Serait-il possible de le décaler à jeudi ? L'article porte sur l'open banking, et"
        " je citerais vos propos sous votre nom."
    )
    assert _kind(body, "Notre interview de mercredi", "Thomas <t@hebdo.example>") is Kind.OTHER


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("need to push our call to Mon same time? investor thing", 9),
        ("müssen unser Telefonat morgen leider auf Do schieben, gleiche Uhrzeit", 12),
        ("on passe à jeu. même heure ?", 12),
        ("lo pasamos al jue a la misma hora", 12),
    ],
)
def test_a_shortened_day_after_the_word_that_moves_the_meeting(text: str, day: int) -> None:
    sent = datetime(2026, 3, 6, 6, 55, tzinfo=timezone(timedelta(hours=-6)))
    fixed = datetime(2026, 3, 7, 15, 0, tzinfo=timezone(timedelta(hours=1)))
    moved = same_time_on_day(text, sent, fixed)
    assert moved is not None and (moved.day, moved.hour) == (day, 15)


def test_mon_dieu_is_no_monday() -> None:
    sent = datetime(2026, 3, 6, 6, 55, tzinfo=UTC)
    assert same_time_on_day("Mon Dieu, same time as always", sent, sent) is None


def test_a_lowercase_day_with_its_ordinal_and_a_lowercase_zone() -> None:
    sent = datetime(2026, 1, 15, 16, 48, tzinfo=UTC)
    (found,) = find_interview_times("could we do mon 19th, same time (10am cet)?", sent)
    assert found.start.isoformat() == "2026-01-19T10:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "zone"),
    [("10am cet)", "CET"), ("3pm est.", "EST"), ("15h cet après-midi", None), ("9h est-ce", None)],
)
def test_a_lowercase_zone_only_where_it_closes_the_clause(text: str, zone: str | None) -> None:
    sent = datetime(2026, 1, 15, 16, 48, tzinfo=UTC)
    end = text.index(" ")
    written = zone_after(text, end, sent)
    assert (written is not None) is (zone is not None)


@pytest.mark.parametrize(
    "body",
    [
        "sorry, I meant 3pm YOUR time, not Austin. so Fri 3pm CET, which is 8am for me",
        "Una disculpa enorme. ¿Te late mañana a la misma hora, 9:00 de CDMX? Ya te mandé la"
        " invitación nueva.",
    ],
)
def test_a_time_corrected_or_moved_with_its_invite_resent_is_a_move(body: str) -> None:
    jake = Person("jake@tidepool.example", "Jake")
    booked = Signal(
        Kind.INTERVIEW_SCHEDULED,
        ("interview confirmed",),
        interview_start=datetime.fromisoformat("2026-03-06T15:00:00-06:00"),
    )
    signal = reply_in_thread(
        body,
        earlier(1, booked, writer=jake),
        sender="Jake <jake@tidepool.example>",
        subject="Re: Founding Product Analyst",
        days=2,
    )
    assert signal.kind is Kind.INTERVIEW_RESCHEDULED


def test_slots_listed_to_pick_from_are_a_request_not_a_booking() -> None:
    body = (
        "Geplant ist ein Gespräch von rund 45 Minuten. Folgende Zeitfenster könnten wir"
        " anbieten:\n\n– Mittwoch, 4. März, 10.00 Uhr\n– Donnerstag, 5. März, 14.00 Uhr\n\nGeben"
        " Sie mir Bescheid, was für Sie passt. Falls keiner der Termine geht, finden wir eine"
        " Alternative."
    )
    assert _kind(body, "Kennenlernen") is Kind.INTERVIEW_REQUEST


def test_an_agenda_of_one_day_stays_a_booking() -> None:
    body = (
        "Hiermit bestätigen wir Ihren Termin am Mittwoch, 4. März, um 10.00 Uhr. Ablauf:\n\n–"
        " Mittwoch, 4. März, 10.00 Uhr: Fachgespräch\n– Mittwoch, 4. März, 11.00 Uhr: Gespräch"
        " mit der Geschäftsführung\n\nGeben Sie mir Bescheid, wann Sie anreisen."
    )
    assert _kind(body, "Bestätigung Ihres Gesprächstermins") is Kind.INTERVIEW_SCHEDULED


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying through SEEK. Before I put you forward I'd love a quick 20 min chat."
        " Are you free Thursday arvo, Sydney time? Anytime between 2 and 5 works my end.",
        "Danke für deine Bewerbung! Kurzer Call? Jederzeit zwischen 14 und 17 Uhr am Donnerstag"
        " geht bei mir, such dir eine halbe Stunde aus.",
    ],
)
def test_a_window_offered_by_an_agency_is_a_request(body: str) -> None:
    assert _kind(body, sender=AGENCY) is Kind.INTERVIEW_REQUEST


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        (
            "Deine Bewerbung wurde an die Verwaltung übermittelt. Dein Bewerbungsdossier enthält"
            " ID-Kopie und Motivationsschreiben.",
            "Deine Bewerbung für «3.5-Zimmer-Wohnung, Birmensdorferstrasse 212» wurde übermittelt",
        ),
        (
            "Vielen Dank für Ihre Bewerbung für die 3.5-Zimmer-Wohnung. Gerne laden wir Sie zur"
            " Besichtigung ein: Samstag, 21. Februar, 11.15 Uhr.",
            "Besichtigung Birmensdorferstrasse 212",
        ),
    ],
)
def test_a_flat_s_applicants_are_no_job_applicants(body: str, subject: str) -> None:
    assert _kind(body, subject, "Flatfox <noreply@flatfox.example>") is Kind.OTHER


def test_a_relocation_offer_naming_a_flat_search_stays_an_offer() -> None:
    body = (
        "Wir freuen uns, Ihnen die Stelle anzubieten: Jahresgehalt 84.000 €. Bei der"
        " Wohnungssuche in München unterstützt Sie unser Relocation-Partner."
    )
    assert _kind(body, "Ihr Vertragsangebot") is Kind.OFFER


def test_a_colleague_s_invite_to_the_user_s_work_address_is_no_interview_of_theirs() -> None:
    work = "sam.lee@quintal.example"
    ics = vevent(
        summary="Interview - candidate panel",
        organizer=("Lucia", "lucia@quintal.example"),
        attendees=(("Sam Lee", work), ("Candidate", "cand@gmail.example")),
        method="CANCEL",
    )
    data = eml(
        "Cancelled, sorry.",
        subject="Canceled: Interview",
        sender="Lucia <lucia@quintal.example>",
        to=f"Sam <{work}>",
        ics=ics,
    )
    assert signal_of(data, me=(ME, work)).kind is Kind.OTHER
