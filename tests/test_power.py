"""Meta arguments, paging, batch, UAPI and sessions against the WHM simulator.

The simulator answers as cpsrvd does (CPSRVD-BEHAVIOR.md). The paging tests run under a
time bound, so that a pager that never ends fails instead of hanging; tests/test_paging.py
has the totals around the chunk size and servers that aren't cpsrvd.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

from whm_api_client import (
    Chunk,
    ChunkInfo,
    Filter,
    FilterInfo,
    Meta,
    SessionAuth,
    Sort,
    WhmApiError,
    WhmAuthError,
    WhmClient,
    WhmConfigError,
    WhmSchemaError,
    WhmUapiError,
)
from whm_api_client._generated.models import ListacctsDataAcctItem
from whm_api_client.testing import ApiFailure, Call, Reply, WhmSimulator

pytestmark = pytest.mark.anyio
SECRET = "Top-Secret-Pass-42"
PASSWORD = "Login-Pass-7"
ACCOUNTS = 1234  # not a multiple of the chunk sizes below (see the module docstring)
PAGING_BOUND = 60  # seconds: a pager that never ends fails here rather than hanging


def seed(count: int = ACCOUNTS) -> dict[str, Any]:
    accounts = [
        {
            "username": f"user{i:05d}",
            "domain": f"site{i}.example",
            "plan": "gold" if i % 3 == 0 else "basic",
            "mailboxes": [f"info@site{i}.example"] if i == 1 else [],
        }
        for i in range(1, count + 1)
    ]
    return {
        "server": {"version": "11.126.0.9"},
        "users": [{"name": "root", "password": PASSWORD}],
        "accounts": accounts,
    }


@pytest.fixture(scope="module")
def seeded() -> WhmSimulator:
    return WhmSimulator(seed())


@pytest.fixture
def server(seeded: WhmSimulator) -> Iterator[WhmSimulator]:
    yield seeded
    seeded.reset()


def client(server: WhmSimulator) -> WhmClient:
    return server.client()


def all_users(server: WhmSimulator) -> list[str]:
    return [record["user"] for record in server.accounts.records()]


# ------------------------------------------------------------------ meta arguments


def test_meta_arguments_on_the_wire() -> None:
    meta = Meta(
        filters=[Filter("user", "bob", "begins"), Filter("plan", "gold", "eq")],
        sort=[Sort("diskused", reverse=True, method="numeric"), Sort("user")],
        chunk=Chunk(size=50, start=101),
        columns=["user", "domain"],
    )
    assert meta.arguments() == {
        "api.filter.enable": "1",
        "api.filter.verbose": "1",
        "api.filter.a.field": "user",
        "api.filter.a.arg0": "bob",
        "api.filter.a.type": "begins",
        "api.filter.b.field": "plan",
        "api.filter.b.arg0": "gold",
        "api.filter.b.type": "eq",
        "api.sort.enable": "1",
        "api.sort.a.field": "diskused",
        "api.sort.a.reverse": "1",
        "api.sort.a.method": "numeric",
        "api.sort.b.field": "user",
        "api.chunk.enable": "1",
        "api.chunk.verbose": "1",
        "api.chunk.size": "50",
        "api.chunk.start": "101",
        "api.columns.enable": "1",
        "api.columns.a": "user",
        "api.columns.b": "domain",
    }


@pytest.mark.parametrize(
    "build",
    [
        lambda: Chunk(size=0),
        lambda: Chunk(size=10, start=0),
        lambda: Filter("", "x"),
        lambda: Meta(columns=[str(i) for i in range(27)]).arguments(),
    ],
)
def test_bad_meta_arguments_are_config_errors(build: Any) -> None:
    with pytest.raises(WhmConfigError):
        build()


async def test_filter_sort_columns_apply_and_metadata_is_readable(server: WhmSimulator) -> None:
    meta = Meta(
        filters=[Filter("plan", "gold", "eq")],
        sort=[Sort("user", reverse=True)],
        chunk=Chunk(size=5, start=1),
        columns=["user", "plan"],
    )
    async with client(server) as whm:
        typed = await whm.with_options(meta=meta).listaccts()
        envelope = await whm.call("listaccts", **meta.arguments())
        unfiltered = await whm.listaccts()  # with_options made a view; whm itself is unchanged
    golds = sorted((u for u in all_users(server) if int(u[4:]) % 3 == 0), reverse=True)
    assert typed.acct and [a.user for a in typed.acct] == golds[:5]
    assert {a.plan for a in typed.acct} == {"gold"}
    assert all(a.domain is None or not isinstance(a.domain, str) for a in typed.acct)
    info = ChunkInfo.from_metadata(envelope["metadata"])
    assert info == ChunkInfo(
        start=1, size=5, records=len(golds), current=1, chunks=(len(golds) + 4) // 5
    )
    # cpsrvd counts the records before filtering in metadata.filter.filtered (§5).
    assert FilterInfo.from_metadata(envelope["metadata"]) == FilterInfo(ACCOUNTS, ("a",))
    assert unfiltered.acct and len(unfiltered.acct) == ACCOUNTS


# ------------------------------------------------------------------ paging


async def test_paginate_walks_every_chunk_typed(server: WhmSimulator) -> None:
    with anyio.fail_after(PAGING_BOUND):
        async with client(server) as whm:
            seen = [account async for account in whm.paginate("listaccts", chunk_size=100)]
    assert [a.user for a in seen] == all_users(server)
    assert all(isinstance(a, ListacctsDataAcctItem) for a in seen)
    starts = [call.getlist("api.chunk.start") for call in server.calls("listaccts")]
    assert starts == [[str(1 + 100 * i)] for i in range(13)]  # 1, 101, ... 1201: 1-based
    assert {call.text("api.chunk.size") for call in server.calls("listaccts")} == {"100"}


async def test_paginate_with_filter_and_raw_dicts(server: WhmSimulator) -> None:
    meta = Meta(filters=[Filter("plan", "gold", "eq")], sort=[Sort("user", reverse=True)])
    with anyio.fail_after(PAGING_BOUND):
        async with (
            client(server) as whm,
            whm.paginate(
                "listaccts", chunk_size=50, meta=meta, typed=False, records="acct"
            ) as pages,
        ):
            users = [row["user"] async for row in pages]
            assert pages.info and pages.info.records == len(users)
    assert users == sorted((u for u in all_users(server) if int(u[4:]) % 3 == 0), reverse=True)


async def test_paginate_prefetches_exactly_one_chunk_ahead(server: WhmSimulator) -> None:
    with anyio.fail_after(PAGING_BOUND):
        async with client(server) as whm, whm.paginate("listaccts", chunk_size=200) as accounts:
            first = await accounts.__anext__()
            assert first.user == "user00001"
            while len(server.calls("listaccts")) < 2:  # noqa: ASYNC110 - the prefetcher's task
                await anyio.sleep(0.01)
            await anyio.sleep(0.2)  # give an unbounded prefetcher the chance to run ahead
            assert len(server.calls("listaccts")) == 2  # current chunk + one prefetched
            rest = [a async for a in accounts]
    assert len(rest) == ACCOUNTS - 1


async def test_paginate_empty_result_and_early_exit(server: WhmSimulator) -> None:
    meta = Meta(filters=[Filter("user", "nobody-like-this", "eq")])
    with anyio.fail_after(PAGING_BOUND):
        async with client(server) as whm:
            assert [a async for a in whm.paginate("listaccts", chunk_size=10, meta=meta)] == []
            async with whm.paginate("listaccts", chunk_size=10) as accounts:
                async for account in accounts:
                    if account.user == "user00015":
                        break
            assert await whm.version()  # the client is still fine after leaving early


async def test_paging_ends_on_cpsrvd_chunk_rules() -> None:
    sim = WhmSimulator({"accounts": 10})
    seen: list[str] = []
    with anyio.fail_after(PAGING_BOUND):
        async with sim.client() as whm:
            async for account in whm.paginate("listaccts", chunk_size=5):
                seen.append(str(account.user))
                if len(seen) > 30:  # it would go on forever
                    break
    assert seen == [f"user{i:05d}" for i in range(1, 11)]


async def test_paginate_rejects_bad_use(server: WhmSimulator) -> None:
    async with client(server) as whm:
        with pytest.raises(WhmConfigError):
            whm.paginate("listaccts", chunk_size=0)
        with pytest.raises(WhmConfigError):
            whm.paginate("listaccts", meta=Meta(chunk=Chunk(5)))
        with pytest.raises(WhmConfigError):
            whm.paginate("no_such_function_in_spec")


# ------------------------------------------------------------------ batch


async def test_batch_returns_each_result_or_error(server: WhmSimulator) -> None:
    async with client(server) as whm:
        results = await whm.batch_call(
            [
                "version",
                ("removeacct", {"username": "ghost"}),
                (
                    "listaccts",
                    {
                        "api.filter.enable": 1,
                        "api.filter.a.field": "user",
                        "api.filter.a.arg0": "user00007",
                        "api.filter.a.type": "eq",
                    },
                ),
            ]
        )
    version, failed, accounts = results
    assert version.ok and version.unwrap().version == "11.126.0.9"
    assert not failed.ok and isinstance(failed.error, WhmApiError)
    assert failed.error.reason.endswith("You do not have a user named \u201cghost\u201d.")
    with pytest.raises(WhmApiError):
        failed.unwrap()
    assert accounts.unwrap().acct[0].user == "user00007"
    assert server.calls("batch")[0].getlist("command")[1] == "removeacct?username=ghost"


async def test_batch_abort_on_error_reports_commands_not_run(server: WhmSimulator) -> None:
    async with client(server) as whm:
        results = await whm.batch_call(
            ["version", ("removeacct", {"username": "ghost"}), "version"], abort_on_error=True
        )
    assert [r.ok for r in results] == [True, False, False]
    assert results[2].error and "not run" in str(results[2].error)
    assert server.calls("batch")[0].getlist("abort_on_error") == ["1"]


async def test_batch_typed_false_and_schema_errors_per_item(server: WhmSimulator) -> None:
    async with client(server) as whm:
        (raw,) = await whm.batch_call(["version"], typed=False)
        assert raw.data == {"version": "11.126.0.9"}
        with pytest.raises(WhmConfigError):
            await whm.batch_call([])
        with pytest.raises(WhmConfigError):
            await whm.batch_call(["bad name"])


async def test_batch_secrets_stay_out_of_the_url_and_errors(server: WhmSimulator) -> None:
    @server.define("passwd")
    def echo_the_password(call: Call) -> None:  # a careless server that echoes its input
        raise ApiFailure(f"refused {call.text('password')} for {call.text('user')}")

    async with client(server) as whm:
        (result,) = await whm.batch_call([("passwd", {"user": "bob", "password": SECRET})])
    assert result.error and "refused" in str(result.error) and SECRET not in str(result.error)
    (batch,) = [r for r in server.requests if r.function == "batch"]
    assert batch.request.method == "POST"  # a real host: the secret travels in the body
    assert SECRET not in batch.request.path + batch.request.query


# ------------------------------------------------------------------ UAPI


async def test_uapi_unwraps_data(server: WhmSimulator, caplog: pytest.LogCaptureFixture) -> None:
    @server.define_uapi("Email", "list_pops")
    def with_a_warning(call: Call) -> Reply:
        boxes = server.email.mailboxes(call.user)
        return Reply(
            [{"email": box, "args": dict(call.args)} for box in boxes], warnings=["heads up"]
        )

    async with client(server) as whm:
        data = await whm.uapi("user00001", "Email", "list_pops", regex="x")
    assert [box["email"] for box in data] == ["info@site1.example"]
    assert data[0]["args"]["regex"] == "x"
    assert "heads up" in caplog.text


async def test_uapi_failure_raises_with_errors(server: WhmSimulator) -> None:
    async with client(server) as whm:
        with pytest.raises(WhmUapiError) as caught:
            await whm.uapi("user00001", "Email", "delete_pop", email="nobody", password=SECRET)
        with pytest.raises(WhmConfigError):
            await whm.uapi("", "Email", "list_pops")
    assert caught.value.errors == [
        "The email account \u201cnobody@site1.example\u201d does not exist."
    ]
    assert caught.value.function == "Email::delete_pop"
    assert isinstance(caught.value, WhmApiError)


@pytest.mark.parametrize("routing", ["cpanel.user", "cpanel.module", "cpanel.function"])
async def test_uapi_refuses_its_routing_arguments_twice(server: WhmSimulator, routing: str) -> None:
    # Before: a bare TypeError ("got multiple values for keyword argument").
    async with client(server) as whm:
        with pytest.raises(WhmConfigError, match=re.escape(routing)):
            await whm.uapi("user00001", "Email", "list_pops", **{routing: "other"})


async def test_parse_reply_types_call_results(server: WhmSimulator) -> None:
    async with client(server) as whm:
        envelope = await whm.call("version")
        assert whm.parse_reply("version", envelope["data"]).version == "11.126.0.9"
        with pytest.raises(WhmSchemaError):
            whm.parse_reply("version", {"version": 5})


# ------------------------------------------------------------------ session login


def session_client(server: WhmSimulator, **options: Any) -> WhmClient:
    return server.client(SessionAuth("root", PASSWORD, **options))


def logins(server: WhmSimulator) -> int:
    return sum(1 for r in server.requests if r.function == "/login/")


async def test_session_login_then_calls_in_the_session(server: WhmSimulator) -> None:
    async with session_client(server) as whm:
        assert (await whm.version()).version == "11.126.0.9"
        assert (await whm.version()).version == "11.126.0.9"
    assert logins(server) == 1
    (first, second) = [r for r in server.requests if r.function == "version"]
    assert first.request.path.startswith("/cpsess") and second.request.path == first.request.path


async def test_expired_session_logs_in_again_and_resends_once(server: WhmSimulator) -> None:
    async with session_client(server) as whm:
        await whm.version()
        server.expire_sessions()
        assert (await whm.version()).version == "11.126.0.9"
    assert logins(server) == 2
    assert len(server.calls("version")) == 2  # the refused attempt never reached "version"


async def test_two_factor_code_is_sent_at_login(server: WhmSimulator) -> None:
    server.logins.add_user("root", two_factor_code="654321")
    async with session_client(server) as whm:
        with pytest.raises(WhmAuthError, match=r"one_time_code"):
            await whm.version()
    async with session_client(server, one_time_code=lambda: "654321") as whm:
        assert (await whm.version()).version == "11.126.0.9"


async def test_wrong_password_is_an_auth_error_without_the_password(server: WhmSimulator) -> None:
    async with server.client(SessionAuth("root", "Wrong-Pass-99")) as whm:
        with pytest.raises(WhmAuthError) as caught:
            await whm.version()
    assert "see_login_log" in str(caught.value)
    assert "Wrong-Pass-99" not in str(caught.value)
    assert "Wrong-Pass-99" not in repr(SessionAuth("root", "Wrong-Pass-99"))
