"""The scripts in examples/ run as documented, against the WHM simulator.

Each example configures itself with ``WhmClient.from_env()``, so pointing the ``WHM_*``
variables at a served simulator (the ``whm_env`` fixture does) is all a test has to do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from faultserver import FaultServer, refused_url
from repo_files import load_module

from whm_api_client import WhmConfigError
from whm_api_client.testing import Endpoint

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The example as a script, with this process's WHM_* settings (``whm_env``'s)."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


SEED = {
    "accounts": [
        {
            "username": "bob",
            "domain": "bob.example",
            "forwarders": {"bob": ["bob@elsewhere.example"]},
        }
    ]
}


@pytest.mark.whm_simulator(SEED)
def test_asyncio_example(whm_env: Endpoint) -> None:
    done = run_example("asyncio_example.py", "bob")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"WHM {whm_env.simulator.server.version} on hostname.example.com",
        "bob forwards to: bob@elsewhere.example",
        "account bob: bob.example",
    ]


@pytest.mark.whm_simulator(SEED)
def test_trio_example(whm_env: Endpoint) -> None:
    pytest.importorskip("trio")
    done = run_example("trio_example.py", "alice", "bob")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    load = whm_env.simulator.replies.data("systemloadavg")  # the spec's placeholder values
    assert lines[0] == f"load average: {load['one']} {load['five']} {load['fifteen']}"
    # The nursery's tasks finish in any order.
    assert sorted(lines[1:]) == [
        "alice forwards to: nobody",
        "bob forwards to: bob@elsewhere.example",
    ]


def run_demo(*args: str) -> subprocess.CompletedProcess[str]:
    """scripts/demo.py, as `dev.sh demo` runs it, without the developer's WHM_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHM_")}
    return subprocess.run(
        [sys.executable, str(EXAMPLES.parent / "scripts" / "demo.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_demo_runs_on_the_simulator_and_says_its_values_are_placeholders() -> None:
    done = run_demo()
    assert done.returncode == 0, done.stderr
    assert "simulated placeholder values" in done.stdout.splitlines()[0]
    assert '"forward_to": [\n    "bob@example.net"\n  ]' in done.stdout
    assert done.stdout.rstrip().endswith("no real WHM server was involved)")


@pytest.mark.mock_server
def test_the_demo_on_a_mock_says_its_values_are_placeholders(prism_mock: str) -> None:
    done = run_demo("--target", f"mock:{prism_mock}")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    note = "(a mock of the spec: its values are placeholders, not a server's)"
    assert lines[0] == lines[-1] == note
    assert "get_user_email_forward_destination(user='bob'):" in done.stdout


def test_examples_fail_cleanly_without_a_target() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WHM_")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "asyncio_example.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "WhmConfigError" in done.stderr and "set WHM_HOST" in done.stderr


# ---------------------------------------------------------------------- the FastAPI app


@pytest.fixture
def fastapi_app(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """examples/fastapi_app.py imported fresh (examples/ is not a package)."""
    pytest.importorskip("fastapi")
    for name in list(os.environ):
        if name.startswith("WHM_"):
            monkeypatch.delenv(name)
    yield load_module(EXAMPLES / "fastapi_app.py", "fastapi_app_example", fresh=True)


@asynccontextmanager
async def served(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The app behind an in-process HTTP client, inside its lifespan (as a server runs it)."""
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://app.test"
        ) as http,
    ):
        yield http


@pytest.mark.anyio
@pytest.mark.whm_simulator(SEED)
async def test_fastapi_route_uses_the_lifespan_client(
    fastapi_app: ModuleType, whm_env: Endpoint
) -> None:
    async with served(fastapi_app.app) as http:
        whm = fastapi_app.app.state.whm
        assert whm.target.base_url == f"{whm_env.url}/json-api"
        first = await http.get("/forwards/bob")
        second = await http.get("/forwards/alice")
        assert fastapi_app.app.state.whm is whm  # one client for every request
    assert first.status_code == 200, first.text
    assert first.json() == {"user": "bob", "forward_to": ["bob@elsewhere.example"]}
    assert second.json() == {"user": "alice", "forward_to": []}
    # Leaving ran the lifespan's exit, which closed the client.
    with pytest.raises(WhmConfigError, match="closed"):
        await whm.gethostname()


@pytest.mark.anyio
async def test_fastapi_maps_whm_failures_to_http_errors(
    fastapi_app: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FaultServer() as server:
        monkeypatch.setenv("WHM_TARGET", f"mock:{server.base_url}/s/result_string_0")
        async with served(fastapi_app.app) as http:
            refused = await http.get("/forwards/bob")
    assert refused.status_code == 400
    assert refused.json() == {"detail": "Quota exceeded."}

    url, holder = refused_url()
    try:
        monkeypatch.setenv("WHM_TARGET", f"mock:{url}")
        async with served(fastapi_app.app) as http:
            unreachable = await http.get("/forwards/bob")
    finally:
        holder.close()
    assert unreachable.status_code == 502
    assert unreachable.json() == {"detail": "WHM could not be reached"}


@pytest.mark.anyio
async def test_fastapi_app_will_not_start_without_configuration(fastapi_app: ModuleType) -> None:
    with pytest.raises(WhmConfigError, match="set WHM_HOST"):
        async with served(fastapi_app.app):
            pass
