"""Namespaced and JSON-only functions reach a server as cpsrvd expects, over real HTTP.

The WHM simulator (served on a loopback port) reads each request as CPSRVD-BEHAVIOR.md
says cpsrvd does: the function from the path, with its namespace (section 6); the
arguments from an ``application/json`` body alone, or from the query and a form body
(section 7); batch commands split at their first ``?``, the name not URL-decoded
(section 4). Each test also checks the raw request the server received.
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
from faultserver import FaultServer

from whm_api_client import ApiTokenAuth, WhmApiError, WhmClient, WhmConfigError, WhmSchemaError
from whm_api_client._generated.api import FUNCTIONS
from whm_api_client.testing import WhmSimulator
from whm_api_client.testing._wire import SimRequest

pytestmark = pytest.mark.anyio
SECRET = "s3cret-Val/ue&more"
README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
NAMESPACED = {
    "register_server_with_360_monitoring": "360Monitoring",
    "set_360_agent_polling": "360Monitoring",
    "is_ready": "EcosystemFeatures",
    "local_disable": "EcosystemFeatures",
    "local_enable": "EcosystemFeatures",
}


@pytest.fixture(scope="module")
def simulator() -> WhmSimulator:
    return WhmSimulator()


@pytest.fixture(scope="module")
def served(simulator: WhmSimulator) -> Iterator[str]:
    with simulator.serve() as endpoint:
        yield endpoint.url


@pytest.fixture
def whm(simulator: WhmSimulator, served: str) -> Iterator[WhmClient]:
    simulator.reset()
    yield WhmClient(f"{served}/json-api", simulator.auth())


def requests(simulator: WhmSimulator) -> list[SimRequest]:
    return [recorded.request for recorded in simulator.requests]


def only_request(simulator: WhmSimulator) -> SimRequest:
    (request,) = requests(simulator)
    return request


# ------------------------------------------------------------------ namespaced functions


def test_the_spec_has_exactly_the_five_namespaced_functions() -> None:
    assert {name: info.namespace for name, info in FUNCTIONS.items() if info.namespace} == (
        NAMESPACED
    )


@pytest.mark.parametrize("function", sorted(NAMESPACED))
async def test_typed_methods_call_namespace_slash_function(
    simulator: WhmSimulator, whm: WhmClient, function: str
) -> None:
    async with whm:
        module = whm.operation(function)
        required = {
            keyword: "cpanel-ai" if python_type == "str" else 1
            for keyword, python_type, needed in module.ARGUMENTS.values()
            if needed
        }
        await getattr(whm, function)(**required)
    request = only_request(simulator)
    assert (request.method, request.path) == ("GET", f"/json-api/{NAMESPACED[function]}/{function}")
    assert ("api.version", "1") in parse_qsl(request.query)
    assert [recorded.function for recorded in simulator.requests] == [
        f"{NAMESPACED[function]}/{function}"
    ]


@pytest.mark.parametrize("name", ["is_ready", "EcosystemFeatures/is_ready"])
async def test_call_takes_the_name_with_or_without_its_namespace(
    simulator: WhmSimulator, whm: WhmClient, name: str
) -> None:
    async with whm:
        envelope = await whm.call(name, plugin="cpanel-ai")
        typed = await whm.is_ready(plugin="cpanel-ai")
    assert [request.path for request in requests(simulator)] == [
        "/json-api/EcosystemFeatures/is_ready"
    ] * 2
    assert envelope["metadata"]["namespace"] == "EcosystemFeatures"
    assert envelope["metadata"]["command"] == "is_ready"
    assert typed.ready in (0, 1)


async def test_a_known_name_under_another_namespace_is_sent_as_given(
    simulator: WhmSimulator, whm: WhmClient
) -> None:
    async with whm:
        with pytest.raises(WhmApiError, match="Unknown app"):
            await whm.call("360Monitoring/is_ready", plugin="x")
        with pytest.raises(WhmConfigError, match="not a function in the bundled"):
            whm.operation("360Monitoring/is_ready")
    assert only_request(simulator).path == "/json-api/360Monitoring/is_ready"


@pytest.mark.parametrize("bad", ["A/B/is_ready", "EcosystemFeatures/", "/is_ready", "a%2Fb"])
async def test_malformed_namespaced_names_are_refused_before_sending(
    simulator: WhmSimulator, whm: WhmClient, bad: str
) -> None:
    async with whm:
        with pytest.raises(WhmConfigError, match="not a WHM function name"):
            await whm.call(bad)
        with pytest.raises(WhmConfigError, match="not a WHM function name"):
            await whm.batch_call([bad])
    assert requests(simulator) == []


async def test_a_namespaced_reply_that_does_not_fit_is_named_like_the_call(
    simulator: WhmSimulator, whm: WhmClient
) -> None:
    # Before: the WhmSchemaError named set_360_agent_polling, every other error of the same
    # call 360Monitoring/set_360_agent_polling.
    simulator.define("360Monitoring/set_360_agent_polling", lambda call: {"status": "on"})
    async with whm:
        with pytest.raises(WhmSchemaError) as caught:
            await whm.set_360_agent_polling(interval=60)
    assert caught.value.function == "360Monitoring/set_360_agent_polling"
    assert str(caught.value).startswith("360Monitoring/set_360_agent_polling: ")


async def test_batch_keeps_the_slash_of_a_namespaced_command(
    simulator: WhmSimulator, whm: WhmClient
) -> None:
    async with whm:
        results = await whm.batch_call(
            [("is_ready", {"plugin": "a b"}), ("EcosystemFeatures/local_enable", {}), "version"]
        )
    request = only_request(simulator)
    assert request.path == "/json-api/batch"
    commands = [value for name, value in parse_qsl(request.query) if name == "command"]
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
    assert first.unwrap().ready in (0, 1)
    assert simulator.calls("EcosystemFeatures/is_ready")[0]["plugin"] == "a b"


async def test_typed_batch_takes_a_list_of_commands(
    simulator: WhmSimulator, whm: WhmClient
) -> None:
    async with whm:
        reply = await whm.batch(command=["version", "EcosystemFeatures/is_ready?plugin=x"])
    request = only_request(simulator)
    assert [value for name, value in parse_qsl(request.query) if name == "command"] == [
        "version",
        "EcosystemFeatures/is_ready?plugin=x",
    ]
    assert isinstance(reply.result, list)
    second = reply.result[1]
    assert second.metadata.namespace == "EcosystemFeatures"
    assert second.metadata.command == "is_ready"
    assert second.metadata.result in (1, "1")


# ------------------------------------------------------------------ JSON-only functions


def json_request(simulator: WhmSimulator) -> dict[str, Any]:
    """The one request's JSON body, after checking it is sent as cpsrvd reads JSON."""
    request = only_request(simulator)
    assert request.method == "POST"
    assert request.query == ""  # cpsrvd ignores it for a JSON body; api.version is inside
    assert request.header("content-type") == "application/json"  # exactly: no charset
    assert int(request.header("content-length")) == len(request.body)
    document: dict[str, Any] = json.loads(request.body)
    return document


async def test_personalization_set_then_get_through_json_bodies(
    simulator: WhmSimulator, whm: WhmClient
) -> None:
    async with whm:
        saved = await whm.personalization_set(personalization={"theme": "dark", "ünï": "☃"})
        assert json_request(simulator) == {
            "api.version": 1,
            "personalization": {"theme": "dark", "ünï": "☃"},
        }
        simulator.requests.clear()
        read = await whm.personalization_get(names=["theme", "ünï"])
        assert json_request(simulator) == {"api.version": 1, "names": ["theme", "ünï"]}
    assert only_request(simulator).path == "/json-api/personalization_get"
    assert saved.personalization is not None and read.personalization is not None
    entries = read.personalization.additional_properties
    assert {name: entry.value for name, entry in entries.items()} == {
        "theme": "dark",
        "ünï": "☃",
    }


async def test_call_sends_a_json_only_function_as_json(
    simulator: WhmSimulator, whm: WhmClient
) -> None:
    async with whm:
        envelope = await whm.call("personalization_set", personalization={"a": "b"}, store="s")
    assert json_request(simulator) == {
        "api.version": 1,
        "personalization": {"a": "b"},
        "store": "s",
    }
    assert envelope["data"]["personalization"]["a"]["success"] == 1


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
    simulator: WhmSimulator, whm: WhmClient, arguments: dict[str, Any], message: str
) -> None:
    async with whm:
        with pytest.raises(WhmConfigError, match=message):
            await whm.call("personalization_set", **arguments)
    assert requests(simulator) == []


async def test_json_only_functions_cannot_go_in_a_batch(
    simulator: WhmSimulator, whm: WhmClient
) -> None:
    async with whm:
        with pytest.raises(WhmConfigError, match="JSON body"):
            await whm.batch_call(["version", ("personalization_get", {"names": ["a"]})])
    assert requests(simulator) == []


async def test_secrets_in_a_json_body_stay_out_of_errors() -> None:
    # A server that echoes the raw request (body included) into its failure reason.
    token = "NSJSONTOKEN4R5T6Y7U8I9O0P"
    with FaultServer() as server:
        async with WhmClient(server.target("api_failure_echo"), ApiTokenAuth("root", token)) as whm:
            with pytest.raises(WhmApiError) as caught:
                await whm.call(
                    "personalization_set", personalization={"api_token": SECRET, "theme": "dark"}
                )
        (seen,) = server.requests
    assert SECRET.encode() in seen.body  # the server got it, and echoed it back
    text = "".join(traceback.format_exception(caught.value)) + repr(caught.value)
    assert token not in text and SECRET not in text
    assert "[redacted]" in text


async def test_the_readme_json_example_runs(simulator: WhmSimulator, whm: WhmClient) -> None:
    (block,) = [
        block
        for block in re.findall(r"```python\n(.*?)```", README, re.DOTALL)
        if "personalization_set" in block
    ]
    code = compile(block, "README.md", "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    async with whm:
        namespace: dict[str, Any] = {"whm": whm}
        coroutine = eval(code, namespace)
        if coroutine is not None:
            await coroutine
    bodies = [json.loads(request.body) for request in requests(simulator)]
    assert bodies == [
        {"api.version": 1, "personalization": {"theme": "dark"}},
        {"api.version": 1, "names": ["theme"]},
    ]
    assert namespace["stored"].personalization["theme"].value == "dark"
