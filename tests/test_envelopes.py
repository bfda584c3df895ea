"""Every envelope and error shape CPSRVD-BEHAVIOR.md describes, byte for byte.

The replies come from a raw loopback server (``faultserver``: status lines, content
types and bodies exactly as the facts give them); the metadata readers of ``wire``
are also checked on plain values. These are byte-level shapes, so they stay on the
raw server when the simulator arrives.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from faultserver import XID_REASON, FaultServer

from whm_api_client import (
    ApiTokenAuth,
    BasicAuth,
    RetryPolicy,
    SessionAuth,
    Target,
    WhmApiError,
    WhmAuthError,
    WhmClient,
    WhmResponseError,
    WhmSchemaError,
    WhmServerError,
    WhmUnknownFunctionError,
)
from whm_api_client.wire import (
    error_count,
    metadata_lines,
    namespace,
    output_lines,
    proxied_from,
    server_warnings,
)

pytestmark = pytest.mark.anyio
TOKEN = "ENVELOPE-TOKEN-5A6S7D8F"
AUTH = ApiTokenAuth("root", TOKEN)


@pytest.fixture
def server(fault_server: FaultServer) -> FaultServer:
    return fault_server


# ---------------------------------------------------------------- envelope shapes (14.2)


async def test_result_and_version_as_strings(server: FaultServer) -> None:
    async with WhmClient(server.target("strings"), AUTH) as whm:
        assert (await whm.version()).version == "11.126.0.1"
        envelope = await whm.call("version")
    assert envelope["metadata"]["result"] == "1" and envelope["metadata"]["version"] == "1"


async def test_a_utf8_byte_order_mark_is_accepted(server: FaultServer) -> None:
    async with WhmClient(server.target("bom"), AUTH) as whm:
        assert (await whm.version()).version == "11.126.0.1"
        assert (await whm.call("listaccts"))["data"]["acct"][0]["user"] == "bob"


async def test_no_data_key_on_success(server: FaultServer) -> None:
    async with WhmClient(server.target("no_data"), AUTH) as whm:
        assert await whm.suspendacct(user="bob") is None
        envelope = await whm.call("suspendacct", user="bob")
    assert "data" not in envelope


async def test_no_data_key_on_failure(server: FaultServer) -> None:
    async with WhmClient(server.target("xid"), AUTH) as whm:
        with pytest.raises(WhmApiError) as caught:
            await whm.suspendacct(user="web08")
    assert caught.value.data is None
    assert caught.value.metadata["result"] == 0


async def test_every_place_of_messages_and_warnings_is_read_and_logged_once(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="whm_api_client")
    async with WhmClient(server.target("notes"), AUTH) as whm:
        await whm.version()
        envelope = await whm.call("listaccts")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    expected = ["disk almost full", "quota check skipped", "mail queue is long"]
    assert warnings == [f"version: server warning: {w}" for w in expected] + [
        f"listaccts: server warning: {w}" for w in expected
    ]
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert "version: server message: renamed" in messages
    metadata = envelope["metadata"]
    assert output_lines(metadata, "warnings") == ["disk almost full", "quota check skipped"]
    assert output_lines(metadata, "messages") == ["renamed"]
    assert metadata_lines(metadata, "warnings") == ["quota check skipped", "mail queue is long"]
    assert metadata_lines(metadata, "errors") == ["one node failed"]
    assert error_count(metadata) == 1
    assert proxied_from(metadata) == ["node1.example.com"]
    assert namespace(metadata) == "360Monitoring"


@pytest.mark.parametrize(
    ("value", "lines"),
    [
        (None, []),
        ("", []),
        ("one\ntwo\r\n\n", ["one", "two"]),
        (["one", "", None, "two"], ["one", "two"]),
        ({"error": ["a", "b"]}, ["a", "b"]),
        ([{"text": "x"}], ["x"]),
        (5, ["5"]),
    ],
)
def test_the_shapes_of_a_list_of_messages(value: Any, lines: list[str]) -> None:
    assert output_lines({"output": {"warnings": value}}, "warnings") == lines
    assert metadata_lines({"errors": value}, "errors") == lines


def test_metadata_readers_take_what_is_missing_or_odd() -> None:
    assert output_lines({"output": "text"}, "warnings") == []
    assert error_count({"error_count": "x"}) is None and error_count({}) is None
    assert error_count({"error_count": True}) is None and error_count({"error_count": 3}) == 3
    assert proxied_from({"proxied_from": "node2"}) == ["node2"] and proxied_from({}) == []
    assert namespace({"namespace": ""}) is None
    assert server_warnings({"output": {"warnings": "a\nb"}, "warnings": ["b", "c"]}) == [
        "a",
        "b",
        "c",
    ]


# ---------------------------------------------------------------- errors (14.3)


async def test_unknown_app_names_the_version_that_added_the_function(server: FaultServer) -> None:
    async with WhmClient(server.target("unknown_app"), AUTH) as whm:
        with pytest.raises(WhmUnknownFunctionError) as known:
            await whm.get_user_email_forward_destination(user="bob")
        with pytest.raises(WhmUnknownFunctionError) as unknown:
            await whm.call("csf_allow", ip="192.0.2.1")
    error = known.value
    assert isinstance(error, WhmApiError)
    assert error.name == "get_user_email_forward_destination"
    assert error.since_version == "11.52"
    assert error.reason.startswith('Unknown app ("get_user_email_forward_destination") requested')
    assert "may predate get_user_email_forward_destination" in str(error)
    assert "11.52" in str(error)
    assert unknown.value.since_version is None
    assert "doesn't know csf_allow either" in str(unknown.value)


@pytest.mark.parametrize("scenario", ["api0", "api0_unknown"])
async def test_an_api0_reply_says_api_version_did_not_arrive(
    server: FaultServer, scenario: str
) -> None:
    async with WhmClient(server.target(scenario), AUTH) as whm:
        with pytest.raises(WhmResponseError, match=r"WHM API 0.*api\.version=1 did not reach") as e:
            await whm.listaccts()
    if scenario == "api0_unknown":
        assert "Unknown app (listaccts) requested for this version (0)" in str(e.value)


async def test_xid_failures_keep_the_servers_words(server: FaultServer) -> None:
    async with WhmClient(server.target("xid"), AUTH) as whm:
        with pytest.raises(WhmApiError) as caught:
            await whm.call("suspendacct", user="web08")
    assert caught.value.reason == XID_REASON
    assert "You do not have a user named “web08”." in str(caught.value)
    assert caught.value.function == "suspendacct"


AUTH_FAILURES = [
    ("denied_text", 403, "Access denied"),
    ("denied_no_type", 403, "Access denied"),
    ("token_denied", 401, "Token Denied"),
    ("see_login_log", 401, "see_login_log"),
    ("no_privilege", 403, "You lack the required privilege to access this resource."),
    ("token_uapi_only", 403, "Token authentication allows access to UAPI or API 2 calls only."),
]


@pytest.mark.parametrize(("scenario", "status", "reason"), AUTH_FAILURES)
async def test_every_401_and_403_is_an_auth_error_with_the_servers_reason(
    server: FaultServer, scenario: str, status: int, reason: str
) -> None:
    retry = RetryPolicy(attempts=3, backoff=0)
    async with WhmClient(server.target(scenario), AUTH, retry=retry) as whm:
        with pytest.raises(WhmAuthError) as caught:
            await whm.listaccts()  # read-only, so a retry would be allowed if it were right
    assert (caught.value.status_code, caught.value.reason) == (status, reason)
    assert reason in str(caught.value)
    assert caught.value.function == "listaccts"
    assert server.hits_for("listaccts") == 1  # refused credentials are never tried again


@pytest.mark.parametrize(
    ("scenario", "status", "text"),
    [
        ("internal_error", 500, "Internal Error (ID 4711)"),
        ("updating", 503, "Internal Error (ID 4712)"),
    ],
)
async def test_a_crashed_or_updating_server_is_a_server_error_with_its_text(
    server: FaultServer, scenario: str, status: int, text: str
) -> None:
    async with WhmClient(server.target(scenario), AUTH) as whm:
        with pytest.raises(WhmServerError) as caught:
            await whm.suspendacct(user="bob")
    assert (caught.value.status_code, caught.value.reason) == (status, text)
    assert str(caught.value) == f"suspendacct: HTTP {status} from the server: {text}"


# ---------------------------------------------------------------- logins (14.3, 12.7)


def session_target(server: FaultServer) -> Target:
    return Target(f"{server.base_url}/json-api", "host")


@pytest.mark.parametrize("one_time_code", [None, lambda: "123456"])
async def test_a_refused_login_is_never_retried_and_names_the_call(
    server: FaultServer, one_time_code: Any
) -> None:
    auth = SessionAuth("root", "Wrong-Pass-1", one_time_code=one_time_code)
    retry = RetryPolicy(attempts=5, backoff=0)
    async with WhmClient(session_target(server), auth, retry=retry) as whm:
        with pytest.raises(WhmAuthError) as caught:
            await whm.listaccts()
        with pytest.raises(WhmAuthError):
            await whm.version()
    logins = [seen for seen in server.requests if seen.path == "/login/"]
    assert len(logins) == 2  # one per call: each refused login ends that call
    error = caught.value
    assert str(error).startswith("listaccts: session login refused: see_login_log [what fits:")
    assert error.hints[-1].startswith("refused credentials")  # the causes, docs/guide/server.md
    assert (error.status_code, error.reason, error.function) == (401, "see_login_log", "listaccts")
    assert "two-factor" not in str(error)  # the server didn't ask for a code


@pytest.mark.parametrize(
    ("one_time_code", "hint"),
    [
        (None, "uses two-factor authentication: pass one_time_code="),
        (lambda: "123456", "the two-factor code was not accepted"),
    ],
)
async def test_the_two_factor_hint_only_when_the_server_asked_for_a_code(
    server: FaultServer, one_time_code: Any, hint: str
) -> None:
    server.login_scenario = "tfa_page"
    auth = SessionAuth("root", "Right-Pass-1", one_time_code=one_time_code)
    async with WhmClient(session_target(server), auth) as whm:
        with pytest.raises(WhmAuthError, match=f"^version: session login refused: .*{hint}"):
            await whm.version()


async def test_basic_auth_refused_is_sent_once(server: FaultServer) -> None:
    retry = RetryPolicy(attempts=4, backoff=0)
    async with WhmClient(
        server.target("denied_text"), BasicAuth("root", "pw-1234"), retry=retry
    ) as whm:
        with pytest.raises(WhmAuthError, match="Access denied"):
            await whm.version()
    assert server.hits_for("version") == 1


# ---------------------------------------------------------------- nothing lost (14.5)


async def test_a_schema_error_keeps_the_whole_reply(server: FaultServer) -> None:
    async with WhmClient(server.target("wrong_type"), AUTH) as whm:
        with pytest.raises(WhmSchemaError) as caught:
            await whm.get_unique_sender_recipient_count_per_user(start_time=1, end_time=2)
    error = caught.value
    assert error.function == "get_unique_sender_recipient_count_per_user"
    assert error.metadata["result"] == 1
    assert error.data == {"payload": [{"user": "bob", "unique_sender_recipient_count": "three"}]}
    assert "call" not in str(error).split(":", 1)[1]  # no "call again" advice


async def test_an_api_error_keeps_metadata_and_data() -> None:
    reply = {
        "data": {"type": "PersonaForbidden", "detail": None},
        "metadata": {"command": "createacct", "result": 0, "reason": "Forbidden."},
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=reply)

    async with WhmClient(Target.host("h"), AUTH, transport=httpx.MockTransport(handler)) as whm:
        with pytest.raises(WhmApiError) as caught:
            await whm.createacct(username="bob", domain="bob.example")
    assert caught.value.data == reply["data"]
    assert caught.value.metadata == reply["metadata"]
    assert caught.value.function == "createacct"
