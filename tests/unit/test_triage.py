"""Header triage: drops only mail that certainly is not hiring mail, read from headers alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from followupd.mail.parse import parse_message
from followupd.understand.triage import might_matter

BULK = "List-Unsubscribe: <https://news.example/u>\nList-Id: <n.news.example>\nPrecedence: bulk\n"
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"


def header(subject: str, sender: str = "Dana Cole <dana@acme.example>", extra: str = "") -> bytes:
    text = (
        f"From: {sender}\nTo: sam@example.net\nSubject: {subject}\n"
        f"Date: Mon, 02 Mar 2026 10:00:00 -0500\nMessage-ID: <x@y.example>\n{extra}\n"
    )
    return text.encode()


def keeps(data: bytes) -> bool:
    return might_matter(parse_message(data))


@pytest.mark.parametrize(
    "subject",
    [
        "12 new jobs for 'data engineer' in Boston",
        "Sam, 5 roles picked for you this week",
        "The Career Letter #214: salary talk",
        "Weekly digest: top remote jobs",
    ],
)
def test_bulk_job_alerts_and_newsletters_are_dropped(subject: str) -> None:
    assert not keeps(header(subject, "Alerts <alerts@jobsite.example>", BULK))


@pytest.mark.parametrize(
    "subject",
    [
        "Your application to Acme",
        "Interview confirmation: Data Engineer",
        "Update on your candidacy",
        "Your offer letter",
        "Next steps",
    ],
)
def test_bulk_mail_about_the_users_own_application_is_kept(subject: str) -> None:
    assert keeps(header(subject, "Acme Careers <no-reply@acme.example>", BULK))


def test_bulk_mail_from_an_applicant_tracking_platform_is_kept() -> None:
    assert keeps(header("A message from Acme", "Acme <no-reply@greenhouse.example>", BULK))


def test_bulk_shopping_mail_without_hiring_words_is_dropped() -> None:
    assert not keeps(
        header("50% off running shoes this weekend", "Shop <deals@shop.example>", BULK)
    )


@pytest.mark.parametrize(
    "subject",
    ["lunch?", "Quick question", "(no subject)", "Fwd: photos", "Unfortunately..."],
)
def test_personal_mail_is_always_kept(subject: str) -> None:
    assert keeps(header(subject, "Noor <noor@example.org>"))


def test_delivery_reports_are_dropped() -> None:
    extra = 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n'
    assert not keeps(
        header("Undelivered Mail Returned to Sender", "MAILER-DAEMON <m@x.example>", extra)
    )


def test_non_english_application_mail_is_kept_even_when_bulk() -> None:
    for subject in ("Ihre Bewerbung bei Acme", "Votre candidature", "Tu candidatura"):
        assert keeps(header(subject, "Acme <noreply@acme.example>", BULK))


@pytest.mark.corpus
def test_triage_keeps_every_corpus_message_that_is_not_other() -> None:
    labels_path = CORPUS / "labels.json"
    if not labels_path.is_file():
        pytest.skip("corpus not present at ../shared/corpus")
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    dropped = []
    for name, label in labels.items():
        raw = (CORPUS / "messages" / name).read_bytes()
        head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
        if label["kind"] != "other" and not might_matter(parse_message(head + b"\n\n")):
            dropped.append(name)
    assert dropped == []


def test_triage_keeps_every_fixture_that_is_hiring_mail() -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "classify"
    expected = json.loads((fixtures / "expected.json").read_text(encoding="utf-8"))
    for name, label in expected.items():
        raw = (fixtures / name).read_bytes()
        head = raw.split(b"\n\n", 1)[0] + b"\n\n"
        if label["kind"] != "other":
            assert might_matter(parse_message(head)), name


@pytest.mark.parametrize(
    "subject", ["Verify your email address", "Your order #1234 has shipped", "Security alert"]
)
def test_account_and_shopping_chatter_is_dropped(subject: str) -> None:
    assert not keeps(header(subject, "Service <no-reply@service.example>"))


def test_account_chatter_words_do_not_hide_application_news() -> None:
    assert keeps(header("Your order of interview steps: next steps for your application"))


@pytest.mark.parametrize(
    "subject",
    [
        "Special offer on gardening",
        "Product update: new dashboards",
        "Status of our spring collection",
        "The role of sleep in creativity",
        "Schedule change: summer opening hours",
        "An invitation to our webinar",
    ],
)
def test_bulk_mail_with_only_generic_words_in_its_subject_is_dropped(subject: str) -> None:
    assert not keeps(header(subject, "Garden Shop <news@garden.example>", BULK))


@pytest.mark.parametrize(
    "subject",
    [
        "Thank you for applying to Acme",
        "Your interest in the Data Engineer position",
        "Invitation: coding challenge for Acme",
        "Update on your Acme application",
    ],
)
def test_bulk_mail_from_an_employer_about_an_application_is_kept(subject: str) -> None:
    assert keeps(header(subject, "Acme <no-reply@acme.example>", BULK))


def test_bulk_mail_with_a_generic_subject_from_a_careers_sender_is_kept() -> None:
    assert keeps(header("An update from Acme", "Acme Careers <careers@acme.example>", BULK))


LABELLED = Path(__file__).resolve().parents[1] / "fixtures" / "labelled"
CORPUS_REAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus-real"


def _labelled_sets() -> list[tuple[Path, Path]]:
    sets = [(folder / "labels.json", folder) for folder in sorted(LABELLED.iterdir())]
    if (CORPUS_REAL / "labels.json").is_file():  # measured, never copied
        sets.append((CORPUS_REAL / "labels.json", CORPUS_REAL / "messages"))
    return [item for item in sets if item[0].is_file()]


@pytest.mark.parametrize("labels, folder", _labelled_sets(), ids=lambda p: str(p)[-40:])
def test_triage_keeps_every_labelled_message_that_is_not_other(labels: Path, folder: Path) -> None:
    dropped = []
    for name, label in json.loads(labels.read_text(encoding="utf-8")).items():
        raw = (folder / name).read_bytes()
        head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
        if label["kind"] != "other" and not might_matter(parse_message(head + b"\n\n")):
            dropped.append(name)
    assert dropped == []


@pytest.mark.parametrize(
    "sender, subject",
    [
        ("Katja Reimann über LinkedIn <messages-noreply@network.example>", "Neuigkeiten"),
        ("Gabriela Funes vía Red <messages-noreply@network.example>", "Hola"),
        ("Network <messages-noreply@network.example>", "Katja hat Ihnen eine Nachricht gesendet"),
        ("Network <messages-noreply@network.example>", "Julie vous a envoyé un message"),
        ("Network <messages-noreply@network.example>", "Gabriela te ha enviado un mensaje"),
        ("Network <messages-noreply@network.example>", "Jo Mensah sent you a new message"),
    ],
)
def test_bulk_mail_relaying_a_persons_message_is_kept(sender: str, subject: str) -> None:
    assert keeps(header(subject, sender, BULK))


@pytest.mark.parametrize(
    "subject",
    [
        "¡Tu postulación fue enviada! Supervisor de Almacén",
        "Estado de tu inscripción: Desarrollador Java",
        "Confirmación de aplicación - Analista",
        "Eingangsbestätigung: Sachbearbeiter Einkauf",
        "Réponse concernant votre dossier",
        "Oportunidad: Senior Backend Engineer",
    ],
)
def test_bulk_application_news_in_other_languages_is_kept(subject: str) -> None:
    assert keeps(header(subject, "Portal <noreply@portal.example>", BULK))


@pytest.mark.parametrize(
    "extra",
    [
        "X-Campaign: mailchimp1234.abcd\n",
        "X-MC-User: 0123abcd\n",
        "X-Mailin-Campaign: 42\n",
        "X-Mailer: MailerLite\n",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n",
    ],
)
def test_a_marketing_platforms_headers_make_mail_bulk(extra: str) -> None:
    subject = "Spring sale: new arrivals in the garden shop"
    assert keeps(header(subject, "Garden Shop <shop@garden.example>"))
    assert not keeps(header(subject, "Garden Shop <shop@garden.example>", extra))


def test_a_transactional_relays_headers_alone_do_not_make_mail_bulk() -> None:
    extra = "X-SG-EID: abc\nX-SES-Outgoing: 2026.03.02\nFeedback-ID: 1:acme:ses\n"
    assert keeps(header("Thank you from Billow", "Billow <no-reply@billow.example>", extra))


def test_mail_from_a_newsletter_address_is_bulk() -> None:
    assert not keeps(header("Spring sale", "Garden Shop <newsletter@garden.example>"))
    assert keeps(header("Your application", "Garden Shop <newsletter@garden.example>"))


@pytest.mark.parametrize(
    "subject",
    [
        "Passwort zurücksetzen",
        "Réinitialiser votre mot de passe",
        "Restablecer tu contraseña",
        "Votre commande n° 1234 est expédiée",
        "Tu pedido ha sido enviado",
    ],
)
def test_account_chatter_in_other_languages_is_dropped(subject: str) -> None:
    assert not keeps(header(subject, "Service <no-reply@service.example>"))


def test_every_field_triage_reads_is_polled_by_imap() -> None:
    from followupd.backends.imap.sync import HEADER_FIELDS
    from followupd.understand.triage import TRIAGE_FIELDS

    polled = {name.lower() for name in HEADER_FIELDS.split()}
    assert {name.lower() for name in TRIAGE_FIELDS} <= polled
