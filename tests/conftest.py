"""Shared fixtures: async backends and the local mock server.

The mock server is Prism (a Node package, pinned in package-lock.json) serving
whm.openapi.yaml; see scripts/mock_server.py.  Without node the mock-server tests are
skipped locally, but fail under CI (``CI`` set), where a silent skip would hide a broken setup.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from faultserver import FaultServer
from repo_files import load_script

REPO_ROOT = Path(__file__).resolve().parent.parent
MOCK_SERVER_SCRIPT = REPO_ROOT / "scripts" / "mock_server.py"


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """Every async test runs on asyncio and on trio."""
    return str(request.param)


def _load_mock_server() -> ModuleType:
    return load_script("mock_server")


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _run_prism(*, dynamic: bool = False, seed: int | None = None) -> Iterator[str]:
    """Start Prism on a free port, yield its base URL, stop it afterwards.

    ``success_only``: the fixtures mock a server whose calls succeed (``metadata.result`` 1
    or "1"); without it a reply may be a failure (0), which the contract test can't tell
    from a broken call.
    """
    mock_server = _load_mock_server()
    try:
        prism = mock_server.ensure_node_modules()
    except RuntimeError as exc:
        prism, problem = None, f"node/npm not available: {exc}"
    else:
        problem = (
            "node/npm not available: install Node.js >= 18.20 and run `npm ci` at the repo root"
        )
    if prism is None:
        if _in_ci():
            pytest.fail(f"{problem} (CI is set, so this is an error, not a skip)", pytrace=False)
        pytest.skip(problem)
    with mock_server.PrismMockServer(
        prism=prism, dynamic=dynamic, seed=seed, success_only=True
    ) as server:
        yield str(server.base_url)


@pytest.fixture(scope="session")
def prism_mock() -> Iterator[str]:
    """Base URL of Prism mocking whm.openapi.yaml with static (example-based) responses.

    Functions are at ``{base_url}/NAME``; send an ``Authorization`` header or Prism says 401.
    """
    yield from _run_prism()


@pytest.fixture(scope="session")
def prism_mock_dynamic() -> Iterator[str]:
    """Like ``prism_mock`` but with generated responses (``-d --seed 1``): reproducible data."""
    yield from _run_prism(dynamic=True, seed=1)


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A raw loopback server (tests/faultserver.py): ``.target(scenario)`` picks how it answers."""
    with FaultServer() as running:
        yield running
