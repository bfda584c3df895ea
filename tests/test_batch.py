"""batch_call() against a batch run as cpsrvd runs it (CPSRVD-BEHAVIOR.md §4).

The server is ``faultserver``'s ``batch`` scenario: every command's envelope in order,
the batch's own ``result`` 0 when one failed, HTTP 500 for the whole batch when one
names a function it doesn't know. Once the simulator is on main these can take their
target from it (the ``batch_target`` fixture); the 500 case may have to stay here.
"""

from __future__ import annotations

import logging

import pytest
from faultserver import FaultServer

from whm_api_client import (
    ApiTokenAuth,
    Target,
    WhmApiError,
    WhmClient,
    WhmConfigError,
    WhmResponseError,
    WhmSchemaError,
    WhmServerError,
)

pytestmark = pytest.mark.anyio
AUTH = ApiTokenAuth("root", "BATCH-TOKEN-0P9O8I7U")


@pytest.fixture
def server(fault_server: FaultServer) -> FaultServer:
    return fault_server


@pytest.fixture
def batch_target(server: FaultServer) -> Target:
    return server.target("batch")


async def test_one_failure_fails_the_batch_but_every_result_comes_back_in_order(
    batch_target: Target, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="whm_api_client")
    async with WhmClient(batch_target, AUTH) as whm:
        results = await whm.batch_call(
            [
                "version",
                ("suspendacct", {"user": "web08"}),
                ("listaccts", {"search": "bob"}),
                ("suspendacct", {"user": "bob"}),
                "version",
            ]
        )
    assert [r.function for r in results] == [
        "version",
        "suspendacct",
        "listaccts",
        "suspendacct",
        "version",
    ]
    assert [r.ok for r in results] == [True, False, True, True, True]
    failed = results[1].error
    assert isinstance(failed, WhmApiError)
    assert failed.reason == "API failure: (XID ab12cd) You do not have a user named “web08”."
    assert failed.function == "suspendacct"
    assert results[0].unwrap().version == "11.126.0.1"  # typed, per element
    assert [a.user for a in results[2].unwrap().acct] == ["user00001", "user00002", "user00003"]
    assert results[3].unwrap() is None and results[3].metadata is not None  # no data key
    warnings = [r.getMessage() for r in caplog.records]
    assert warnings == ["suspendacct: server warning: bob had no mail"]


async def test_typed_parsing_fails_only_the_element_that_does_not_fit(batch_target: Target) -> None:
    async with WhmClient(batch_target, AUTH) as whm:
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
    batch_target: Target, server: FaultServer
) -> None:
    async with WhmClient(batch_target, AUTH) as whm:
        with pytest.raises(WhmConfigError, match=r"'csf_allow'.*whole batch") as caught:
            await whm.batch_call(["version", ("csf_allow", {"ip": "192.0.2.1"})])
        with pytest.raises(WhmConfigError, match=r"'listacct' \(did you mean 'listaccts'\?\)"):
            await whm.batch_call(["listacct"])
    assert caught.value.function == "batch"
    assert server.requests == []


async def test_a_500_for_an_unknown_function_names_the_batch_and_the_function(
    batch_target: Target, server: FaultServer
) -> None:
    async with WhmClient(batch_target, AUTH) as whm:
        with pytest.raises(WhmServerError) as caught:
            await whm.batch_call(["version", "csf_allow"], allow_unknown=True)
    error = caught.value
    assert error.function == "batch" and error.status_code == 500
    assert error.reason == "Internal Error (ID 4713)"
    assert str(error).startswith("batch: HTTP 500 from the server: Internal Error (ID 4713); ")
    assert str(error).endswith("aren't in the bundled spec: csf_allow")
    assert len(server.requests) == 1


async def test_allow_unknown_lets_a_newer_function_through(server: FaultServer) -> None:
    async with WhmClient(server.target("ok"), AUTH) as whm:
        with pytest.raises(WhmConfigError):
            await whm.batch_call(["brand_new_function"])
        # The "ok" server answers any function; with allow_unknown the batch goes out.
        with pytest.raises(WhmResponseError, match="no 'result' list"):
            await whm.batch_call(["brand_new_function"], allow_unknown=True)
    assert server.hits_for("batch") == 1
