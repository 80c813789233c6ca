"""oauth_tokens: where a sign-in is kept (keyring, or a 0600 file), and access tokens made
fresh before they expire, rotated refresh tokens saved, a refused sign-in not retried."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from service_cli import FakeKeyring

from followupd.config.oauth_errors import ConsentBlocked, LoginRequired
from followupd.config.oauth_providers import OAuthSettings
from followupd.config.oauth_store import FileTokenStore, KeyringTokenStore, store_for
from followupd.config.oauth_tokens import Issued, TokenSource, decode_grant, encode_grant
from followupd.errors import EXIT_CONFIG, SecretError

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SETTINGS = OAuthSettings(
    account="work",
    provider="microsoft",
    client_id="3c1a2f64-8d1e-4b7a-9c55-0e2d4f6a8b10",
    username="alex@contoso.example",
)


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    previous = keyring.get_keyring()
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class FakeProvider:
    """Hands out access-1, access-2, ... good for `lifetime` seconds; rotates the state
    ("rt-1" -> "rt-2") when `rotate`; raises `refuse` when set."""

    def __init__(self, lifetime: float = 3600, rotate: bool = False) -> None:
        self.lifetime, self.rotate = lifetime, rotate
        self.calls: list[tuple[str, bool]] = []
        self.refuse: Exception | None = None

    def refresh(self, state: str, *, force: bool) -> Issued:
        self.calls.append((state, force))
        if self.refuse is not None:
            raise self.refuse
        number = len(self.calls)
        after = f"rt-{number + 1}" if self.rotate else state
        return Issued(f"access-{number}", self.lifetime, after)


class CountingStore:
    """A TokenStore in memory that counts its writes."""

    where = "memory"

    def __init__(self, state: str | None = "rt-1") -> None:
        self.text = None if state is None else encode_grant(SETTINGS, state)
        self.saves = 0

    def load(self) -> str | None:
        return self.text

    def save(self, text: str) -> None:
        self.text, self.saves = text, self.saves + 1

    def check_writable(self) -> None:
        pass

    def locked(self) -> AbstractContextManager[None]:
        return nullcontext()


def source(provider: FakeProvider, store: CountingStore, clock: Clock) -> TokenSource:
    return TokenSource(SETTINGS, provider, store, clock)


# -- refresh before expiry ------------------------------------------------------------------


def test_the_access_token_is_kept_until_five_minutes_before_it_expires() -> None:
    provider, store, clock = FakeProvider(lifetime=3600), CountingStore(), Clock()
    get = source(provider, store, clock)
    assert get() == "access-1"
    clock.advance(minutes=54)
    assert get() == "access-1"
    assert len(provider.calls) == 1
    clock.advance(minutes=1, seconds=1)  # 4 min 59 s left: refreshed before it expires
    assert get() == "access-2"
    assert provider.calls == [("rt-1", False), ("rt-1", True)]  # the second one forced


def test_the_first_token_may_come_from_the_providers_cache_later_ones_are_forced() -> None:
    provider, clock = FakeProvider(lifetime=600), Clock()
    get = source(provider, CountingStore(), clock)
    get()
    clock.advance(minutes=6)
    get()
    assert [force for _, force in provider.calls] == [False, True]


def test_forget_makes_the_next_call_refresh() -> None:
    provider = FakeProvider()
    get = source(provider, CountingStore(), Clock())
    get()
    get.forget()
    assert get() == "access-2"


def test_a_rotated_refresh_token_is_saved_and_an_unchanged_one_is_not_rewritten() -> None:
    store, clock = CountingStore(), Clock()
    get = source(FakeProvider(lifetime=60, rotate=True), store, clock)
    get()
    assert store.saves == 1 and store.text is not None
    assert decode_grant(SETTINGS, store.text) == "rt-2"
    steady = CountingStore()
    source(FakeProvider(rotate=False), steady, clock)()
    assert steady.saves == 0


def test_never_signed_in_says_which_command_signs_in() -> None:
    get = source(FakeProvider(), CountingStore(state=None), Clock())
    with pytest.raises(LoginRequired, match="run `followupd login --account work`") as raised:
        get()
    assert raised.value.exit_code == EXIT_CONFIG


# -- a refused sign-in ----------------------------------------------------------------------


def test_a_revoked_sign_in_is_not_retried_until_login_saves_a_new_one() -> None:
    provider, store, clock = FakeProvider(), CountingStore(), Clock()
    get = source(provider, store, clock)
    provider.refuse = LoginRequired("work: revoked; run `followupd login --account work` again")
    for _ in range(5):
        with pytest.raises(LoginRequired, match="followupd login --account work"):
            get()
        clock.advance(minutes=5)
    assert len(provider.calls) == 1  # one request, not one per poll
    provider.refuse = None
    store.save(encode_grant(SETTINGS, "rt-after-login"))  # `followupd login` ran
    assert get() == "access-2"
    assert provider.calls[-1][0] == "rt-after-login"


def test_a_blocked_consent_is_remembered_with_its_own_type() -> None:
    provider, store = FakeProvider(), CountingStore()
    get = source(provider, store, Clock())
    provider.refuse = ConsentBlocked("work: an administrator must approve this app")
    with pytest.raises(ConsentBlocked):
        get()
    with pytest.raises(ConsentBlocked, match="administrator"):
        get()
    assert len(provider.calls) == 1


def test_a_sign_in_saved_for_another_provider_or_app_asks_for_a_new_login() -> None:
    google = replace(SETTINGS, provider="google", client_id="1-x.apps.googleusercontent.com")
    with pytest.raises(LoginRequired, match="another provider"):
        decode_grant(SETTINGS, encode_grant(google, "rt"))
    with pytest.raises(LoginRequired, match="not readable"):
        decode_grant(SETTINGS, "not json")


def test_issued_tokens_do_not_show_in_their_repr() -> None:
    issued = Issued("eyJsecret-access", 3600, "secret-refresh")
    assert "secret" not in repr(issued)


# -- the 0600 file --------------------------------------------------------------------------


def test_the_token_file_is_written_0600_whatever_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "config" / "work.oauth2.json"
    previous = os.umask(0)
    try:
        FileTokenStore(path, "work").save("saved-sign-in")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileTokenStore(path, "work").load() == "saved-sign-in"
    assert sorted(p.name for p in path.parent.iterdir()) == ["work.oauth2.json"]  # no temp left


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_token_file_others_may_read_is_refused_like_ssh_does(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "work.oauth2.json"
    path.write_text("refresh-token-text")
    path.chmod(mode)
    with pytest.raises(SecretError, match=f"permissions {mode:04o}.*too open") as raised:
        FileTokenStore(path, "work").load()
    assert f"chmod 600 {path}" in str(raised.value)
    assert "refresh-token-text" not in str(raised.value)


def test_saving_over_an_open_file_makes_it_private(tmp_path: Path) -> None:
    path = tmp_path / "work.oauth2.json"
    path.write_text("old")
    path.chmod(0o644)
    FileTokenStore(path, "work").save("new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert FileTokenStore(path, "work").load() == "new"


def test_a_token_file_of_another_user_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "work.oauth2.json"
    path.write_text("x")
    path.chmod(0o600)
    monkeypatch.setattr(os, "geteuid", lambda: path.stat().st_uid + 1000)
    with pytest.raises(SecretError, match="belongs to another user"):
        FileTokenStore(path, "work").load()


def test_a_symlinked_token_file_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("x")
    target.chmod(0o600)
    link = tmp_path / "work.oauth2.json"
    link.symlink_to(target)
    with pytest.raises(SecretError, match="cannot read"):
        FileTokenStore(link, "work").load()


def test_a_missing_token_file_means_not_signed_in(tmp_path: Path) -> None:
    assert FileTokenStore(tmp_path / "none.json", "work").load() is None


def test_the_file_lock_lets_one_refresh_run_at_a_time(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "work.oauth2.json", "work")
    order: list[str] = []
    inside = threading.Event()

    def second() -> None:
        inside.wait()
        with store.locked():
            order.append("second")

    thread = threading.Thread(target=second)
    thread.start()
    with store.locked():
        inside.set()
        thread.join(timeout=0.3)  # it waits for the lock
        order.append("first")
    thread.join(timeout=5)
    assert order == ["first", "second"]


def test_a_token_source_over_a_file_saves_the_rotated_token_there(tmp_path: Path) -> None:
    settings = replace(SETTINGS, token_file=tmp_path / "work.oauth2.json")
    store = store_for(settings)
    assert isinstance(store, FileTokenStore)
    store.save(encode_grant(settings, "rt-1"))
    TokenSource(settings, FakeProvider(rotate=True), store, Clock())()
    text = store.load()
    assert text is not None and decode_grant(settings, text) == "rt-2"


# -- the keyring ----------------------------------------------------------------------------


def test_without_a_token_file_the_sign_in_goes_to_the_keyring(fake_keyring: FakeKeyring) -> None:
    store = store_for(SETTINGS)
    assert isinstance(store, KeyringTokenStore)
    store.save("saved")
    assert fake_keyring.passwords == {("followupd-oauth2", "alex@contoso.example"): "saved"}
    assert store.load() == "saved"
    assert 'service "followupd-oauth2"' in store.where


def test_with_a_token_file_the_keyring_is_never_read(
    tmp_path: Path, fake_keyring: FakeKeyring
) -> None:
    store = store_for(replace(SETTINGS, token_file=tmp_path / "t.json"))
    store.check_writable()
    store.save("x")
    store.load()
    assert fake_keyring.reads == [] and fake_keyring.passwords == {}


def test_no_keyring_says_to_name_a_token_file(no_keyring: None) -> None:
    store = store_for(SETTINGS)
    with pytest.raises(SecretError, match="no system keyring") as raised:
        store.check_writable()
    message = str(raised.value)
    assert "oauth2_token_file" in message and "followupd login --account work" in message
    with pytest.raises(SecretError, match="no system keyring"):
        store.save("x")


def test_a_keyring_token_source_rotates_in_the_keyring(fake_keyring: FakeKeyring) -> None:
    store = store_for(SETTINGS)
    store.save(encode_grant(SETTINGS, "rt-1"))
    TokenSource(SETTINGS, FakeProvider(rotate=True), store, Clock())()
    saved = fake_keyring.passwords[("followupd-oauth2", "alex@contoso.example")]
    assert decode_grant(SETTINGS, saved) == "rt-2"
