"""batch_call() against a batch run as cpsrvd runs it (CPSRVD-BEHAVIOR.md §4).

The server is the WHM simulator, served on a loopback port: every command's envelope
in order, the batch's own ``result`` 0 when one failed, HTTP 500 for the whole batch
when one names a function it doesn't know. Handlers defined on the simulator add a
command with warnings and one whose data doesn't fit the spec.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

from whm_api_client import (
    WhmApiError,
    WhmClient,
    WhmConfigError,
    WhmSchemaError,
    WhmServerError,
)
from whm_api_client.testing import Call, Endpoint, Reply, WhmSimulator

pytestmark = pytest.mark.anyio


@pytest.fixture
def sim() -> WhmSimulator:
    sim = WhmSimulator(
        {"accounts": [{"username": "bob", "domain": "bob.example", "mailboxes": []}]}
    )

    @sim.define("get_user_email_forward_destination")
    def forwards(call: Call) -> dict[str, str]:
        return {"forward_to": "not-a-list"}  # the spec says a list

    @sim.define("set_user_email_forward_destination")
    def set_forwards(call: Call) -> Reply:
        return Reply(warnings="forwarding to an outside domain\n")

    return sim


@pytest.fixture
def served(sim: WhmSimulator) -> Iterator[Endpoint]:
    with sim.serve() as endpoint:
        yield endpoint


def client(sim: WhmSimulator, served: Endpoint) -> WhmClient:
    return WhmClient(served.target, sim.auth())


async def test_one_failure_fails_the_batch_but_every_result_comes_back_in_order(
    sim: WhmSimulator, served: Endpoint, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="whm_api_client")
    async with client(sim, served) as whm:
        results = await whm.batch_call(
            [
                "version",
                ("suspendacct", {"user": "web08"}),
                ("listaccts", {"search": "bob"}),
                ("set_user_email_forward_destination", {"user": "bob", "forward_to": "x@y"}),
                ("suspendacct", {"user": "bob"}),
            ]
        )
    assert [r.function for r in results] == [
        "version",
        "suspendacct",
        "listaccts",
        "set_user_email_forward_destination",
        "suspendacct",
    ]
    assert [r.ok for r in results] == [True, False, True, True, True]
    failed = results[1].error
    assert isinstance(failed, WhmApiError)
    assert re.fullmatch(
        r"API failure: \(XID \w+\) You do not have a user named “web08”\.", failed.reason
    )
    assert failed.function == "suspendacct"
    assert results[0].unwrap().version  # typed, per element
    assert [a.user for a in results[2].unwrap().acct] == ["bob"]
    assert results[4].unwrap() is None and results[4].metadata is not None  # no data key
    warnings = [r.getMessage() for r in caplog.records]
    assert warnings == [
        "set_user_email_forward_destination: server warning: forwarding to an outside domain"
    ]
    (batch,) = sim.calls("batch")
    assert len(batch.getlist("command")) == 5


async def test_typed_parsing_fails_only_the_element_that_does_not_fit(
    sim: WhmSimulator, served: Endpoint
) -> None:
    async with client(sim, served) as whm:
        version, forwards = await whm.batch_call(
            ["version", ("get_user_email_forward_destination", {"user": "bob"})]
        )
        (raw,) = await whm.batch_call(
            [("get_user_email_forward_destination", {"user": "bob"})], typed=False
        )
    assert version.ok
    assert isinstance(forwards.error, WhmSchemaError)
    assert forwards.error.data == {"forward_to": "not-a-list"}
    assert forwards.error.metadata["command"] == "get_user_email_forward_destination"
    assert raw.unwrap() == {"forward_to": "not-a-list"}


async def test_unknown_functions_are_refused_before_sending(
    sim: WhmSimulator, served: Endpoint
) -> None:
    async with client(sim, served) as whm:
        with pytest.raises(WhmConfigError, match=r"'csf_allow'.*whole batch") as caught:
            await whm.batch_call(["version", ("csf_allow", {"ip": "192.0.2.1"})])
        with pytest.raises(WhmConfigError, match=r"'listacct' \(did you mean 'listaccts'\?\)"):
            await whm.batch_call(["listacct"])
    assert caught.value.function == "batch"
    assert list(sim.requests) == []


async def test_a_500_for_an_unknown_function_names_the_batch_and_the_function(
    sim: WhmSimulator, served: Endpoint
) -> None:
    async with client(sim, served) as whm:
        with pytest.raises(WhmServerError) as caught:
            await whm.batch_call(["version", "csf_allow"], allow_unknown=True)
    error = caught.value
    assert error.function == "batch" and error.status_code == 500
    assert re.fullmatch(r"Internal Error \(ID \d+\)", error.reason)
    assert str(error).startswith(f"batch: HTTP 500 from the server: {error.reason}; ")
    assert str(error).endswith("aren't in the bundled spec: csf_allow")
    assert len(sim.requests) == 1


async def test_allow_unknown_lets_a_newer_function_through(
    sim: WhmSimulator, served: Endpoint
) -> None:
    sim.define("brand_new_function", lambda call: {"answer": call.text("q")})  # a newer server's
    async with client(sim, served) as whm:
        with pytest.raises(WhmConfigError, match="brand_new_function"):
            await whm.batch_call(["version", ("brand_new_function", {"q": "42"})])
        version, new = await whm.batch_call(
            ["version", ("brand_new_function", {"q": "42"})], allow_unknown=True
        )
    assert version.ok
    assert new.unwrap() == {"answer": "42"}  # plain JSON: the spec has no type for it
    assert len(sim.calls("batch")) == 1
