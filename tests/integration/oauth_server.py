"""A local OAuth2 authorization server on 127.0.0.1 for the sign-in tests.

It speaks the real protocols to the real clients, in two dialects:

- **Microsoft identity platform v2**, for MSAL: `/<tenant>/v2.0/.well-known/openid-configuration`
  (the OpenID discovery document MSAL fetches when it makes its app), `/<tenant>/oauth2/v2.0/
  devicecode` (RFC 8628 device authorization) and `/<tenant>/oauth2/v2.0/token` (device-code
  and refresh-token grants), with Microsoft's error shape: `AADSTSnnnnn:` descriptions,
  `error_codes`, `suberror`, trace and correlation ids. Tokens come with an `id_token` and
  `client_info`, from which MSAL makes its account. `/devicelogin` is the page where the
  user types the code (a test plays the user by posting its form).
- **Google's OAuth 2.0 for installed apps**: `/o/oauth2/v2/auth` (the consent page; the
  authorization-code flow with PKCE S256 only, to a loopback redirect), `/token`
  (authorization-code and refresh-token grants, with the client secret) and `/revoke`
  (RFC 7009).

Refresh tokens rotate (`rotate_refresh_tokens`): a refresh answers a new one and the old
one stops working; using a rotated one again revokes the whole sign-in (RFC 9700's reuse
detection). A revoked sign-in answers `invalid_grant`; a client whose consent an
administrator blocked answers AADSTS65001 `consent_required` (Microsoft) or
`admin_policy_enforced` (Google).

MSAL accepts only https authorities, so the client side is HTTPS with a throwaway CA
(`ca_path`). The resource-server side is RFC 7662 token introspection on a plain HTTP
listener (`introspection_url`), the endpoint Dovecot's oauth2 passdb asks whether an access
token is live: point the Dovecot fixture at it and the tokens this server issues log in.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import queue
import re
import secrets
import ssl
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from dovecot_server import write_certificates

MICROSOFT_CLIENT_ID = "3c1a2f64-8d1e-4b7a-9c55-0e2d4f6a8b10"
GOOGLE_CLIENT_ID = "271828182845-t3st0nly.apps.googleusercontent.com"
GOOGLE_CLIENT_SECRET = "GOCSPX-t3st-0nly-n0t-a-real-secret"
TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47"
TENANTS = ("common", "organizations", "consumers", TENANT_ID)
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
MICROSOFT_RESERVED_SCOPES = {"openid", "profile", "offline_access"}
_VERIFIER = re.compile(r"[A-Za-z0-9._~-]{43,128}")

Answer = tuple[int, dict[str, str], bytes]


@dataclass
class Client:
    client_id: str
    secret: str | None = None  # Google installed apps have one
    public_client_flows: bool = True  # Microsoft: "Allow public client flows"
    consent_blocked: bool = False  # an administrator blocked (or never granted) consent


@dataclass
class Grant:
    """One sign-in: the family of refresh and access tokens it led to."""

    username: str
    client_id: str
    scope: tuple[str, ...]
    dialect: str
    revoked: bool = False


@dataclass
class Token:
    value: str
    kind: str  # "access" | "refresh"
    grant: Grant
    expires_at: float | None = None
    status: str = "active"  # "active" | "rotated" | "revoked" | "expired"


@dataclass
class DeviceAuthorization:
    device_code: str
    user_code: str
    client_id: str
    scope: tuple[str, ...]
    expires_at: float
    interval: int
    status: str = "pending"  # pending | approved | declined | blocked | expired | redeemed
    username: str = ""
    polls: list[float] = field(default_factory=list)
    slow_down_next: bool = False


@dataclass
class AuthorizationRequest:
    client_id: str
    redirect_uri: str
    state: str
    scope: tuple[str, ...]
    challenge: str


@dataclass
class AuthorizationCode:
    request: AuthorizationRequest
    username: str
    scope: tuple[str, ...]
    expires_at: float
    used: bool = False
    grant: Grant | None = None


class AuthorizationServer:
    """Start it, register clients, point the clients at its URLs; `stop()` when done."""

    def __init__(
        self,
        root: Path,
        *,
        access_token_lifetime: int = 3600,
        rotate_refresh_tokens: bool = True,
        device_interval: int = 1,
        device_code_lifetime: int = 900,
    ) -> None:
        self.root = root
        self.access_token_lifetime = access_token_lifetime
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self.device_interval = device_interval
        self.device_code_lifetime = device_code_lifetime
        self.clients: dict[str, Client] = {}
        self.tokens: dict[str, Token] = {}
        self.devices: dict[str, DeviceAuthorization] = {}
        self.requests: dict[str, AuthorizationRequest] = {}
        self.codes: dict[str, AuthorizationCode] = {}
        self.calls: list[tuple[str, str]] = []  # (path, grant_type or "") of every POST
        self.introspected: list[str] = []
        self.secrets_seen: set[str] = set()  # every token, code and verifier: never to be logged
        self.lock = threading.RLock()
        self._https: ThreadingHTTPServer | None = None
        self._http: ThreadingHTTPServer | None = None

    # -- life cycle and addresses ---------------------------------------------------------

    def start(self) -> AuthorizationServer:
        self.root.mkdir(parents=True, exist_ok=True)
        write_certificates(self.root)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.root / "server.pem", self.root / "server.key")
        self._https = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self, self._client_side))
        self._https.socket = context.wrap_socket(self._https.socket, server_side=True)
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self, self._resource_side))
        for server in (self._https, self._http):
            threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        for server in (self._https, self._http):
            if server is not None:
                server.shutdown()
                server.server_close()

    @property
    def ca_path(self) -> Path:
        return self.root / "ca.pem"

    @property
    def base_url(self) -> str:
        assert self._https is not None
        return f"https://127.0.0.1:{self._https.server_address[1]}"

    @property
    def introspection_url(self) -> str:
        assert self._http is not None
        return f"http://127.0.0.1:{self._http.server_address[1]}/introspect"

    def authority(self, tenant: str = "common") -> str:
        return f"{self.base_url}/{tenant}"

    @property
    def google_authorize_url(self) -> str:
        return f"{self.base_url}/o/oauth2/v2/auth"

    @property
    def google_token_url(self) -> str:
        return f"{self.base_url}/token"

    @property
    def revoke_url(self) -> str:
        return f"{self.base_url}/revoke"

    def register(self, client: Client) -> Client:
        self.clients[client.client_id] = client
        return client

    # -- what users and administrators do elsewhere ------------------------------------

    def revoke_sign_ins(self, username: str) -> None:
        """The user removes the app's access in their account settings."""
        with self.lock:
            for token in self.tokens.values():
                if token.grant.username == username:
                    token.grant.revoked = True
                    token.status = "revoked"

    def block_consent(self, client_id: str, blocked: bool = True) -> None:
        """An administrator requires (or withdraws) approval of the app."""
        self.clients[client_id].consent_blocked = blocked

    def expire_access_tokens(self) -> None:
        with self.lock:
            for token in self.tokens.values():
                if token.kind == "access" and token.status == "active":
                    token.status = "expired"

    def expire_device_code(self, user_code: str) -> None:
        with self.lock:
            self._device_by_user_code(user_code).status = "expired"

    def slow_down_next_poll(self) -> None:
        with self.lock:
            for device in self.devices.values():
                if device.status == "pending":
                    device.slow_down_next = True

    def active_tokens(self, kind: str) -> list[str]:
        with self.lock:
            return [t.value for t in self.tokens.values() if t.kind == kind and self._live(t)]

    def grant_calls(self, grant_type: str) -> int:
        return sum(1 for _, kind in self.calls if kind == grant_type)

    def device(self, user_code: str) -> DeviceAuthorization:
        with self.lock:
            return self._device_by_user_code(user_code)

    # -- routing ------------------------------------------------------------------------

    def _client_side(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        form: dict[str, list[str]],
        headers: Any,
    ) -> Answer:
        single = {key: values[0] for key, values in form.items()}
        if method == "POST":
            self.calls.append((path, single.get("grant_type", "")))
        parts = path.strip("/").split("/")
        if method == "GET" and path.endswith("/v2.0/.well-known/openid-configuration"):
            return self._discovery(parts[0])
        if method == "POST" and path.endswith("/oauth2/v2.0/devicecode"):
            return self._device_authorization(parts[0], single)
        if method == "POST" and path.endswith("/oauth2/v2.0/token"):
            return self._token(single, headers, "microsoft")
        if path == "/devicelogin":
            return self._device_page() if method == "GET" else self._device_decision(single)
        if path == "/o/oauth2/v2/auth":
            return self._consent_page(query) if method == "GET" else self._consent_decision(form)
        if method == "POST" and path == "/token":
            return self._token(single, headers, "google")
        if method == "POST" and path == "/revoke":
            return self._revoke(single.get("token", "") or query.get("token", ""))
        return _page(404, "Not found")

    def _resource_side(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        form: dict[str, list[str]],
        headers: Any,
    ) -> Answer:
        if method != "POST" or path != "/introspect":
            return _page(404, "Not found")
        token = (form.get("token") or [""])[0]
        with self.lock:
            self.introspected.append(token)
            found = self.tokens.get(token)
            if found is None or found.kind != "access" or not self._live(found):
                return _json(200, {"active": False})
            return _json(
                200,
                {
                    "active": True,
                    "username": found.grant.username,
                    "client_id": found.grant.client_id,
                    "scope": " ".join(found.grant.scope),
                    "token_type": "Bearer",
                    "exp": int(found.expires_at or 0),
                },
            )

    # -- Microsoft: discovery and device authorization ---------------------------------

    def _discovery(self, tenant: str) -> Answer:
        if tenant not in TENANTS:
            return _microsoft_error(
                400,
                "invalid_tenant",
                90002,
                f"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID.",
            )
        prefix = f"{self.base_url}/{tenant}"
        return _json(
            200,
            {
                "token_endpoint": f"{prefix}/oauth2/v2.0/token",
                "token_endpoint_auth_methods_supported": [
                    "client_secret_post",
                    "private_key_jwt",
                    "client_secret_basic",
                ],
                "jwks_uri": f"{prefix}/discovery/v2.0/keys",
                "response_modes_supported": ["query", "fragment", "form_post"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "issuer": f"{self.base_url}/{{tenantid}}/v2.0",
                "request_uri_parameter_supported": False,
                "userinfo_endpoint": "https://graph.microsoft.com/oidc/userinfo",
                "authorization_endpoint": f"{prefix}/oauth2/v2.0/authorize",
                "device_authorization_endpoint": f"{prefix}/oauth2/v2.0/devicecode",
                "http_logout_supported": True,
                "frontchannel_logout_supported": True,
                "end_session_endpoint": f"{prefix}/oauth2/v2.0/logout",
                "claims_supported": [
                    "sub",
                    "iss",
                    "aud",
                    "exp",
                    "iat",
                    "name",
                    "preferred_username",
                    "oid",
                    "tid",
                ],
                "tenant_region_scope": None,
                "cloud_instance_name": "microsoftonline.com",
                "cloud_graph_host_name": "graph.windows.net",
                "msgraph_host": "graph.microsoft.com",
            },
        )

    def _device_authorization(self, tenant: str, form: dict[str, str]) -> Answer:
        client = self.clients.get(form.get("client_id", ""))
        if client is None:
            return _microsoft_error(
                400,
                "unauthorized_client",
                700016,
                f"Application with identifier '{form.get('client_id')}' was not found in the "
                f"directory '{tenant}'.",
            )
        device_code = "DAQABAAEAAAD" + secrets.token_urlsafe(96)
        user_code = "".join(secrets.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(9))
        with self.lock:
            self.devices[device_code] = DeviceAuthorization(
                device_code=device_code,
                user_code=user_code,
                client_id=client.client_id,
                scope=tuple(form.get("scope", "").split()),
                expires_at=time.time() + self.device_code_lifetime,
                interval=self.device_interval,
            )
            self.secrets_seen.add(device_code)
        verification_uri = f"{self.base_url}/devicelogin"
        return _json(
            200,
            {
                "user_code": user_code,
                "device_code": device_code,
                "verification_uri": verification_uri,
                "expires_in": self.device_code_lifetime,
                "interval": self.device_interval,
                "message": f"To sign in, use a web browser to open the page {verification_uri} "
                f"and enter the code {user_code} to authenticate.",
            },
        )

    def _device_page(self) -> Answer:
        return _page(
            200,
            '<form method="post" action="/devicelogin"><label>Code <input name="user_code"></label>'
            '<label>Account <input name="username"></label>'
            '<button name="decision" value="approve">Continue</button>'
            '<button name="decision" value="decline">Cancel</button></form>',
        )

    def _device_decision(self, form: dict[str, str]) -> Answer:
        with self.lock:
            try:
                device = self._device_by_user_code(form.get("user_code", ""))
            except KeyError:
                return _page(400, "That code is not valid.")
            if device.status != "pending" or time.time() > device.expires_at:
                return _page(400, "That code has expired.")
            if form.get("decision") != "approve":
                device.status = "declined"
                return _page(200, "You declined. You can close this window.")
            if self.clients[device.client_id].consent_blocked:
                device.status = "blocked"
                return _page(
                    200,
                    "Need admin approval: this app needs permission to access resources in "
                    "your organization that only an admin can grant.",
                )
            device.status, device.username = "approved", form.get("username", "")
            return _page(200, "You have signed in. You can close this window.")

    def _device_by_user_code(self, user_code: str) -> DeviceAuthorization:
        wanted = user_code.replace("-", "").strip().upper()
        for device in self.devices.values():
            if device.user_code == wanted:
                return device
        raise KeyError(user_code)

    # -- Google: consent page ------------------------------------------------------------

    def _consent_page(self, query: dict[str, str]) -> Answer:
        client = self.clients.get(query.get("client_id", ""))
        if client is None:
            return _page(401, "Error 401: invalid_client. The OAuth client was not found.")
        redirect_uri = query.get("redirect_uri", "")
        if not _is_loopback_redirect(redirect_uri):
            return _page(400, "Error 400: redirect_uri_mismatch")
        state = query.get("state", "")
        if query.get("response_type") != "code":
            return _redirect(redirect_uri, {"error": "unsupported_response_type", "state": state})
        if not query.get("code_challenge") or query.get("code_challenge_method") != "S256":
            return _redirect(
                redirect_uri,
                {
                    "error": "invalid_request",
                    "error_description": "PKCE S256 is required",
                    "state": state,
                },
            )
        request_id = secrets.token_urlsafe(16)
        scope = tuple(query.get("scope", "").split())
        self.requests[request_id] = AuthorizationRequest(
            client.client_id, redirect_uri, state, scope, query["code_challenge"]
        )
        boxes = "".join(
            f'<label><input type="checkbox" name="scope" value="{html.escape(s)}" checked>'
            f"{html.escape(s)}</label>"
            for s in scope
        )
        return _page(
            200,
            '<form method="post" action="/o/oauth2/v2/auth">'
            f'<input type="hidden" name="request_id" value="{request_id}">'
            f'<label>Account <input name="username"></label>{boxes}'
            '<button name="decision" value="allow">Allow</button>'
            '<button name="decision" value="deny">Cancel</button></form>',
        )

    def _consent_decision(self, form: dict[str, list[str]]) -> Answer:
        request = self.requests.pop((form.get("request_id") or [""])[0], None)
        if request is None:
            return _page(400, "This sign-in request has expired.")
        if (form.get("decision") or [""])[0] != "allow":
            return _redirect(
                request.redirect_uri, {"error": "access_denied", "state": request.state}
            )
        if self.clients[request.client_id].consent_blocked:
            return _redirect(
                request.redirect_uri, {"error": "admin_policy_enforced", "state": request.state}
            )
        granted = tuple(s for s in request.scope if s in (form.get("scope") or []))
        code = "4/0A" + secrets.token_urlsafe(48)
        with self.lock:
            self.codes[code] = AuthorizationCode(
                request, (form.get("username") or [""])[0], granted, time.time() + 600
            )
            self.secrets_seen.add(code)
        return _redirect(
            request.redirect_uri, {"state": request.state, "code": code, "scope": " ".join(granted)}
        )

    # -- the token endpoint --------------------------------------------------------------

    def _token(self, form: dict[str, str], headers: Any, dialect: str) -> Answer:
        grant_type = form.get("grant_type", "")
        with self.lock:
            for key in ("refresh_token", "code_verifier", "device_code", "code", "client_secret"):
                if form.get(key):
                    self.secrets_seen.add(form[key])
            client = self.clients.get(form.get("client_id", ""))
            if client is None:
                return _error(
                    dialect,
                    400,
                    "unauthorized_client",
                    700016,
                    "Application was not found in the directory.",
                )
            if dialect == "google" and not _client_authenticated(client, form, headers):
                return _error(dialect, 401, "invalid_client", 7000215, "Unauthorized")
            if grant_type == DEVICE_GRANT and dialect == "microsoft":
                return self._device_grant(client, form)
            if grant_type == "authorization_code" and dialect == "google":
                return self._code_grant(client, form)
            if grant_type == "refresh_token":
                return self._refresh_grant(client, form, dialect)
            return _error(
                dialect,
                400,
                "unsupported_grant_type",
                70003,
                f"The app requested an unsupported grant type '{grant_type}'.",
            )

    def _device_grant(self, client: Client, form: dict[str, str]) -> Answer:
        device = self.devices.get(form.get("device_code", ""))
        if device is None or device.client_id != client.client_id:
            return _microsoft_error(
                400,
                "invalid_grant",
                70000,
                "The provided value for the 'device_code' is not valid.",
            )
        if not client.public_client_flows:
            return _microsoft_error(
                401,
                "invalid_client",
                7000218,
                "The request body must contain the following parameter: 'client_assertion' "
                "or 'client_secret'.",
            )
        now = time.time()
        too_soon = bool(device.polls) and now - device.polls[-1] < device.interval - 0.5
        device.polls.append(now)
        if device.status == "redeemed":
            return _microsoft_error(
                400, "invalid_grant", 54005, "OAuth2 Authorization code was already redeemed."
            )
        if device.status == "expired" or now > device.expires_at:
            device.status = "expired"
            return _microsoft_error(
                400,
                "expired_token",
                70020,
                "The provided value for the input parameter 'device_code' is not valid. "
                "This device code has expired.",
            )
        if device.slow_down_next or (too_soon and device.status == "pending"):
            device.slow_down_next = False
            device.interval += 5
            return _microsoft_error(400, "slow_down", 70016, "Polling too often: slow down.")
        if device.status == "pending":
            return _microsoft_error(
                400,
                "authorization_pending",
                70016,
                "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
            )
        if device.status == "declined":
            return _microsoft_error(
                400,
                "access_denied",
                70019,
                "The user declined the sign-in. Verification code was declined by the user.",
            )
        if device.status == "blocked":
            return _consent_error("microsoft", client)
        device.status = "redeemed"
        grant = Grant(device.username, client.client_id, _granted_scope(device.scope), "microsoft")
        return _json(200, self._issue(grant, with_refresh=True))

    def _code_grant(self, client: Client, form: dict[str, str]) -> Answer:
        code = self.codes.get(form.get("code", ""))
        if (
            code is None
            or code.request.client_id != client.client_id
            or time.time() > code.expires_at
        ):
            return _google_error(400, "invalid_grant", "Malformed auth code.")
        if code.used:
            if code.grant is not None:
                self._revoke_grant(code.grant)  # a code used twice: what it gave is revoked
            return _google_error(400, "invalid_grant", "Bad Request")
        code.used = True
        if form.get("redirect_uri") != code.request.redirect_uri:
            return _google_error(400, "redirect_uri_mismatch", "Bad Request")
        verifier = form.get("code_verifier", "")
        if not _VERIFIER.fullmatch(verifier) or _s256(verifier) != code.request.challenge:
            return _google_error(400, "invalid_grant", "Invalid code verifier.")
        code.grant = Grant(code.username, client.client_id, code.scope, "google")
        return _json(200, self._issue(code.grant, with_refresh=True))

    def _refresh_grant(self, client: Client, form: dict[str, str], dialect: str) -> Answer:
        token = self.tokens.get(form.get("refresh_token", ""))
        if token is None or token.kind != "refresh" or token.grant.client_id != client.client_id:
            return _error(
                dialect,
                400,
                "invalid_grant",
                9002313,
                "Invalid request. Request is malformed or invalid.",
            )
        if client.consent_blocked:
            return _consent_error(dialect, client)
        if token.status == "rotated":
            self._revoke_grant(token.grant)  # a rotated refresh token used again: stolen?
        if token.status != "active" or token.grant.revoked:
            if dialect == "google":
                return _google_error(400, "invalid_grant", "Token has been expired or revoked.")
            return _microsoft_error(
                400,
                "invalid_grant",
                50173,
                "The provided grant has expired due to it being revoked, a fresh auth token "
                "is needed. The user might have changed or reset their password.",
            )
        rotate = self.rotate_refresh_tokens
        if rotate:
            token.status = "rotated"
        return _json(
            200,
            self._issue(
                token.grant,
                with_refresh=rotate or dialect == "microsoft",
                reuse=None if rotate else token,
            ),
        )

    def _revoke(self, value: str) -> Answer:
        with self.lock:
            token = self.tokens.get(value)
            if token is not None:
                if token.kind == "refresh":
                    self._revoke_grant(token.grant)
                else:
                    token.status = "revoked"
        return _json(200, {})

    def _revoke_grant(self, grant: Grant) -> None:
        grant.revoked = True
        for token in self.tokens.values():
            if token.grant is grant:
                token.status = "revoked"

    # -- issuing ------------------------------------------------------------------------

    def _issue(
        self, grant: Grant, *, with_refresh: bool, reuse: Token | None = None
    ) -> dict[str, Any]:
        access = self._new_token(
            grant, "access", _access_token_value(grant.dialect, grant.username)
        )
        body: dict[str, Any] = {
            "token_type": "Bearer",
            "scope": " ".join(grant.scope),
            "expires_in": self.access_token_lifetime,
            "access_token": access.value,
        }
        if with_refresh:
            body["refresh_token"] = (
                reuse.value
                if reuse
                else self._new_token(grant, "refresh", _refresh_token_value(grant.dialect)).value
            )
        if grant.dialect == "microsoft":
            body["ext_expires_in"] = self.access_token_lifetime
            body["id_token"] = _id_token(grant, self.base_url)
            body["client_info"] = _b64({"uid": _object_id(grant.username), "utid": TENANT_ID})
        return body

    def _new_token(self, grant: Grant, kind: str, value: str) -> Token:
        expires_at = time.time() + self.access_token_lifetime if kind == "access" else None
        token = Token(value, kind, grant, expires_at)
        self.tokens[value] = token
        self.secrets_seen.add(value)
        return token

    def _live(self, token: Token) -> bool:
        if token.status != "active" or token.grant.revoked:
            return False
        return token.expires_at is None or token.expires_at > time.time()


# -- HTTP plumbing and formats ----------------------------------------------------------

Route = Callable[[str, str, dict[str, str], dict[str, list[str]], Any], Answer]


def _handler(server: AuthorizationServer, route: Route) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._serve("GET", {})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            self._serve("POST", parse_qs(self.rfile.read(length).decode(), keep_blank_values=True))

        def _serve(self, method: str, form: dict[str, list[str]]) -> None:
            parts = urlsplit(self.path)
            query = {key: values[0] for key, values in parse_qs(parts.query).items()}
            try:
                status, headers, body = route(method, parts.path, query, form, self.headers)
            except Exception as error:  # a bug in this server: answer, and show it
                status, headers, body = 500, {"Content-Type": "text/plain"}, repr(error).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_: object) -> None:
            pass

    return Handler


def _json(status: int, body: dict[str, Any]) -> Answer:
    headers = {"Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store"}
    return status, headers, json.dumps(body).encode()


def _page(status: int, content: str) -> Answer:
    return (
        status,
        {"Content-Type": "text/html; charset=utf-8"},
        f"<!doctype html><title>Sign in</title>{content}".encode(),
    )


def _redirect(redirect_uri: str, params: dict[str, str]) -> Answer:
    separator = "&" if "?" in redirect_uri else "?"
    return 302, {"Location": f"{redirect_uri}{separator}{urlencode(params)}"}, b""


def _error(dialect: str, status: int, error: str, code: int, description: str) -> Answer:
    if dialect == "microsoft":
        return _microsoft_error(status, error, code, description)
    return _google_error(status, error, description)


def _microsoft_error(
    status: int, error: str, code: int, description: str, suberror: str | None = None
) -> Answer:
    trace, correlation = uuid.uuid4(), uuid.uuid4()
    stamp = time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime())
    body: dict[str, Any] = {
        "error": error,
        "error_description": f"AADSTS{code}: {description} Trace ID: {trace} "
        f"Correlation ID: {correlation} Timestamp: {stamp}",
        "error_codes": [code],
        "timestamp": stamp,
        "trace_id": str(trace),
        "correlation_id": str(correlation),
        "error_uri": "https://login.microsoftonline.com/error?code=" + str(code),
    }
    if suberror:
        body["suberror"] = suberror
    return _json(status, body)


def _google_error(status: int, error: str, description: str) -> Answer:
    return _json(status, {"error": error, "error_description": description})


def _consent_error(dialect: str, client: Client) -> Answer:
    if dialect == "google":
        return _google_error(
            400, "admin_policy_enforced", "Access to this app is blocked by your administrator."
        )
    return _microsoft_error(
        400,
        "invalid_grant",
        65001,
        "The user or administrator has not consented to use the application with ID "
        f"'{client.client_id}' named 'followupd'. "
        "Send an interactive authorization request for this user and resource.",
        suberror="consent_required",
    )


def _client_authenticated(client: Client, form: dict[str, str], headers: Any) -> bool:
    if client.secret is None:
        return True
    given = form.get("client_secret")
    authorization = headers.get("Authorization", "") if headers is not None else ""
    if given is None and authorization.startswith("Basic "):
        given = base64.b64decode(authorization[6:]).decode().partition(":")[2]
    return given == client.secret


def _is_loopback_redirect(uri: str) -> bool:
    parts = urlsplit(uri)
    return (
        parts.scheme == "http"
        and parts.hostname in ("127.0.0.1", "localhost", "::1")
        and parts.port is not None
    )


def _granted_scope(requested: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(s for s in requested if s not in MICROSOFT_RESERVED_SCOPES)


def _s256(verifier: str) -> str:
    return (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )


def _b64(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def _object_id(username: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, username))


def _id_token(grant: Grant, issuer_base: str) -> str:
    now = int(time.time())
    claims = {
        "aud": grant.client_id,
        "iss": f"{issuer_base}/{TENANT_ID}/v2.0",
        "iat": now,
        "nbf": now,
        "exp": now + 3600,
        "name": grant.username,
        "oid": _object_id(grant.username),
        "preferred_username": grant.username,
        "sub": _object_id(grant.username),
        "tid": TENANT_ID,
        "ver": "2.0",
    }
    header = _b64({"typ": "JWT", "alg": "RS256", "kid": "test"})
    return f"{header}.{_b64(claims)}.{secrets.token_urlsafe(32)}"


def _access_token_value(dialect: str, username: str) -> str:
    if dialect == "google":
        return "ya29.a0" + secrets.token_urlsafe(120)
    claims = {
        "aud": "https://outlook.office.com",
        "upn": username,
        "scp": "IMAP.AccessAsUser.All",
        "jti": secrets.token_urlsafe(8),
    }
    return f"{_b64({'typ': 'JWT', 'alg': 'RS256'})}.{_b64(claims)}.{secrets.token_urlsafe(64)}"


def _refresh_token_value(dialect: str) -> str:
    if dialect == "google":
        return "1//0g" + secrets.token_urlsafe(80)
    return "0.AXoA" + secrets.token_urlsafe(200).replace("-", ".")


class Browser:
    """The user's browser: opens the pages this server shows and posts their forms, as a
    person would; follows Google's redirect to the loopback address of the waiting login."""

    def __init__(self, server: AuthorizationServer) -> None:
        from urllib.request import HTTPSHandler, build_opener

        self.server = server
        context = ssl.create_default_context(cafile=str(server.ca_path))
        self._opener = build_opener(HTTPSHandler(context=context))
        self.last_redirect = ""

    def enter_device_code(
        self, verification_uri: str, user_code: str, username: str, decision: str = "approve"
    ) -> str:
        """Open the device-login page and type the code (as printed by `login`)."""
        self._open(verification_uri)
        return self._open(
            verification_uri, {"user_code": user_code, "username": username, "decision": decision}
        )[1]

    def consent(
        self,
        url: str,
        username: str,
        *,
        decision: str = "allow",
        scopes: list[str] | None = None,
        follow: bool = True,
    ) -> tuple[int, str]:
        """Open the authorization URL, sign in as `username`, tick `scopes` (default: all
        asked), press Allow or Cancel; then go where the redirect says, unless not `follow`
        (the redirect's address is in `last_redirect`)."""
        status, page = self._open(url)
        assert status == 200, page
        request_id = re.search(r'name="request_id" value="([^"]+)"', page)
        assert request_id is not None, page
        asked = re.findall(r'name="scope" value="([^"]+)"', page)
        form = [("request_id", request_id.group(1)), ("username", username), ("decision", decision)]
        form += [("scope", html.unescape(s)) for s in (asked if scopes is None else scopes)]
        answer = self._raw_post(url.split("?", maxsplit=1)[0], urlencode(form))
        self.last_redirect = answer.getheader("Location") or ""
        if not follow or not self.last_redirect:
            return answer.status, answer.read().decode()
        return self._open(self.last_redirect)

    def _raw_post(self, url: str, body: str) -> Any:
        import http.client

        parts = urlsplit(url)
        context = ssl.create_default_context(cafile=str(self.server.ca_path))
        connection = http.client.HTTPSConnection(
            parts.hostname or "", parts.port, context=context, timeout=10
        )
        connection.request(
            "POST", parts.path, body, {"Content-Type": "application/x-www-form-urlencoded"}
        )
        return connection.getresponse()

    def _open(self, url: str, form: dict[str, str] | None = None) -> tuple[int, str]:
        from urllib.error import HTTPError
        from urllib.request import Request

        data = urlencode(form).encode() if form is not None else None
        try:
            with self._opener.open(Request(url, data=data), timeout=10) as answer:
                return answer.status, answer.read().decode()
        except HTTPError as error:
            return error.code, error.read().decode()


class Terminal:
    """What `followupd login` says, for the test that plays the user reading it."""

    def __init__(self) -> None:
        self.said: queue.Queue[str] = queue.Queue()
        self.everything: list[str] = []

    def say(self, text: str) -> None:
        self.everything.append(text)
        self.said.put(text)

    def next(self, timeout: float = 15) -> str:
        return self.said.get(timeout=timeout)

    def device_code(self) -> tuple[str, str]:
        """(verification page, user code) from Microsoft's sign-in instructions."""
        found = re.search(r"open (\S+) , enter the code (\S+) ", self.next())
        assert found is not None
        return found.group(1), found.group(2)

    def address_to_open(self) -> str:
        found = re.search(r"^  (https://\S+)$", self.next(), re.M)
        assert found is not None
        return found.group(1)
