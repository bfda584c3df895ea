"""Simulated WHM servers for the fleet tests: three hosts on loopback ports and inventories
that point at them (web1 and web3 tagged eu, web2 us; optionally a host where nothing listens)."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

from whm_api_client.testing import Endpoint, ThreadedSimulatorServer, WhmSimulator

TOKEN_ENV = "FLEET_TEST_TOKEN"
USERS = ("alice", "bob", "carol")  # one account on each host, at USER.example


@contextlib.contextmanager
def three_hosts() -> Iterator[list[Endpoint]]:
    with ThreadedSimulatorServer() as server:
        yield [
            server.listen(
                WhmSimulator({"accounts": [{"username": user, "domain": f"{user}.example"}]})
            )
            for user in USERS
        ]


def free_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def down_host() -> str:
    """An inventory entry named "down", where nothing listens."""
    return f'\n[[hosts]]\nname = "down"\nhost = "127.0.0.1"\nport = {free_port()}\n'


def inventory_text(endpoints: list[Endpoint]) -> str:
    """An inventory of ``endpoints`` as web1, web2, ...; the token comes from TOKEN_ENV."""
    lines = ["[defaults]", f'token_env = "{TOKEN_ENV}"', 'scheme = "http"', ""]
    for n, endpoint in enumerate(endpoints, start=1):
        lines += [
            "[[hosts]]",
            f'name = "web{n}"',
            f'host = "{endpoint.host}"',
            f"port = {endpoint.port}",
            f'tags = ["{"eu" if n % 2 else "us"}"]',
            "",
        ]
    return "\n".join(lines)
