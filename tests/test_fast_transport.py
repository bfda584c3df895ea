"""The fast transport (``http_backend="aiohttp"``): how it is chosen, and where it can't run.

What it does on the wire (faults, TLS, size limit, timeouts, secrets, cancellation) is
tested by running tests/test_faults.py, test_secrets.py and test_resilience.py on it too
(their ``http_backend`` fixture); this file covers the switch itself.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from whm_api_client import WhmClient, WhmConfigError
from whm_api_client._aiohttp import WhmAiohttpTransport
from whm_api_client.testing import Endpoint, WhmSimulator

pytestmark = pytest.mark.anyio


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    with WhmSimulator({"accounts": 2}).serve() as served:
        yield served


def transport_of(whm: WhmClient) -> object:
    return whm._http._transport


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_argument_picks_aiohttp_and_calls_work(endpoint: Endpoint) -> None:
    async with endpoint.client(http_backend="aiohttp") as whm:
        transport = transport_of(whm)
        assert isinstance(transport, WhmAiohttpTransport)
        accounts = await whm.listaccts()
        assert [a.user for a in accounts.acct or []] == ["user00001", "user00002"]
        assert transport.session is not None  # the request went through aiohttp
        assert transport.session.connector.limit == 20  # WhmClient's default pool
    assert endpoint.simulator.calls("listaccts")


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_environment_variable_picks_it_and_limits_carry_over(
    endpoint: Endpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WHM_HTTP_BACKEND", "aiohttp")
    async with endpoint.client(limits=httpx.Limits(max_connections=3)) as whm:
        assert (await whm.version()).version
        transport = transport_of(whm)
        assert isinstance(transport, WhmAiohttpTransport)
        assert transport.session.connector.limit == 3


def test_the_default_is_httpx_s_own_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WHM_HTTP_BACKEND", raising=False)
    whm = WhmClient("https://whm.example.com:2087/json-api", WhmSimulator().auth())
    assert isinstance(transport_of(whm), httpx.AsyncHTTPTransport)


def test_the_environment_variable_leaves_a_given_transport_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WHM_HTTP_BACKEND", "aiohttp")
    sim = WhmSimulator()
    whm = sim.client()  # the simulator's in-process transport
    assert transport_of(whm) is not None
    assert not isinstance(transport_of(whm), WhmAiohttpTransport)


@pytest.mark.parametrize(
    ("options", "env", "message"),
    [
        ({"http_backend": "curl"}, None, "http_backend must be 'httpx' or 'aiohttp'"),
        ({}, "uvloop", "WHM_HTTP_BACKEND must be 'httpx' or 'aiohttp', got 'uvloop'"),
        (
            {"http_backend": "aiohttp", "transport": httpx.MockTransport(lambda r: None)},  # type: ignore[arg-type, return-value]
            None,
            "can't go with transport= or http_client=",
        ),
        (
            {"http_backend": "aiohttp", "http_client": httpx.AsyncClient()},
            None,
            "can't go with transport= or http_client=",
        ),
    ],
    ids=["bad argument", "bad variable", "with transport", "with http_client"],
)
def test_bad_choices_are_config_errors(
    options: dict[str, object], env: str | None, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if env is None:
        monkeypatch.delenv("WHM_HTTP_BACKEND", raising=False)
    else:
        monkeypatch.setenv("WHM_HTTP_BACKEND", env)
    with pytest.raises(WhmConfigError, match=message):
        WhmClient("https://whm.example.com:2087/json-api", WhmSimulator().auth(), **options)  # type: ignore[arg-type]


def test_without_the_extra_a_config_error_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # as if not installed
    monkeypatch.delitem(sys.modules, "whm_api_client._aiohttp")
    with pytest.raises(WhmConfigError, match=r"pip install 'whm-api-client\[aiohttp\]'"):
        WhmClient(
            "https://whm.example.com:2087/json-api", WhmSimulator().auth(), http_backend="aiohttp"
        )


@pytest.mark.parametrize("anyio_backend", ["trio"])
@pytest.mark.parametrize("chosen_by", ["argument", "environment"])
async def test_trio_keeps_httpx_s_own_transport(
    endpoint: Endpoint, chosen_by: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if chosen_by == "argument":
        client = endpoint.client(http_backend="aiohttp")
    else:
        monkeypatch.setenv("WHM_HTTP_BACKEND", "aiohttp")
        client = WhmClient(endpoint.target, endpoint.simulator.auth())
    async with client as whm:
        assert isinstance(transport_of(whm), WhmAiohttpTransport)
        accounts = await whm.listaccts()
        assert [a.user for a in accounts.acct or []] == ["user00001", "user00002"]
        inner = transport_of(whm)._elsewhere  # type: ignore[attr-defined]
        assert isinstance(inner, httpx.AsyncHTTPTransport)  # httpx's, not aiohttp's
    assert len(endpoint.simulator.calls("listaccts")) == 1


def test_importing_the_client_loads_neither_aiohttp_nor_the_fleet() -> None:
    code = (
        "import sys, whm_api_client; "
        "print(sorted(m for m in sys.modules if 'aiohttp' in m or m.endswith('fleet')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
