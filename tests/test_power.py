"""Meta arguments, paging, batch and UAPI against a WHM-like server that honours them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import pytest
from whmlike import WhmLike, whm_like_server

from whm_api_client import (
    ApiTokenAuth,
    Chunk,
    ChunkInfo,
    Filter,
    FilterInfo,
    Meta,
    SessionAuth,
    Sort,
    Target,
    WhmApiError,
    WhmAuthError,
    WhmClient,
    WhmConfigError,
    WhmSchemaError,
    WhmUapiError,
)
from whm_api_client._generated.models import ListacctsDataAcctItem

pytestmark = pytest.mark.anyio
SECRET = "Top-Secret-Pass-42"


@pytest.fixture
def server() -> Iterator[WhmLike]:
    with whm_like_server(accounts=1234) as state:
        yield state


def client(server: WhmLike) -> WhmClient:
    target = Target.host("127.0.0.1", port=server.port, scheme="http")
    return WhmClient(target, ApiTokenAuth("root", "tok"))


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


async def test_filter_sort_columns_apply_and_metadata_is_readable(server: WhmLike) -> None:
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
    golds = sorted((a["user"] for a in server.accounts if a["plan"] == "gold"), reverse=True)
    assert typed.acct and [a.user for a in typed.acct] == golds[:5]
    assert {a.plan for a in typed.acct} == {"gold"}
    assert all(a.domain is None or not isinstance(a.domain, str) for a in typed.acct)
    info = ChunkInfo.from_metadata(envelope["metadata"])
    assert info == ChunkInfo(
        start=1, size=5, records=len(golds), current=1, chunks=(len(golds) + 4) // 5
    )
    assert FilterInfo.from_metadata(envelope["metadata"]) == FilterInfo(1234, ("a",))
    assert unfiltered.acct and len(unfiltered.acct) == 1234


# ------------------------------------------------------------------ paging


async def test_paginate_walks_every_chunk_typed(server: WhmLike) -> None:
    async with client(server) as whm:
        seen = [account async for account in whm.paginate("listaccts", chunk_size=100)]
    assert [a.user for a in seen] == [a["user"] for a in server.accounts]
    assert all(isinstance(a, ListacctsDataAcctItem) for a in seen)
    starts = [query["api.chunk.start"] for query in server.calls("listaccts")]
    assert starts == [[str(1 + 100 * i)] for i in range(13)]  # 1, 101, ... 1201: 1-based
    assert {query["api.chunk.size"][0] for query in server.calls("listaccts")} == {"100"}


async def test_paginate_with_filter_and_raw_dicts(server: WhmLike) -> None:
    meta = Meta(filters=[Filter("plan", "gold", "eq")], sort=[Sort("user", reverse=True)])
    async with (
        client(server) as whm,
        whm.paginate("listaccts", chunk_size=50, meta=meta, typed=False, records="acct") as pages,
    ):
        users = [row["user"] async for row in pages]
        assert pages.info and pages.info.records == len(users)
    assert users == sorted(
        (a["user"] for a in server.accounts if a["plan"] == "gold"), reverse=True
    )


async def test_paginate_prefetches_exactly_one_chunk_ahead(server: WhmLike) -> None:
    async with client(server) as whm, whm.paginate("listaccts", chunk_size=200) as accounts:
        first = await accounts.__anext__()
        assert first.user == "user00001"
        with anyio.fail_after(10):  # a bound on waiting, not a timing assertion
            while len(server.calls("listaccts")) < 2:  # noqa: ASYNC110 - the server is a thread
                await anyio.sleep(0.01)
        await anyio.sleep(0.2)  # give an unbounded prefetcher the chance to run ahead
        assert len(server.calls("listaccts")) == 2  # current chunk + one prefetched
        rest = [a async for a in accounts]
    assert len(rest) == 1233


async def test_paginate_empty_result_and_early_exit(server: WhmLike) -> None:
    meta = Meta(filters=[Filter("user", "nobody-like-this", "eq")])
    async with client(server) as whm:
        assert [a async for a in whm.paginate("listaccts", chunk_size=10, meta=meta)] == []
        async with whm.paginate("listaccts", chunk_size=10) as accounts:
            async for account in accounts:
                if account.user == "user00015":
                    break
        assert await whm.version()  # the client is still fine after leaving early


async def test_paginate_rejects_bad_use(server: WhmLike) -> None:
    async with client(server) as whm:
        with pytest.raises(WhmConfigError):
            whm.paginate("listaccts", chunk_size=0)
        with pytest.raises(WhmConfigError):
            whm.paginate("listaccts", meta=Meta(chunk=Chunk(5)))
        with pytest.raises(WhmConfigError):
            whm.paginate("no_such_function_in_spec")


# ------------------------------------------------------------------ batch


async def test_batch_returns_each_result_or_error(server: WhmLike) -> None:
    async with client(server) as whm:
        results = await whm.batch_call(
            [
                "version",
                ("fail_me", {"why": "testing"}),
                (
                    "listaccts",
                    {
                        "api.filter.enable": 1,
                        "api.filter.a.field": "user",
                        "api.filter.a.arg0": "user00007",
                        "api.filter.a.type": "eq",
                    },
                ),
            ],
            allow_unknown=True,  # fail_me is this test server's own
        )
    version, failed, accounts = results
    assert version.ok and version.unwrap().version == "11.126.0.9"
    assert not failed.ok and isinstance(failed.error, WhmApiError)
    assert failed.error.reason == "failed on purpose (testing)"
    with pytest.raises(WhmApiError):
        failed.unwrap()
    assert accounts.unwrap().acct[0].user == "user00007"
    assert server.calls("batch")[0]["command"][1] == "fail_me?why=testing"


async def test_batch_abort_on_error_reports_commands_not_run(server: WhmLike) -> None:
    async with client(server) as whm:
        results = await whm.batch_call(
            ["version", "fail_me", "version"], abort_on_error=True, allow_unknown=True
        )
    assert [r.ok for r in results] == [True, False, False]
    assert results[2].error and "not run" in str(results[2].error)
    assert server.calls("batch")[0]["abort_on_error"] == ["1"]


async def test_batch_typed_false_and_schema_errors_per_item(server: WhmLike) -> None:
    async with client(server) as whm:
        (raw,) = await whm.batch_call(["version"], typed=False)
        assert raw.data == {"version": "11.126.0.9"}
        with pytest.raises(WhmConfigError):
            await whm.batch_call([])
        with pytest.raises(WhmConfigError):
            await whm.batch_call(["bad name"])


async def test_batch_secrets_stay_out_of_the_url_and_errors(server: WhmLike) -> None:
    async with client(server) as whm:
        (result,) = await whm.batch_call(
            [("fail_me", {"password": SECRET, "why": SECRET})], allow_unknown=True
        )
    assert result.error and SECRET not in str(result.error)
    method, _, _ = server.requests[-1]
    assert method == "POST"  # a real host: the secret travels in the body


# ------------------------------------------------------------------ UAPI


async def test_uapi_unwraps_data(server: WhmLike, caplog: pytest.LogCaptureFixture) -> None:
    async with client(server) as whm:
        data = await whm.uapi("bob", "Email", "list_pops", regex="x")
    assert data["module"] == "Email" and data["function"] == "list_pops" and data["user"] == "bob"
    assert data["args"]["regex"] == "x"
    assert "heads up" in caplog.text


async def test_uapi_failure_raises_with_errors(server: WhmLike) -> None:
    async with client(server) as whm:
        with pytest.raises(WhmUapiError) as caught:
            await whm.uapi("bob", "Email", "fail", password=SECRET)
        with pytest.raises(WhmConfigError):
            await whm.uapi("", "Email", "list_pops")
    assert caught.value.errors == ["Bad things happened", "twice"]
    assert caught.value.function == "Email::fail"
    assert isinstance(caught.value, WhmApiError)


async def test_parse_reply_types_call_results(server: WhmLike) -> None:
    async with client(server) as whm:
        envelope = await whm.call("version")
        assert whm.parse_reply("version", envelope["data"]).version == "11.126.0.9"
        with pytest.raises(WhmSchemaError):
            whm.parse_reply("version", {"version": 5})


# ------------------------------------------------------------------ session login


def session_client(server: WhmLike, **options: Any) -> WhmClient:
    target = Target.host("127.0.0.1", port=server.port, scheme="http")
    return WhmClient(target, SessionAuth("root", server.password, **options))


async def test_session_login_then_calls_in_the_session(server: WhmLike) -> None:
    async with session_client(server) as whm:
        assert (await whm.version()).version == "11.126.0.9"
        assert (await whm.version()).version == "11.126.0.9"
    assert server.logins == 1
    _, function, _ = server.requests[-1]
    assert function == "version"


async def test_expired_session_logs_in_again_and_resends_once(server: WhmLike) -> None:
    async with session_client(server) as whm:
        await whm.version()
        server.expire_sessions()
        assert (await whm.version()).version == "11.126.0.9"
    assert server.logins == 2
    assert len(server.calls("version")) == 2  # the refused attempt never reached "version"


async def test_two_factor_code_is_sent_at_login(server: WhmLike) -> None:
    server.one_time_code = "654321"
    async with session_client(server) as whm:
        with pytest.raises(WhmAuthError, match=r"tfa_required.*one_time_code"):
            await whm.version()
    async with session_client(server, one_time_code=lambda: "654321") as whm:
        assert (await whm.version()).version == "11.126.0.9"


async def test_wrong_password_is_an_auth_error_without_the_password(server: WhmLike) -> None:
    target = Target.host("127.0.0.1", port=server.port, scheme="http")
    async with WhmClient(target, SessionAuth("root", "Wrong-Pass-99")) as whm:
        with pytest.raises(WhmAuthError) as caught:
            await whm.version()
    assert "Wrong-Pass-99" not in str(caught.value)
    assert "Wrong-Pass-99" not in repr(SessionAuth("root", "Wrong-Pass-99"))
