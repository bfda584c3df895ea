"""Retries and cancellation against a real loopback server (tests/faultserver.py).

Retries: a call that may change state reaches the server exactly once, whatever
the policy says; a read-only call is repeated only when a policy asks for it.
Cancellation: a call cancelled mid-flight leaves no connection stuck in a request
and the client keeps working.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest
from faultserver import FaultServer

from whm_api_client import (
    ApiTokenAuth,
    RetryPolicy,
    WhmClient,
    WhmConnectError,
    WhmServerError,
    WhmTimeoutError,
)

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("http_backend")]
AUTH = ApiTokenAuth("root", "RESILIENCETOKEN0123456789")
EAGER = RetryPolicy(attempts=5, backoff=0)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


# ---------------------------------------------------------------- retries


@pytest.mark.parametrize("scenario", ["drop", "http_503", "reset_mid_body"])
async def test_state_changing_call_is_sent_once_even_with_a_retry_policy(
    server: FaultServer, scenario: str
) -> None:
    async with WhmClient(server.target(scenario), AUTH, retry=EAGER) as whm:
        with pytest.raises((WhmConnectError, WhmServerError)):
            await whm.createacct(username="bob", domain="bob.example", password="Pw-123456")
        with pytest.raises((WhmConnectError, WhmServerError)):
            await whm.call("createacct", username="carol", domain="carol.example")
    assert [seen.function for seen in server.requests] == ["createacct", "createacct"]
    assert server.requests[0].arguments["username"] == "bob"  # the request did arrive


async def test_unknown_functions_count_as_state_changing(server: FaultServer) -> None:
    async with WhmClient(server.target("drop"), AUTH, retry=EAGER) as whm:
        with pytest.raises(WhmConnectError):
            await whm.call("some_function_from_a_newer_whm")
    assert server.hits_for("some_function_from_a_newer_whm") == 1


@pytest.mark.parametrize("failure", ["flaky503", "flakydrop"])
async def test_read_only_call_is_retried_with_a_policy(server: FaultServer, failure: str) -> None:
    async with WhmClient(server.target(f"{failure}-2"), AUTH, retry=EAGER) as whm:
        accounts = await whm.listaccts()
    assert [account.user for account in accounts.acct or []] == ["bob"]
    assert server.hits_for("listaccts") == 3  # two failures, then the success


@pytest.mark.parametrize("failure", ["http_503", "drop"])
async def test_retries_stop_at_the_policy_s_attempts(server: FaultServer, failure: str) -> None:
    async with WhmClient(server.target(failure), AUTH, retry=EAGER) as whm:
        with pytest.raises((WhmServerError, WhmConnectError)):
            await whm.listaccts()
    assert server.hits_for("listaccts") == 5


@pytest.mark.parametrize("failure", ["flaky503", "flakydrop"])
async def test_read_only_call_is_not_retried_without_a_policy(
    server: FaultServer, failure: str
) -> None:
    async with WhmClient(server.target(f"{failure}-2"), AUTH) as whm:
        with pytest.raises((WhmServerError, WhmConnectError)):
            await whm.listaccts()
        assert server.hits_for("listaccts") == 1
        # A per-call policy turns retries on for just that view of the client.
        accounts = await whm.with_options(retry=EAGER).listaccts()
    assert [account.user for account in accounts.acct or []] == ["bob"]
    assert server.hits_for("listaccts") == 3


async def test_timeouts_are_not_retried_unless_asked(server: FaultServer) -> None:
    fast = httpx.Timeout(5.0, read=0.3)
    async with WhmClient(server.target("slow_headers"), AUTH, retry=EAGER, timeout=fast) as whm:
        with pytest.raises(WhmTimeoutError):
            await whm.listaccts()
    assert server.hits_for("listaccts") == 1


# ---------------------------------------------------------------- cancellation


def busy_connections(whm: WhmClient) -> list[Any]:
    """Pooled connections that are neither idle nor closed, i.e. stuck in a request."""
    transport: Any = whm._http._transport
    if hasattr(transport, "session"):  # the aiohttp transport: its connector's acquired set
        return list(transport.session.connector._acquired) if transport.session else []
    pool = transport._pool
    return [c for c in pool.connections if not (c.is_idle() or c.is_closed())]


def pending_requests(whm: WhmClient) -> int:
    """Requests waiting for a connection."""
    transport: Any = whm._http._transport
    if hasattr(transport, "session"):
        waiters = transport.session.connector._waiters if transport.session else {}
        return sum(len(queue) for queue in waiters.values())
    return len(transport._pool._requests)


async def wait_for(condition: Any, what: str) -> None:
    """Poll until ``condition()`` holds; the deadline only catches a hang. (The server
    runs in threads, so there is no anyio.Event to wait on.)"""
    try:
        with anyio.fail_after(10):
            while not condition():  # noqa: ASYNC110
                await anyio.sleep(0.01)
    except TimeoutError:
        raise AssertionError(f"gave up waiting for {what}") from None


async def assert_healthy(whm: WhmClient, server: FaultServer) -> None:
    assert busy_connections(whm) == []
    assert pending_requests(whm) == 0
    # Usable afterwards, several calls at once included.
    results: list[Any] = []

    async def one() -> None:
        results.append(await whm.listaccts())

    async with anyio.create_task_group() as group:
        for _ in range(5):
            group.start_soon(one)
    assert [[a.user for a in r.acct or []] for r in results] == [["bob"]] * 5
    assert busy_connections(whm) == []


async def assert_no_sockets_left(whm: WhmClient, server: FaultServer) -> None:
    await whm.aclose()
    await wait_for(lambda: server.open_connections == 0, "server-side sockets to close")


@pytest.mark.parametrize("fault", ["slow_headers", "slow_body"])
async def test_move_on_after_cancels_a_call_and_the_client_carries_on(
    server: FaultServer, fault: str
) -> None:
    whm = WhmClient(server.target("ok"), AUTH)
    with anyio.move_on_after(1.0) as scope:
        await whm.call("listaccts", fault=fault)
    assert scope.cancelled_caught
    assert server.hits_for("listaccts") == 1
    await assert_healthy(whm, server)
    await assert_no_sockets_left(whm, server)


async def test_cancel_scope_cancel_once_the_server_has_the_request(server: FaultServer) -> None:
    whm = WhmClient(server.target("ok"), AUTH)
    outcome: list[str] = []

    async def slow_call() -> None:
        with anyio.CancelScope() as scope:
            cancel_scopes.append(scope)
            await whm.call("createacct", username="bob", fault="slow_headers")
            outcome.append("finished")
        outcome.append("cancelled" if scope.cancelled_caught else "not cancelled")

    cancel_scopes: list[anyio.CancelScope] = []
    async with anyio.create_task_group() as group:
        group.start_soon(slow_call)
        await wait_for(lambda: server.hits_for("createacct") == 1, "the request to arrive")
        cancel_scopes[0].cancel()
    assert outcome == ["cancelled"]
    await assert_healthy(whm, server)
    await assert_no_sockets_left(whm, server)


async def test_task_group_with_many_calls_in_flight_cancelled(server: FaultServer) -> None:
    whm = WhmClient(server.target("ok"), AUTH)
    finished: list[int] = []

    async def slow_call(n: int) -> None:
        await whm.call("listaccts", fault="slow_headers" if n % 2 else "slow_body")
        finished.append(n)

    async with anyio.create_task_group() as group:
        for n in range(8):
            group.start_soon(slow_call, n)
        await wait_for(lambda: server.hits_for("listaccts") == 8, "all requests to arrive")
        assert len(busy_connections(whm)) == 8
        group.cancel_scope.cancel()
    assert finished == []
    await assert_healthy(whm, server)
    await assert_no_sockets_left(whm, server)
