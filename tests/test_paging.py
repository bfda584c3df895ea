"""paginate() on cpsrvd's chunk rules: every record exactly once, never a loop, never a guess.

The server is a raw loopback server (``faultserver``'s ``records-N`` scenarios) that
applies meta arguments as CPSRVD-BEHAVIOR.md §5 says cpsrvd does, including the first
chunk again for a start past the end, plus the quirks of servers that aren't cpsrvd.
``accounts`` is the one fixture that names the server: once the simulator
(``whm_api_client.testing``) is on main, the cpsrvd-rule tests here can take their
target from it instead; the quirk tests stay on the raw server.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from faultserver import FaultServer

from whm_api_client import (
    ApiTokenAuth,
    Chunk,
    Filter,
    Meta,
    Sort,
    Target,
    WhmClient,
    WhmConfigError,
    WhmResponseError,
)
from whm_api_client._generated.models import ListacctsDataAcctItem

pytestmark = pytest.mark.anyio
AUTH = ApiTokenAuth("root", "PAGING-TOKEN-1234")
SIZE = 5
TOTALS = [0, 1, SIZE - 1, SIZE, SIZE + 1, 3 * SIZE]


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture
def accounts(server: FaultServer) -> Callable[..., Target]:
    """``accounts(n)``: a server holding n accounts ``user00001``...; ``quirk`` picks a
    non-cpsrvd behaviour."""

    def target(count: int, quirk: str = "records") -> Target:
        return server.target(f"{quirk}-{count}")

    return target


def users(count: int) -> list[str]:
    return [f"user{i:05d}" for i in range(1, count + 1)]


def requests_for(server: FaultServer, target: Target) -> list[dict[str, str]]:
    prefix = target.base_url.split("/s/", 1)[1].split("/")[0]
    return [seen.arguments for seen in server.requests if seen.path.startswith(f"/s/{prefix}/")]


async def walk(target: Target, *, prefetch: bool, typed: bool = True, **options: Any) -> list[Any]:
    async with WhmClient(target, AUTH) as whm:
        pages = whm.paginate("listaccts", chunk_size=SIZE, typed=typed, **options)
        if prefetch:
            async with pages:
                return [row async for row in pages]
        return [row async for row in pages]


def names(rows: list[Any]) -> list[str]:
    return [row.user if isinstance(row, ListacctsDataAcctItem) else row["user"] for row in rows]


# ---------------------------------------------------------------- cpsrvd's rules


@pytest.mark.parametrize("prefetch", [True, False], ids=["prefetch", "one-at-a-time"])
@pytest.mark.parametrize("total", TOTALS)
async def test_every_record_exactly_once_on_cpsrvd_rules(
    accounts: Callable[..., Target], server: FaultServer, total: int, prefetch: bool
) -> None:
    target = accounts(total)
    before = len(requests_for(server, target))
    rows = await walk(target, prefetch=prefetch)
    assert names(rows) == users(total)
    assert all(isinstance(row, ListacctsDataAcctItem) for row in rows)
    sent = requests_for(server, target)[before:]
    # One request per chunk, none past the end (zero records: the one that says so).
    assert len(sent) == max(1, -(-total // SIZE))
    assert [r["api.chunk.start"] for r in sent] == [str(1 + SIZE * i) for i in range(len(sent))]
    assert all(r["api.chunk.verbose"] == "1" and r["api.chunk.size"] == str(SIZE) for r in sent)


@pytest.mark.parametrize("total", TOTALS)
async def test_plain_dicts_too(accounts: Callable[..., Target], total: int) -> None:
    rows = await walk(accounts(total), prefetch=True, typed=False)
    assert names(rows) == users(total)
    assert all(isinstance(row, dict) for row in rows)


async def test_ten_accounts_in_chunks_of_five_end(accounts: Callable[..., Target]) -> None:
    # The case that never ended: cpsrvd answers start 11 with the first chunk again.
    rows = await walk(accounts(10), prefetch=False)
    assert names(rows) == users(10)


async def test_filters_sort_and_columns_apply_to_every_chunk(
    accounts: Callable[..., Target],
) -> None:
    meta = Meta(
        filters=Filter("user", "user0000", "begins"),
        sort=Sort("user", reverse=True),
        columns="user",
    )
    rows = await walk(accounts(23), prefetch=True, typed=False, meta=meta)
    assert [row["user"] for row in rows] == list(reversed(users(9)))
    assert all(set(row) == {"user"} for row in rows)


# ---------------------------------------------------------------- servers that aren't cpsrvd


@pytest.mark.parametrize("quirk", ["nochunkmeta", "ignorechunk"])
@pytest.mark.parametrize("total", [*TOTALS, 2 * SIZE])
async def test_every_record_once_without_chunk_metadata(
    accounts: Callable[..., Target], quirk: str, total: int
) -> None:
    assert names(await walk(accounts(total, quirk), prefetch=True)) == users(total)
    assert names(await walk(accounts(total, quirk), prefetch=False, typed=False)) == users(total)


@pytest.mark.parametrize(
    ("quirk", "message"),
    [
        ("emptychunk", "counts 12 records but sent none from 6"),
        ("badstart", "answered start 7 to start 6"),
    ],
)
@pytest.mark.parametrize("prefetch", [True, False], ids=["prefetch", "one-at-a-time"])
async def test_when_the_end_cannot_be_told_it_stops_and_says_so(
    accounts: Callable[..., Target], quirk: str, message: str, prefetch: bool
) -> None:
    seen: list[str] = []
    with pytest.raises(WhmResponseError, match="doesn't say where the records end") as caught:
        async with WhmClient(accounts(12, quirk), AUTH) as whm:
            pages = whm.paginate("listaccts", chunk_size=SIZE)
            if prefetch:
                async with pages:
                    async for row in pages:
                        seen.append(row.user)
            else:
                async for row in pages:
                    seen.append(row.user)
    assert message in str(caught.value)
    assert caught.value.function == "listaccts"
    assert seen == users(5)  # what came before the doubt, nothing repeated


# ---------------------------------------------------------------- the pager's own chunk (12.3)


@pytest.mark.parametrize("prefetch", [True, False], ids=["prefetch", "one-at-a-time"])
async def test_the_pagers_chunk_wins_over_a_views_meta(
    accounts: Callable[..., Target], server: FaultServer, prefetch: bool
) -> None:
    target = accounts(12)
    async with WhmClient(target, AUTH) as whm:
        view = whm.with_options(meta=Meta(chunk=Chunk(size=SIZE), sort=Sort("user")))
        pages = view.paginate("listaccts", chunk_size=4)
        if prefetch:
            async with pages:
                rows = [row.user async for row in pages]
        else:
            rows = [row.user async for row in pages]
    assert rows == users(12)  # 12, not 15 with the first chunk three times
    sent = requests_for(server, target)[-3:]
    assert [(r["api.chunk.start"], r["api.chunk.size"]) for r in sent] == [
        ("1", "4"),
        ("5", "4"),
        ("9", "4"),
    ]
    assert all(r["api.sort.a.field"] == "user" for r in sent)  # the view's sort still applies


async def test_meta_in_two_places_is_refused(accounts: Callable[..., Target]) -> None:
    async with WhmClient(accounts(3), AUTH) as whm:
        view = whm.with_options(meta=Meta(sort=Sort("user")))
        with pytest.raises(WhmConfigError, match="one place"):
            view.paginate("listaccts", meta=Meta(filters=Filter("user", "u")))


# ---------------------------------------------------------------- what to page through (12.4)


async def test_a_function_without_records_is_refused_before_sending(
    accounts: Callable[..., Target], server: FaultServer
) -> None:
    target = accounts(3)
    before = len(server.requests)
    async with WhmClient(target, AUTH) as whm:
        with pytest.raises(WhmConfigError, match=r"version returns no list of records.*version"):
            whm.paginate("version")
        with pytest.raises(
            WhmConfigError, match=r"records='accts'.*has no list 'accts'; its lists: acct"
        ):
            whm.paginate("listaccts", records="accts")
    assert len(server.requests) == before


async def test_the_same_mistakes_untyped_name_what_the_reply_has(
    accounts: Callable[..., Target],
) -> None:
    async with WhmClient(accounts(3), AUTH) as whm:
        with pytest.raises(WhmConfigError, match=r"holds no list of records \(it has: version\)"):
            [row async for row in whm.paginate("version", typed=False)]
        with pytest.raises(WhmConfigError, match=r"has no 'accts' \(it has: acct\)"):
            [row async for row in whm.paginate("listaccts", typed=False, records="accts")]
        rows = [r async for r in whm.paginate("listaccts", typed=False, records="acct")]
    assert names(rows) == users(3)
