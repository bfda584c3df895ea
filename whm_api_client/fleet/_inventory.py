"""The fleet's inventory: which WHM servers, how to reach them, where their credentials live.

A TOML file (or the same as Python data)::

    [defaults]                      # optional; every host inherits these
    user = "root"
    token_env = "WHM_API_TOKEN"

    [[hosts]]
    name = "web1"                   # default: the host
    host = "web1.example.com"
    port = 2087                     # default 2087
    token_env = "WEB1_TOKEN"        # or token_file, password_env, password_file
    ca_bundle = "certs/web1.pem"    # relative to the inventory file
    pin_sha256 = "AB:CD:..."        # or pin the certificate (``whm-api trust`` shows it)
    tags = ["eu", "shared"]
    timeout = 30                    # seconds per call on this host

The inventory names where each secret is (an environment variable or a file), never the
secret itself: keys such as ``token`` or ``password`` are refused, and so is any key this
module doesn't know (a typo must not pass silently). Secrets are read when a host is
first called, so one host's missing credential fails that host only.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import attrs

from .._checks import seconds
from ..auth import ApiTokenAuth, BasicAuth, WhmAuth
from ..certs import pin_set
from ..errors import WhmConfigError
from ..targets import Target

__all__ = ["Credential", "FleetHost", "load_inventory", "parse_inventory", "select_hosts"]

# Where a credential may come from; the first word is what it is, the second where it lives.
CREDENTIAL_KEYS = ("token_env", "token_file", "password_env", "password_file")
HOST_KEYS = {"name", "host", "port", "user", "scheme", "ca_bundle", "pin_sha256", "tags", "timeout"}
HOST_KEYS |= set(CREDENTIAL_KEYS)
SECRET_KEYS = re.compile(
    r"(?i)^(token|api_token|password|pass|passwd|secret|access_hash|hash|key)$"
)
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# A WHM API token is 32 capital letters and digits; a variable's name rarely looks like one.
LOOKS_LIKE_TOKEN = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{32}$")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")


@attrs.frozen
class Credential:
    """Where one host's secret is: ``kind`` token or password, in an env variable or a file."""

    kind: Literal["token", "password"]
    source: Literal["env", "file"]
    where: str  # the variable's name or the file's path

    def describe(self) -> str:
        return f"${self.where}" if self.source == "env" else self.where

    def auth(self, user: str) -> WhmAuth:
        """Read the secret now; a WhmConfigError names where it was looked for, never a value."""
        if self.source == "env":
            secret = os.environ.get(self.where, "")
            if not secret:
                raise WhmConfigError(f"the {self.kind} variable {self.where} is unset or empty")
        else:
            try:
                secret = Path(self.where).read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
                raise WhmConfigError(
                    f"can't read the {self.kind} file {self.where}: {reason}"
                ) from None
            if not secret:
                raise WhmConfigError(f"the {self.kind} file {self.where} is empty")
        return ApiTokenAuth(user, secret) if self.kind == "token" else BasicAuth(user, secret)


@attrs.frozen
class FleetHost:
    """One WHM server of a fleet."""

    name: str
    host: str
    credential: Credential
    port: int = 2087
    user: str = "root"
    scheme: Literal["https", "http"] = "https"
    ca_bundle: str | None = None
    pin_sha256: tuple[str, ...] = ()  # certificate fingerprints, normalized
    tags: tuple[str, ...] = ()
    timeout: float | None = None

    @property
    def target(self) -> Target:
        return Target.host(self.host, self.port, scheme=self.scheme)

    def matches(self, selector: str) -> bool:
        """True if ``selector`` is this host's name or one of its tags."""
        return selector == self.name or selector in self.tags


def load_inventory(path: str | os.PathLike[str]) -> list[FleetHost]:
    """Read an inventory file (TOML); relative file paths in it are relative to the file."""
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise WhmConfigError(
            f"can't read the inventory {os.fspath(path)!r}: {exc.strerror}"
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise WhmConfigError(
            f"the inventory {os.fspath(path)!r} is not valid TOML: {exc}"
        ) from None
    return parse_inventory(data, base=file.parent)


def parse_inventory(
    data: Mapping[str, Any], *, base: str | os.PathLike[str] = "."
) -> list[FleetHost]:
    """Hosts from inventory data: ``{"defaults": {...}, "hosts": [{...}, ...]}``."""
    if not isinstance(data, Mapping):
        raise WhmConfigError("an inventory is a table with a [[hosts]] list")
    extra = set(data) - {"defaults", "hosts"}
    if extra:
        raise WhmConfigError(
            f"unknown top-level key(s) in the inventory: {', '.join(sorted(extra))} "
            "(expected [defaults] and [[hosts]])"
        )
    defaults = data.get("defaults", {})
    if not isinstance(defaults, Mapping):
        raise WhmConfigError("[defaults] must be a table")
    _check_keys("[defaults]", defaults, allowed=HOST_KEYS - {"name", "host"})
    entries = data.get("hosts")
    if not isinstance(entries, list) or not entries:
        raise WhmConfigError("the inventory lists no hosts: add [[hosts]] tables")
    hosts: list[FleetHost] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping):
            raise WhmConfigError(f"hosts entry {position} is not a table")
        label = f"hosts entry {position}" + (
            f" ({entry['name']})" if isinstance(entry.get("name"), str) else ""
        )
        _check_keys(label, entry, allowed=HOST_KEYS)
        inherited = dict(defaults)
        if any(key in entry for key in CREDENTIAL_KEYS):  # the host's own credential wins
            inherited = {k: v for k, v in inherited.items() if k not in CREDENTIAL_KEYS}
        host = _host(label, {**inherited, **entry}, Path(base))
        if host.name in seen:
            raise WhmConfigError(f"{label}: the name {host.name!r} is used twice")
        seen.add(host.name)
        hosts.append(host)
    return hosts


def select_hosts(hosts: Sequence[FleetHost], selectors: Iterable[str]) -> list[FleetHost]:
    """The hosts that any selector names (by name or tag), in inventory order."""
    wanted = list(selectors)
    unknown = [s for s in wanted if not any(host.matches(s) for host in hosts)]
    if unknown:
        raise WhmConfigError(f"no host has the name or tag: {', '.join(unknown)}")
    return [host for host in hosts if any(host.matches(s) for s in wanted)]


def _check_keys(label: str, entry: Mapping[str, Any], *, allowed: set[str]) -> None:
    secrets = sorted(key for key in entry if SECRET_KEYS.match(str(key)))
    if secrets:
        raise WhmConfigError(
            f"{label}: an inventory must not hold secrets ({', '.join(secrets)}); name where "
            "the secret is instead: token_env / password_env (an environment variable) or "
            "token_file / password_file (a file)"
        )
    unknown = sorted(str(key) for key in entry if key not in allowed)
    if unknown:
        raise WhmConfigError(
            f"{label}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(allowed))}"
        )


def _host(label: str, entry: Mapping[str, Any], base: Path) -> FleetHost:
    host = entry.get("host")
    if not isinstance(host, str) or not host:
        raise WhmConfigError(f"{label}: 'host' (a host name or address) is required")
    port = entry.get("port", 2087)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
        raise WhmConfigError(f"{label}: 'port' must be a number 1-65535 (got {port!r})")
    scheme = entry.get("scheme", "https")
    if scheme not in ("https", "http"):
        raise WhmConfigError(f"{label}: 'scheme' must be https or http (got {scheme!r})")
    try:
        target = Target.host(host, port, scheme=scheme)
    except WhmConfigError as exc:
        raise WhmConfigError(f"{label}: {exc}") from None
    if scheme == "http" and not target.is_loopback:
        raise WhmConfigError(
            f"{label}: scheme 'http' is for loopback test servers only; credentials would "
            "cross the network unencrypted"
        )
    name = entry.get("name", host)
    if not isinstance(name, str) or not NAME.match(name):
        raise WhmConfigError(f"{label}: 'name' must be letters, digits and . _ : - (got {name!r})")
    user = entry.get("user", "root")
    if not isinstance(user, str) or not user:
        raise WhmConfigError(f"{label}: 'user' must be a non-empty string")
    tags = entry.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
        raise WhmConfigError(f"{label}: 'tags' must be a list of non-empty strings")
    timeout = entry.get("timeout")
    if timeout is not None:
        timeout = seconds(f"{label}: 'timeout'", timeout)
    ca_bundle = entry.get("ca_bundle")
    if ca_bundle is not None:
        if not isinstance(ca_bundle, str) or not ca_bundle:
            raise WhmConfigError(f"{label}: 'ca_bundle' must be a file path")
        ca_bundle = str(base / ca_bundle)
    pins = entry.get("pin_sha256")
    if pins is not None:
        if not isinstance(pins, str | list) or not all(isinstance(p, str) for p in pins):
            raise WhmConfigError(f"{label}: 'pin_sha256' must be a fingerprint or a list of them")
        try:
            pins = tuple(sorted(pin_set(pins)))
        except WhmConfigError as exc:
            raise WhmConfigError(f"{label}: {exc}") from None
    return FleetHost(
        name=name,
        host=host,
        credential=_credential(label, entry, base),
        port=port,
        user=user,
        scheme=scheme,
        ca_bundle=ca_bundle,
        pin_sha256=pins or (),
        tags=tuple(tags),
        timeout=timeout,
    )


def _credential(label: str, entry: Mapping[str, Any], base: Path) -> Credential:
    given = [key for key in CREDENTIAL_KEYS if key in entry]
    if len(given) != 1:
        raise WhmConfigError(
            f"{label}: give exactly one of {', '.join(CREDENTIAL_KEYS)} "
            f"(got {', '.join(given) or 'none'})"
        )
    key = given[0]
    value = entry[key]
    kind, source = key.split("_")
    if not isinstance(value, str) or not value:
        raise WhmConfigError(f"{label}: {key!r} must be a non-empty string")
    if source == "env":
        if LOOKS_LIKE_TOKEN.match(value) or not ENV_NAME.match(value):
            # Never echo it: it may be the secret itself, pasted in the wrong place.
            raise WhmConfigError(
                f"{label}: {key!r} must be the name of an environment variable, and its value "
                "isn't one (or looks like a token itself: the inventory must not hold secrets)"
            )
        return Credential(kind, "env", value)  # type: ignore[arg-type]
    return Credential(kind, "file", str(base / value))  # type: ignore[arg-type]
