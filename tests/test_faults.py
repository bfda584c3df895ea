"""Every way a server can misbehave, against a real loopback server (tests/faultserver.py).

Each case checks the exact exception class, that the message names the function,
that the API token is in neither the message nor the formatted traceback, that the
server saw exactly one request (nothing repeated behind the caller's back), and that
the same client still works for the next call.
"""

from __future__ import annotations

import re
import ssl
import traceback
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from faultserver import FaultServer, refused_url

from whm_api_client import (
    ApiTokenAuth,
    WhmApiError,
    WhmAuthError,
    WhmClient,
    WhmConnectError,
    WhmError,
    WhmHttpError,
    WhmLoginPageError,
    WhmReplyTooLargeError,
    WhmResponseError,
    WhmSchemaError,
    WhmServerError,
    WhmTimeoutError,
    WhmTransportError,
)

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("http_backend")]
TOKEN = "FAULTTOKEN7Q2W9E4R1T8Y5U3I6O0P"
AUTH = ApiTokenAuth("root", TOKEN)
SLOW = httpx.Timeout(5.0, read=0.5)

Call = Callable[[WhmClient], Awaitable[Any]]


async def typed(whm: WhmClient) -> Any:
    return await whm.get_unique_sender_recipient_count_per_user(
        start_time=1700000000, end_time=1700086400
    )


async def untyped(whm: WhmClient) -> Any:
    return await whm.backup_destination_delete(id="dest-1")


CALLS: dict[str, tuple[str, Call]] = {
    "typed": ("get_unique_sender_recipient_count_per_user", typed),
    "untyped": ("backup_destination_delete", untyped),
}


@dataclass(frozen=True)
class Case:
    scenario: str
    error: type[WhmError] | None  # None: the call succeeds
    match: str = ""
    call: str = "typed"
    options: dict[str, Any] = field(default_factory=dict)
    name: str = ""

    @property
    def id(self) -> str:
        return self.name or self.scenario


CASES = [
    # Replies that are fine, or odd in ways the client should shrug off.
    Case("ok", None),
    Case("text_plain", None, name="valid json as text/plain"),
    Case("octet_stream", None, name="valid json as application/octet-stream"),
    Case("no_content_type", None),
    Case("result_string_1", None),
    Case("gzip_ok", None),
    Case("data_null", None, call="untyped", name="data null, untyped function"),
    Case("deep_warnings", None, name="warnings nested beyond repr's limit"),
    # HTML instead of JSON.
    Case("login", WhmLoginPageError, "login page"),
    Case("two_factor", WhmLoginPageError, "two-factor"),
    Case("html", WhmResponseError, "HTML instead of JSON"),
    Case("html_json", WhmResponseError, r"HTML instead of JSON \(Content-Type 'text/html'\)"),
    # HTTP statuses.
    Case("http_401", WhmAuthError, "HTTP 401, access denied"),
    Case("http_403_api2", WhmAuthError, "HTTP 403, access denied: Access denied"),
    Case("http_404", WhmHttpError, "unexpected HTTP 404"),
    Case("redirect", WhmHttpError, "unexpected HTTP 302"),
    Case("http_500_html", WhmServerError, "HTTP 500"),
    Case("http_502", WhmServerError, "HTTP 502"),
    Case("http_503", WhmServerError, "HTTP 503.*Service Unavailable"),
    Case("http_504", WhmServerError, "HTTP 504.*empty body"),
    Case("deep_500", WhmServerError, "HTTP 500", name="500 with JSON nested 100000 deep"),
    # Bodies that aren't a usable envelope.
    Case("truncated_json", WhmResponseError, "not valid JSON"),
    Case("invalid_utf8", WhmResponseError, "not valid JSON"),
    Case("empty", WhmResponseError, "body is empty"),
    Case("json_array", WhmResponseError, "JSON list, not a WHM envelope"),
    Case("json_null", WhmResponseError, "JSON NoneType, not a WHM envelope"),
    Case("no_metadata", WhmResponseError, "no 'metadata' object"),
    Case("metadata_string", WhmResponseError, "no 'metadata' object"),
    Case("result_2", WhmResponseError, "metadata.result is 2"),
    Case("deep_json", WhmResponseError, "not valid JSON", name="data nested 100000 deep"),
    Case("huge_integer", WhmResponseError, "not valid JSON", name="5000-digit integer"),
    # WHM said no.
    Case("result_string_0", WhmApiError, "Quota exceeded"),
    Case("api_failure_echo", WhmApiError, "Refused", name="result 0 echoing the credentials"),
    Case("deep_reason", WhmApiError, "nested", name="reason nested beyond repr's limit"),
    # Data that doesn't fit the spec.
    Case("data_null", WhmSchemaError, "expected object, got NoneType", name="data null, typed"),
    Case("wrong_type", WhmSchemaError, "unique_sender_recipient_count: expected integer"),
    # Size limits.
    Case(
        "too_large",
        WhmReplyTooLargeError,
        r"is \d+ bytes, over max_response_bytes=4096",
        options={"max_response_bytes": 4096},
        name="over max_response_bytes, Content-Length",
    ),
    Case(
        "too_large_chunked",
        WhmReplyTooLargeError,
        "exceeds max_response_bytes=4096",
        options={"max_response_bytes": 4096},
        name="over max_response_bytes, chunked",
    ),
    # Transport failures.
    Case("slow_headers", WhmTimeoutError, "read timeout", options={"timeout": SLOW}),
    Case("slow_body", WhmTimeoutError, "read timeout", options={"timeout": SLOW}),
    Case("reset_mid_body", WhmConnectError, "ReadError|RemoteProtocolError"),
    Case("drop", WhmConnectError, "disconnected without sending a response"),
    Case("short_body", WhmConnectError, "without sending complete message body"),
    Case("chunked_cut", WhmConnectError, "RemoteProtocolError"),
    Case("not_http", WhmConnectError, "RemoteProtocolError"),
    Case("gzip_lie", WhmTransportError, "DecodingError"),
]


def secrets_in(exc: BaseException, *secrets: str) -> list[str]:
    """The secrets found in the exception's text, its formatted traceback (with causes)
    or its body excerpt. (``WhmApiError.metadata``/``.data`` are the server's reply as
    sent, deliberately unredacted.)"""
    text = str(exc) + "".join(traceback.format_exception(exc))
    text += getattr(exc, "body_excerpt", "")
    return [secret for secret in secrets if secret in text]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
async def test_fault(case: Case, server: FaultServer) -> None:
    function, call = CALLS[case.call]
    async with WhmClient(server.target(case.scenario), AUTH, **case.options) as whm:
        if case.error is None:
            result = await call(whm)
            if case.call == "typed":
                assert [item.user for item in result.payload or []] in (["bob"], [])
            else:
                assert result is None
        else:
            with pytest.raises(WhmError) as caught:
                await call(whm)
            exc = caught.value
            assert type(exc) is case.error, repr(exc)
            assert exc.function == function
            assert str(exc).startswith(f"{function}: ")
            assert re.search(case.match, str(exc)), str(exc)
            assert secrets_in(exc, TOKEN) == []
        assert server.hits_for(function) == 1
        # The same client carries on: the next call (a healthy one) succeeds.
        version = await whm.call("version", fault="ok")
        assert version["data"] == {"version": "11.126.0.1"}


async def test_connection_refused() -> None:
    url, holder = refused_url()
    try:
        async with WhmClient(url + "/json-api", AUTH) as whm:
            with pytest.raises(WhmConnectError) as caught:
                await typed(whm)
    finally:
        holder.close()
    assert str(caught.value).startswith("get_unique_sender_recipient_count_per_user: ")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert re.search("ConnectionRefusedError", str(caught.value)), str(caught.value)
    assert secrets_in(caught.value, TOKEN) == []


# ---------------------------------------------------------------- TLS


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def tls_server(ca: trustme.CA, hostname: str) -> FaultServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(hostname).configure_cert(context)
    return FaultServer(tls=context)


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


async def test_tls_self_signed_refused_by_default(ca: trustme.CA) -> None:
    with tls_server(ca, "127.0.0.1") as server:
        async with WhmClient(server.target(), AUTH) as whm:
            with pytest.raises(WhmConnectError) as caught:
                await typed(whm)
        assert server.requests == []  # nothing, the token included, went over the wire
    message = str(caught.value)
    assert message.startswith("get_unique_sender_recipient_count_per_user: ")
    assert "CERTIFICATE_VERIFY_FAILED" in message
    assert secrets_in(caught.value, TOKEN) == []


async def test_tls_trusted_with_ca_bundle(ca: trustme.CA, ca_file: Path) -> None:
    with tls_server(ca, "127.0.0.1") as server:
        async with WhmClient(server.target(), AUTH, ca_bundle=ca_file) as whm:
            result = await typed(whm)
        assert [item.user for item in result.payload or []] == ["bob"]
        assert server.requests[0].headers["authorization"] == f"whm root:{TOKEN}"


async def test_tls_certificate_for_another_name_refused(ca: trustme.CA, ca_file: Path) -> None:
    with tls_server(ca, "whm.example.com") as server:
        async with WhmClient(server.target(), AUTH, ca_bundle=ca_file) as whm:
            with pytest.raises(WhmConnectError, match="CERTIFICATE_VERIFY_FAILED") as caught:
                await typed(whm)
        assert server.requests == []
    assert secrets_in(caught.value, TOKEN) == []
