"""Where calls go: cPanel's hosted docs mock, a local mock server, or a real WHM host.

A target is only a base URL plus what kind of server it is; switching between
them is one argument (or ``WHM_TARGET``) and calling code stays the same.

As text (``WHM_TARGET``, ``--target``, ``WhmClient("...")``) a URL is always a WHM
server, whose functions are under ``/json-api`` (added when the URL doesn't end with
it); a mock is named explicitly: ``docs-mock``, or ``mock:URL`` for a mock server of
the spec such as Prism. A mistyped mock then fails loudly as a host, never the other
way round, which would send passwords in URLs and placeholder credentials to a server.
"""

from __future__ import annotations

import ipaddress
from typing import Literal, get_args
from urllib.parse import urlsplit

import attrs

from .errors import WhmConfigError

__all__ = ["DOCS_MOCK_URL", "Target"]

DOCS_MOCK_URL = "https://api.docs.cpanel.net/_mock/specifications/whm.openapi"
MOCK_PREFIX = "mock:"
TargetKind = Literal["docs_mock", "mock", "host"]
_KINDS = get_args(TargetKind)


def _without_trailing_slash(url: str) -> str:
    return str(url).rstrip("/")


def _is_loopback(hostname: str) -> bool:
    if hostname == "localhost" or hostname.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


@attrs.frozen
class Target:
    """A WHM API 1 endpoint: functions are at ``{base_url}/{function}``.

    ``kind`` matters for one thing: a mock serves the spec as written (every
    function by its declared method), while a real host also takes a POST
    body, which keeps passwords out of URLs and logs.
    """

    base_url: str = attrs.field(converter=_without_trailing_slash)
    kind: TargetKind = attrs.field(default="host")

    @base_url.validator
    def _check_url(self, _: object, url: str) -> None:
        parts = urlsplit(url)
        if parts.username or parts.password or parts.query or parts.fragment:
            raise WhmConfigError("target URL must not carry credentials, a query or a fragment")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise WhmConfigError(f"target URL must be http(s)://HOST[:PORT][/path], got {url!r}")
        try:
            port = parts.port
        except ValueError:  # not a number, or past 65535
            port = 0
        if port == 0:
            raise WhmConfigError(f"target URL's port must be 1-65535, got {url!r}")

    @kind.validator
    def _check_kind(self, _: object, kind: object) -> None:
        if kind not in _KINDS:
            raise WhmConfigError(f"target kind must be one of {', '.join(_KINDS)}, got {kind!r}")

    @classmethod
    def docs_mock(cls) -> Target:
        """cPanel's hosted documentation mock: canned replies, any credentials."""
        return cls(DOCS_MOCK_URL, "docs_mock")

    @classmethod
    def local_mock(cls, url: str) -> Target:
        """A mock server of the spec (e.g. Prism from ``scripts/mock_server.py``)."""
        return cls(url, "mock")

    @classmethod
    def host(cls, host: str, port: int = 2087, *, scheme: str = "https") -> Target:
        """A WHM server's cpsrvd: ``https://HOST:PORT/json-api``."""
        if not isinstance(host, str) or not host or any(c in host for c in "/?#@ "):
            raise WhmConfigError(f"host must be a bare host name or address, got {host!r}")
        if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
            raise WhmConfigError(f"port must be 1-65535, got {port!r}")
        if ":" in host and not host.startswith("["):
            try:
                ipaddress.IPv6Address(host)
            except ValueError:
                raise WhmConfigError(
                    f"host must be a bare host name or address, got {host!r} (the port goes "
                    "in port=)"
                ) from None
            host = f"[{host}]"  # IPv6 literal
        return cls(f"{scheme}://{host}:{port}/json-api", "host")

    @classmethod
    def parse(cls, value: str) -> Target:
        """Read ``WHM_TARGET``-style text: ``docs-mock``, ``mock:URL`` (a mock server of the
        spec, functions at ``URL/FUNCTION``) or the URL of a WHM server, with or without
        ``/json-api`` (``https://whm.example.com:2087`` is ``.../json-api``)."""
        if not isinstance(value, str):
            raise WhmConfigError(
                f"a target is a Target or text (docs-mock, mock:URL or a server's URL), "
                f"not {type(value).__name__}"
            )
        text = value.strip()
        if text.replace("_", "-") == "docs-mock":
            return cls.docs_mock()
        if text.startswith(MOCK_PREFIX):
            url = text.removeprefix(MOCK_PREFIX)
            if not url:
                raise WhmConfigError(
                    "mock: needs the mock server's URL: mock:http://127.0.0.1:4010"
                )
            return cls.local_mock(url)
        parts = urlsplit(text)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
            raise WhmConfigError(
                "a target is docs-mock, mock:URL or a server's URL such as "
                "https://whm.example.com:2087 (for a bare host name: Target.host(NAME))"
            )
        path = parts.path.rstrip("/")
        if "/json-api/" in path + "/" and not path.endswith("/json-api"):
            raise WhmConfigError(
                f"a target is a server's URL (https://HOST:2087 or .../json-api), not a "
                f"function's: {text!r}"
            )
        if not path.endswith("/json-api"):
            path += "/json-api"
        return cls(parts._replace(scheme=parts.scheme.lower(), path=path).geturl(), "host")

    @property
    def is_loopback(self) -> bool:
        return _is_loopback(urlsplit(self.base_url).hostname or "")

    @property
    def port(self) -> int:
        """The TCP port calls go to: the URL's, else the scheme's default."""
        return urlsplit(self.base_url).port or (80 if self.is_plain_http else 443)

    @property
    def is_plain_http(self) -> bool:
        return self.base_url.startswith("http://")

    def url_for(self, function: str) -> str:
        return f"{self.base_url}/{function}"
