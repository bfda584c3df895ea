"""Shared fixtures: async backends and the local mock server.

The mock server is Prism (a Node package, pinned in package-lock.json) serving
whm.openapi.yaml; see scripts/mock_server.py.  Without node the mock-server tests are
skipped locally, but fail under CI (``CI`` set), where a silent skip would hide a broken setup.
"""

from __future__ import annotations

import importlib.util
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
            f"node/npm not available: install {mock_server.NODE_NEEDED} and run `npm ci` "
            "at the repo root"
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


# ---------------------------------------------------------------- the fast transport

HAS_AIOHTTP = importlib.util.find_spec("httpx_aiohttp") is not None


@pytest.fixture(params=["httpx", "aiohttp"])
def http_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test on httpx's transport and on the aiohttp one, chosen as users do, through
    ``WHM_HTTP_BACKEND`` (so the test's own ``WhmClient(...)`` calls stay as they are).
    Use it with ``pytest.mark.usefixtures("http_backend")``. On trio the client keeps
    httpx's own transport, so the trio x aiohttp combinations would repeat trio x httpx:
    they are deselected (see pytest_collection_modifyitems)."""
    if request.param == "aiohttp" and not HAS_AIOHTTP:
        if _in_ci():
            pytest.fail("httpx-aiohttp is not installed (the dev extra has it)", pytrace=False)
        pytest.skip("httpx-aiohttp is not installed: pip install -e . --group dev")
    monkeypatch.setenv("WHM_HTTP_BACKEND", request.param)
    return str(request.param)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Drop the trio x aiohttp combinations of ``http_backend``: trio keeps httpx's transport."""
    keep, drop = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        unrunnable = (
            params.get("http_backend") == "aiohttp" and params.get("anyio_backend") == "trio"
        )
        (drop if unrunnable else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
