"""WhmFleet against simulated WHM servers on loopback ports (real HTTP), asyncio and trio.

Simulators are served from a background thread (ThreadedSimulatorServer), so the tasks
of the event loop under test are only the fleet's own: "nothing left running" is checked
by counting them.
"""

from __future__ import annotations

import os
import pickle
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from fleethosts import TOKEN_ENV, down_host, inventory_text, three_hosts

from whm_api_client import (
    WhmApiError,
    WhmCertificateError,
    WhmConfigError,
    WhmConnectError,
    WhmFleet,
    WhmTimeoutError,
    WhmUnsupportedError,
)
from whm_api_client.fleet import Credential, FleetHost, HostResult, load_inventory, parse_inventory
from whm_api_client.testing import (
    Endpoint,
    SimulatorTransport,
    ThreadedSimulatorServer,
    WhmSimulator,
    faults,
)

pytestmark = pytest.mark.anyio


@pytest.fixture
def served() -> Iterator[list[Endpoint]]:
    """Three simulated servers, each with its own account."""
    with three_hosts() as endpoints:
        yield endpoints


@pytest.fixture
def with_down_host(inventory: Path) -> Path:
    """The inventory plus a host "down", where nothing listens."""
    path = inventory.with_name("more.toml")
    path.write_text(inventory.read_text() + down_host())
    return path


@pytest.fixture
def inventory(served: list[Endpoint], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(TOKEN_ENV, served[0].simulator.root_token)
    path = tmp_path / "fleet.toml"
    path.write_text(inventory_text(served))
    return path


# ---------------------------------------------------------------- the inventory


def test_inventory_reads_defaults_tags_and_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "ca.pem").write_text("")
    path = tmp_path / "fleet.toml"
    path.write_text(
        '[defaults]\nuser = "ops"\ntoken_env = "FLEET_TOKEN"\n\n'
        '[[hosts]]\nname = "a"\nhost = "a.example.com"\ntags = ["eu", "shared"]\n'
        'ca_bundle = "ca.pem"\ntimeout = 20\n\n'
        '[[hosts]]\nhost = "b.example.com"\nport = 2086\npassword_file = "b.secret"\n'
    )
    a, b = load_inventory(path)
    assert (a.name, a.user, a.port, a.tags, a.timeout) == ("a", "ops", 2087, ("eu", "shared"), 20.0)
    assert a.ca_bundle == str(tmp_path / "ca.pem")
    assert a.credential.describe() == "$FLEET_TOKEN"
    assert a.target.base_url == "https://a.example.com:2087/json-api"
    assert b.name == "b.example.com"  # the host when no name is given
    assert (b.credential.kind, b.credential.source) == ("password", "file")
    assert b.credential.where == str(tmp_path / "b.secret")  # the host's own credential wins


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('token = "SECRETVALUE"', r"must not hold secrets \(token\)"),
        ('password = "hunter2"', r"must not hold secrets \(password\)"),
        ('token_env = "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456"', "looks like a token itself"),
        ('token_env = "not a name"', "must be the name of an environment variable"),
        ('token_env = "A"\npassword_env = "B"', "exactly one of"),
        ('tokn_env = "A"', r"unknown key\(s\) tokn_env"),
        ('token_env = "A"\npin = "AB:CD"', r"unknown key\(s\) pin"),
        ('token_env = "A"\npin_sha256 = "not-a-fingerprint"', "fingerprint"),
        ('token_env = "A"\npin_sha256 = 12', "'pin_sha256' must be a fingerprint"),
        ('token_env = "A"\nport = 0', "'port' must be a number"),
        ('token_env = "A"\nscheme = "http"', "loopback test servers only"),
        ('token_env = "A"\ntimeout = -1', "'timeout' must be a positive"),
    ],
)
def test_inventory_mistakes_are_config_errors_that_never_echo_a_secret(
    entry: str, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "fleet.toml"
    path.write_text(f'[[hosts]]\nname = "web1"\nhost = "web1.example.com"\n{entry}\n')
    with pytest.raises(WhmConfigError, match=message) as caught:
        load_inventory(path)
    for secret in ("SECRETVALUE", "hunter2", "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456"):
        assert secret not in str(caught.value)


@pytest.mark.parametrize(
    "host", ["web1.example.com:2087", "https://web1.example.com:2087", "web1 example"]
)
def test_a_host_that_isnt_a_bare_name_is_named_as_the_mistake(host: str, tmp_path: Path) -> None:
    path = tmp_path / "fleet.toml"
    path.write_text(f'[[hosts]]\nhost = "{host}"\ntoken_env = "T"\n')
    with pytest.raises(WhmConfigError, match="host must be a bare host name or address"):
        load_inventory(path)


def test_inventory_structure_errors(tmp_path: Path) -> None:
    with pytest.raises(WhmConfigError, match="lists no hosts"):
        parse_inventory({})
    with pytest.raises(WhmConfigError, match="used twice"):
        parse_inventory({"hosts": [{"host": "a.example", "token_env": "T"}] * 2})
    with pytest.raises(WhmConfigError, match="not valid TOML"):
        (tmp_path / "bad.toml").write_text("[[hosts]\n")
        load_inventory(tmp_path / "bad.toml")
    with pytest.raises(WhmConfigError, match="can't read the inventory"):
        load_inventory(tmp_path / "missing.toml")


def test_hosts_are_picked_by_name_or_tag(inventory: Path) -> None:
    fleet = WhmFleet.from_inventory(inventory, hosts=["eu"])
    assert [host.name for host in fleet.hosts] == ["web1", "web3"]
    assert [h.name for h in WhmFleet.from_inventory(inventory, hosts=["web2", "eu"]).hosts] == [
        "web1",
        "web2",
        "web3",
    ]
    with pytest.raises(WhmConfigError, match="no host has the name or tag: asia"):
        WhmFleet.from_inventory(inventory, hosts=["asia"])


# ---------------------------------------------------------------- map


@pytest.mark.usefixtures("http_backend")  # and on the aiohttp transport
async def test_map_gives_one_result_per_host_and_never_fails_as_a_whole(
    served: list[Endpoint], with_down_host: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served[1].simulator.inject(faults.ResultZero("License expired."), function="version")
    nocred = (
        '\n[[hosts]]\nname = "nocred"\nhost = "127.0.0.1"\nport = 1\ntoken_env = "FLEET_UNSET"\n'
    )
    with with_down_host.open("a") as file:
        file.write(nocred)
    monkeypatch.delenv("FLEET_UNSET", raising=False)
    async with WhmFleet.from_inventory(with_down_host) as fleet:
        results = await fleet.map("version")
    assert [r.host for r in results] == ["web1", "web2", "web3", "down", "nocred"]
    assert [r.status for r in results] == ["ok", "failed", "ok", "unreachable", "unreachable"]
    assert results[0].data == {"version": served[0].simulator.server.version}
    assert results[0].metadata["command"] == "version"
    assert (
        isinstance(results[1].error, WhmApiError) and results[1].error.reason == "License expired."
    )
    assert isinstance(results[3].error, WhmConnectError)
    assert isinstance(results[4].error, WhmConfigError)
    assert "FLEET_UNSET" in str(results[4].error)
    assert all(r.elapsed >= 0 for r in results)
    with pytest.raises(WhmApiError):
        results[1].unwrap()


async def test_a_function_newer_than_a_host_is_a_failure_there_not_unreachable(
    served: list[Endpoint], inventory: Path
) -> None:
    served[1].simulator.server.version = "11.62.0.3"  # api_token_list came with 64
    async with WhmFleet.from_inventory(inventory) as fleet:
        await fleet.map("version")  # the fleet's clients learn each host's version
        results = await fleet.map("api_token_list")
    assert [r.status for r in results] == ["ok", "failed", "ok"]
    assert isinstance(results[1].error, WhmUnsupportedError)
    assert served[1].simulator.calls("api_token_list") == []  # refused before sending


def test_client_options_the_fleet_sets_or_no_client_takes_fail_when_it_is_made(
    inventory: Path,
) -> None:
    for name in ("pin_sha256", "ca_bundle", "verify"):  # the inventory's, per host
        with pytest.raises(WhmConfigError, match=f"client_options can't set {name}"):
            WhmFleet.from_inventory(inventory, client_options={name: None})
    with pytest.raises(WhmConfigError, match="not a WhmClient option: retries"):
        WhmFleet.from_inventory(inventory, client_options={"retries": 3})


def test_a_bad_http_backend_fails_when_the_fleet_is_made(
    inventory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(WhmConfigError, match="http_backend must be"):
        WhmFleet.from_inventory(inventory, http_backend="curl")
    monkeypatch.setenv("WHM_HTTP_BACKEND", "curl")  # not once per host, at its first call
    with pytest.raises(WhmConfigError, match="WHM_HTTP_BACKEND must be"):
        WhmFleet.from_inventory(inventory)


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_on_trio_a_fleet_keeps_httpx_s_own_transport(inventory: Path) -> None:
    async with WhmFleet.from_inventory(inventory, http_backend="aiohttp") as fleet:
        assert [r.status for r in await fleet.map("version")] == ["ok"] * 3


async def test_typed_results(inventory: Path) -> None:
    async with WhmFleet.from_inventory(inventory) as fleet:
        results = await fleet.map("listaccts", typed=True)
    assert [[a.user for a in r.unwrap().acct] for r in results] == [["alice"], ["bob"], ["carol"]]


async def test_stream_yields_results_as_they_arrive(
    served: list[Endpoint], inventory: Path
) -> None:
    served[0].simulator.inject(faults.Latency(0.5), function="version")
    async with WhmFleet.from_inventory(inventory) as fleet, fleet.stream("version") as results:
        order = [result.host async for result in results]
    assert sorted(order) == ["web1", "web2", "web3"]
    assert order[-1] == "web1"  # the slow host comes last, not in inventory order


async def test_a_host_timeout_fails_that_host_only(served: list[Endpoint], inventory: Path) -> None:
    served[1].simulator.inject(faults.Latency(30), function="version")
    async with WhmFleet.from_inventory(inventory) as fleet:
        results = await fleet.map("version", host_timeout=0.5)
    assert [r.status for r in results] == ["ok", "unreachable", "ok"]
    assert isinstance(results[1].error, WhmTimeoutError)
    assert "no complete answer within 0.5s" in str(results[1].error)


async def test_state_changing_functions_need_the_opt_in(
    served: list[Endpoint], inventory: Path
) -> None:
    async with WhmFleet.from_inventory(inventory) as fleet:
        with pytest.raises(WhmConfigError, match="allow_changes=True"):
            await fleet.map("suspendacct", user="bob")
        with pytest.raises(WhmConfigError, match="allow_changes=True"):
            await fleet.map("some_function_from_a_newer_whm")  # unknown counts as changing
        assert all(e.simulator.calls("suspendacct") == [] for e in served)
        results = await fleet.select("web2").map("suspendacct", user="bob", allow_changes=True)
    assert [r.status for r in results] == ["ok"]
    assert served[1].simulator.accounts.get("bob")["suspended"] == 1  # type: ignore[index]


async def test_bad_arguments_fail_before_any_host_is_called(
    served: list[Endpoint], inventory: Path
) -> None:
    async with WhmFleet.from_inventory(inventory) as fleet:
        with pytest.raises(WhmConfigError):
            await fleet.map("listaccts", search=object())
        with pytest.raises(WhmConfigError, match="not a WHM function name"):
            await fleet.map("list accts")
        with pytest.raises(WhmConfigError, match="bundled spec, which has no"):
            await fleet.map("some_function_from_a_newer_whm", allow_changes=True, typed=True)
        for bad in (
            {"concurrency": 0},  # not the default: a mistake
            {"concurrency": "3"},
            {"per_host": 0},
            {"host_timeout": "5"},
            {"host_timeout": True},
            {"host_timeout": 0},
        ):
            with pytest.raises(WhmConfigError, match=next(iter(bad))):
                await fleet.map("version", **bad)
    assert [len(e.simulator.requests) for e in served] == [0, 0, 0]


async def test_find_account_by_user_and_by_domain(with_down_host: Path) -> None:
    async with WhmFleet.from_inventory(with_down_host) as fleet:
        by_user = await fleet.find_account(user="bob")
        by_domain = await fleet.find_account(domain="CAROL.example")
        nowhere = await fleet.find_account(user="bo")  # exact, not a regex or a prefix
        with pytest.raises(WhmConfigError, match="exactly one"):
            await fleet.find_account(user="bob", domain="bob.example")
    assert [(m.host, m.user, m.domain) for m in by_user.matches] == [("web2", "bob", "bob.example")]
    assert [(m.host, m.user) for m in by_domain.matches] == [("web3", "carol")]
    assert nowhere.matches == ()
    # The unreachable host might have had it: the search says it isn't complete.
    assert [r.host for r in by_user.errors] == ["down"] and not by_user.complete


# ---------------------------------------------------------------- limits and cancellation


class Counting(httpx.AsyncBaseTransport):
    """Counts requests in flight, per host and in all; each takes a little while."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.now: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()
        self.total = 0
        self.total_peak = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.netloc.decode()
        self.now[host] += 1
        self.total += 1
        self.peak[host] = max(self.peak[host], self.now[host])
        self.total_peak = max(self.total_peak, self.total)
        try:
            await anyio.sleep(0.05)
            return await self.inner.handle_async_request(request)
        finally:
            self.now[host] -= 1
            self.total -= 1


def in_process_fleet(count: int, **options: Any) -> tuple[WhmFleet, Counting, list[WhmSimulator]]:
    sims = [
        WhmSimulator({"accounts": [{"username": "bob", "domain": "bob.example"}]})
        for _ in range(count)
    ]
    counting = Counting(
        SimulatorTransport({f"whm{n}.example:2087": sim for n, sim in enumerate(sims)})
    )
    hosts = [
        FleetHost(
            f"whm{n}",
            f"whm{n}.example",
            Credential("token", "env", TOKEN_ENV),
        )
        for n in range(count)
    ]
    return WhmFleet(hosts, client_options={"transport": counting}, **options), counting, sims


async def test_concurrency_and_per_host_limits_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    fleet, counting, sims = in_process_fleet(6)
    monkeypatch.setenv(TOKEN_ENV, sims[0].root_token)
    async with fleet, anyio.create_task_group() as group:
        for _ in range(4):  # four maps at once: up to 4 calls could go to one host
            group.start_soon(lambda: fleet.map("version", concurrency=3, per_host=2))
    assert counting.total_peak <= 12  # 4 maps x concurrency 3
    assert max(counting.peak.values()) == 2  # per_host: reached, never passed
    assert all(len(sim.calls("version")) == 4 for sim in sims)


async def test_state_changing_calls_run_one_at_a_time_per_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fleet, counting, sims = in_process_fleet(2, per_host=5)
    monkeypatch.setenv(TOKEN_ENV, sims[0].root_token)
    async with fleet, anyio.create_task_group() as group:
        for _ in range(3):
            group.start_soon(
                lambda: fleet.map("hold_outgoing_email", user="bob", allow_changes=True)
            )
        group.start_soon(lambda: fleet.map("version"))
    assert max(counting.peak.values()) == 2  # a read beside one change, never two changes
    assert all(len(sim.calls("hold_outgoing_email")) == 3 for sim in sims)


async def test_an_unexpected_exception_is_that_host_s_error_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fleet, counting, sims = in_process_fleet(3)
    monkeypatch.setenv(TOKEN_ENV, sims[0].root_token)
    inner = counting.inner

    class Broken(httpx.AsyncBaseTransport):  # a transport with a bug, on one host
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.host == "whm1.example":
                raise RuntimeError(f"bug near {sims[0].root_token}")
            return await inner.handle_async_request(request)

    counting.inner = Broken()
    async with fleet:
        results = await fleet.map("version")
    assert [r.status for r in results] == ["ok", "failed", "ok"]
    assert str(results[1].error) == "version: unexpected RuntimeError: bug near [redacted]"


@pytest.mark.usefixtures("http_backend")  # and on the aiohttp transport
async def test_cancelling_a_map_leaves_nothing_running(
    served: list[Endpoint], inventory: Path
) -> None:
    served[0].simulator.inject(faults.Latency(30), function="version")
    before = len(anyio.get_running_tasks())
    async with WhmFleet.from_inventory(inventory) as fleet:
        with anyio.move_on_after(0.5) as scope:
            await fleet.map("version", concurrency=1)  # web1 first; web2, web3 wait their turn
        assert scope.cancelled_caught
        await anyio.sleep(0.2)  # had anything been left behind, it would call on now
    assert len(anyio.get_running_tasks()) == before
    assert [len(e.simulator.calls("version")) for e in served] == [1, 0, 0]


@pytest.mark.usefixtures("http_backend")  # and on the aiohttp transport
async def test_leaving_a_stream_early_cancels_the_rest(
    served: list[Endpoint], inventory: Path
) -> None:
    for endpoint in served[1:]:
        endpoint.simulator.inject(faults.Latency(30), function="version")
    before = len(anyio.get_running_tasks())
    async with WhmFleet.from_inventory(inventory) as fleet:
        async with fleet.stream("version") as results:
            async for result in results:
                assert result.host == "web1"
                break
        assert len(anyio.get_running_tasks()) == before
        # The fleet still works afterwards.
        assert [r.status for r in await fleet.select("web1").map("version")] == ["ok"]


class Stop(Exception):
    pass


@pytest.mark.parametrize("error", [Stop("mine"), KeyboardInterrupt()])
async def test_an_exception_in_a_stream_s_block_leaves_as_it_is(
    served: list[Endpoint], inventory: Path, error: BaseException
) -> None:
    """Not inside an ExceptionGroup: the caller's own exception (or Ctrl-C) comes out as
    raised, and the calls still running are cancelled."""
    for endpoint in served[1:]:
        endpoint.simulator.inject(faults.Latency(30), function="version")
    before = len(anyio.get_running_tasks())
    async with WhmFleet.from_inventory(inventory) as fleet:
        with pytest.raises(type(error)) as caught:
            async with fleet.stream("version") as results:
                async for _ in results:
                    raise error
        assert caught.value is error
        assert len(anyio.get_running_tasks()) == before


# ---------------------------------------------------------------- beyond one process


async def test_results_and_their_errors_pickle(
    served: list[Endpoint], with_down_host: Path
) -> None:
    served[1].simulator.inject(faults.ResultZero("No such user."), function="listaccts")
    async with WhmFleet.from_inventory(with_down_host) as fleet:
        results = await fleet.map("listaccts")
    copies: list[HostResult] = pickle.loads(pickle.dumps(results))
    assert [(c.host, c.status, c.data, c.metadata) for c in copies] == [
        (r.host, r.status, r.data, r.metadata) for r in results
    ]
    api_error, connect_error = copies[1].error, copies[3].error
    assert isinstance(api_error, WhmApiError) and api_error.reason == "No such user."
    assert api_error.function == "listaccts" and api_error.metadata == results[1].error.metadata  # type: ignore[union-attr]
    assert isinstance(connect_error, WhmConnectError) and connect_error.function == "listaccts"
    assert str(connect_error) == str(results[3].error)


def test_inventory_hosts_pickle_without_their_secrets(
    inventory: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hosts = load_inventory(inventory)
    copied = pickle.loads(pickle.dumps(hosts))
    assert copied == hosts
    assert os.environ[TOKEN_ENV].encode() not in pickle.dumps(hosts)  # a name travels, not a value


async def test_a_selected_view_shares_clients_and_closes_nothing(inventory: Path) -> None:
    async with WhmFleet.from_inventory(inventory) as fleet:
        async with fleet.select("web1") as view:
            assert [r.status for r in await view.map("version")] == ["ok"]
        assert fleet.client("web1") is view.client("web1")  # the same client, still open
        assert [r.status for r in await fleet.map("version")] == ["ok"] * 3
    with pytest.raises(WhmConfigError, match="closed"):
        await view.map("version")


@pytest.mark.usefixtures("http_backend")
async def test_pinned_hosts_are_reached_and_a_changed_certificate_fails_that_host_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tlscerts import self_signed, server_context, sha256_of

    pinned, changed = self_signed("127.0.0.1"), self_signed("127.0.0.1")
    sim = WhmSimulator()  # one simulator behind two certificates
    monkeypatch.setenv(TOKEN_ENV, sim.root_token)
    with ThreadedSimulatorServer() as server:
        good = server.listen(sim, ssl_context=server_context(*pinned))
        bad = server.listen(sim, ssl_context=server_context(*changed))
        inventory = tmp_path / "pinned.toml"
        inventory.write_text(
            f'[defaults]\ntoken_env = "{TOKEN_ENV}"\npin_sha256 = "{sha256_of(pinned[0])}"\n\n'
            f'[[hosts]]\nname = "good"\nhost = "127.0.0.1"\nport = {good.port}\n\n'
            f'[[hosts]]\nname = "changed"\nhost = "127.0.0.1"\nport = {bad.port}\n'
        )
        async with WhmFleet.from_inventory(inventory) as fleet:
            results = {result.host: result for result in await fleet.map("version")}
    assert results["good"].ok, results["good"].error
    error = results["changed"].error
    assert isinstance(error, WhmCertificateError)
    assert error.problem == "pin-mismatch"
    assert len(sim.calls("version")) == 1  # the changed host refused at the handshake
