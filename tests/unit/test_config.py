"""config.load_settings: TOML -> Settings, every problem at once with its key path."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from pathlib import Path

import pytest

from followupd.config.load import load_settings, settings_from_mapping
from followupd.errors import EXIT_CONFIG, ConfigError
from followupd.model.settings import PolicySettings

MINIMAL = """
[me]
name = "Alice Example"
addresses = ["Alice@Example.com"]
timezone = "America/New_York"
holidays = "US"

[[accounts]]
name = "personal"
host = "imap.example.com"
username = "alice@example.com"
password_env = "FOLLOWUPD_TEST_PASSWORD"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    assert caught.value.exit_code == EXIT_CONFIG
    return caught.value.problems


def test_minimal_config_gives_defaults_and_lowercase_addresses(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.me.addresses == ("alice@example.com",)
    assert settings.me.timezone == "America/New_York"
    account = settings.accounts[0]
    assert (account.port, account.security, account.backend) == (993, "tls", "imap")
    assert account.password_env == "FOLLOWUPD_TEST_PASSWORD"
    assert settings.daemon.poll_interval == timedelta(minutes=5)
    assert settings.policy == PolicySettings()


def test_every_problem_is_reported_at_once_with_its_key_path(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path,
        """
[me]
adresses = ["a@x.com"]
timezone = "Mars/Olympus"
holidays = "ZZ"

[[accounts]]
name = "personal"
host = "imap.example.com"
port = 70000
username = "a@x.com"

[[accounts]]
name = "work"
host = "imap.example.org"
username = "a@y.com"
lookback_days = "ninety"

[daemon]
poll_interval = "5 minutes"

[policy]
check_in_hour = 25

[surprise]
x = 1
""",
    )
    paths = [problem.split(":")[0] for problem in problems]
    assert paths == [
        "surprise",
        "me.timezone",
        "me.holidays",
        "me.adresses",
        "accounts[0].port",
        "accounts[1].lookback_days",
        "daemon.poll_interval",
        "policy.check_in_hour",
    ]
    assert "accounts[0].port: must be an integer 1..65535" in problems


def test_unknown_keys_get_a_did_you_mean(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path, MINIMAL + '\n[policy]\nthank_you_dleay = "1h"\n[daemon]\npoll_intervl = "1m"\n'
    )
    assert 'policy.thank_you_dleay: unknown key (did you mean "thank_you_delay"?)' in problems
    assert 'daemon.poll_intervl: unknown key (did you mean "poll_interval"?)' in problems


def test_a_syntax_error_names_the_file(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, "[me\nname=1")
    assert len(problems) == 1
    assert str(tmp_path / "config.toml") in problems[0]
    assert "TOML" in problems[0]


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("5m", 300),
        ("90s", 90),
        ("1h30m", 5400),
        ("3d", 259200),
        ("2w", 1209600),
        ("1h 30m", 5400),
        ("1d2h3m4s", 93784),
    ],
)
def test_durations(tmp_path: Path, text: str, seconds: int) -> None:
    settings = load_settings(write(tmp_path, MINIMAL + f'[daemon]\npoll_interval = "{text}"\n'))
    assert settings.daemon.poll_interval == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ['"5"', '"5 minutes"', '""', '"m"', '"1.5h"', '"-5m"', "300"])
def test_bad_durations_are_refused(tmp_path: Path, text: str) -> None:
    problems = problems_of(tmp_path, MINIMAL + f"[daemon]\npoll_interval = {text}\n")
    assert len(problems) == 1
    assert problems[0].startswith("daemon.poll_interval: ")
    assert "duration" in problems[0]


def test_paths_expand_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    text = MINIMAL.replace('password_env = "FOLLOWUPD_TEST_PASSWORD"', 'password_file = "~/pw"')
    settings = load_settings(write(tmp_path, text + '[daemon]\nstate_path = "~/s/state.db"\n'))
    assert settings.daemon.state_path == tmp_path / "s" / "state.db"
    assert settings.accounts[0].password_file == tmp_path / "pw"


def test_state_path_defaults_to_systemd_state_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATE_DIRECTORY", "/var/lib/followupd/alice")
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.daemon.state_path == Path("/var/lib/followupd/alice/state.db")


def test_state_path_defaults_to_xdg_state_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.daemon.state_path == tmp_path / "state" / "followupd" / "state.db"


def test_holidays_subdivision_is_checked(tmp_path: Path) -> None:
    ok = load_settings(
        write(tmp_path, MINIMAL.replace('"US"', '"US"\nholidays_subdivision = "ca"'))
    )
    assert (ok.me.holidays, ok.me.holidays_subdivision) == ("US", "CA")
    problems = problems_of(tmp_path, MINIMAL.replace('"US"', '"US"\nholidays_subdivision = "QQ"'))
    assert [p.split(":")[0] for p in problems] == ["me.holidays_subdivision"]


def test_no_holidays_is_allowed(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL.replace('holidays = "US"', 'holidays = ""')))
    assert settings.me.holidays == ""


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.53"])
def test_plain_security_is_allowed_for_loopback(tmp_path: Path, host: str) -> None:
    text = MINIMAL.replace('"imap.example.com"', f'"{host}"\nsecurity = "plain"')
    account = load_settings(write(tmp_path, text)).accounts[0]
    assert (account.security, account.port) == ("plain", 143)


@pytest.mark.parametrize("host", ["imap.example.com", "10.0.0.1", "localhost.example.com"])
def test_plain_security_is_refused_for_other_hosts(tmp_path: Path, host: str) -> None:
    text = MINIMAL.replace('"imap.example.com"', f'"{host}"\nsecurity = "plain"')
    problems = problems_of(tmp_path, text)
    assert [p.split(":")[0] for p in problems] == ["accounts[0].security"]
    assert "loopback" in problems[0]


def test_starttls_defaults_to_port_143(tmp_path: Path) -> None:
    text = MINIMAL.replace('"imap.example.com"', '"imap.example.com"\nsecurity = "starttls"')
    assert load_settings(write(tmp_path, text)).accounts[0].port == 143


def test_only_one_password_source(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'password_env = "FOLLOWUPD_TEST_PASSWORD"',
        'password_env = "X"\npassword_command = ["pass", "show", "mail"]',
    )
    problems = problems_of(tmp_path, text)
    assert len(problems) == 1
    assert "password_env and password_command" in problems[0]


def test_no_password_source_means_the_keyring(tmp_path: Path) -> None:
    text = MINIMAL.replace('password_env = "FOLLOWUPD_TEST_PASSWORD"', "")
    account = load_settings(write(tmp_path, text)).accounts[0]
    assert (account.password_env, account.password_command, account.password_file) == (
        None,
        None,
        None,
    )
    assert account.keyring_service == "followupd"


def test_password_command_string_is_split_without_a_shell(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        'password_env = "FOLLOWUPD_TEST_PASSWORD"',
        "password_command = \"pass show 'mail/my account'\"",
    )
    account = load_settings(write(tmp_path, text)).accounts[0]
    assert account.password_command == ("pass", "show", "mail/my account")


def test_xoauth2_needs_a_token_command_and_no_password(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path, MINIMAL.replace("[[accounts]]", '[[accounts]]\nauth = "xoauth2"')
    )
    assert sorted(p.split(":")[0] for p in problems) == [
        "accounts[0].oauth2_token_command",
        "accounts[0].password_env",
    ]


EWS = """
[me]
addresses = ["alice@corp.example"]

[[accounts]]
name = "work"
backend = "ews"
server = "mail.corp.example"
username = "CORP\\\\alice"
address = "alice@corp.example"
password_env = "FOLLOWUPD_TEST_PASSWORD"
"""


def test_an_exchange_account_defaults_to_ntlm_and_needs_no_host(tmp_path: Path) -> None:
    (account,) = load_settings(write(tmp_path, EWS)).accounts
    assert (account.backend, account.auth, account.server) == ("ews", "ntlm", "mail.corp.example")
    assert account.address == "alice@corp.example" and account.host == ""


def test_exchange_keys_are_checked_all_at_once(tmp_path: Path) -> None:
    text = EWS.replace('address = "alice@corp.example"', 'ews_url = "http://mail.corp.example/EWS"')
    text = text.replace("[[accounts]]", '[[accounts]]\nhost = "imap.corp.example"')
    keys = sorted(p.split(":")[0] for p in problems_of(tmp_path, text))
    assert keys == [
        "accounts[0].address",
        "accounts[0].ews_url",
        "accounts[0].ews_url",
        "accounts[0].host",
    ]


def test_exchange_oauth2_needs_a_token_command(tmp_path: Path) -> None:
    text = EWS.replace('password_env = "FOLLOWUPD_TEST_PASSWORD"', 'auth = "oauth2"')
    assert [p.split(":")[0] for p in problems_of(tmp_path, text)] == [
        "accounts[0].oauth2_token_command"
    ]


def test_exchange_keys_on_an_imap_account_are_reported(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, MINIMAL + 'server = "mail.corp.example"\n')
    assert [p.split(":")[0] for p in problems] == ["accounts[0].server"]


def test_maildir_account_needs_an_existing_path(tmp_path: Path) -> None:
    base = '[me]\naddresses = ["a@x.com"]\n[[accounts]]\nname = "local"\nbackend = "maildir"\n'
    assert problems_of(tmp_path, base) == ["accounts[0].path: required"]
    problems = problems_of(tmp_path, base + f'path = "{tmp_path / "missing"}"\n')
    assert problems == [f"accounts[0].path: no such folder: {tmp_path / 'missing'}"]
    (tmp_path / "mail").mkdir()
    settings = load_settings(write(tmp_path, base + f'path = "{tmp_path / "mail"}"\n'))
    assert settings.accounts[0].path == tmp_path / "mail"


def test_account_names_must_be_unique_and_plain(tmp_path: Path) -> None:
    second = MINIMAL[MINIMAL.index("[[accounts]]") :].replace('"personal"', '"per sonal"')
    problems = problems_of(tmp_path, MINIMAL + second + MINIMAL[MINIMAL.index("[[accounts]]") :])
    assert [p.split(":")[0] for p in problems] == ["accounts[1].name", "accounts[2].name"]
    assert "used twice" in problems[1]


def test_at_least_one_account(tmp_path: Path) -> None:
    assert problems_of(tmp_path, '[me]\naddresses = ["a@x.com"]\n') == [
        "accounts: at least one [[accounts]] table is required"
    ]


def test_addresses_default_to_account_usernames(tmp_path: Path) -> None:
    text = MINIMAL.replace('addresses = ["Alice@Example.com"]\n', "")
    assert load_settings(write(tmp_path, text)).me.addresses == ("alice@example.com",)


def test_booleans_are_not_integers(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, MINIMAL + "port = true\n")
    assert problems == ["accounts[0].port: must be an integer 1..65535"]


def test_every_policy_field_has_a_key(tmp_path: Path) -> None:
    lines = []
    expected = {}
    for index, field in enumerate(dataclasses.fields(PolicySettings)):
        default = getattr(PolicySettings(), field.name)
        if isinstance(default, timedelta):
            lines.append(f'{field.name} = "{index + 2}h"')
            expected[field.name] = timedelta(hours=index + 2)
        elif isinstance(default, str):  # a choice: the one that is not the default
            lines.append(f'{field.name} = "draft"')
            expected[field.name] = "draft"
        else:
            value = min(index + 1, 2) if field.name == "max_check_ins" else index + 1
            lines.append(f"{field.name} = {value}")
            expected[field.name] = value
    policy = load_settings(write(tmp_path, MINIMAL + "[policy]\n" + "\n".join(lines))).policy
    assert dataclasses.asdict(policy) == expected


def test_drafts_section(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    text = MINIMAL + (
        f'[drafts]\ntemplates_dir = "{tmp_path / "templates"}"\ntone = "friendly"\n'
        'signature = """+1 555 0100\nlinkedin.com/in/alice"""\nhtml = true\n'
    )
    drafts = load_settings(write(tmp_path, text)).drafts
    assert drafts.templates_dir == tmp_path / "templates"
    assert drafts.tone == "friendly"
    assert drafts.signature == ("+1 555 0100", "linkedin.com/in/alice")
    assert drafts.html is True


def test_drafts_section_problems(tmp_path: Path) -> None:
    text = MINIMAL + '[drafts]\ntemplates_dir = "/nonexistent/x"\ntone = "casual"\nhtml = "yes"\n'
    problems = problems_of(tmp_path, text)
    assert [p.split(":")[0] for p in problems] == [
        "drafts.templates_dir",
        "drafts.tone",
        "drafts.html",
    ]


def test_folder_overrides_and_credential_name(tmp_path: Path) -> None:
    text = MINIMAL + (
        'inbox_folder = "INBOX"\nsent_folder = "[Gmail]/Sent Mail"\n'
        'drafts_folder = "[Gmail]/Drafts"\ncredential = "gmail-password"\ntimeout = "2m"\n'
    )
    account = load_settings(write(tmp_path, text)).accounts[0]
    assert (account.sent_folder, account.drafts_folder) == ("[Gmail]/Sent Mail", "[Gmail]/Drafts")
    assert account.credential == "gmail-password"
    assert account.timeout == 120.0


def test_settings_from_mapping_reports_wrong_table_types() -> None:
    with pytest.raises(ConfigError) as caught:
        settings_from_mapping({"me": "alice", "accounts": {"name": "x"}})
    assert caught.value.problems[:2] == [
        "accounts: must be an array of tables ([[accounts]])",
        "me: must be a table ([me])",
    ]


EXAMPLE = Path(__file__).resolve().parents[2] / "config.example.toml"


def test_the_example_config_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATE_DIRECTORY", raising=False)
    settings = load_settings(EXAMPLE)
    assert settings.accounts[0].name == "personal"
    assert settings.policy == PolicySettings()


def test_every_key_the_loader_reads_is_documented_in_the_example(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from followupd.config import reader as config_reader

    read: set[str] = set()
    original = config_reader.TableReader.value

    def recording(self: config_reader.TableReader, key: str) -> object:
        read.add(key)
        return original(self, key)

    monkeypatch.setattr(config_reader.TableReader, "value", recording)
    load_settings(EXAMPLE)
    text = EXAMPLE.read_text()
    undocumented = [
        key
        for key in sorted(read)
        if not re.search(rf"^#? ?\[*{re.escape(key)}\]*( =|$)", text, flags=re.M)
    ]
    assert len(read) > 40
    assert undocumented == []


@pytest.mark.parametrize(("text", "helpers"), [("", None), ('"auto"', None), ("0", 0), ("3", 3)])
def test_read_helpers(tmp_path: Path, text: str, helpers: int | None) -> None:
    line = f"read_helpers = {text}\n" if text else ""
    settings = load_settings(write(tmp_path, MINIMAL + f"[daemon]\n{line}"))
    assert settings.daemon.read_helpers == helpers


@pytest.mark.parametrize("text", ['"many"', "-1", "17", "true", "1.5"])
def test_bad_read_helpers_are_refused(tmp_path: Path, text: str) -> None:
    problems = problems_of(tmp_path, MINIMAL + f"[daemon]\nread_helpers = {text}\n")
    assert len(problems) == 1
    assert problems[0].startswith("daemon.read_helpers: ")


OAUTH = """
[me]
addresses = ["alex@outlook.com"]

[[accounts]]
name = "outlook"
provider = "microsoft"
username = "alex@outlook.com"
client_id = "6731de76-14a6-49ae-97bc-6eba6914391e"
tenant = "consumers"
"""


def test_a_provider_presets_host_port_security_and_xoauth2(tmp_path: Path) -> None:
    (account,) = load_settings(write(tmp_path, OAUTH)).accounts
    assert (account.host, account.port, account.security, account.auth) == (
        "outlook.office365.com",
        993,
        "tls",
        "xoauth2",
    )
    google = OAUTH.replace('"microsoft"', '"google"').replace("tenant", "# tenant")
    google = google.replace(
        'client_id = "6731de76-14a6-49ae-97bc-6eba6914391e"',
        'client_id = "123-abc.apps.googleusercontent.com"\nclient_secret = "GOCSPX-x"\n'
        'host = "imap.example.org"',
    )
    (account,) = load_settings(write(tmp_path, google)).accounts
    assert (account.host, account.auth) == ("imap.example.org", "xoauth2")  # overridable


def test_a_provider_and_a_token_command_are_one_too_many(tmp_path: Path) -> None:
    text = OAUTH + 'oauth2_token_command = ["oama", "access", "alex@outlook.com"]\n'
    problems = problems_of(tmp_path, text)
    assert [p.split(":")[0] for p in problems] == ["accounts[0].oauth2_token_command"]


def test_oauth_keys_without_a_provider_are_reported(tmp_path: Path) -> None:
    text = MINIMAL + 'client_id = "6731de76-14a6-49ae-97bc-6eba6914391e"\n'
    problems = problems_of(tmp_path, text)
    assert [p.split(":")[0] for p in problems] == ["accounts[0].client_id"]


def test_a_provider_with_password_auth_is_refused(tmp_path: Path) -> None:
    problems = problems_of(tmp_path, OAUTH + 'auth = "password"\n')
    assert [p.split(":")[0] for p in problems] == ["accounts[0].provider"]


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("Europe/Pari", "Europe/Paris"),
        ("america/new_york", "America/New_York"),
        ("America/New York", "America/New_York"),
        ("America/Los_Angles", "America/Los_Angeles"),
    ],
)
def test_a_mistyped_time_zone_gets_a_did_you_mean(tmp_path: Path, written: str, meant: str) -> None:
    text = MINIMAL.replace('timezone = "America/New_York"', f'timezone = "{written}"')
    problems = problems_of(tmp_path, text)
    assert problems == [f'me.timezone: unknown time zone {written!r} (did you mean "{meant}"?)']


def test_a_time_zone_nothing_resembles_gets_an_example(tmp_path: Path) -> None:
    text = MINIMAL.replace('timezone = "America/New_York"', 'timezone = "Mars/Olympus"')
    assert problems_of(tmp_path, text) == [
        "me.timezone: unknown time zone 'Mars/Olympus' (an IANA name, e.g. Europe/Paris)"
    ]


@pytest.mark.parametrize(
    ("written", "read"), [("en_US", "en_US"), ("en-gb", "en_GB"), ("en_UK", "en_GB"), ("de", "de")]
)
def test_the_locale_is_a_cldr_locale(tmp_path: Path, written: str, read: str) -> None:
    text = MINIMAL.replace("[me]\n", f'[me]\nlocale = "{written}"\n')
    assert load_settings(write(tmp_path, text)).me.locale == read


def test_an_unknown_locale_is_refused_with_a_hint(tmp_path: Path) -> None:
    text = MINIMAL.replace("[me]\n", '[me]\nlocale = "klingon"\n')
    (problem,) = problems_of(tmp_path, text)
    assert problem.startswith("me.locale: unknown locale 'klingon'")


def test_drafts_languages_and_salutation(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL))
    assert (settings.drafts.languages, settings.drafts.salutation) == (("en",), "auto")
    text = MINIMAL + '[drafts]\nlanguages = ["en", "DE", "fr"]\nsalutation = "title"\n'
    settings = load_settings(write(tmp_path, text))
    assert (settings.drafts.languages, settings.drafts.salutation) == (("en", "de", "fr"), "title")
    problems = problems_of(tmp_path, MINIMAL + '[drafts]\nlanguages = ["it"]\nsalutation = "x"\n')
    assert problems == [
        "drafts.salutation: must be one of 'auto', 'first_name', 'full_name', 'title', not 'x'",
        'drafts.languages[0]: \'it\' is not one of "en", "de", "fr", "es"',
    ]


def test_idle_is_on_and_renewed_every_nine_minutes_unless_set(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, MINIMAL))
    assert settings.daemon.idle is True
    assert settings.daemon.idle_renew == timedelta(minutes=9)
    changed = MINIMAL + '[daemon]\nidle = false\nidle_renew = "4m"\n'
    settings = load_settings(write(tmp_path, changed))
    assert (settings.daemon.idle, settings.daemon.idle_renew) == (False, timedelta(minutes=4))


def test_a_lost_server_is_tried_again_after_thirty_seconds_unless_set(tmp_path: Path) -> None:
    assert load_settings(write(tmp_path, MINIMAL)).daemon.reconnect_after == timedelta(seconds=30)
    changed = MINIMAL + '[daemon]\nreconnect_after = "5s"\n'
    assert load_settings(write(tmp_path, changed)).daemon.reconnect_after == timedelta(seconds=5)
    problems = problems_of(tmp_path, MINIMAL + '[daemon]\nreconnect_after = "0s"\n')
    assert len(problems) == 1 and problems[0].startswith("daemon.reconnect_after: ")


def test_the_service_backs_off_from_the_configured_wait(tmp_path: Path) -> None:
    from followupd.service.daemon import Service

    changed = MINIMAL + '[daemon]\nreconnect_after = "7s"\n'
    assert Service(load_settings(write(tmp_path, changed))).backoff_base == 7.0


@pytest.mark.parametrize(
    "text, says",
    [('"30m"', "at most 29m"), ('"5s"', "at least"), ('"never"', "duration")],
)
def test_an_idle_renewal_a_server_would_not_wait_for_is_refused(
    tmp_path: Path, text: str, says: str
) -> None:
    problems = problems_of(tmp_path, MINIMAL + f"[daemon]\nidle_renew = {text}\n")
    assert len(problems) == 1 and problems[0].startswith("daemon.idle_renew: ")
    assert says in problems[0]
