"""Seed data: a small TOML or JSON file (or the same as Python data) that fills a simulator.

    [server]
    version = "11.120.0.16"

    [[packages]]
    name = "gold"
    quota = 5000

    [[accounts]]
    username = "bob"
    domain = "bob.example"
    plan = "gold"
    mailboxes = ["info@bob.example"]

    [[tokens]]
    name = "ci"
    token = "ABCDEF..."

``accounts = 500`` makes 500 placeholder accounts instead. Entries take the names of the
matching WHM functions' arguments (createacct, addpkg, adddns, api_token_create) and go
through the same code as those functions, so seeded state is state the API could make.
"""

from __future__ import annotations

import copy
import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import WhmConfigError
from ._calls import ApiFailure
from ._wire import Arguments

if TYPE_CHECKING:
    from ._simulator import WhmSimulator

__all__ = ["apply_data", "load_data"]

SECTIONS = ("server", "users", "tokens", "packages", "accounts", "zones")
_ACCOUNT_EXTRAS = ("suspended", "suspend_reason", "mailboxes", "forwarders", "hold_outgoing_email")


def load_data(source: str | os.PathLike[str] | Mapping[str, Any] | None) -> dict[str, Any]:
    """Seed data from a ``.toml`` or ``.json`` file, or a copy of a mapping."""
    if source is None:
        return {}
    if isinstance(source, Mapping):
        return copy.deepcopy(dict(source))
    path = Path(source)
    if path.suffix not in (".toml", ".json"):
        raise WhmConfigError(f"seed data {path}: use a .toml or .json file")
    try:
        text = path.read_text(encoding="utf-8")
        loaded: Any = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise WhmConfigError(f"seed data {path}: {exc}") from None
    if not isinstance(loaded, dict):
        raise WhmConfigError(f"seed data {path}: the top level must be a table/object")
    return loaded


def _arguments(entry: Mapping[str, Any], skip: tuple[str, ...] = ()) -> Arguments:
    pairs: list[tuple[str, Any]] = []
    for key, value in entry.items():
        if key in skip:
            continue
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, bool):
                item = "1" if item else "0"
            pairs.append((key, item if isinstance(item, str) else str(item)))
    return Arguments(pairs)


def _entries(data: Mapping[str, Any], section: str) -> list[Mapping[str, Any]]:
    value = data.get(section, [])
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise WhmConfigError(f"seed data: {section!r} must be a list of tables/objects")
    return value


def apply_data(sim: WhmSimulator, data: Mapping[str, Any]) -> None:
    """Fill ``sim`` from seed data (see the module docstring)."""
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise WhmConfigError(
            f"seed data: unknown section(s) {', '.join(unknown)}; known: {', '.join(SECTIONS)}"
        )
    where = "server"
    try:
        server = data.get("server", {})
        if not isinstance(server, Mapping):
            raise WhmConfigError("seed data: 'server' must be a table/object")
        sim.server.version = str(server.get("version", sim.server.version))
        sim.server.hostname = str(server.get("hostname", sim.server.hostname))
        for section in ("users", "tokens", "packages", "zones"):
            for index, entry in enumerate(_entries(data, section)):
                where = f"{section}[{index}]"
                _SEEDERS[section](sim, entry)
        where = "accounts"
        accounts = data.get("accounts", [])
        if isinstance(accounts, int) and not isinstance(accounts, bool):
            _generate_accounts(sim, accounts)
        else:
            for index, entry in enumerate(_entries(data, "accounts")):
                where = f"accounts[{index}]"
                _seed_account(sim, entry)
    except ApiFailure as failure:
        raise WhmConfigError(f"seed data: {where}: {failure.message}") from None
    except _SeedError as exc:
        raise WhmConfigError(f"seed data: {where}: {exc}") from None


class _SeedError(Exception):
    """A value of the wrong type in one entry (apply_data names the entry)."""


def _text(entry: Mapping[str, Any], key: str, default: str | None = None) -> str:
    """A text value; a number is taken as its digits (TOML invites ``code = 123456``)."""
    value = entry.get(key, default)
    if value is None:
        raise _SeedError(f"missing {key!r}")
    return _as_text(key, value)


def _as_text(key: str, value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _SeedError(f"{key!r} must be text, not {value!r}")
    return str(value)


def _optional_text(entry: Mapping[str, Any], key: str) -> str | None:
    return _text(entry, key) if entry.get(key) is not None else None


def _texts(entry: Mapping[str, Any], key: str) -> list[str]:
    values = entry.get(key, [])
    if not isinstance(values, list):
        raise _SeedError(f"{key!r} must be a list, not {values!r}")
    return [_as_text(key, value) for value in values]


def _seed_user(sim: WhmSimulator, entry: Mapping[str, Any]) -> None:
    sim.logins.add_user(
        _text(entry, "name"),
        _optional_text(entry, "password"),
        access_hash=_optional_text(entry, "access_hash"),
        two_factor_code=_optional_text(entry, "two_factor_code"),
    )


def _seed_token(sim: WhmSimulator, entry: Mapping[str, Any]) -> None:
    expires_at = entry.get("expires_at")
    if expires_at is not None and (isinstance(expires_at, bool) or not isinstance(expires_at, int)):
        raise _SeedError(f"'expires_at' must be a Unix time (a whole number), not {expires_at!r}")
    sim.tokens.create(
        _text(entry, "user", "root"),
        _text(entry, "name"),
        token=_optional_text(entry, "token"),
        acls=_texts(entry, "acls") or None,
        expires_at=expires_at,
        whitelist_ips=_texts(entry, "whitelist_ips"),
    )


def _seed_package(sim: WhmSimulator, entry: Mapping[str, Any]) -> None:
    sim.packages.add(_arguments(entry))


def _seed_zone(sim: WhmSimulator, entry: Mapping[str, Any]) -> None:
    sim.dns.add_zone(_text(entry, "domain"), _text(entry, "ip", "192.0.2.10"))


_SEEDERS = {
    "users": _seed_user,
    "tokens": _seed_token,
    "packages": _seed_package,
    "zones": _seed_zone,
}


def _seed_account(sim: WhmSimulator, entry: Mapping[str, Any]) -> None:
    from ._accounts import create_account

    create_account(
        sim, _arguments(entry, skip=_ACCOUNT_EXTRAS), owner=str(entry.get("owner", "root"))
    )
    user = str(entry.get("username") or entry.get("user"))
    record = sim.accounts.get(user)
    if entry.get("suspended"):
        record.update(
            suspended=1,
            suspendreason=_text(entry, "suspend_reason", "Unknown"),
            suspendtime=int(sim.clock()),
        )
    if entry.get("hold_outgoing_email"):
        sim.email.set_hold(user, True)
    for address in _texts(entry, "mailboxes"):
        sim.email.add_mailbox(user, address)
    forwarders = entry.get("forwarders", {})
    if not isinstance(forwarders, Mapping):
        raise _SeedError(
            f"'forwarders' must be a table of address = destinations, not {forwarders!r}"
        )
    for address, destinations in forwarders.items():
        values = destinations if isinstance(destinations, list) else [destinations]
        sim.email.set_forward(str(address), [_as_text(address, value) for value in values])


def _generate_accounts(sim: WhmSimulator, count: int) -> None:
    """``count`` placeholder accounts: user00001 (user00001.example), ... with varied disk use."""
    from ._accounts import create_account

    if count < 0:
        raise WhmConfigError("seed data: accounts must be a list or a number >= 0")
    rng = sim.rng
    start = len(sim.accounts) + 1
    for number in range(start, start + count):
        user = f"user{number:05d}"
        create_account(
            sim,
            Arguments(
                [
                    ("username", user),
                    ("domain", f"{user}.example"),
                    ("contactemail", f"owner{number}@example.com"),
                ]
            ),
        )
        sim.accounts.get(user)["diskused"] = f"{rng.randrange(5000)}M"
