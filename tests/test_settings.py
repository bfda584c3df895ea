"""Targets, credentials and settings: every wrong one fails early, in the library's own errors.

Issue 12 items 1, 2 and 6: which URL is which kind of server, where placeholder
credentials may go, and the settings that must be refused at the call that got them.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from faultserver import FaultServer

from whm_api_client import (
    ApiTokenAuth,
    BasicAuth,
    RetryPolicy,
    Target,
    WhmClient,
    WhmConfigError,
    WhmTimeoutError,
)

pytestmark = pytest.mark.anyio
TOKEN = "SETTINGS-TOKEN-9Q8W7E6R5T"
NEW_PASSWORD = "S3cret!-new-pass"


@pytest.fixture
def server(fault_server: FaultServer) -> FaultServer:
    return fault_server


# ---------------------------------------------------------------- URL -> kind (12.1)

REAL_SERVER_SPELLINGS = [
    "https://whm.example.com:2087",
    "https://whm.example.com:2087/",
    "https://whm.example.com:2087/json-api",
    "https://whm.example.com:2087/json-api/",
    "HTTPS://whm.example.com:2087",
]


@pytest.mark.parametrize("url", REAL_SERVER_SPELLINGS)
def test_every_spelling_of_a_real_server_is_a_host_at_json_api(url: str) -> None:
    target = Target.parse(url)
    assert target.kind == "host"
    assert target.base_url == "https://whm.example.com:2087/json-api"
    assert target.url_for("listaccts") == "https://whm.example.com:2087/json-api/listaccts"


def test_a_path_prefix_keeps_its_place_before_json_api() -> None:
    assert (
        Target.parse("https://proxy.example/whm").base_url == "https://proxy.example/whm/json-api"
    )
    assert Target.parse("http://127.0.0.1:8080").base_url == "http://127.0.0.1:8080/json-api"


@pytest.mark.parametrize("text", ["whm.example.com", "whm.example.com:2087", "ftp://h", ""])
def test_text_that_is_no_url_says_what_a_target_is(text: str) -> None:
    with pytest.raises(WhmConfigError, match=r"https://whm\.example\.com:2087.*Target\.host"):
        Target.parse(text)


def test_a_function_url_is_not_a_target() -> None:
    with pytest.raises(WhmConfigError, match="json-api"):
        Target.parse("https://whm.example.com:2087/json-api/listaccts")


def test_mock_kinds_are_named_explicitly() -> None:
    assert Target.parse("docs-mock") == Target.docs_mock()
    mock = Target.parse("mock:http://127.0.0.1:4010/")
    assert mock == Target.local_mock("http://127.0.0.1:4010")
    assert mock.url_for("version") == "http://127.0.0.1:4010/version"
    with pytest.raises(WhmConfigError, match="mock:"):
        Target.parse("mock:")


@pytest.mark.parametrize(
    "url", ["https://h:abc", "https://h:99999", "https://h:0", "mock:http://127.0.0.1:70000"]
)
def test_a_port_that_is_no_port_is_refused_when_the_target_is_made(url: str) -> None:
    # Before: taken, and the first call raised httpx's own InvalidURL (or tried port 0).
    with pytest.raises(WhmConfigError, match="port"):
        Target.parse(url)


@pytest.mark.parametrize(
    ("host", "port"), [(123, 2087), (None, 2087), ("h", True), ("h", "2087"), ("h", 0)]
)
def test_target_host_refuses_what_is_no_host_or_port(host: Any, port: Any) -> None:
    # Before: Target.host(123) raised a bare TypeError; port=True made "https://h:True".
    with pytest.raises(WhmConfigError, match=r"host|port"):
        Target.host(host, port)


def test_a_target_kind_is_one_of_the_three() -> None:
    # Before: any text was a kind, and the rules about credentials knew none of them.
    with pytest.raises(WhmConfigError, match="kind"):
        Target("https://whm.example.com:2087/json-api", "Host")  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["https://whm.example.com:2087", "https://whm.example.com:2087/"])
async def test_a_real_server_url_gets_no_placeholder_credentials(url: str) -> None:
    with pytest.raises(WhmConfigError, match="credentials"):
        WhmClient(url)


@pytest.mark.parametrize("url", ["https://whm.example.com:2087", "https://whm.example.com:2087/"])
async def test_passwords_to_a_real_server_url_go_in_a_post_body(url: str) -> None:
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"metadata": {"result": 1, "reason": "OK"}})

    auth = ApiTokenAuth("root", TOKEN)
    async with WhmClient(url, auth, transport=httpx.MockTransport(reply)) as whm:
        await whm.call("createacct", username="bob", domain="bob.example", password=NEW_PASSWORD)
    (request,) = seen
    assert request.method == "POST"
    assert request.url.path == "/json-api/createacct"
    assert NEW_PASSWORD not in str(request.url)
    assert request.headers["authorization"] == f"whm root:{TOKEN}"


async def test_placeholder_credentials_only_to_a_loopback_mock(server: FaultServer) -> None:
    async with WhmClient(f"mock:{server.base_url}/s/ok") as whm:
        await whm.version()
    assert server.requests[0].headers["authorization"] == "whm mock:mock-token"
    # A mock elsewhere is someone's server: it gets your credentials or nothing.
    with pytest.raises(WhmConfigError, match="credentials"):
        WhmClient("mock:https://mock.example.com:4010")
    WhmClient("mock:https://mock.example.com:4010", ApiTokenAuth("root", TOKEN))


async def test_the_docs_mock_never_gets_placeholder_or_environment_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"metadata": {"result": 1}, "data": {"version": "1"}})

    # No placeholder leaves the machine: without auth, no Authorization header at all.
    async with WhmClient("docs-mock", transport=httpx.MockTransport(reply)) as whm:
        await whm.version()
    assert "authorization" not in seen[-1].headers
    # from_env() never hands the environment's real credentials to the public mock.
    monkeypatch.setenv("WHM_TARGET", "docs-mock")
    monkeypatch.setenv("WHM_API_TOKEN", TOKEN)
    async with WhmClient.from_env(transport=httpx.MockTransport(reply)) as whm:
        await whm.version()
    assert "authorization" not in seen[-1].headers
    # What the caller passes explicitly is sent: that choice is theirs.
    async with WhmClient(
        "docs-mock", ApiTokenAuth("demo", "demo-token"), transport=httpx.MockTransport(reply)
    ) as whm:
        await whm.version()
    assert seen[-1].headers["authorization"] == "whm demo:demo-token"
    seen.clear()
    # A password would go in the mock's URL: refused before anything is sent.
    async with WhmClient("docs-mock", transport=httpx.MockTransport(reply)) as whm:
        await whm.version()
        with pytest.raises(WhmConfigError, match=r"password.*URL") as refused:
            await whm.call("createacct", username="bob", domain="b.example", password=NEW_PASSWORD)
    assert NEW_PASSWORD not in str(refused.value)
    assert len(seen) == 1  # the refused call sent nothing
    assert "authorization" not in seen[0].headers


# ---------------------------------------------------------------- auth types (12.2)


@pytest.mark.parametrize(
    "auth", [("root", TOKEN), f"root:{TOKEN}", f"whm root:{TOKEN}", httpx.BasicAuth("root", TOKEN)]
)
def test_anything_but_an_auth_object_is_refused_without_showing_it(auth: Any) -> None:
    with pytest.raises(WhmConfigError, match="ApiTokenAuth") as caught:
        WhmClient(Target.host("whm.example.com"), auth)
    assert TOKEN not in str(caught.value)


# ---------------------------------------------------------------- settings (12.6)


BAD_SETTINGS = [
    *(("timeout", value) for value in (-1, 0, "abc", float("nan"), True, httpx.Timeout(-1.0))),
    *(("max_response_bytes", value) for value in (-5, 0, "10", 1.5, True)),
]


@pytest.mark.parametrize(("option", "value"), BAD_SETTINGS)
async def test_bad_settings_are_config_errors_in_the_constructor_and_with_options(
    option: str, value: Any
) -> None:
    auth = ApiTokenAuth("root", TOKEN)
    with pytest.raises(WhmConfigError, match=option):
        WhmClient(Target.host("h"), auth, **{option: value})
    async with WhmClient(Target.host("h"), auth) as whm:
        with pytest.raises(WhmConfigError, match=option):
            whm.with_options(**{option: value})


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("allow_insecure_http", "no"),
        ("http_client", "x"),
        ("http_client", httpx.Client()),
        ("transport", "x"),
        ("limits", "x"),
        ("ca_bundle", 123),
        ("pin_sha256", 1),
    ],
)
def test_connection_settings_of_the_wrong_type_are_config_errors(option: str, value: Any) -> None:
    # Before: a bare TypeError/AttributeError here, or taken and failing at the first call
    # (allow_insecure_http="no" even let plain http through to a remote host).
    target = "http://whm.example.com:2086" if option == "allow_insecure_http" else Target.host("h")
    with pytest.raises(WhmConfigError, match=option):
        WhmClient(target, ApiTokenAuth("root", TOKEN), **{option: value})


@pytest.mark.parametrize("field", ["on_request", "on_response", "on_error"])
def test_a_hook_that_cannot_be_called_is_refused_when_hooks_are_made(field: str) -> None:
    # Before: taken, then every call logged "an event hook raised" (TypeError) and went on.
    from whm_api_client import Hooks

    with pytest.raises(WhmConfigError, match=field):
        Hooks(**{field: "print"})  # type: ignore[arg-type]


def test_a_one_time_code_that_is_not_a_function_is_refused_without_showing_it() -> None:
    # Before: taken, then the first call died with "TypeError: 'str' object is not callable".
    from whm_api_client import SessionAuth

    with pytest.raises(WhmConfigError, match="one_time_code") as caught:
        SessionAuth("root", "pw-123456", one_time_code="917364")  # type: ignore[arg-type]
    assert "917364" not in str(caught.value)


async def test_good_timeouts_are_taken() -> None:
    auth = ApiTokenAuth("root", TOKEN)
    for timeout in (5, 2.5, None, httpx.Timeout(3.0, read=None)):
        async with WhmClient(Target.host("h"), auth, timeout=timeout) as whm:
            whm.with_options(timeout=timeout)


@pytest.mark.parametrize("target", [123, None, b"https://h", ["docs-mock"]])
def test_a_target_that_is_not_a_target_or_text(target: Any) -> None:
    with pytest.raises(WhmConfigError, match="target"):
        WhmClient(target, ApiTokenAuth("root", TOKEN))


async def test_other_bad_per_call_settings() -> None:
    async with WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN)) as whm:
        with pytest.raises(WhmConfigError, match="retry"):
            whm.with_options(retry=3)  # type: ignore[arg-type]
        with pytest.raises(WhmConfigError, match="meta"):
            whm.with_options(meta={"api.chunk.enable": 1})  # type: ignore[arg-type]
        with pytest.raises(WhmConfigError, match="retry"):
            WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN), retry=3)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", [123, None, ("version",), ("version", {}, "x"), ["listaccts"]])
async def test_batch_commands_of_the_wrong_shape(command: Any) -> None:
    async with WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN)) as whm:
        with pytest.raises(WhmConfigError, match="batch"):
            await whm.batch_call([command])


@pytest.mark.parametrize("option", ["abort_on_error", "typed", "allow_unknown"])
async def test_batch_flags_are_bools(option: str) -> None:
    # Before: abort_on_error="no" went to the server as abort_on_error=no; typed="no" typed.
    async with WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN)) as whm:
        with pytest.raises(WhmConfigError, match=option):
            await whm.batch_call(["version"], **{option: "no"})


async def test_paginate_typed_is_a_bool() -> None:
    async with WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN)) as whm:
        with pytest.raises(WhmConfigError, match="typed"):
            whm.paginate("listaccts", typed="no")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [
        {"attempts": 0},
        {"attempts": "3"},
        {"backoff": -1},
        {"max_backoff": -0.5},
        {"statuses": {401}},
        {"statuses": {403, 503}},
        {"statuses": "503"},
    ],
)
def test_bad_retry_policies_are_config_errors(options: dict[str, Any]) -> None:
    with pytest.raises(WhmConfigError, match="RetryPolicy"):
        RetryPolicy(**options)


async def test_a_view_used_after_its_parent_closed() -> None:
    whm = WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN))
    view = whm.with_options(timeout=30)
    await whm.aclose()
    with pytest.raises(WhmConfigError, match="closed"):
        await view.version()
    with pytest.raises(WhmConfigError, match="closed"):
        await view.with_options(timeout=5).call("version")


async def test_a_view_used_after_its_parent_closed_with_a_callers_http_client() -> None:
    async with httpx.AsyncClient() as http:
        whm = WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN), http_client=http)
        view = whm.with_options(timeout=30)
        await whm.aclose()
        with pytest.raises(WhmConfigError, match="closed"):
            await view.version()


# ---------------------------------------------------------------- timeout messages (12.6)

SHORT = httpx.Timeout(5.0, read=0.3)


async def test_read_timeout_of_a_state_changing_call_says_it_may_complete(
    server: FaultServer,
) -> None:
    async with WhmClient(server.target("slow_headers"), ApiTokenAuth("root", TOKEN)) as whm:
        with pytest.raises(WhmTimeoutError, match="may still complete") as caught:
            await whm.with_options(timeout=SHORT).suspendacct(user="bob")
    assert "read timeout" in str(caught.value)


async def test_read_timeout_of_a_read_only_call_does_not(server: FaultServer) -> None:
    async with WhmClient(server.target("slow_headers"), ApiTokenAuth("root", TOKEN)) as whm:
        with pytest.raises(WhmTimeoutError) as caught:
            await whm.with_options(timeout=SHORT).listaccts()
    assert "read timeout" in str(caught.value)
    assert "may still complete" not in str(caught.value)


async def test_connect_timeout_says_nothing_was_sent() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    auth = ApiTokenAuth("root", TOKEN)
    async with WhmClient(Target.host("h"), auth, transport=httpx.MockTransport(reply)) as whm:
        with pytest.raises(WhmTimeoutError) as caught:
            await whm.suspendacct(user="bob")
    assert "connect timeout" in str(caught.value)
    assert "may still complete" not in str(caught.value)
    assert "not sent" in str(caught.value)


async def test_basic_auth_to_a_host_still_works(server: FaultServer) -> None:
    async with WhmClient(server.target("ok"), BasicAuth("root", "pw-123456")) as whm:
        assert (await whm.version()).version == "11.126.0.1"


@pytest.mark.parametrize("bad", [{"lenient": "yes"}, {"lenient": 1}, {"hooks": print}])
def test_lenient_and_hooks_of_the_wrong_type_are_config_errors(bad: dict[str, object]) -> None:
    with pytest.raises(WhmConfigError, match=next(iter(bad))):
        WhmClient("mock:http://127.0.0.1:9", **bad)  # type: ignore[arg-type]
    if "lenient" in bad:
        whm = WhmClient("mock:http://127.0.0.1:9")
        with pytest.raises(WhmConfigError, match="lenient"):
            whm.with_options(lenient=bad["lenient"])  # type: ignore[arg-type]
