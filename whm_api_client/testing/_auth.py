"""Who may call: API tokens, passwords, access hashes, sessions, and cpsrvd's refusals (§3).

- ``Authorization: whm USER:TOKEN`` (an API token, or the legacy access hash that cPanel's
  own code sends as ``WHM USER:HASH``), or ``Basic base64(user:pass)``.
- Bad or missing credentials on ``/json-api/*``: ``403 Forbidden Access denied``,
  ``text/plain; charset="utf-8"``, the API 2 style ``cpanelresult`` body.
- ``POST /login/?login_only=1``: a bad login is ``401 Access Denied`` with
  ``{"status":0,"message":"see_login_log"}`` and a ``whostmgrsession`` cookie; a good one gives
  the session's ``/cpsessNNNNNNNNNN`` token and cookie. The token's JSON key
  (``security_token``) is what clients read; the facts only say it is in the JSON reply.
  A two-factor account without its code gets a page with ``tfa_login_form``.
- The cookie without (or with a wrong) ``/cpsess…`` prefix: ``401 Token Denied``, ``text/html``.

API tokens and their functions (api_token_create, api_token_list, api_token_revoke) live
here too: a created token authenticates at once; an expired one (``expires_at`` in the past
on the simulator's clock) or one used from an address outside its ``whitelist_ip`` list
does not.
"""

from __future__ import annotations

import base64
import binascii
import json
import string
from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from ._calls import ApiFailure, Call, Handler
from ._wire import ACCESS_DENIED, SimRequest, SimResponse, dump_json, quoted, text_response

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["HANDLERS", "ApiToken", "Authenticated", "Logins", "Tokens", "authenticate"]

TOKEN_ALPHABET = string.ascii_uppercase + string.digits
SESSION_COOKIE = "whostmgrsession"


@attrs.define
class ApiToken:
    user: str
    name: str
    token: str
    create_time: int
    expires_at: int | None = None
    acls: list[str] = attrs.Factory(list)
    whitelist_ips: list[str] = attrs.Factory(list)

    def usable(self, client: str, now: float) -> bool:
        if self.expires_at is not None and self.expires_at <= now:
            return False
        return not self.whitelist_ips or client in self.whitelist_ips


class Tokens:
    """API tokens, per WHM user."""

    def __init__(self, simulator: WhmSimulator) -> None:
        self._sim = simulator
        self._tokens: dict[tuple[str, str], ApiToken] = {}

    def create(
        self,
        user: str,
        name: str,
        *,
        token: str | None = None,
        acls: list[str] | None = None,
        expires_at: int | None = None,
        whitelist_ips: list[str] | None = None,
    ) -> ApiToken:
        if not name:
            raise ApiFailure(f"Provide the {quoted('token_name')} parameter.")
        if (user, name) in self._tokens:
            raise ApiFailure(f"An API token named {quoted(name)} already exists.")
        rng = self._sim.rng
        secret = token or "".join(rng.choice(TOKEN_ALPHABET) for _ in range(32))
        created = ApiToken(
            user,
            name,
            secret,
            int(self._sim.clock()),
            expires_at or None,
            list(acls or ["all"]),
            list(whitelist_ips or []),
        )
        self._tokens[(user, name)] = created
        return created

    def revoke(self, user: str, name: str) -> None:
        if self._tokens.pop((user, name), None) is None:
            raise ApiFailure(f"The API token {quoted(name)} does not exist.")

    def of(self, user: str) -> list[ApiToken]:
        return [token for (owner, _), token in self._tokens.items() if owner == user]

    def find(self, user: str, secret: str) -> ApiToken | None:
        for (owner, _), token in self._tokens.items():
            if owner == user and token.token == secret:
                return token
        return None


@attrs.define
class Session:
    user: str
    cookie: str


class Logins:
    """WHM logins (root and resellers): passwords, access hashes, two-factor codes, sessions,
    and the failed attempts per source address that a lockout counts."""

    def __init__(self, simulator: WhmSimulator) -> None:
        self._sim = simulator
        self.passwords: dict[str, str] = {}
        self.access_hashes: dict[str, str] = {}
        self.two_factor_codes: dict[str, str] = {}
        self.sessions: dict[str, Session] = {}  # "cpsess0123456789" -> session
        self.failures: Counter[str] = Counter()

    def add_user(
        self,
        user: str,
        password: str | None = None,
        *,
        access_hash: str | None = None,
        two_factor_code: str | None = None,
    ) -> None:
        if password is not None:
            self.passwords[user] = password
        if access_hash is not None:
            self.access_hashes[user] = access_hash
        if two_factor_code is not None:
            self.two_factor_codes[user] = two_factor_code

    def open_session(self, user: str) -> tuple[str, Session]:
        rng = self._sim.rng
        token = f"cpsess{rng.randrange(10**10):010d}"
        cookie = f"{user}:{''.join(rng.choice(TOKEN_ALPHABET) for _ in range(24))}"
        self.sessions[token] = Session(user, cookie)
        return token, self.sessions[token]

    def expire_sessions(self) -> None:
        """End every session: the next request in one gets ``401 Token Denied`` (§3)."""
        self.sessions.clear()

    def password_ok(self, user: str, password: str) -> bool:
        if self.passwords.get(user) == password:
            return True
        # a reseller account (createacct reseller=1) logs in to WHM with its own password
        known = self._sim.accounts.reseller_password(user)
        return known is not None and known == password


@attrs.frozen
class Authenticated:
    user: str
    kind: str  # "token", "hash", "basic" or "session"


# ---------------------------------------------------------------------- replies (§3)


def access_denied() -> SimResponse:
    """``403 Forbidden Access denied``, text/plain, the cpanelresult body (§3)."""
    return text_response(403, dump_json(ACCESS_DENIED).decode(), reason="Forbidden Access denied")


def token_denied(code: str) -> SimResponse:
    """``401 Token Denied``, text/html (§3); ``code`` is one of the login page's codes."""
    page = (
        "<!DOCTYPE html><html><head><title>Login</title></head><body>"
        f'<div id="login-status" data-code="{code}">{code}</div>'
        '<form id="login_form" action="/login/" method="post">'
        '<input name="user"><input name="pass" type="password"></form></body></html>'
    )
    return text_response(401, page, "text/html; charset=utf-8", reason="Token Denied")


def login_refused(simulator: WhmSimulator) -> SimResponse:
    """A failed login: ``401 Access Denied`` with ``see_login_log`` and a cookie (§3)."""
    response = text_response(
        401,
        json.dumps({"status": 0, "message": "see_login_log"}),
        'text/plain; charset="utf-8"',
        reason="Access Denied",
    )
    cookie = f"nocookie:{simulator.rng.randrange(16**12):012x}"
    response.headers.append(("Set-Cookie", f"{SESSION_COOKIE}={cookie}; path=/; HttpOnly"))
    return response


def two_factor_page() -> SimResponse:
    """The login page of a two-factor account that sent no (or a wrong) code (§3)."""
    page = (
        "<!DOCTYPE html><html><head><title>Login</title></head><body>"
        '<form id="tfa_login_form" action="/login/" method="post">'
        '<input name="tfa_token"></form></body></html>'
    )
    return text_response(200, page, "text/html; charset=utf-8")


def login(simulator: WhmSimulator, request: SimRequest, form: dict[str, str]) -> SimResponse:
    """``POST /login/?login_only=1`` (§3)."""
    logins = simulator.logins
    lockout = simulator.faults.lockout(request.client, logins.failures)
    if lockout is not None:
        return lockout.refusal(simulator, login=True)
    user, password = form.get("user", ""), form.get("pass", "")
    if not user or not logins.password_ok(user, password):
        logins.failures[request.client] += 1
        return login_refused(simulator)
    code = logins.two_factor_codes.get(user)
    if code is not None and form.get("tfa_token") != code:
        return two_factor_page()
    token, session = logins.open_session(user)
    body = {"status": 1, "security_token": f"/{token}", "redirect": f"/{token}/"}
    response = SimResponse(200, dump_json(body), [("Content-Type", "application/json")])
    response.headers.append(("Set-Cookie", f"{SESSION_COOKIE}={session.cookie}; path=/; HttpOnly"))
    return response


def authenticate(
    simulator: WhmSimulator, request: SimRequest, session_token: str | None
) -> Authenticated | SimResponse:
    """Who sent ``request`` to /json-api, or the refusal cpsrvd sends (§3)."""
    header = request.header("authorization")
    cookie = request.cookies.get(SESSION_COOKIE)
    if not header and cookie is not None:
        session = simulator.logins.sessions.get(session_token or "")
        if session is None or session.cookie != cookie:
            code = "token_missing" if session_token is None else "token_incorrect"
            return token_denied(code)
        return Authenticated(session.user, "session")
    if not header:
        return access_denied()
    lockout = simulator.faults.lockout(request.client, simulator.logins.failures)
    if lockout is not None:
        return lockout.refusal(simulator, login=False)
    found = _check_header(simulator, request, header)
    if found is None:
        simulator.logins.failures[request.client] += 1
        return access_denied()
    return found


def _check_header(
    simulator: WhmSimulator, request: SimRequest, header: str
) -> Authenticated | None:
    scheme, _, value = header.strip().partition(" ")
    scheme = scheme.lower()
    if scheme == "whm":
        user, _, secret = value.strip().partition(":")
        token = simulator.tokens.find(user, secret)
        if token is not None:
            return (
                Authenticated(user, "token")
                if token.usable(request.client, simulator.clock())
                else None
            )
        access_hash = simulator.logins.access_hashes.get(user)
        if access_hash and "".join(secret.split()) == "".join(access_hash.split()):
            return Authenticated(user, "hash")
        return None
    if scheme == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return None
        user, _, password = decoded.partition(":")
        if simulator.logins.password_ok(user, password):
            return Authenticated(user, "basic")
    return None


# ---------------------------------------------------------------------- handlers


def _token_fields(token: ApiToken) -> dict[str, Any]:
    return {
        "name": token.name,
        "create_time": token.create_time,
        "expires_at": token.expires_at,
        "whitelist_ips": token.whitelist_ips,
    }


def _api_token_create(call: Call) -> dict[str, Any]:
    expires = call.text("expires_at")
    token = call.simulator.tokens.create(
        call.user,
        call.require("token_name"),
        acls=[str(acl) for acl in call.args.getlist("acl")] or None,
        expires_at=int(expires) if expires.isdecimal() else None,
        whitelist_ips=[str(ip) for ip in call.args.getlist("whitelist_ip")],
    )
    return {**_token_fields(token), "acls": token.acls, "token": token.token}


def _api_token_list(call: Call) -> dict[str, Any]:
    tokens = {
        token.name: {**_token_fields(token), "acls": dict.fromkeys(token.acls, 1)}
        for token in call.simulator.tokens.of(call.user)
    }
    return {"tokens": tokens}


def _api_token_revoke(call: Call) -> None:
    call.simulator.tokens.revoke(call.user, call.require("token_name"))


HANDLERS: dict[str, Handler] = {
    "api_token_create": _api_token_create,
    "api_token_list": _api_token_list,
    "api_token_revoke": _api_token_revoke,
}
