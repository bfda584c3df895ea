"""pytest fixtures for testing code that uses whm-api-client against its WHM simulator.

Registered through the ``pytest11`` entry point when whm-api-client is installed; opt in by
naming a fixture, or by marking a test::

    async def test_listing(whm_client):                  # a WhmClient, in-process
        assert (await whm_client.listaccts()).acct == []

    @pytest.mark.whm_simulator({"accounts": 3}, seed=1)  # configures the simulator
    def test_my_script(whm_env): ...                      # WHM_* point at a served one

    @pytest.mark.whm_simulator(tls=True)                  # the marker alone: as whm_env
    def test_my_tool(): ...

Fixtures: ``whm_simulator`` (a fresh ``WhmSimulator`` per test), ``whm_client`` (a
``WhmClient`` connected to it in-process: asyncio and trio), ``whm_server`` (it served on a
loopback port: ``.url``, ``.target``, ``.ca_file``), ``whm_env`` (that, plus ``WHM_TARGET``,
``WHM_USER``, ``WHM_API_TOKEN`` and ``WHM_CA_BUNDLE`` set for the test). The marker's
arguments go to ``WhmSimulator``; ``tls=True`` serves HTTPS.

This module lives outside the ``whm_api_client`` package and imports nothing from it until
a fixture is used, so test runs that don't use the simulator don't pay for it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from whm_api_client import WhmClient
    from whm_api_client.testing import Endpoint, WhmSimulator

MARKER = "whm_simulator"
FIXTURES = ("whm_simulator", "whm_client", "whm_server", "whm_env")
_ENVIRONMENT = ("WHM_TARGET", "WHM_HOST", "WHM_PORT", "WHM_USER", "WHM_API_TOKEN", "WHM_PASSWORD")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(data=None, *, seed=0, tls=False, ...): configure the WHM simulator of the "
        "whm_* fixtures; alone, it points the test's WHM_* environment at a served simulator",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker(MARKER) is None:
            continue
        names = getattr(item, "fixturenames", None)
        if isinstance(names, list) and not any(name in names for name in FIXTURES):
            names.append("whm_env")


def _marker(request: pytest.FixtureRequest) -> tuple[tuple[Any, ...], dict[str, Any], bool]:
    marker = request.node.get_closest_marker(MARKER)
    options = dict(marker.kwargs) if marker else {}
    tls = bool(options.pop("tls", False))
    return (tuple(marker.args) if marker else ()), options, tls


@pytest.fixture
def whm_simulator(request: pytest.FixtureRequest) -> WhmSimulator:
    """A fresh simulated WHM server (configured by the ``whm_simulator`` marker)."""
    from whm_api_client.testing import WhmSimulator

    args, options, _ = _marker(request)
    return WhmSimulator(*args, **options)


@pytest.fixture
def whm_client(whm_simulator: WhmSimulator) -> Iterator[WhmClient]:
    """A ``WhmClient`` connected to ``whm_simulator`` in-process, as root."""
    import anyio

    client = whm_simulator.client()
    yield client
    with contextlib.suppress(RuntimeError):  # an event loop still running here: leave it
        anyio.run(client.aclose)


@pytest.fixture
def whm_server(whm_simulator: WhmSimulator, request: pytest.FixtureRequest) -> Iterator[Endpoint]:
    """``whm_simulator`` served on a loopback port from a background thread."""
    _, _, tls = _marker(request)
    with whm_simulator.serve(tls=tls) as endpoint:
        yield endpoint


@pytest.fixture
def whm_env(whm_server: Endpoint, monkeypatch: pytest.MonkeyPatch) -> Endpoint:
    """``whm_server``, with the ``WHM_*`` variables of ``WhmClient.from_env()`` pointing at it."""
    for name in (*_ENVIRONMENT, "WHM_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("WHM_TARGET", f"{whm_server.url}/json-api")
    monkeypatch.setenv("WHM_USER", "root")
    monkeypatch.setenv("WHM_API_TOKEN", whm_server.simulator.root_token)
    if whm_server.ca_file:
        monkeypatch.setenv("WHM_CA_BUNDLE", whm_server.ca_file)
    return whm_server
