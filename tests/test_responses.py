"""The whole reply (with_raw_response), typed metadata, lenient reading and hooks, over real
HTTP to the simulator served on loopback, on asyncio and trio."""

from __future__ import annotations

import inspect
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import whm_api_client
from whm_api_client import (
    ApiTokenAuth,
    CallEvent,
    Hooks,
    RetryPolicy,
    WhmApiError,
    WhmClient,
    WhmConnectError,
    WhmSchemaError,
)
from whm_api_client._generated import models as generated_models
from whm_api_client._generated.api import FUNCTIONS
from whm_api_client._generated.client import WhmFunctions
from whm_api_client._generated.raw_client import WhmRawFunctions
from whm_api_client.models import (
    AccountsummaryData,
    CreateacctData,
    ListacctsData,
    ListacctsDataAcctItem,
)
from whm_api_client.testing import Call, Endpoint, WhmSimulator
from whm_api_client.types import UNSET, ReplyMetadata, WhmResponse

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent
TOKEN = "HOOKTOKEN-0123456789"


@pytest.fixture
def sim() -> WhmSimulator:
    return WhmSimulator({"accounts": 5})


@pytest.fixture
def server(sim: WhmSimulator) -> Iterator[Endpoint]:
    with sim.serve() as endpoint:
        yield endpoint


def client(server: Endpoint, **options: Any) -> WhmClient:
    return server.client(**options)


def answer(sim: WhmSimulator, function: str, data: Any) -> None:
    """Make ``function`` answer with ``data``, whatever it is asked."""

    def handler(call: Call) -> Any:
        return data

    sim.define(function, handler)


# ---------------------------------------------------------------- with_raw_response


async def test_raw_response_has_data_metadata_and_http_facts(server: Endpoint) -> None:
    async with client(server) as whm:
        reply = await whm.with_raw_response.listaccts(search="user0000", searchtype="user")
        plain = await whm.listaccts(search="user0000", searchtype="user")
    assert isinstance(reply, WhmResponse)
    assert reply.function == "listaccts"
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "application/json"
    assert isinstance(reply.elapsed, timedelta) and reply.elapsed > timedelta(0)
    assert isinstance(reply.data, ListacctsData)
    assert reply.data == plain  # the plain method returns the same data
    assert reply.envelope["data"]["acct"][0]["user"] == "user00001"
    assert reply.envelope["metadata"]["result"] == "1"  # as cpsrvd often sends it (§1)
    assert reply.metadata == ReplyMetadata.from_metadata(reply.envelope["metadata"])
    assert (reply.metadata.command, reply.metadata.result, reply.metadata.reason) == (
        "listaccts",
        1,
        "OK",
    )
    assert "listaccts" in repr(reply) and "200" in repr(reply)


async def test_raw_response_call_gives_plain_data(server: Endpoint) -> None:
    async with client(server) as whm:
        reply = await whm.with_raw_response.call("version")
    assert reply.data == {"version": server.simulator.server.version}
    assert reply.envelope["data"] is reply.data


async def test_data_that_does_not_fit_still_gives_the_envelope(
    sim: WhmSimulator, server: Endpoint
) -> None:
    answer(sim, "get_user_email_forward_destination", {"forward_to": "bob@example.com"})
    async with client(server) as whm:
        reply = await whm.with_raw_response.get_user_email_forward_destination(user="bob")
        with pytest.raises(WhmSchemaError, match="field forward_to: expected array, got str"):
            reply.data  # noqa: B018
        with pytest.raises(WhmSchemaError):
            await whm.get_user_email_forward_destination(user="bob")
    assert reply.envelope["data"] == {"forward_to": "bob@example.com"}
    assert reply.metadata.result == 1


async def test_a_failure_raises_through_with_raw_response_too(server: Endpoint) -> None:
    async with client(server) as whm:
        with pytest.raises(WhmApiError, match="You do not have a user named"):
            await whm.with_raw_response.suspendacct(user="nobody")


async def test_raw_options_carry_over(sim: WhmSimulator, server: Endpoint) -> None:
    """with_options (meta, lenient) applies to with_raw_response, and it is one path:
    the same request goes out for the plain and the raw call."""
    from whm_api_client import Chunk, Meta

    async with client(server) as whm:
        paged = whm.with_options(meta=Meta(chunk=Chunk(size=2, start=3)))
        reply = await paged.with_raw_response.listaccts()
        await paged.listaccts()
    assert [account.user for account in reply.data.acct or []] == ["user00003", "user00004"]
    first, second = sim.calls("listaccts")
    assert first == second


def test_every_typed_method_has_a_raw_twin_with_the_same_signature() -> None:
    for function in FUNCTIONS:
        name = function.lstrip("_")
        typed, raw = getattr(WhmFunctions, name), getattr(WhmRawFunctions, name)
        assert inspect.iscoroutinefunction(raw)
        assert inspect.signature(typed).parameters == inspect.signature(raw).parameters
        returns = inspect.signature(raw).return_annotation
        assert returns == f"WhmResponse[{inspect.signature(typed).return_annotation}]"
    assert not hasattr(WhmRawFunctions, "call")  # no WHM function hides the handwritten one


# ---------------------------------------------------------------- metadata shapes


def test_metadata_reads_every_documented_shape() -> None:
    metadata = ReplyMetadata.from_metadata(
        {
            "command": "register_server_with_360_monitoring",
            "namespace": "360Monitoring",
            "result": "1",
            "reason": "OK",
            "version": "1",
            "output": {
                "raw": "Creating account...\nDone.\n",
                "messages": "first line\nsecond line",
                "warnings": ["from output"],
                "other": 7,
            },
            "warnings": "top one\ntop two",
            "errors": {"error": ["e1", "e2"]},
            "error_count": 2,
            "proxied_from": ["node1.example.com"],
            "chunk": {"start": 4, "size": 3, "records": 7, "current": 2, "chunks": 3},
            "sort": {"a": {"field": 1, "method": "numeric", "reverse": 1}, "b": {"field": 1}},
            "columns": {"invalid_msg": None},
        }
    )
    assert metadata.result == 1 and metadata.version == 1
    assert metadata.namespace == "360Monitoring"
    assert metadata.raw_output == "Creating account...\nDone.\n"
    assert metadata.messages == ["first line", "second line"]
    assert metadata.warnings == ["from output", "top one", "top two"]
    assert metadata.errors == ["e1", "e2"] and metadata.error_count == 2
    assert metadata.proxied_from == ["node1.example.com"]
    assert metadata.chunk is not None and metadata.chunk.records == 7
    assert metadata.sort is not None
    assert (metadata.sort.methods, metadata.sort.reverse) == (
        ("numeric", "lexicographic"),
        (True, False),
    )
    assert metadata.extra == {"columns": {"invalid_msg": None}, "output": {"other": 7}}


def test_metadata_of_a_bare_reply_is_empty_not_missing() -> None:
    metadata = ReplyMetadata.from_metadata({"result": 1})
    assert (metadata.command, metadata.reason, metadata.version, metadata.namespace) == (
        "",
        "",
        None,
        None,
    )
    assert metadata.messages == metadata.warnings == metadata.errors == []
    assert (metadata.raw_output, metadata.chunk, metadata.filter, metadata.sort) == (
        None,
        None,
        None,
        None,
    )


def test_metadata_repr_leaves_the_server_text_out() -> None:
    metadata = ReplyMetadata.from_metadata(
        {"result": 1, "reason": "set to SECRET", "output": {"messages": ["SECRET"]}}
    )
    assert "SECRET" not in repr(metadata) and "messages=1" in repr(metadata)


async def test_createacct_output_and_sethostname_messages(server: Endpoint) -> None:
    async with client(server) as whm:
        reply = await whm.with_raw_response.createacct(username="bob", domain="bob.example")
        renamed = await whm.with_raw_response.sethostname(hostname="whm2.example.com")
    assert isinstance(reply.data, CreateacctData) and reply.data.ip
    assert reply.metadata.raw_output == reply.envelope["metadata"]["output"]["raw"]
    assert "bob" in (reply.metadata.raw_output or "")
    # sethostname sends its messages as one newline-joined string (§1): read as lines
    assert isinstance(renamed.envelope["metadata"]["output"]["messages"], str)
    assert renamed.metadata.messages == renamed.envelope["metadata"]["output"]["messages"].split(
        "\n"
    )
    assert len(renamed.metadata.messages) == 2


# ---------------------------------------------------------------- lenient reading


DRIFTED = {"acct": [{"user": "bob", "uid": "1001", "suspended": "0", "domain": 5}]}


async def test_strict_by_default_lenient_per_client_and_per_call(
    sim: WhmSimulator, server: Endpoint, caplog: pytest.LogCaptureFixture
) -> None:
    answer(sim, "accountsummary", DRIFTED)
    caplog.set_level(logging.WARNING, "whm_api_client")
    async with client(server) as whm:
        with pytest.raises(WhmSchemaError, match="field domain: expected string, got int"):
            await whm.accountsummary(user="bob")
        per_call = await whm.with_options(lenient=True).accountsummary(user="bob")
        with pytest.raises(WhmSchemaError):  # the option didn't stick to the client
            await whm.accountsummary(user="bob")
        raw = await whm.with_options(lenient=True).with_raw_response.accountsummary(user="bob")
    async with client(server, lenient=True) as lenient:
        per_client = await lenient.accountsummary(user="bob")
    assert isinstance(per_call, AccountsummaryData)
    assert per_call == per_client == raw.data
    bob = (per_call.acct or [])[0]
    assert (bob.uid, bob.suspended, bob.domain) == (1001, 0, "5")
    assert type(bob.uid) is int and type(bob.domain) is str
    assert raw.envelope["data"] == DRIFTED  # the envelope stays as sent
    coerced = [r.getMessage() for r in caplog.records if "lenient" in r.getMessage()]
    assert len(coerced) == 3
    assert "uid (str read as integer) x1" in coerced[0]
    assert "domain (int read as string) x1" in coerced[0]


@pytest.mark.parametrize(
    ("value", "read"),
    [("12", 12), ("-3", -3), (None, UNSET), (7, 7), (True, True)],
)
async def test_lenient_integers(sim: WhmSimulator, server: Endpoint, value: Any, read: Any) -> None:
    answer(sim, "accountsummary", {"acct": [{"uid": value}]})
    async with client(server, lenient=True) as whm:
        summary = await whm.accountsummary(user="bob")
    assert (summary.acct or [])[0].uid == read


@pytest.mark.parametrize("value", ["12abc", "1.5", "", [], {}, "unlimited"])
async def test_lenient_still_rejects_what_it_cannot_read(
    sim: WhmSimulator, server: Endpoint, value: Any
) -> None:
    answer(sim, "accountsummary", {"acct": [{"uid": value}]})
    async with client(server, lenient=True) as whm:
        with pytest.raises(WhmSchemaError, match="field uid: expected integer"):
            await whm.accountsummary(user="bob")


async def test_lenient_list_items(sim: WhmSimulator, server: Endpoint) -> None:
    data = {"forward_to": ["a@example.com", 7, None]}
    answer(sim, "get_user_email_forward_destination", data)
    async with client(server) as whm:
        with pytest.raises(WhmSchemaError, match="expected string, got int"):
            await whm.get_user_email_forward_destination(user="bob")
        lenient = whm.with_options(lenient=True)
        reply = await lenient.with_raw_response.get_user_email_forward_destination(user="bob")
    assert reply.data.forward_to == ["a@example.com", "7", ""]
    assert reply.envelope["data"] == data  # a new list: the envelope stays as sent


def test_lenient_flags_numbers_and_null_items() -> None:
    """The generated parsers' slow path: booleans from 0/1 and "0"/"1", numbers from
    text, null in a required value (a list's item) as the type's empty value."""
    from whm_api_client._generated.types import LENIENT, read_value

    token = LENIENT.set([])
    try:
        assert read_value("1", "f", "boolean", True) is True
        assert read_value(0, "f", "boolean", True) is False
        assert read_value("1.5", "f", "number", True) == 1.5
        assert read_value("2", "f", "number", True) == 2
        assert read_value(3.5, "f", "string", True) == "3.5"
        assert read_value(None, "f", "string", True) == ""
        assert read_value(None, "f", "integer", False) is UNSET
        with pytest.raises(TypeError):
            read_value("yes", "f", "boolean", True)
        with pytest.raises(TypeError):
            read_value("nan", "f", "number", True)
        with pytest.raises(TypeError):
            read_value(True, "f", "string", True)
        assert len(LENIENT.get() or []) == 6
    finally:
        LENIENT.reset(token)
    with pytest.raises(TypeError, match="field f: expected boolean, got str"):
        read_value("1", "f", "boolean", True)


# ---------------------------------------------------------------- hooks


class Recorded:
    def __init__(self) -> None:
        self.events: list[tuple[str, CallEvent]] = []

    def hooks(self, *, use_async: bool = False) -> Hooks:
        def make(kind: str) -> Any:
            def hook(event: CallEvent) -> None:
                self.events.append((kind, event))

            async def async_hook(event: CallEvent) -> None:
                self.events.append((kind, event))

            return async_hook if use_async else hook

        return Hooks(make("request"), make("response"), make("error"))


@pytest.mark.parametrize("use_async", [False, True])
async def test_hooks_see_requests_replies_and_failures(server: Endpoint, use_async: bool) -> None:
    recorded = Recorded()
    async with client(server, hooks=recorded.hooks(use_async=use_async)) as whm:
        await whm.listaccts()
        await whm.with_raw_response.version()
        with pytest.raises(WhmApiError):
            await whm.suspendacct(user="nobody")
    kinds = [kind for kind, _ in recorded.events]
    assert kinds == ["request", "response", "request", "response", "request", "error"]
    request, response = recorded.events[0][1], recorded.events[1][1]
    assert (request.function, request.host, request.method, request.attempt) == (
        "listaccts",
        "127.0.0.1",
        "GET",
        1,
    )
    assert request.read_only and request.duration is None and request.status_code is None
    assert response.status_code == 200 and response.result == 1 and response.reason == "OK"
    assert response.duration is not None and response.duration > 0
    failure = recorded.events[-1][1]
    assert (failure.function, failure.read_only, failure.result, failure.error) == (
        "suspendacct",
        False,
        0,
        "WhmApiError",
    )
    assert failure.reason is not None and "You do not have a user named" in failure.reason


async def test_hooks_count_attempts_and_a_raising_hook_does_not_break_the_call(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from faultserver import FaultServer

    def broken(event: CallEvent) -> None:
        raise RuntimeError("metrics backend down")

    recorded = Recorded()
    auth = ApiTokenAuth("root", TOKEN)
    with FaultServer() as faults:
        async with WhmClient(faults.target(), auth, hooks=Hooks(on_request=broken)) as whm:
            assert (await whm.version()).version  # the hook raised; the call didn't
        retry = RetryPolicy(attempts=2, backoff=0)
        flaky = faults.target("flakydrop-1")  # the first request is dropped, then all is well
        async with WhmClient(flaky, auth, retry=retry, hooks=recorded.hooks()) as whm:
            await whm.version()
        async with WhmClient(faults.target("drop"), auth, hooks=recorded.hooks()) as whm:
            with pytest.raises(WhmConnectError):
                await whm.version()
    assert "version: an event hook raised; the call goes on" in caplog.text
    seen = [(kind, event.attempt, event.error) for kind, event in recorded.events]
    assert seen == [
        ("request", 1, None),
        ("error", 1, "WhmConnectError"),
        ("request", 2, None),
        ("response", 2, None),
        ("request", 1, None),
        ("error", 1, "WhmConnectError"),
    ]
    dropped = recorded.events[1][1]
    assert dropped.status_code is None and dropped.result is None and dropped.duration


# ---------------------------------------------------------------- logging


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}", **env}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=60
    )


CALL_ONCE = """
import anyio
from whm_api_client.testing import WhmSimulator
async def main():
    with WhmSimulator({"accounts": 2}, root_token="LOGTOKEN-123456").serve() as server:
        async with server.client() as whm:
            await whm.listaccts()
anyio.run(main)
"""


@pytest.mark.parametrize("level", ["info", "debug", "", "loud"])
def test_whm_log_switch(level: str) -> None:
    done = _python(CALL_ONCE, WHM_LOG=level)
    assert done.returncode == 0, done.stderr
    call_line = "whm_api_client INFO listaccts: HTTP 200, result 1 ("
    request_line = "whm_api_client DEBUG listaccts: GET http://127.0.0.1:"
    assert (call_line in done.stderr) == (level in ("info", "debug"))
    assert (request_line in done.stderr) == (level == "debug")
    assert ("WHM_LOG='loud' ignored" in done.stderr) == (level == "loud")
    assert "LOGTOKEN" not in done.stderr


# ---------------------------------------------------------------- JSON


async def test_models_round_trip_through_json(server: Endpoint) -> None:
    async with client(server) as whm:
        accounts = await whm.listaccts()
    text = accounts.to_json()
    assert json.loads(text) == accounts.to_dict()
    assert ListacctsData.from_dict(json.loads(text)) == accounts
    rows = json.loads(json.dumps([a.to_dict() for a in accounts.acct or []]))
    assert [ListacctsDataAcctItem.from_dict(row) for row in rows] == accounts.acct
    assert rows[0]["user"] == "user00001"
    sparse = ListacctsDataAcctItem.from_dict({"user": "bob", "uid": None, "newer_field": 1})
    assert sparse.uid is UNSET
    assert sparse.to_dict() == {"user": "bob", "newer_field": 1}  # UNSET left out, extras kept
    assert accounts.to_json(indent=2).startswith('{\n  "acct"')


# ---------------------------------------------------------------- public namespaces


def test_models_namespace_has_every_generated_name() -> None:
    names = set(generated_models.__all__)
    assert set(whm_api_client.models.__all__) == names == set(dir(whm_api_client.models))
    assert len(names) > 1500
    assert whm_api_client.models.ListacctsSearchmethod == generated_models.ListacctsSearchmethod
    with pytest.raises(AttributeError):
        whm_api_client.models.NoSuchModel  # noqa: B018
    star: dict[str, Any] = {}
    exec("from whm_api_client.models import *", star)
    assert "ListacctsData" in star and "CreateacctData" in star


def test_types_namespace() -> None:
    from whm_api_client import types

    assert {"UNSET", "Unset", "WhmResponse", "ReplyMetadata", "Hooks", "CallEvent"} <= set(
        types.__all__
    )
    assert types.UNSET is UNSET and not types.UNSET
    with pytest.raises(AttributeError):
        types.Nothing  # noqa: B018


LOADED = """
import json, sys
{code}
print(json.dumps(sorted(m for m in sys.modules if m.startswith("whm_api_client"))))
"""


def test_namespaces_and_raw_facade_load_lazily() -> None:
    def loaded(code: str) -> list[str]:
        done = _python(LOADED.format(code=code))
        assert done.returncode == 0, done.stderr
        return list(json.loads(done.stdout))

    plain = loaded("import whm_api_client, whm_api_client.models, whm_api_client.types")
    assert "whm_api_client._generated.raw_client" not in plain
    assert not [m for m in plain if m.startswith("whm_api_client._generated.models.")]
    assert "whm_api_client.observe" not in plain
    raw = loaded(
        "import whm_api_client, httpx\n"
        "whm = whm_api_client.WhmClient('http://127.0.0.1:9/json-api', "
        "whm_api_client.ApiTokenAuth('root', 'TOKEN123'))\n"
        "whm.with_raw_response"
    )
    assert "whm_api_client._generated.raw_client" in raw


# ---------------------------------------------------------------- docstrings


def test_docstrings_carry_the_spec_facts() -> None:
    doc = inspect.getdoc(WhmClient.createacct) or ""
    assert doc.startswith("Call ``createacct``. May change server state: never retried.")
    assert "Since WHM 11.32." in doc
    assert "username (str): Required." in doc
    assert "pass_ (str): Optional. WHM name: ``pass``." in doc
    assert "ip (CreateacctIp): Optional. One of: 'y', 'n'. Default: 'n'." in doc
    assert "Returns:\n    CreateacctData: the reply's ``data``, with ``ip`` (str)" in doc
    assert "https://api.docs.cpanel.net/" in doc
    listaccts = inspect.getdoc(WhmClient.listaccts) or ""
    assert "Read-only." in listaccts and "``acct`` (list[ListacctsDataAcctItem])" in listaccts


def test_every_docstring_names_every_argument() -> None:
    for function in FUNCTIONS:
        method = getattr(WhmFunctions, function.lstrip("_"))
        doc = inspect.getdoc(method) or ""
        for name in list(inspect.signature(method).parameters)[1:]:
            assert f"\n    {name} (" in doc, (function, name)
        assert "Returns:" in doc and "Docs: https://" in doc, function


def test_help_shows_the_docstring() -> None:
    done = _python(
        "import pydoc, whm_api_client\n"
        "print(pydoc.render_doc(whm_api_client.WhmClient.createacct, renderer=pydoc.plaintext))"
    )
    assert "pass_ (str): Optional. WHM name: ``pass``." in done.stdout


async def test_mock_transport_hosts_work_for_hooks() -> None:
    """The hook's host is the target's, whatever the transport."""
    seen: list[CallEvent] = []
    reply = {"data": {"version": "11.1"}, "metadata": {"result": 1, "command": "version"}}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=reply))
    async with WhmClient(
        "https://whm.example.com:2087/json-api",
        ApiTokenAuth("root", TOKEN),
        transport=transport,
        hooks=Hooks(on_response=seen.append),
    ) as whm:
        await whm.version()
    assert [(event.host, event.function) for event in seen] == [("whm.example.com", "version")]
