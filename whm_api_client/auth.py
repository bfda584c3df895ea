"""Credentials for WHM: an API token or a password, as httpx auth objects.

Secrets live in private attributes and never appear in ``repr``/``str``;
httpx itself shows the Authorization header as ``[secure]``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Generator

import httpx

from .errors import WhmAuthError, WhmConfigError
from .wire import redact

__all__ = ["ApiTokenAuth", "BasicAuth", "SessionAuth", "WhmAuth"]


def _check(user: str, secret: str, what: str) -> None:
    if not isinstance(user, str) or not isinstance(secret, str) or not user or not secret:
        raise WhmConfigError(f"{what} needs a non-empty user and {what.split()[-1]}")
    if ":" in user or any(c in user + secret for c in "\r\n\0"):
        raise WhmConfigError(f"{what}: the user name or secret holds a character WHM can't take")


class WhmAuth(httpx.Auth):
    """Base of the credential types; ``user`` is public, the secret is not."""

    user: str
    kind: str = "credentials"  # "token", "password" or "session": what the hints speak of
    _secrets: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(user={self.user!r}, secret=[redacted])"

    __str__ = __repr__


class ApiTokenAuth(WhmAuth):
    """A WHM API token: sends ``Authorization: whm USER:TOKEN``. The usual choice."""

    kind = "token"

    def __init__(self, user: str, token: str) -> None:
        _check(user, token, "ApiTokenAuth token")
        self.user = user
        self._header = f"whm {user}:{token}"
        self._secrets = (token,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class BasicAuth(WhmAuth):
    """HTTP basic auth with the account's password, for servers without API tokens."""

    kind = "password"

    def __init__(self, user: str, password: str) -> None:
        _check(user, password, "BasicAuth password")
        self.user = user
        self._basic = httpx.BasicAuth(user, password)
        # The header's base64 form is as good as the password if a server echoes it back.
        encoded = base64.b64encode(f"{user}:{password}".encode()).decode()
        self._secrets = (password, encoded)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return self._basic.auth_flow(request)


class SessionAuth(WhmAuth):
    """Log in once with a password (plus a two-factor code if asked), then reuse the session.

    cpsrvd answers ``POST /login/?login_only=1`` with a ``security_token``
    (``/cpsess0123456789``) and a session cookie; calls then go to
    ``/cpsess.../json-api/FUNCTION``. An expired session gets cpsrvd's HTML login
    page instead of a reply; the call was not run, so this logs in again and
    sends it once more. ``one_time_code`` is called at each login, for accounts
    with two-factor authentication (it must return the current code).
    """

    requires_response_body = True
    kind = "session"

    def __init__(
        self, user: str, password: str, *, one_time_code: Callable[[], str] | None = None
    ) -> None:
        _check(user, password, "SessionAuth password")
        if one_time_code is not None and not callable(one_time_code):
            raise WhmConfigError(
                "SessionAuth one_time_code is a function returning the current two-factor "
                f"code, not {type(one_time_code).__name__}"
            )
        self.user = user
        self._password = password
        self._one_time_code = one_time_code
        self._token: str | None = None
        self._cookies = httpx.Cookies()
        self._secrets = (password,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        path = request.url.raw_path.decode()
        if self._token is None:
            self._read_login((yield self._login_request(request)))
        response = yield self._in_session(request, path)
        if _is_login_page(response):  # the session expired: the call didn't run
            self._token = None
            self._read_login((yield self._login_request(request)))
            yield self._in_session(request, path)

    def _login_request(self, request: httpx.Request) -> httpx.Request:
        form = {"user": self.user, "pass": self._password}
        if self._one_time_code is not None:
            form["tfa_token"] = self._one_time_code()
        return httpx.Request(
            "POST",
            request.url.copy_with(raw_path=b"/login/?login_only=1"),
            data=form,
            extensions=request.extensions,
        )

    def _read_login(self, response: httpx.Response) -> None:
        try:
            reply = json.loads(response.content)
        except (ValueError, RecursionError):
            reply = None
        token = reply.get("security_token") if isinstance(reply, dict) else None
        if (
            response.status_code != 200
            or not isinstance(token, str)
            or not token.startswith("/cpsess")
        ):
            raise self._refusal(response, reply)
        self._token = token
        self._cookies = httpx.Cookies()
        self._cookies.extract_cookies(response)
        self._secrets = (self._password, token.removeprefix("/"), *self._cookies.values())

    def _refusal(self, response: httpx.Response, reply: object) -> WhmAuthError:
        """The error for a refused login: the server's own words (e.g. ``see_login_log``:
        the reason is in its login log), and a two-factor hint only when it asked for a code.
        It is never retried: repeated failed logins lock the source address out (cPHulk)."""
        message = reply.get("message") if isinstance(reply, dict) else None
        reason = str(message) if message else f"HTTP {response.status_code}"
        if response.reason_phrase and not message:
            reason += f" {response.reason_phrase}"
        hint = ""
        if b"tfa" in response.content[:65536].lower():  # tfa_login_form, a tfa_* message
            hint = (
                " (the two-factor code was not accepted)"
                if self._one_time_code
                else " (the account uses two-factor authentication: pass one_time_code=)"
            )
        reason = redact(reason, self._secrets)
        return WhmAuthError(
            f"session login refused: {reason}{hint}",
            status_code=response.status_code,
            reason=reason,
        )

    def _in_session(self, request: httpx.Request, path: str) -> httpx.Request:
        assert self._token is not None
        request.url = request.url.copy_with(raw_path=(self._token + path).encode())
        request.headers.pop("Cookie", None)
        self._cookies.set_cookie_header(request)
        return request


def _is_login_page(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "")
    return response.status_code in (200, 401) and "html" in content_type
