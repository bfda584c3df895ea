"""No credential leaks: not in reprs, logs (DEBUG, every library), messages or tracebacks.

A whole session of calls, failures included, runs against the loopback fault server,
which echoes the Authorization header and the arguments (raw and decoded) back in
error pages, API failure reasons and warnings, as a careless server or proxy might.
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote_plus

import attrs
import httpx
import pytest
from faultserver import FaultServer

from whm_api_client import (
    ApiTokenAuth,
    BasicAuth,
    CallEvent,
    Hooks,
    RetryPolicy,
    Target,
    WhmAuth,
    WhmClient,
    WhmConfigError,
    WhmError,
)

pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("http_backend")]
TOKEN = "SECRETTOKENQ1W2E3R4T5Y6U7I8O9P0"
PASSWORD = "basic-Pa55w0rd-XYZ"
# A sensitive argument with characters that URL encoding changes.
NEW_PASSWORD = "N3w P@ss/word!&x=1"
SHORT = httpx.Timeout(5.0, read=0.3)


# Each secret, and the forms it takes on the wire: the basic-auth header's base64,
# the argument URL-encoded.
FORBIDDEN = [
    TOKEN,
    PASSWORD,
    base64.b64encode(f"root:{PASSWORD}".encode()).decode(),
    NEW_PASSWORD,
    quote_plus(NEW_PASSWORD),
]


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture(params=["token", "basic"])
def auth(request: pytest.FixtureRequest) -> WhmAuth:
    return ApiTokenAuth("root", TOKEN) if request.param == "token" else BasicAuth("root", PASSWORD)


class Watched(WhmClient):
    """A client that keeps the reprs a test makes of its responses."""

    shown: list[str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.shown = []


async def run_session(whm: Watched) -> list[WhmError]:
    """Calls that succeed and calls that fail every way; returns the failures."""
    failures: list[WhmError] = []

    async def attempt(scenario: str, function: str, **arguments: Any) -> None:
        try:
            await whm.call(function, fault=scenario, **arguments)
        except WhmError as exc:
            failures.append(exc)

    await whm.passwd(user="bob", password=NEW_PASSWORD)
    await whm.createacct(username="bob", domain="bob.example", password=NEW_PASSWORD)
    await whm.call("get_password_strength", password=NEW_PASSWORD)  # read-only
    raw = await whm.with_raw_response.passwd(user="bob", password=NEW_PASSWORD)
    whm.shown.append(repr(raw) + repr(raw.metadata) + repr(raw.data))
    for scenario in (
        "warning_echo",
        "api_failure_echo",
        "http_401",
        "http_500_html",
        "login",
        "drop",
        "reset_mid_body",
        "truncated_json",
    ):
        await attempt(scenario, "passwd", user="bob", password=NEW_PASSWORD)
    await attempt("api_failure_echo", "get_password_strength", password=NEW_PASSWORD)
    await attempt("flakydrop-1", "remote_basic_credential_check", password=NEW_PASSWORD)
    slow = whm.with_options(timeout=SHORT)
    try:
        await slow.call("passwd", user="bob", password=NEW_PASSWORD, fault="slow_headers")
    except WhmError as exc:
        failures.append(exc)
    return failures


async def test_a_session_of_calls_leaks_no_secret(
    server: FaultServer, auth: WhmAuth, caplog: pytest.LogCaptureFixture, http_backend: str
) -> None:
    caplog.set_level(logging.DEBUG)
    retry = RetryPolicy(attempts=2, backoff=0)
    events: list[CallEvent] = []
    hooks = Hooks(on_request=events.append, on_response=events.append, on_error=events.append)
    async with Watched(server.target("ok"), auth, retry=retry, hooks=hooks) as whm:
        failures = await run_session(whm)
        shown = repr(whm) + str(whm) + repr(auth) + str(auth) + "".join(whm.shown)
        shown += repr(whm.with_raw_response)
    # Every failure happened and came out as a library error.
    assert len(failures) == 9
    assert {type(exc).__name__ for exc in failures} >= {
        "WhmApiError",
        "WhmAuthError",
        "WhmServerError",
        "WhmLoginPageError",
        "WhmConnectError",
        "WhmResponseError",
        "WhmTimeoutError",
    }
    # The logs are worth scanning: httpx, httpcore (on its transport) and this library all
    # wrote to them, including the server's (echoing) warning and the retry.
    loggers = {record.name.split(".")[0] for record in caplog.records}
    expected = {"httpx", "whm_api_client"} | ({"httpcore"} if http_backend == "httpx" else set())
    assert expected <= loggers
    assert "server warning: Ignored: Authorization=" in caplog.text
    assert "retrying" in caplog.text
    # The hooks saw every attempt, failures (with the server's echoing reasons) included.
    assert len([event for event in events if event.error]) == 10
    assert any("Refused: Authorization=" in (event.reason or "") for event in events)
    shown += "".join(repr(event) + str(attrs.asdict(event)) for event in events)
    text = shown + caplog.text + "".join(r.getMessage() for r in caplog.records)
    for exc in failures:
        text += str(exc) + "".join(traceback.format_exception(exc))
        text += getattr(exc, "body_excerpt", "")
        # The payloads an error carries: metadata (the echoing reason is in it) and data.
        text += repr(getattr(exc, "metadata", "")) + repr(getattr(exc, "data", ""))
    assert [secret for secret in FORBIDDEN if secret in text] == []
    # ... and the secrets did go to the server, so the scan above means something.
    sent = [seen for seen in server.requests if seen.function == "passwd"]
    assert all(seen.arguments["password"] == NEW_PASSWORD for seen in sent)
    assert "[redacted]" in text


async def test_passwords_go_in_a_post_body_on_real_hosts(server: FaultServer) -> None:
    async with WhmClient(server.target("ok"), ApiTokenAuth("root", TOKEN)) as whm:
        await whm.passwd(user="bob", password=NEW_PASSWORD)  # state-changing
        await whm.get_password_strength(password=NEW_PASSWORD)  # read-only
        await whm.call("remote_basic_credential_check", host="h", password=NEW_PASSWORD)
        await whm.listaccts(search="bob")  # nothing sensitive: stays a GET
    methods = [(seen.method, seen.function) for seen in server.requests]
    assert methods == [
        ("POST", "passwd"),
        ("POST", "get_password_strength"),
        ("POST", "remote_basic_credential_check"),
        ("GET", "listaccts"),
    ]
    for seen in server.requests[:3]:
        assert seen.query == "api.version=1"  # nothing but the version in the URL
        assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
        assert quote_plus(NEW_PASSWORD) in seen.body.decode()
        assert seen.arguments["password"] == NEW_PASSWORD
    assert server.requests[3].arguments == {"api.version": "1", "search": "bob"}


async def test_mocks_get_the_declared_method(server: FaultServer) -> None:
    """A mock answers only the method the spec declares, so a GET stays a GET there."""
    async with WhmClient(server.target("ok", host=False)) as whm:
        await whm.passwd(user="bob", password=NEW_PASSWORD)
    (seen,) = server.requests
    assert seen.method == "GET"
    assert seen.arguments["password"] == NEW_PASSWORD
    assert seen.headers["authorization"] == "whm mock:mock-token"


def test_plain_http_to_a_remote_host_is_refused() -> None:
    auth = ApiTokenAuth("root", TOKEN)
    for url in ("http://whm.example.com:2086/json-api", "http://10.0.0.1:2086/json-api"):
        with pytest.raises(WhmConfigError, match="plain http") as caught:
            WhmClient(url, auth)
        assert TOKEN not in str(caught.value)
    # Loopback is fine: nothing crosses the network.
    for url in ("http://127.0.0.1:2086/json-api", "http://localhost:2086/json-api"):
        WhmClient(url, auth)


class ToLoopback(httpx.AsyncHTTPTransport):
    """Sends every request to the fault server whatever its host, so a test can play a
    remote host without leaving 127.0.0.1."""

    def __init__(self, port: int) -> None:
        super().__init__()
        self.port = port

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(host="127.0.0.1", port=self.port)
        return await super().handle_async_request(request)


async def test_allow_insecure_http_lets_plain_http_through(server: FaultServer) -> None:
    target = Target("http://whm.invalid:2086/s/ok/json-api", "host")
    auth = ApiTokenAuth("root", TOKEN)
    with pytest.raises(WhmConfigError, match="allow_insecure_http"):
        WhmClient(target, auth, transport=ToLoopback(server.port))
    async with WhmClient(
        target, auth, transport=ToLoopback(server.port), allow_insecure_http=True
    ) as whm:
        assert (await whm.version()).version == "11.126.0.1"
    (seen,) = server.requests
    assert seen.headers["host"] == "whm.invalid:2086"
    assert seen.headers["authorization"] == f"whm root:{TOKEN}"


async def test_error_payloads_are_redacted_at_any_depth() -> None:
    """A server that echoes the token or a password into metadata and data, nested: the
    error's ``.metadata`` and ``.data`` hold "[redacted]" where it said them."""
    import json

    from whm_api_client import WhmApiError, WhmHttpError, WhmSchemaError
    from whm_api_client.testing import SimResponse, WhmSimulator, faults

    def echo(context: faults.FaultContext) -> dict[str, Any]:
        said = f"{context.request.header('authorization')} {context.request.body.decode()}"
        return {"deep": [{"said": said, said: 1}], "n": 7}

    def reply(status: int, document: dict[str, Any], **headers: str) -> SimResponse:
        head = [("Content-Type", "application/json"), *headers.items()]
        return SimResponse(status, json.dumps(document).encode(), head)

    sim = WhmSimulator(root_token=TOKEN)
    sim.inject(
        faults.Custom(
            lambda c: reply(
                200,
                {
                    "data": echo(c),
                    "metadata": {"result": 0, "reason": "no", "output": {"raw": echo(c)}},
                },
            )
        ),
        function="passwd",
    )
    sim.inject(
        faults.Custom(lambda c: reply(200, {"data": {"acct": echo(c)}, "metadata": {"result": 1}})),
        function="listaccts",
    )
    sim.inject(
        faults.Custom(
            lambda c: reply(
                422,
                {},
                **{"sl-violations": json.dumps([{"message": f"bad {echo(c)['deep']}"}])},
            )
        ),
        function="version",
    )
    async with sim.client() as whm:
        with pytest.raises(WhmApiError) as failed:
            await whm.passwd(user="bob", password=NEW_PASSWORD)
        with pytest.raises(WhmSchemaError) as mismatched:
            await whm.listaccts()
        with pytest.raises(WhmHttpError) as refused:
            await whm.call("version", password=NEW_PASSWORD)
    payloads = repr(failed.value.metadata) + repr(failed.value.data)
    payloads += repr(mismatched.value.metadata) + repr(mismatched.value.data)
    payloads += str(refused.value) + refused.value.reason
    assert [secret for secret in FORBIDDEN if secret in payloads] == []
    assert failed.value.data["deep"][0]["said"].startswith("whm root:[redacted]")
    assert failed.value.data["n"] == 7  # the rest as sent
    assert "[redacted]" in refused.value.reason
