"""Waiters for WHM's background operations and reconcile() after an unknown outcome, on the
simulator (asyncio and trio), with progress scripted through sim.define() and slow replies
and dropped connections injected."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from whm_api_client import (
    ApiTokenAuth,
    Progress,
    WhmAuthError,
    WhmConfigError,
    WhmConnectError,
    WhmOperationFailedError,
    WhmServerError,
    WhmTimeoutError,
    WhmWaitTimeoutError,
    reconcile,
    wait_for_backup_skip_users,
    wait_for_pkgacct,
    wait_for_restore,
    wait_for_transfer,
)
from whm_api_client.testing import Call, WhmSimulator, faults

pytestmark = pytest.mark.anyio

FAST = {"interval": 0.01, "timeout": 30}


def script(sim: WhmSimulator, function: str, replies: list[dict[str, Any]]) -> list[str]:
    """``function`` answers each of ``replies`` in turn, then the last one forever;
    returns the list of session ids it was asked about."""
    asked: list[str] = []
    steps: Iterator[dict[str, Any]] = iter(replies)
    last: list[dict[str, Any]] = []

    @sim.define(function)
    def answer(call: Call) -> dict[str, Any]:
        asked.append(call.text("transfer_session_id") or call.text("session_id"))
        reply = next(steps, None)
        if reply is not None:
            last[:] = [reply]
        return last[0]

    return asked


async def test_a_transfer_session_is_followed_to_its_end() -> None:
    sim = WhmSimulator()
    states = ["TRANSFER_PENDING", "TRANSFER_INPROGRESS", "RESTORE_INPROGRESS", "COMPLETED"]
    asked = script(sim, "get_transfer_session_state", [{"state_name": s} for s in states])
    seen: list[Progress] = []
    async with sim.client() as whm:
        done = await wait_for_transfer(whm, "abc123", on_progress=seen.append, **FAST)
    assert [p.state for p in seen] == states
    assert done.done and done.state == "COMPLETED" and done.polls == 4
    assert [p.polls for p in seen] == [1, 2, 3, 4]
    assert set(asked) == {"abc123"}


async def test_a_failed_or_aborted_transfer_raises_with_its_state() -> None:
    sim = WhmSimulator()
    script(
        sim, "get_transfer_session_state", [{"state_name": "RUNNING"}, {"state_name": "ABORTED"}]
    )
    async with sim.client() as whm:
        with pytest.raises(WhmOperationFailedError, match="ended as ABORTED") as caught:
            await wait_for_transfer(whm, "abc123", **FAST)
    assert caught.value.state.state == "ABORTED"
    assert caught.value.operation == "transfer session abc123"


async def test_a_background_pkgacct_with_an_async_callback_and_a_dropped_poll() -> None:
    sim = WhmSimulator({"accounts": [{"username": "bob", "domain": "bob.example"}]})
    script(sim, "get_pkgacct_session_state", [{"state": "RUNNING"}] * 3 + [{"state": "COMPLETED"}])
    sim.inject(faults.DropConnection(), function="get_pkgacct_session_state", times=1)
    seen: list[str] = []

    async def progress(p: Progress) -> None:
        await anyio.lowlevel.checkpoint()
        seen.append(p.state)

    async with sim.client() as whm:
        started = await whm.start_background_pkgacct(user="bob")
        assert isinstance(started.session_id, str) and started.session_id
        done = await wait_for_pkgacct(whm, started.session_id, on_progress=progress, **FAST)
    # the first poll's reply was cut off (its state lost); the waiter polled again
    assert done.state == "COMPLETED" and done.polls == 4
    assert seen == ["RUNNING", "RUNNING", "COMPLETED"]
    assert len(sim.calls("get_pkgacct_session_state")) == 4


async def test_too_many_failed_polls_in_a_row_raise_the_last_error() -> None:
    sim = WhmSimulator()
    script(sim, "get_pkgacct_session_state", [{"state": "RUNNING"}])
    sim.inject(faults.InternalError(503), function="get_pkgacct_session_state")
    async with sim.client() as whm:
        with pytest.raises(WhmServerError):
            await wait_for_pkgacct(whm, "s1", max_errors=2, **FAST)
    assert len(sim.calls("get_pkgacct_session_state")) == 0  # the fault answered every poll
    assert len(sim.requests) == 3  # the first poll and two more


async def test_a_refused_login_is_not_polled_again() -> None:
    sim = WhmSimulator()
    async with sim.client(auth=ApiTokenAuth("root", "WRONG")) as whm:
        with pytest.raises(WhmAuthError):
            await wait_for_transfer(whm, "abc123", **FAST)
    assert len(sim.requests) == 1


async def test_the_timeout_reports_the_last_state() -> None:
    sim = WhmSimulator()
    script(sim, "get_transfer_session_state", [{"state_name": "PAUSED"}])
    async with sim.client() as whm:
        with pytest.raises(WhmWaitTimeoutError, match="last state PAUSED") as caught:
            await wait_for_transfer(whm, "abc123", timeout=0.2, interval=0.05)
    assert caught.value.state.state == "PAUSED"
    assert caught.value.state.polls >= 1


async def test_a_slow_poll_is_cut_off_by_the_waiters_timeout() -> None:
    sim = WhmSimulator()
    script(sim, "get_pkgacct_session_state", [{"state": "RUNNING"}])
    sim.inject(faults.Latency(60), function="get_pkgacct_session_state")
    async with sim.client() as whm:
        with pytest.raises(WhmWaitTimeoutError) as caught:
            await wait_for_pkgacct(whm, "s1", timeout=0.3, interval=0.05)
    assert caught.value.state is None  # no poll ever answered


async def test_the_restore_queue_for_one_user() -> None:
    sim = WhmSimulator()
    carol = {"user": "carol", "restore_point": "2024-01-02"}
    bob = {"user": "bob", "restore_point": "2024-01-01", "options": {"mysql": 1}}
    script(
        sim,
        "restore_queue_state",
        [
            {"is_active": 0, "pending": [bob, carol], "active": [], "completed": []},
            {"is_active": 1, "pending": [carol], "active": [bob], "completed": []},
            {"is_active": 1, "pending": [], "active": [carol], "completed": [bob]},
        ],
    )
    seen: list[str] = []
    async with sim.client() as whm:
        done = await wait_for_restore(
            whm, "bob", on_progress=lambda p: seen.append(p.state), **FAST
        )
    assert seen == [
        "1 pending, 0 active (queue not active)",
        "0 pending, 1 active",
        "0 pending, 0 active",
    ]
    assert done.data["completed"] == [bob]


async def test_the_whole_restore_queue_and_the_backup_skip_job() -> None:
    sim = WhmSimulator()
    script(
        sim,
        "restore_queue_state",
        [{"pending": [{"user": "a"}], "active": []}, {"pending": [], "active": []}],
    )
    script(
        sim,
        "backup_skip_users_all_status",
        [
            {"reason": {"running": 1, "perc": 10, "msg": "working"}},
            {"reason": {"running": 1, "perc": 60, "msg": "working"}},
            {"reason": {"running": 0, "perc": 100, "msg": "done"}},
        ],
    )
    percents: list[float | None] = []
    async with sim.client() as whm:
        assert (await wait_for_restore(whm, **FAST)).polls == 2
        done = await wait_for_backup_skip_users(
            whm, on_progress=lambda p: percents.append(p.percent), **FAST
        )
    assert percents == [10.0, 60.0, 100.0]
    assert done.state == "done"


async def test_waiters_check_their_arguments() -> None:
    sim = WhmSimulator()
    async with sim.client() as whm:
        for bad in (
            {"timeout": 0},
            {"interval": -1},
            {"max_errors": -1},
            {"timeout": "60"},  # not a number: named, not a TypeError
            {"timeout": None},
            {"interval": "5"},
            {"interval": True},
            {"max_errors": "3"},
            {"on_progress": "print"},
        ):
            with pytest.raises(WhmConfigError, match=next(iter(bad))):
                await wait_for_transfer(whm, "abc", **bad)  # type: ignore[arg-type]
        with pytest.raises(WhmConfigError):
            await wait_for_pkgacct(whm, "")
    assert not sim.requests


# ---------------------------------------------------------------------- reconcile


async def test_a_timed_out_createacct_that_went_through() -> None:
    sim = WhmSimulator()
    sim.inject(faults.Latency(5), function="createacct", times=1)
    async with sim.client(timeout=0.2) as whm:
        with pytest.raises(WhmTimeoutError):
            await whm.createacct(username="bob", domain="bob.example")
        found = await reconcile(whm, "createacct", username="bob", domain="bob.example")
    assert found.applied is True
    assert found.state["domain"] == "bob.example"
    assert len(sim.calls("createacct")) == 1  # reconcile never sends the call again


async def test_a_dropped_createacct_that_went_through_and_one_that_didnt() -> None:
    sim = WhmSimulator()
    sim.inject(faults.DropConnection(), function="createacct", times=1)
    sim.inject(faults.InternalError(), function="suspendacct", times=1)
    async with sim.client() as whm:
        with pytest.raises(WhmConnectError):
            await whm.createacct(username="bob", domain="bob.example")
        assert (await reconcile(whm, "createacct", username="bob")).applied is True
        with pytest.raises(WhmServerError):
            await whm.suspendacct(user="bob")
        found = await reconcile(whm, "suspendacct", user="bob")
        assert found.applied is False and found.detail == "bob is not suspended"
        await whm.suspendacct(user="bob")
        assert (await reconcile(whm, "suspendacct", user="bob")).applied is True
        assert (await reconcile(whm, "unsuspendacct", user="bob")).applied is False


async def test_an_account_of_that_name_with_another_domain_is_neither() -> None:
    sim = WhmSimulator({"accounts": [{"username": "bob", "domain": "other.example"}]})
    async with sim.client() as whm:
        found = await reconcile(whm, "createacct", username="bob", domain="bob.example")
        gone = await reconcile(whm, "removeacct", username="bob")
        missing = await reconcile(whm, "suspendacct", user="nobody")
    assert found.applied is None and "other.example" in found.detail
    assert gone.applied is False
    assert missing.applied is None


async def test_waiting_for_a_call_that_is_still_running() -> None:
    sim = WhmSimulator()
    looked = anyio.Event()
    sim.inject(faults.Custom(lambda context: looked.set()), function="listaccts")
    async with sim.client() as whm:

        async def meanwhile() -> None:
            await looked.wait()  # reconcile has looked once, and found nothing
            await whm.createacct(username="late", domain="late.example")

        async with anyio.create_task_group() as group:
            group.start_soon(meanwhile)
            found = await reconcile(whm, "createacct", username="late", wait=30, interval=0.01)
    assert found.applied is True
    assert len(sim.calls("listaccts")) >= 2


async def test_packages_zones_tokens_and_removals() -> None:
    sim = WhmSimulator({"accounts": [{"username": "bob", "domain": "bob.example"}]})
    async with sim.client() as whm:
        assert (await reconcile(whm, "addpkg", name="gold")).applied is False
        await whm.addpkg(name="gold")
        assert (await reconcile(whm, "addpkg", name="gold")).applied is True
        assert (await reconcile(whm, "killpkg", pkgname="gold")).applied is False
        await whm.changepackage(user="bob", pkg="gold")
        assert (await reconcile(whm, "changepackage", user="bob", pkg="gold")).applied is True
        assert (await reconcile(whm, "adddns", domain="bob.example")).applied is True
        assert (await reconcile(whm, "killdns", domain="nope.example")).applied is True
        await whm.api_token_create(token_name="ci")
        assert (await reconcile(whm, "api_token_create", token_name="ci")).applied is True
        assert (await reconcile(whm, "api_token_revoke", token_name="ci")).applied is False
        await whm.hold_outgoing_email(user="bob")
        assert (await reconcile(whm, "hold_outgoing_email", user="bob")).applied is True
        sim.inject(faults.Latency(5), function="removeacct", times=1)
        with pytest.raises(WhmTimeoutError):
            await whm.with_options(timeout=0.2).removeacct(username="bob")
        assert (await reconcile(whm, "removeacct", username="bob")).applied is True


async def test_reconcile_refuses_what_it_cant_check() -> None:
    sim = WhmSimulator()
    async with sim.client() as whm:
        with pytest.raises(WhmConfigError, match="no reconcile check for 'passwd'"):
            await reconcile(whm, "passwd", user="bob")
        with pytest.raises(WhmConfigError, match="needs the call's username"):
            await reconcile(whm, "createacct", domain="x.example")
        with pytest.raises(WhmConfigError):
            await reconcile(whm, "createacct", username="bob", interval=0)
        for bad in ({"wait": "60"}, {"interval": None}, {"wait": -1}):
            with pytest.raises(WhmConfigError, match=next(iter(bad))):
                await reconcile(whm, "createacct", username="bob", **bad)
    assert not sim.requests
