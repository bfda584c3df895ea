"""paginate() on cpsrvd's chunk rules: every record exactly once, never a loop, never a guess.

cpsrvd's rules (CPSRVD-BEHAVIOR.md §5, the first chunk again for a start past the end
included) come from the WHM simulator, served on a loopback port; the behaviour of
servers that aren't cpsrvd (no chunk report, chunking ignored, replies that contradict
themselves) from the raw loopback server's quirk scenarios (``faultserver``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs
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
from whm_api_client.testing import ThreadedSimulatorServer, WhmSimulator

pytestmark = pytest.mark.anyio
AUTH = ApiTokenAuth("root", "PAGING-TOKEN-1234")  # for the quirky servers
SIZE = 5
TOTALS = [0, 1, SIZE - 1, SIZE, SIZE + 1, 3 * SIZE]


@attrs.frozen
class Served:
    """A simulator with ``count`` accounts (user00001, ...) on a loopback port."""

    sim: WhmSimulator
    target: Target

    def client(self) -> WhmClient:
        return WhmClient(self.target, self.sim.auth())

    def chunk_requests(self) -> list[dict[str, str]]:
        return [
            {name: call.text(name) for name in call if name.startswith("api.")}
            for call in self.sim.calls("listaccts")
        ]


@pytest.fixture(scope="module")
def threaded() -> Iterator[ThreadedSimulatorServer]:
    with ThreadedSimulatorServer() as server:
        yield server


@pytest.fixture
def accounts(threaded: ThreadedSimulatorServer) -> Callable[[int], Served]:
    """``accounts(n)``: a simulated cpsrvd holding n accounts."""

    def serve(count: int) -> Served:
        sim = WhmSimulator({"accounts": count})
        return Served(sim, threaded.listen(sim).target)

    return serve


@pytest.fixture(scope="module")
def quirky_server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture
def quirky(quirky_server: FaultServer) -> Callable[[int, str], Target]:
    """``quirky(n, quirk)``: n accounts behind a server that isn't cpsrvd (see faultserver)."""
    return lambda count, quirk: quirky_server.target(f"{quirk}-{count}")


def users(count: int) -> list[str]:
    return [f"user{i:05d}" for i in range(1, count + 1)]


async def walk(whm: WhmClient, *, prefetch: bool, typed: bool = True, **options: Any) -> list[Any]:
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
    accounts: Callable[[int], Served], total: int, prefetch: bool
) -> None:
    served = accounts(total)
    async with served.client() as whm:
        rows = await walk(whm, prefetch=prefetch)
    assert names(rows) == users(total)
    assert all(isinstance(row, ListacctsDataAcctItem) for row in rows)
    sent = served.chunk_requests()
    # One request per chunk, none past the end (zero records: the one that says so).
    assert len(sent) == max(1, -(-total // SIZE))
    assert [r["api.chunk.start"] for r in sent] == [str(1 + SIZE * i) for i in range(len(sent))]
    assert all(r["api.chunk.verbose"] == "1" and r["api.chunk.size"] == str(SIZE) for r in sent)


@pytest.mark.parametrize("total", TOTALS)
async def test_plain_dicts_too(accounts: Callable[[int], Served], total: int) -> None:
    async with accounts(total).client() as whm:
        rows = await walk(whm, prefetch=True, typed=False)
    assert names(rows) == users(total)
    assert all(isinstance(row, dict) for row in rows)


async def test_ten_accounts_in_chunks_of_five_end(accounts: Callable[[int], Served]) -> None:
    # The case that never ended: cpsrvd answers start 11 with the first chunk again.
    async with accounts(10).client() as whm:
        assert names(await walk(whm, prefetch=False)) == users(10)


async def test_filters_sort_and_columns_apply_to_every_chunk(
    accounts: Callable[[int], Served],
) -> None:
    meta = Meta(
        filters=Filter("user", "user0000", "begins"),
        sort=Sort("user", reverse=True),
        columns="user",
    )
    async with accounts(23).client() as whm:
        pages = whm.paginate("listaccts", chunk_size=SIZE, typed=False, meta=meta)
        async with pages:
            rows = [row async for row in pages]
            assert pages.info is not None and pages.info.records == 9  # after filtering
    assert [row["user"] for row in rows] == list(reversed(users(9)))
    assert all(set(row) == {"user"} for row in rows)


# ---------------------------------------------------------------- servers that aren't cpsrvd


@pytest.mark.parametrize("quirk", ["nochunkmeta", "ignorechunk"])
@pytest.mark.parametrize("total", [*TOTALS, 2 * SIZE])
async def test_every_record_once_without_chunk_metadata(
    quirky: Callable[[int, str], Target], quirk: str, total: int
) -> None:
    async with WhmClient(quirky(total, quirk), AUTH) as whm:
        assert names(await walk(whm, prefetch=True)) == users(total)
        assert names(await walk(whm, prefetch=False, typed=False)) == users(total)


@pytest.mark.parametrize(
    ("quirk", "message"),
    [
        ("emptychunk", "counts 12 records but sent none from 6"),
        ("badstart", "answered start 7 to start 6"),
    ],
)
@pytest.mark.parametrize("prefetch", [True, False], ids=["prefetch", "one-at-a-time"])
async def test_when_the_end_cannot_be_told_it_stops_and_says_so(
    quirky: Callable[[int, str], Target], quirk: str, message: str, prefetch: bool
) -> None:
    seen: list[str] = []
    with pytest.raises(WhmResponseError, match="doesn't say where the records end") as caught:
        async with WhmClient(quirky(12, quirk), AUTH) as whm:
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
    accounts: Callable[[int], Served], prefetch: bool
) -> None:
    served = accounts(12)
    async with served.client() as whm:
        view = whm.with_options(meta=Meta(chunk=Chunk(size=SIZE), sort=Sort("user")))
        pages = view.paginate("listaccts", chunk_size=4)
        if prefetch:
            async with pages:
                rows = [row.user async for row in pages]
        else:
            rows = [row.user async for row in pages]
    assert rows == users(12)  # 12, not 15 with the first chunk three times
    sent = served.chunk_requests()
    assert [(r["api.chunk.start"], r["api.chunk.size"]) for r in sent] == [
        ("1", "4"),
        ("5", "4"),
        ("9", "4"),
    ]
    assert all(r["api.sort.a.field"] == "user" for r in sent)  # the view's sort still applies


async def test_an_error_in_the_callers_block_leaves_the_pager_as_it_is(
    accounts: Callable[[int], Served],
) -> None:
    async with accounts(3 * SIZE).client() as whm:
        with pytest.raises(LookupError, match="the caller's own"):
            async with whm.paginate("listaccts", chunk_size=SIZE) as pages:
                async for _ in pages:
                    raise LookupError("the caller's own")


async def test_meta_in_two_places_is_refused(accounts: Callable[[int], Served]) -> None:
    async with accounts(3).client() as whm:
        view = whm.with_options(meta=Meta(sort=Sort("user")))
        with pytest.raises(WhmConfigError, match="one place"):
            view.paginate("listaccts", meta=Meta(filters=Filter("user", "u")))


# ---------------------------------------------------------------- what to page through (12.4)


async def test_a_function_without_records_is_refused_before_sending(
    accounts: Callable[[int], Served],
) -> None:
    served = accounts(3)
    async with served.client() as whm:
        with pytest.raises(WhmConfigError, match=r"version returns no list of records.*version"):
            whm.paginate("version")
        with pytest.raises(
            WhmConfigError, match=r"records='accts'.*has no list 'accts'; its lists: acct"
        ):
            whm.paginate("listaccts", records="accts")
    assert list(served.sim.requests) == []


async def test_the_same_mistakes_untyped_name_what_the_reply_has(
    accounts: Callable[[int], Served],
) -> None:
    async with accounts(3).client() as whm:
        with pytest.raises(WhmConfigError, match=r"holds no list of records \(it has: version\)"):
            [row async for row in whm.paginate("version", typed=False)]
        with pytest.raises(WhmConfigError, match=r"has no 'accts' \(it has: acct\)"):
            [row async for row in whm.paginate("listaccts", typed=False, records="accts")]
        rows = [r async for r in whm.paginate("listaccts", typed=False, records="acct")]
    assert names(rows) == users(3)
