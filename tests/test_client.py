"""WhmClient's contract, through httpx.MockTransport: requests out, typed results or errors in."""

from __future__ import annotations

import json
import logging
import ssl
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from whm_api_client import (
    DEFAULT_TIMEOUT,
    ApiTokenAuth,
    BasicAuth,
    Target,
    WhmApiError,
    WhmAuthError,
    WhmClient,
    WhmConfigError,
    WhmConnectError,
    WhmError,
    WhmHttpError,
    WhmLoginPageError,
    WhmResponseError,
    WhmSchemaError,
    WhmServerError,
    WhmTimeoutError,
)
from whm_api_client._generated.types import Unset

pytestmark = pytest.mark.anyio
TOKEN = "S3CRETTOKEN0123456789"
PASSWORD = "hunter2-Pa55word"

Handler = Callable[[httpx.Request], httpx.Response]


def ok(function: str, data: Any = None, **metadata: Any) -> dict[str, Any]:
    envelope: dict[str, Any] = {
        "metadata": {"command": function, "reason": "OK", "result": 1, "version": 1, **metadata}
    }
    if data is not None:
        envelope["data"] = data
    return envelope


class Recorder:
    """A MockTransport handler that remembers the requests and answers with a fixed reply."""

    def __init__(self, reply: Handler) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.reply(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def client_for(reply: Handler | dict[str, Any], **options: Any) -> tuple[WhmClient, Recorder]:
    handler: Handler = (
        (lambda _: httpx.Response(200, json=reply)) if isinstance(reply, dict) else reply
    )
    recorder = Recorder(handler)
    options.setdefault("auth", ApiTokenAuth("root", TOKEN))
    target = options.pop("target", Target.host("whm.example.com"))
    whm = WhmClient(target, transport=httpx.MockTransport(recorder), **options)
    return whm, recorder


# ---------------------------------------------------------------- the docs sample, typed


async def test_get_user_email_forward_destination_documented_envelope() -> None:
    envelope = {
        "data": {"forward_to": ["bob@example.com", "alice@example.com"]},
        "metadata": {
            "command": "get_user_email_forward_destination",
            "reason": "OK",
            "result": 1,
            "version": 1,
        },
    }
    whm, seen = client_for(envelope)
    async with whm:
        result = await whm.get_user_email_forward_destination(user="bob")
    assert result.forward_to == ["bob@example.com", "alice@example.com"]
    request = seen.last
    assert request.method == "GET"
    assert request.url.path == "/json-api/get_user_email_forward_destination"
    assert request.url.host == "whm.example.com" and request.url.port == 2087
    assert list(request.url.params.multi_items()) == [("api.version", "1"), ("user", "bob")]
    assert request.headers["Authorization"] == f"whm root:{TOKEN}"


async def test_get_unique_sender_recipient_count_per_user_documented_envelope() -> None:
    envelope = {
        "data": {
            "payload": [
                {"user": "bob", "unique_sender_recipient_count": 12},
                {"user": "carol", "unique_sender_recipient_count": 0},
            ]
        },
        "metadata": {
            "command": "get_unique_sender_recipient_count_per_user",
            "reason": "OK",
            "result": 1,
            "version": 1,
        },
    }
    whm, seen = client_for(envelope)
    async with whm:
        counts = await whm.get_unique_sender_recipient_count_per_user(
            start_time=1700000000, end_time=1700086400
        )
    assert counts.payload
    assert [(row.user, row.unique_sender_recipient_count) for row in counts.payload] == [
        ("bob", 12),
        ("carol", 0),
    ]
    assert seen.last.url.params["start_time"] == "1700000000"
    assert seen.last.url.params["end_time"] == "1700086400"


async def test_hold_outgoing_email_metadata_only() -> None:
    envelope = {
        "metadata": {"command": "hold_outgoing_email", "reason": "OK", "result": 1, "version": 1}
    }
    whm, seen = client_for(envelope)
    async with whm:
        assert await whm.hold_outgoing_email(user="bob") is None
    assert seen.last.url.params["user"] == "bob"


async def test_hold_outgoing_email_failure_raises_with_details() -> None:
    envelope = {
        "data": None,
        "metadata": {
            "command": "hold_outgoing_email",
            "reason": "The user “nobody” does not exist.",
            "result": 0,
            "version": 1,
        },
    }
    whm, _ = client_for(envelope)
    async with whm:
        with pytest.raises(WhmApiError) as caught:
            await whm.hold_outgoing_email(user="nobody")
    error = caught.value
    assert error.command == "hold_outgoing_email"
    assert error.function == "hold_outgoing_email"
    assert error.reason == "The user “nobody” does not exist."
    assert error.metadata["result"] == 0
    assert error.data is None
    assert error.status_code == 200
    assert "does not exist" in str(error)


# ---------------------------------------------------------------- metadata.result


@pytest.mark.parametrize("result", [1, "1", True])
async def test_result_success_spellings(result: Any) -> None:
    whm, _ = client_for(ok("get_user_email_forward_destination", {"forward_to": []}, result=result))
    async with whm:
        assert (await whm.get_user_email_forward_destination(user="b")).forward_to == []


@pytest.mark.parametrize("result", [0, "0", False])
async def test_result_failure_spellings(result: Any) -> None:
    whm, _ = client_for(ok("listaccts", None, result=result, reason="nope"))
    async with whm:
        with pytest.raises(WhmApiError, match="nope"):
            await whm.listaccts()


@pytest.mark.parametrize("result", [2, "yes", None, [1]])
async def test_result_unknown_values_fail_cleanly(result: Any) -> None:
    whm, _ = client_for(ok("listaccts", {}, result=result))
    async with whm:
        with pytest.raises(WhmResponseError, match=r"metadata\.result"):
            await whm.listaccts()


async def test_server_warnings_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    reply = ok(
        "get_user_email_forward_destination",
        {"forward_to": []},
        output={"warnings": ["quota almost full"]},
    )
    whm, _ = client_for(reply)
    caplog.set_level(logging.WARNING, logger="whm_api_client")
    async with whm:
        await whm.get_user_email_forward_destination(user="b")
        envelope = await whm.call("get_user_email_forward_destination", user="b")
    assert "quota almost full" in caplog.text
    assert envelope["metadata"]["output"]["warnings"] == ["quota almost full"]


# ---------------------------------------------------------------- typed results are true


async def test_string_where_list_declared_raises_schema_error() -> None:
    whm, _ = client_for(ok("get_user_email_forward_destination", {"forward_to": "bob@x"}))
    async with whm:
        with pytest.raises(WhmSchemaError, match=r"forward_to.*expected array, got str"):
            await whm.get_user_email_forward_destination(user="b")


async def test_missing_data_object_raises_schema_error() -> None:
    whm, _ = client_for(ok("get_user_email_forward_destination"))
    async with whm:
        with pytest.raises(WhmSchemaError, match="expected object, got NoneType"):
            await whm.get_user_email_forward_destination(user="b")


async def test_wrong_scalar_type_inside_list_raises_schema_error() -> None:
    data = {"payload": [{"user": "bob", "unique_sender_recipient_count": "many"}]}
    whm, _ = client_for(ok("get_unique_sender_recipient_count_per_user", data))
    async with whm:
        with pytest.raises(WhmSchemaError, match="unique_sender_recipient_count"):
            await whm.get_unique_sender_recipient_count_per_user(start_time=1, end_time=2)


async def test_null_in_an_optional_field_reads_as_unset() -> None:
    data = {"forward_to": None}
    whm, _ = client_for(ok("get_user_email_forward_destination", data))
    async with whm:
        result = await whm.get_user_email_forward_destination(user="b")
    assert isinstance(result.forward_to, Unset)
    rows = {"payload": [{"user": None, "unique_sender_recipient_count": None}]}
    whm, _ = client_for(ok("get_unique_sender_recipient_count_per_user", rows))
    async with whm:
        counts = await whm.get_unique_sender_recipient_count_per_user(start_time=1, end_time=2)
    assert counts.payload
    assert isinstance(counts.payload[0].user, Unset)


async def test_nullable_field_keeps_null_and_rejects_other_types() -> None:
    account = {"user": "bob", "suspendtime": None}
    whm, _ = client_for(ok("listaccts", {"acct": [account]}))
    async with whm:
        accounts = await whm.listaccts()
    assert accounts.acct and accounts.acct[0].suspendtime is None
    whm, _ = client_for(ok("listaccts", {"acct": [{**account, "suspendtime": "abc"}]}))
    async with whm:
        with pytest.raises(WhmSchemaError, match="field suspendtime: expected integer, got str"):
            await whm.listaccts()


async def test_unknown_enum_value_from_newer_server_is_kept() -> None:
    data = {"backup_config": {"backuptype": "snapshot-v2", "min_free_space_unit": "GB"}}
    whm, _ = client_for(ok("backup_config_get", data))
    async with whm:
        config = await whm.backup_config_get()
    assert config.backup_config
    assert config.backup_config.backuptype == "snapshot-v2"


async def test_unknown_fields_are_kept_not_lost() -> None:
    data = {"forward_to": ["a@b"], "added_in_v200": {"x": 1}}
    whm, _ = client_for(ok("get_user_email_forward_destination", data))
    async with whm:
        result = await whm.get_user_email_forward_destination(user="b")
    assert result.additional_properties == {"added_in_v200": {"x": 1}}


async def test_call_returns_plain_envelope_without_schema_check() -> None:
    whm, seen = client_for(ok("listaccts", {"acct": "not-a-list"}))
    async with whm:
        envelope = await whm.call("listaccts", searchtype="user", search="bob")
    assert envelope["data"] == {"acct": "not-a-list"}
    assert envelope["metadata"]["result"] == 1
    assert seen.last.url.params["searchtype"] == "user"


# ---------------------------------------------------------------- arguments on the wire


async def test_booleans_sent_as_1_and_0_and_lists_as_repeated_keys() -> None:
    whm, seen = client_for(ok("anything", {}))
    async with whm:
        await whm.call("anything", on=True, off=False, many=["a", "b"], none=None, n=5)
    assert list(seen.last.url.params.multi_items()) == [
        ("api.version", "1"),
        ("on", "1"),
        ("off", "0"),
        ("many", "a"),
        ("many", "b"),
        ("n", "5"),
    ]


async def test_api_version_cannot_be_overridden() -> None:
    whm, seen = client_for(ok("listaccts", {}))
    async with whm:
        with pytest.raises(WhmConfigError, match=r"api\.version"):
            await whm.call("listaccts", **{"api.version": 2})
    assert seen.requests == []


@pytest.mark.parametrize(
    "bad",
    ["../etc/passwd", "list accts", "", "a/b/c", "/x", "x/", "NS/1x", "x?y=1", "N%2Fx"],
)
async def test_call_rejects_names_that_are_not_functions(bad: str) -> None:
    whm, seen = client_for(ok("x", {}))
    async with whm:
        with pytest.raises(WhmConfigError):
            await whm.call(bad)
    assert seen.requests == []


async def test_unsupported_argument_type_is_a_config_error() -> None:
    whm, _ = client_for(ok("x", {}))
    async with whm:
        with pytest.raises(WhmConfigError, match=r"'opts'.*dict"):
            await whm.call("listaccts", opts={"a": 1})


async def test_post_functions_send_a_form_body() -> None:
    whm, seen = client_for(ok("update_customizations"))
    async with whm:
        await whm.update_customizations(application="cpanel", data="{}", theme="jupiter")
    request = seen.last
    assert request.method == "POST"
    assert request.url.params["api.version"] == "1"
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert dict(httpx.QueryParams(request.content.decode())) == {
        "application": "cpanel",
        "data": "{}",
        "theme": "jupiter",
    }


async def test_passwords_of_mutating_calls_go_in_the_body_on_real_hosts() -> None:
    whm, seen = client_for(ok("passwd", {}))
    async with whm:
        await whm.call("passwd", user="bob", password=PASSWORD)
    request = seen.last
    assert request.method == "POST"
    assert PASSWORD not in str(request.url)
    assert PASSWORD in request.content.decode()


async def test_mocks_get_the_declared_method_even_with_passwords() -> None:
    whm, seen = client_for(ok("passwd", {}), target=Target.local_mock("http://127.0.0.1:4010"))
    async with whm:
        await whm.call("passwd", user="bob", password=PASSWORD)
    assert seen.last.method == "GET"
    assert seen.last.url.path == "/passwd"


# ---------------------------------------------------------------- HTTP-level failures


def text(status: int, body: str, content_type: str = "text/plain") -> Handler:
    return lambda _: httpx.Response(
        status, content=body.encode(), headers={"content-type": content_type}
    )


FAILURES: list[tuple[str, Handler, type[WhmError], str]] = [
    ("401", text(401, "Unauthorized"), WhmAuthError, "HTTP 401"),
    (
        "403 api2 text/plain",
        text(
            403,
            json.dumps(
                {
                    "cpanelresult": {
                        "apiversion": "2",
                        "error": "Access denied",
                        "data": {"reason": "Access denied", "result": "0"},
                        "type": "text",
                    }
                }
            ),
        ),
        WhmAuthError,
        "Access denied",
    ),
    (
        "login page",
        text(200, "<html><form action='/login/'>Login</form></html>", "text/html"),
        WhmLoginPageError,
        "login page",
    ),
    (
        "two-factor page",
        text(200, "<!DOCTYPE html><p>Enter the security code</p>", "text/html; charset=utf-8"),
        WhmLoginPageError,
        "two-factor",
    ),
    ("other html", text(200, "<html>hello</html>", "text/html"), WhmResponseError, "HTML"),
    (
        "not json",
        text(200, "Internal oops", "application/json"),
        WhmResponseError,
        "not valid JSON",
    ),
    (
        "truncated json",
        text(200, '{"metadata": {"res', "application/json"),
        WhmResponseError,
        "JSON",
    ),
    ("empty", text(200, "", "application/json"), WhmResponseError, "empty"),
    ("json list", text(200, "[1, 2]", "application/json"), WhmResponseError, "not a WHM envelope"),
    ("no metadata", text(200, '{"data": {}}', "application/json"), WhmResponseError, "metadata"),
    (
        "500 html",
        text(500, "<h1>Internal Server Error</h1>", "text/html"),
        WhmServerError,
        "HTTP 500",
    ),
    ("404", text(404, "Not found"), WhmHttpError, "HTTP 404"),
]


@pytest.mark.parametrize(
    ("reply", "error", "message"), [f[1:] for f in FAILURES], ids=[f[0] for f in FAILURES]
)
async def test_http_failures_map_to_library_errors(
    reply: Handler, error: type[WhmError], message: str
) -> None:
    whm, _ = client_for(reply)
    async with whm:
        with pytest.raises(error, match=message) as caught:
            await whm.get_user_email_forward_destination(user="bob")
    assert caught.value.function == "get_user_email_forward_destination"
    assert TOKEN not in str(caught.value)


def raising(exc: Exception) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


@pytest.mark.parametrize(
    ("exc", "error", "message"),
    [
        (httpx.ReadTimeout("timed out"), WhmTimeoutError, "read timeout.*may still complete"),
        (httpx.ConnectTimeout("timed out"), WhmTimeoutError, "connect timeout"),
        (httpx.ConnectError("[Errno 111] Connection refused"), WhmConnectError, "refused"),
        (httpx.RemoteProtocolError("peer closed connection"), WhmConnectError, "peer closed"),
    ],
)
async def test_transport_failures_map_to_library_errors(
    exc: Exception, error: type[WhmError], message: str
) -> None:
    whm, _ = client_for(raising(exc))
    async with whm:
        with pytest.raises(error, match=message):
            await whm.createacct(username="bob", domain="bob.example")


# ---------------------------------------------------------------- secrets


async def test_credentials_never_in_repr_str_or_errors() -> None:
    token_auth = ApiTokenAuth("root", TOKEN)
    basic = BasicAuth("root", PASSWORD)
    for auth in (token_auth, basic):
        assert TOKEN not in repr(auth) + str(auth)
        assert PASSWORD not in repr(auth) + str(auth)
    whm, _ = client_for(text(403, f"denied for token {TOKEN} and {PASSWORD}"), auth=basic)
    assert PASSWORD not in repr(whm)
    async with whm:
        with pytest.raises(WhmAuthError) as caught:
            await whm.call("passwd", user="bob", password=PASSWORD)
    assert PASSWORD not in str(caught.value)
    assert PASSWORD not in caught.value.body_excerpt


async def test_basic_auth_header() -> None:
    whm, seen = client_for(ok("listaccts", {}), auth=BasicAuth("root", PASSWORD))
    async with whm:
        await whm.call("listaccts")
    expected = httpx.BasicAuth("root", PASSWORD)._auth_header
    assert seen.last.headers["Authorization"] == expected


@pytest.mark.parametrize("user", ["", "a:b", "x\ny"])
def test_bad_credentials_rejected_up_front(user: str) -> None:
    with pytest.raises(WhmConfigError):
        ApiTokenAuth(user, TOKEN)


# ---------------------------------------------------------------- targets and transport


def test_targets() -> None:
    assert Target.host("whm.example.com").url_for("listaccts") == (
        "https://whm.example.com:2087/json-api/listaccts"
    )
    assert (
        Target.host("10.0.0.1", port=2086, scheme="http").base_url
        == "http://10.0.0.1:2086/json-api"
    )
    assert Target.host("::1").base_url == "https://[::1]:2087/json-api"
    assert Target.docs_mock().url_for("version") == (
        "https://api.docs.cpanel.net/_mock/specifications/whm.openapi/version"
    )
    assert (
        Target.local_mock("http://127.0.0.1:4010/").url_for("version")
        == "http://127.0.0.1:4010/version"
    )
    assert Target.parse("docs-mock") == Target.docs_mock()
    assert Target.parse("https://h:2087/json-api").kind == "host"
    assert Target.parse("http://127.0.0.1:9").kind == "host"  # a URL is a server...
    assert Target.parse("mock:http://127.0.0.1:9").kind == "mock"  # ... unless named a mock
    for bad in ["ftp://x", "https://user:pw@h/json-api", "h:2087", "https://h/json-api?x=1"]:
        with pytest.raises(WhmConfigError):
            Target.parse(bad)
    with pytest.raises(WhmConfigError):
        Target.host("h/x")
    with pytest.raises(WhmConfigError):
        Target.host("h", port=70000)


def test_plain_http_to_remote_host_refused_unless_allowed() -> None:
    auth = ApiTokenAuth("root", TOKEN)
    with pytest.raises(WhmConfigError, match="plain http"):
        WhmClient(Target.host("whm.example.com", scheme="http"), auth)
    WhmClient(Target.host("whm.example.com", scheme="http"), auth, allow_insecure_http=True)
    WhmClient(Target.local_mock("http://127.0.0.1:4010"))
    WhmClient(Target.local_mock("http://localhost:4010"))


def test_real_host_needs_credentials() -> None:
    with pytest.raises(WhmConfigError, match="credentials"):
        WhmClient(Target.host("whm.example.com"))


async def test_tls_verification_on_by_default_and_ca_bundle(tmp_path: Any) -> None:
    whm = WhmClient(Target.host("whm.example.com"), ApiTokenAuth("root", TOKEN))
    pool = whm._http._transport._pool  # type: ignore[attr-defined]
    assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
    await whm.aclose()
    missing = tmp_path / "nope.pem"
    with pytest.raises(WhmConfigError, match="ca_bundle"):
        WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN), ca_bundle=missing)
    with pytest.raises(WhmConfigError):
        WhmClient(Target.host("h"), ApiTokenAuth("root", TOKEN), ca_bundle=missing, verify=False)


async def test_default_timeouts_and_per_call_override() -> None:
    whm, seen = client_for(ok("listaccts", {}))
    assert DEFAULT_TIMEOUT.connect == 10.0 and DEFAULT_TIMEOUT.read == 300.0
    async with whm:
        await whm.call("listaccts")
        assert seen.last.extensions["timeout"]["read"] == 300.0
        slow = whm.with_options(timeout=httpx.Timeout(5.0, read=900.0))
        await slow.call("createacct", username="bob")
        assert seen.last.extensions["timeout"]["read"] == 900.0
        await whm.call("listaccts")
        assert seen.last.extensions["timeout"]["read"] == 300.0


async def test_own_http_client_is_used_and_left_open() -> None:
    recorder = Recorder(lambda _: httpx.Response(200, json=ok("version", {"version": "11.126"})))
    async with httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as http:
        async with WhmClient(
            Target.host("h"), ApiTokenAuth("root", TOKEN), http_client=http
        ) as whm:
            assert (await whm.version()).version == "11.126"
        assert not http.is_closed
        assert recorder.last.headers["Authorization"] == f"whm root:{TOKEN}"


async def test_closed_client_refuses_calls() -> None:
    whm, _ = client_for(ok("version", {}))
    await whm.aclose()
    with pytest.raises(WhmConfigError, match="closed"):
        await whm.version()


async def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WHM_TARGET", "WHM_HOST", "WHM_PORT", "WHM_API_TOKEN", "WHM_PASSWORD", "WHM_USER"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(WhmConfigError, match="WHM_HOST"):
        WhmClient.from_env()
    monkeypatch.setenv("WHM_HOST", "whm.example.com")
    monkeypatch.setenv("WHM_PORT", "2088")
    monkeypatch.setenv("WHM_USER", "reseller")
    monkeypatch.setenv("WHM_API_TOKEN", TOKEN)
    async with WhmClient.from_env() as whm:
        assert whm.target.base_url == "https://whm.example.com:2088/json-api"
        assert TOKEN not in repr(whm)
    monkeypatch.setenv("WHM_TARGET", "docs-mock")
    async with WhmClient.from_env() as whm:  # the docs mock never gets real credentials
        assert whm.target.kind == "docs_mock"
        assert "auth=None" in repr(whm)
    monkeypatch.setenv("WHM_TARGET", "https://whm.example.com:2087")
    async with WhmClient.from_env() as whm:
        assert whm.target == Target.host("whm.example.com")
        assert "ApiTokenAuth(user='reseller'" in repr(whm)
    monkeypatch.setenv("WHM_PORT", "http")
    monkeypatch.delenv("WHM_TARGET")
    with pytest.raises(WhmConfigError, match="WHM_PORT"):
        WhmClient.from_env()


_FIRST_CALL = """
import asyncio, sys, httpx
from whm_api_client import Target, WhmClient
BODY = b'{"data": {"forward_to": ["bob@example.com"]}, "metadata": {"result": 1}}'
async def main():
    reply = httpx.MockTransport(lambda request: httpx.Response(200, content=BODY))
    async with WhmClient(Target.local_mock("http://127.0.0.1:9"), transport=reply) as whm:
        await whm.get_user_email_forward_destination(user="bob")
asyncio.run(main())
print(" ".join(sorted(sys.modules)))
"""


def test_a_first_plain_call_loads_no_feature_it_does_not_use() -> None:
    """The import + first call budget (benchmarks) holds because TLS pinning, paging,
    hooks, raw responses and the rest load only when used."""
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_CALL], capture_output=True, text=True, check=True
    )
    loaded = set(done.stdout.split())
    unused = {
        f"whm_api_client.{name}"
        for name in ("certs", "paging", "meta", "metadata", "observe", "raw", "hints", "retry")
    }
    assert "whm_api_client.client" in loaded
    assert loaded & (unused | {"anyio"}) == set()
