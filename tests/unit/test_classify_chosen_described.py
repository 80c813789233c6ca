"""A decision that names no "other": the choice fell on, or the post went to, a candidate the
letter describes ("...whose profile is closer to our priorities", "..., die bereits ...").
Filling the post with someone described is turning the user down, in every language; a choice
of something else that is not a candidate is no decision."""

from __future__ import annotations

import pytest
from classify_mail import eml, signal_of

from followupd.model.domain import Kind

RECRUITER = "Talent Team <careers@northwind.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your application",
            "Thank you for applying. We received many applications. Our choice has fallen on a "
            "candidate whose profile is closer to our priorities. We wish you all the best.",
        ),
        (
            "Data Scientist - update",
            "After careful consideration, we have nevertheless decided to fill the position with "
            "an applicant who already has several years of automotive experience.",
        ),
        (
            "Your application",
            "Thanks again for your time. In the end the team opted to staff the role with a "
            "candidate that has led a migration of this size before.",
        ),
        (
            "Ihre Bewerbung",
            "Vielen Dank für Ihre Bewerbung. Unsere Wahl ist auf eine Bewerberin gefallen, deren "
            "Profil unseren Schwerpunkten noch näher kommt. Wir wünschen Ihnen alles Gute.",
        ),
        (
            "Ihre Bewerbung als Controller",
            "Nach intensiver Abwägung haben wir uns dennoch entschieden, die Position mit einer "
            "Kandidatin zu besetzen, die bereits mehrjährige Erfahrung mitbringt.",
        ),
        (
            "Votre candidature",
            "Après mûre réflexion, nous avons décidé de pourvoir le poste avec un candidat qui "
            "possède déjà plusieurs années d'expérience dans le secteur.",
        ),
        (
            "Votre candidature – Chargée de mission",
            "Merci pour l'intérêt porté à notre association. Nous avons choisi de confier la "
            "mission à une personne dont le parcours est plus proche de nos besoins.",
        ),
        (
            "Tu candidatura",
            "Gracias por tu candidatura. Nuestra elección ha recaído en una candidata cuyo perfil "
            "se ajusta más a nuestras prioridades. Te deseamos lo mejor.",
        ),
        (
            "Proceso de selección",
            "Te agradecemos tu tiempo. Finalmente la decisión recayó en otro profesional con más "
            "experiencia en el sector logístico.",
        ),
    ],
)
def test_the_post_given_to_someone_described_is_a_rejection(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is Kind.REJECTION, signal.evidence


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Team offsite",
            "Our choice has fallen on a venue that can host forty people near the station.",
        ),
        (
            "Ihr Vorstellungsgespräch",
            "Wir laden Sie zu einem Gespräch ein. Die Wahl des Ortes ist auf unser Büro in "
            "Hamburg gefallen, das Sie gut erreichen.",
        ),
    ],
)
def test_a_choice_of_something_else_is_no_rejection(subject: str, body: str) -> None:
    signal = signal_of(eml(body, subject=subject, sender=RECRUITER))
    assert signal.kind is not Kind.REJECTION, signal.evidence
