"""`followupd preview`: sample drafts with no state, and a stored process's stage draft."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followupd.cli import main
from followupd.model import Stage
from followupd.model.domain import Envelope, FolderRole, Kind, Observation, Person, Signal
from followupd.model.settings import Me
from followupd.processes.grouping import build_processes
from followupd.store.database import Store

DANA = Person("dana@acme.example", "Dana Lee")


def write_config(tmp_path: Path, extra: str = "") -> Path:
    mail = tmp_path / "mail"
    mail.mkdir(exist_ok=True)
    config = tmp_path / "config.toml"
    config.write_text(
        '[me]\nname = "Alice Example"\naddresses = ["alice@example.com"]\ntimezone = "UTC"\n'
        f'[[accounts]]\nname = "personal"\nbackend = "maildir"\npath = "{mail}"\n'
        f'[daemon]\nstate_path = "{tmp_path / "state.db"}"\n{extra}',
        encoding="utf-8",
    )
    return config


def test_sample_renders_every_stage_without_config_or_state(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert main(["preview", "--sample"]) == 0
    out = capsys.readouterr().out
    assert out.count("===== ") == len(Stage)
    # every draft greets the employer's sample contact, but the heads-up to a reference
    assert out.count("Dear Dana,") == len(Stage) - 1 and out.count("Dear Robin,") == 1
    assert "Subject: Re: Interview: Senior Data Engineer" in out


@pytest.mark.parametrize(
    ("language", "formal", "friendly", "subject"),
    [
        ("en", "Dear Dana,", "Hi Dana,", "Re: Interview: Senior Data Engineer"),
        ("de", "Guten Tag Anna Weber,", "Hallo Anna Weber,", "Re: Ihr Vorstellungsgespräch"),
        ("fr", "Bonjour Claire Dubois,", "Bonjour Claire,", "Re: Entretien : Data Engineer"),
        ("es", "Buenos días, Lucía:", "Hola, Lucía:", "Re: Entrevista: Analista de Datos"),
    ],
)
def test_sample_renders_every_stage_in_every_shipped_language_and_tone(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    formal: str,
    friendly: str,
    subject: str,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    for tone, salutation in (("formal", formal), ("friendly", friendly)):
        assert main(["preview", "--sample", "--language", language, "--tone", tone]) == 0
        out = capsys.readouterr().out
        assert out.count("===== ") == len(Stage)
        assert out.count(f"\n{salutation}\n") == len(Stage) - 1, out  # not the reference's
        assert subject in out and "Robin" in out


def test_sample_uses_the_configured_templates_and_tone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "check_in.j2").write_text(
        "{% block subject %}S{% endblock %}{% block body %}{{ salutation }} edited{% endblock %}"
    )
    config = write_config(tmp_path, f'[drafts]\ntemplates_dir = "{templates}"\ntone = "friendly"\n')
    assert main(["preview", "--config", str(config), "--sample", "--stage", "check_in"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\nHi Dana, edited\n")
    assert "From: Alice Example <alice@example.com>" in out


def test_a_broken_template_is_reported_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "thank_you.j2").write_text(
        "{% block subject %}x{% endblock %}\n{% block body %}\n{{ oops }}{% endblock %}"
    )
    code = main(["preview", "--sample", "--stage", "thank_you", "--templates", str(tmp_path)])
    assert code == 78
    assert f"{tmp_path / 'thank_you.j2'}:3" in capsys.readouterr().err


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview"]) == 2
    assert main(["preview", "--process", "p"]) == 2
    assert main(["preview", "--sample", "--process", "p", "--stage", "check_in"]) == 2


def test_process_mode_renders_the_stored_processes_stage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path)
    rejection = Observation(
        key="INBOX/1",
        account="personal",
        folder=FolderRole.INBOX,
        envelope=Envelope(
            message_id="<no-1@acme.example>",
            subject="Your application for Data Engineer",
            sender=DANA,
            to=(Person("alice@example.com", "Alice Example"),),
            date=datetime.now(UTC) - timedelta(hours=1),
        ),
        signal=Signal(
            kind=Kind.REJECTION,
            evidence=("test",),
            company="Acme",
            role="Data Engineer",
            contact=DANA,
        ),
        from_user=False,
    )
    with Store.open(tmp_path / "state.db") as store:
        store.record_sync("personal", [], [rejection], {})
    me = Me(name="Alice Example", addresses=("alice@example.com",))
    process_id = build_processes([rejection], me)[0].id
    args = ["preview", "--config", str(config), "--process", process_id]
    assert main([*args, "--stage", "rejection_reply"]) == 0
    out = capsys.readouterr().out
    assert "Subject: Re: Your application for Data Engineer" in out
    assert "In-Reply-To: <no-1@acme.example>" in out
    assert "Dear Dana," in out and "the Data Engineer role at Acme" in out
    assert main([*args, "--stage", "offer_reply"]) == 1
    assert "has no offer_reply draft to show" in capsys.readouterr().err
    assert (
        main(["preview", "--config", str(config), "--process", "nope", "--stage", "check_in"]) == 1
    )
