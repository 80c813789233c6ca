"""A throwaway Dovecot 2.3 IMAP server on 127.0.0.1 for integration tests and the IMAP bench.

Everything lives in one temporary folder: config, passwd-file, Maildirs, a self-signed
certificate (with its own CA) and the logs. Users log in with PASSWORD, or by XOAUTH2 /
OAUTHBEARER with the access token `oauth_token(user)`: Dovecot's oauth2 passdb asks a token
introspection endpoint that this module serves on 127.0.0.1 (RFC 7662 style), the way it asks
an identity provider in production. Two listeners: plain IMAP (loopback tests and
STARTTLS) and implicit TLS, the latter also on 127.0.0.2, an address the certificate does not
name. Started as root, the login processes run as dovenull and mail is owned by the dovecot
user, so the folder is made traversable by them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
DOVEADM = shutil.which("doveadm") or "/usr/bin/doveadm"
PASSWORD = "secret-pw"
LOGOUT_RE = re.compile(r"imap\((?P<user>[^)]+)\).*?Logged out in=(?P<in>\d+) out=(?P<out>\d+)")


def dovecot_missing_reason() -> str | None:
    """Why Dovecot cannot be started here, or None when it can."""
    if not Path(DOVECOT).exists():
        return "Dovecot is not installed (apt-get install dovecot-imapd)"
    if os.geteuid() != 0:
        return "the Dovecot fixture must start as root (it drops to dovecot/dovenull)"
    try:
        pwd.getpwnam("dovecot")
        pwd.getpwnam("dovenull")
    except KeyError:
        return "the dovecot/dovenull system users are missing"
    version = subprocess.run(
        [DOVECOT, "--version"], capture_output=True, text=True, check=False
    ).stdout
    if not version.startswith("2.3."):
        return f"this fixture writes Dovecot 2.3 config; found {version.strip()!r}"
    return None


def oauth_token(user: str) -> str:
    """The access token the introspection endpoint vouches for, for `user`."""
    return f"ya29.test-token-for-{user}"


class TokenIntrospection:
    """An OAuth2 token introspection endpoint on 127.0.0.1: `{"active": true, "username": u}`
    for oauth_token(u) of a known user, `{"active": false}` for anything else."""

    def __init__(self, users: tuple[str, ...]) -> None:
        tokens = {oauth_token(user): user for user in users}
        self.asked: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = parse_qs(self.rfile.read(length).decode())
                token = (form.get("token") or [""])[0]
                outer.asked.append(token)
                user = tokens.get(token)
                answer = {"active": True, "username": user} if user else {"active": False}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                pass

        outer = self
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/introspect"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class DovecotServer:
    root: Path
    users: tuple[str, ...] = ("alice", "bob", "carol")
    plain_port: int = field(default_factory=free_port)
    tls_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    introspection: TokenIntrospection | None = None
    # a folder with ca.pem, server.pem and server.key to serve instead of a new CA's: so that
    # one CA signs this server and another (the OAuth tests' authorization server)
    certificates: Path | None = None

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def ca_path(self) -> Path:
        return self.root / "ca.pem"

    def maildir(self, user: str) -> Path:
        return self.root / "mail" / user

    def start(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.root.chmod(0o755)
        if self.certificates is None:
            write_certificates(self.root)
        else:
            for name in ("ca.pem", "server.pem", "server.key"):
                shutil.copy2(self.certificates / name, self.root / name)
        (self.root / "passwd").write_text(
            "".join(f"{user}:{{PLAIN}}{PASSWORD}::::::\n" for user in self.users)
        )
        mail = self.root / "mail"
        mail.mkdir(exist_ok=True)
        dovecot = pwd.getpwnam("dovecot")
        os.chown(mail, dovecot.pw_uid, dovecot.pw_gid)
        self.introspection = TokenIntrospection(self.users)
        (self.root / "oauth2.conf.ext").write_text(
            "introspection_mode = post\n"
            f"introspection_url = {self.introspection.url}\n"
            "force_introspection = yes\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        self.config_path.write_text(self._config(dovecot.pw_uid))
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config_path)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "dovecot.stderr", "wb"),  # noqa: SIM115
        )
        self._wait_for_port(self.plain_port)
        self._wait_for_port(self.tls_port)

    def stop(self) -> None:
        if self.introspection is not None:
            self.introspection.stop()
            self.introspection = None
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    def _wait_for_port(self, port: int) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited: {self.stderr_and_log()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot did not listen on {port}: {self.stderr_and_log()}")

    def stderr_and_log(self) -> str:
        parts = [self.root / "dovecot.stderr", self.log_path]
        return "\n".join(p.read_text(errors="replace")[-3000:] for p in parts if p.exists())

    def logouts(self, user: str | None = None) -> list[tuple[int, int]]:
        """(bytes in, bytes out) of every finished IMAP session, in log order."""
        if not self.log_path.exists():
            return []
        found = (LOGOUT_RE.search(line) for line in self.log_path.read_text().splitlines())
        return [
            (int(m["in"]), int(m["out"]))
            for m in found
            if m is not None and (user is None or m["user"] == user)
        ]

    def wait_for_logouts(self, count: int, user: str | None = None) -> list[tuple[int, int]]:
        """The log line is written just after the client's LOGOUT returns: wait for it."""
        deadline = time.monotonic() + 5
        while len(found := self.logouts(user)) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return found

    def index(self, user: str) -> None:
        """Let Dovecot index mail written straight into a Maildir (doveadm force-resync)."""
        done = subprocess.run(
            [DOVEADM, "-c", str(self.config_path), "force-resync", "-u", user, "*"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"doveadm force-resync failed: {done.stderr.strip()}")

    def drop_caches(self, user: str) -> None:
        """Forget what Dovecot cached of `user`'s mail (header fields, structures), as on a
        server never asked for them; between sessions, while none is open."""
        for cache in self.maildir(user).rglob("dovecot.index.cache"):
            cache.unlink()

    def own_mail(self) -> None:
        """Give files written by the tests (as root) to the dovecot user."""
        dovecot = pwd.getpwnam("dovecot")
        for path in _walk(self.root / "mail"):
            os.chown(path, dovecot.pw_uid, dovecot.pw_gid)

    def _config(self, mail_uid: int) -> str:
        root = self.root
        return f"""
protocols = imap
listen = 127.0.0.1, 127.0.0.2
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{root}/server.pem
ssl_key = <{root}/server.key
default_login_user = dovenull
default_internal_user = dovecot
mail_uid = dovecot
mail_gid = dovecot
first_valid_uid = {mail_uid}
last_valid_uid = {mail_uid}
mail_location = maildir:{root}/mail/%u
auth_mechanisms = plain login xoauth2 oauthbearer
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/oauth2.conf.ext
}}
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN {root}/passwd
}}
userdb {{
  driver = static
  args = home={root}/mail/%u allow_all_users=yes
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
imap_logout_format = in=%i out=%o
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1 127.0.0.2
    port = {self.tls_port}
    ssl = yes
  }}
}}
auth_failure_delay = 0
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  chroot =
}}
"""


def _walk(top: Path) -> Iterator[Path]:
    yield top
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            yield Path(dirpath) / name


def write_certificates(folder: Path) -> None:
    """A throwaway CA (ca.pem) and a server certificate for 127.0.0.1/localhost it signed."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    ca_key = ec.generate_private_key(ec.SECP256R1())
    key = ec.generate_private_key(ec.SECP256R1())
    ca_cert, cert = _certificates(ca_key, key)
    pem = serialization.Encoding.PEM
    (folder / "ca.pem").write_bytes(ca_cert.public_bytes(pem))
    (folder / "server.pem").write_bytes(cert.public_bytes(pem))
    key_path = folder / "server.key"
    key_path.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    key_path.chmod(0o600)


def _certificates(ca_key: Any, key: Any) -> tuple[Any, Any]:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "followupd test CA")])
    ca_cert = (
        _builder(ca_name, ca_name, ca_key.public_key(), ca=True)
        .add_extension(_signs_certificates(), critical=True)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    server_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    cert = (
        _builder(server_name, ca_name, key.public_key(), ca=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    return ca_cert, cert


def _builder(subject: Any, issuer: Any, public_key: Any, ca: bool) -> Any:
    from cryptography import x509

    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )


def _signs_certificates() -> Any:
    from cryptography import x509

    return x509.KeyUsage(
        digital_signature=True,
        key_cert_sign=True,
        crl_sign=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        encipher_only=False,
        decipher_only=False,
    )
