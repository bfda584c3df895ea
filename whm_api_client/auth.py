"""Credentials for WHM: an API token or a password, as httpx auth objects.

Secrets live in private attributes and never appear in ``repr``/``str``;
httpx itself shows the Authorization header as ``[secure]``.
"""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

from .errors import WhmConfigError

__all__ = ["ApiTokenAuth", "BasicAuth", "WhmAuth"]


def _check(user: str, secret: str, what: str) -> None:
    if not isinstance(user, str) or not isinstance(secret, str) or not user or not secret:
        raise WhmConfigError(f"{what} needs a non-empty user and {what.split()[-1]}")
    if ":" in user or any(c in user + secret for c in "\r\n\0"):
        raise WhmConfigError(f"{what}: the user name or secret holds a character WHM can't take")


class WhmAuth(httpx.Auth):
    """Base of the credential types; ``user`` is public, the secret is not."""

    user: str
    _secrets: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(user={self.user!r}, secret=[redacted])"

    __str__ = __repr__


class ApiTokenAuth(WhmAuth):
    """A WHM API token: sends ``Authorization: whm USER:TOKEN``. The usual choice."""

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

    def __init__(self, user: str, password: str) -> None:
        _check(user, password, "BasicAuth password")
        self.user = user
        self._basic = httpx.BasicAuth(user, password)
        # The header's base64 form is as good as the password if a server echoes it back.
        encoded = base64.b64encode(f"{user}:{password}".encode()).decode()
        self._secrets = (password, encoded)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return self._basic.auth_flow(request)
