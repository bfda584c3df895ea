"""Namespaced and JSON-only functions reach a server as cpsrvd expects, over real HTTP.

The loopback server's ``cpsrvd`` scenario (tests/faultserver.py) reads each request as
CPSRVD-BEHAVIOR.md says cpsrvd does: the function from the path (section 6), arguments
from an ``application/json`` body alone or from the query and form body (section 7),
batch commands split at their first ``?`` with the name not URL-decoded (section 4).
Each test also checks the raw request the server received.
"""

from __future__ import annotations

import ast
import json
import re
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from faultserver import FaultServer, Seen

from whm_api_client import ApiTokenAuth, WhmApiError, WhmClient, WhmConfigError
from whm_api_client._generated.api import FUNCTIONS

pytestmark = pytest.mark.anyio
TOKEN = "NSJSONTOKEN4R5T6Y7U8I9O0P"
SECRET = "s3cret-Val/ue&more"
NAMESPACED = {
    "register_server_with_360_monitoring": "360Monitoring",
    "set_360_agent_polling": "360Monitoring",
    "is_ready": "EcosystemFeatures",
    "local_disable": "EcosystemFeatures",
    "local_enable": "EcosystemFeatures",
}


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


def client(server: FaultServer, scenario: str = "cpsrvd") -> WhmClient:
    return WhmClient(server.target(scenario), ApiTokenAuth("root", TOKEN))


def only_request(server: FaultServer) -> Seen:
    assert len(server.requests) == 1
    return server.requests[0]


# ------------------------------------------------------------------ namespaced functions


def test_the_spec_has_exactly_the_five_namespaced_functions() -> None:
    assert {name: info.namespace for name, info in FUNCTIONS.items() if info.namespace} == (
        NAMESPACED
    )


@pytest.mark.parametrize("function", sorted(NAMESPACED))
async def test_typed_methods_call_namespace_slash_function(
    server: FaultServer, function: str
) -> None:
    async with client(server) as whm:
        module = whm.operation(function)
        required = {
            keyword: "1" if python_type == "str" else 1
            for keyword, python_type, needed in module.ARGUMENTS.values()
            if needed
        }
        await getattr(whm, function)(**required)
    seen = only_request(server)
    assert seen.method == "GET"
    assert seen.path == f"/s/cpsrvd/json-api/{NAMESPACED[function]}/{function}"
    assert ("api.version", "1") in parse_qsl(seen.query)


@pytest.mark.parametrize("name", ["is_ready", "EcosystemFeatures/is_ready"])
async def test_call_takes_the_name_with_or_without_its_namespace(
    server: FaultServer, name: str
) -> None:
    async with client(server) as whm:
        envelope = await whm.call(name, plugin="cpanel-ai")
        typed = await whm.is_ready(plugin="cpanel-ai")
    assert [seen.path for seen in server.requests] == [
        "/s/cpsrvd/json-api/EcosystemFeatures/is_ready"
    ] * 2
    assert envelope["metadata"]["namespace"] == "EcosystemFeatures"
    assert envelope["metadata"]["command"] == "is_ready"
    assert envelope["data"]["arguments"] == {"api.version": "1", "plugin": "cpanel-ai"}
    assert typed.additional_properties["arguments"]["plugin"] == "cpanel-ai"


async def test_an_unknown_namespace_is_called_as_given_and_never_retried(
    server: FaultServer,
) -> None:
    async with client(server) as whm:
        envelope = await whm.call("360Monitoring/is_ready", plugin="x")
        with pytest.raises(WhmConfigError, match="not a function in the bundled"):
            whm.operation("360Monitoring/is_ready")
    assert only_request(server).path == "/s/cpsrvd/json-api/360Monitoring/is_ready"
    assert envelope["metadata"]["namespace"] == "360Monitoring"


@pytest.mark.parametrize("bad", ["A/B/is_ready", "EcosystemFeatures/", "/is_ready", "a%2Fb"])
async def test_malformed_namespaced_names_are_refused_before_sending(
    server: FaultServer, bad: str
) -> None:
    async with client(server) as whm:
        with pytest.raises(WhmConfigError, match="not a WHM function name"):
            await whm.call(bad)
        with pytest.raises(WhmConfigError, match="not a WHM function name"):
            await whm.batch_call([bad])
    assert server.requests == []


async def test_batch_keeps_the_slash_of_a_namespaced_command(server: FaultServer) -> None:
    async with client(server) as whm:
        results = await whm.batch_call(
            [("is_ready", {"plugin": "a b"}), ("EcosystemFeatures/local_enable", {}), "version"]
        )
    seen = only_request(server)
    assert seen.path == "/s/cpsrvd/json-api/batch"
    commands = [value for name, value in parse_qsl(seen.query) if name == "command"]
    assert commands == [
        "EcosystemFeatures/is_ready?plugin=a+b",
        "EcosystemFeatures/local_enable",
        "version",
    ]
    assert [result.function for result in results] == [
        "EcosystemFeatures/is_ready",
        "EcosystemFeatures/local_enable",
        "version",
    ]
    first = results[0]
    assert first.metadata is not None and first.metadata["namespace"] == "EcosystemFeatures"
    assert first.unwrap().additional_properties["arguments"] == {"plugin": "a b"}


async def test_typed_batch_takes_a_list_of_commands(server: FaultServer) -> None:
    async with client(server) as whm:
        reply = await whm.batch(command=["version", "EcosystemFeatures/is_ready?plugin=x"])
    seen = only_request(server)
    assert [value for name, value in parse_qsl(seen.query) if name == "command"] == [
        "version",
        "EcosystemFeatures/is_ready?plugin=x",
    ]
    assert not isinstance(reply.result, type(None))
    second = reply.result[1]
    assert second.metadata.namespace == "EcosystemFeatures"
    assert second.metadata.command == "is_ready"


# ------------------------------------------------------------------ JSON-only functions


def json_request(server: FaultServer) -> dict[str, Any]:
    """The one request's JSON body, after checking it is sent as cpsrvd reads JSON."""
    seen = only_request(server)
    assert seen.method == "POST"
    assert seen.query == ""  # cpsrvd ignores it for a JSON body; api.version is inside
    assert seen.headers["content-type"] == "application/json"  # exactly: no charset
    assert int(seen.headers["content-length"]) == len(seen.body)
    document: dict[str, Any] = json.loads(seen.body)
    return document


async def test_personalization_get_sends_a_json_object(server: FaultServer) -> None:
    async with client(server) as whm:
        await whm.personalization_get(names=["theme", "lang"], store="whm")
    assert json_request(server) == {"api.version": 1, "names": ["theme", "lang"], "store": "whm"}
    assert server.requests[0].path == "/s/cpsrvd/json-api/personalization_get"


async def test_personalization_set_sends_its_map_and_the_server_reads_it(
    server: FaultServer,
) -> None:
    async with client(server) as whm:
        await whm.personalization_set(personalization={"theme": "dark", "ünï": "☃"})
        server.requests.clear()
        envelope = await whm.call("personalization_set", personalization={"theme": "dark"})
    assert json_request(server) == {"api.version": 1, "personalization": {"theme": "dark"}}
    # What the server made of it: the JSON object itself, query ignored.
    assert envelope["data"]["arguments"] == {"api.version": 1, "personalization": {"theme": "dark"}}


async def test_a_json_body_with_a_charset_would_not_be_read(server: FaultServer) -> None:
    # The server side of the rule the client follows: with "; charset=utf-8" cpsrvd
    # doesn't read the body as JSON, so no api.version reaches it (an API 0 reply).
    import httpx

    async with httpx.AsyncClient() as http:
        reply = await http.post(
            f"{server.base_url}/s/cpsrvd/json-api/personalization_get",
            content=b'{"api.version": 1, "names": ["theme"]}',
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
    assert "metadata" not in reply.json()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"personalization": {"a": object()}}, "a JSON body takes"),
        ({"personalization": {1: "a"}}, "keys must be strings"),
        ({"personalization": {"a": float("nan")}}, "NaN"),
        ({"personalization": {"a": "\ud800"}}, "lone surrogate"),
        ({"api.version": 2}, "api.version"),
    ],
)
async def test_bad_json_arguments_fail_before_sending(
    server: FaultServer, arguments: dict[str, Any], message: str
) -> None:
    async with client(server) as whm:
        with pytest.raises(WhmConfigError, match=message):
            await whm.call("personalization_set", **arguments)
    assert server.requests == []


async def test_secrets_in_a_json_body_stay_out_of_errors(server: FaultServer) -> None:
    async with client(server, "api_failure_echo") as whm:
        with pytest.raises(WhmApiError) as caught:
            await whm.call(
                "personalization_set", personalization={"api_token": SECRET, "theme": "dark"}
            )
    assert SECRET.encode() in only_request(server).body  # the server did echo it back
    text = "".join(traceback.format_exception(caught.value)) + repr(caught.value)
    assert TOKEN not in text and SECRET not in text
    assert "[redacted]" in text


async def test_json_only_functions_cannot_go_in_a_batch(server: FaultServer) -> None:
    async with client(server) as whm:
        with pytest.raises(WhmConfigError, match="JSON body"):
            await whm.batch_call(["version", ("personalization_get", {"names": ["a"]})])
    assert server.requests == []


README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


async def test_the_readme_json_example_runs(server: FaultServer) -> None:
    (block,) = [
        block
        for block in re.findall(r"```python\n(.*?)```", README, re.DOTALL)
        if "personalization_set" in block
    ]
    code = compile(block, "README.md", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    async with client(server) as whm:
        namespace: dict[str, Any] = {"whm": whm}
        coroutine = eval(code, namespace)
        if coroutine is not None:
            await coroutine
    bodies = [json.loads(seen.body) for seen in server.requests]
    assert bodies == [
        {"api.version": 1, "personalization": {"theme": "dark"}, "store": "whm"},
        {"api.version": 1, "names": ["theme"]},
    ]
    assert namespace["names"].additional_properties["arguments"] == bodies[1]
