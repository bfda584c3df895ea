"""A real HTTP/1.1 server on 127.0.0.1 that misbehaves on request, for the fault tests.

It runs in background threads on plain sockets, so it serves asyncio and trio tests
alike, and it can do what no mock transport can: stall, reset a connection, lie about
lengths, cut chunked bodies, speak TLS with a test CA. The first path segments pick
the scenario (``/s/<scenario>/...``); a ``fault=<scenario>`` query or form argument
overrides it for one call, so one client can mix good and bad calls. Every request
is recorded (method, path, query, headers, body) and counted per path.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import select
import socket
import ssl
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from whm_api_client import Target
from whm_api_client.testing._meta import apply_meta
from whm_api_client.testing._wire import ACCESS_DENIED, Arguments

__all__ = ["SCENARIOS", "FaultServer", "Seen", "refused_url"]

# Long enough that a test never waits it out; a stalled handler ends early
# when its client goes away or the server stops.
STALL_SECONDS = 60.0
API2_DENIED = ACCESS_DENIED  # cpsrvd's 403 body (CPSRVD-BEHAVIOR.md §3)
# What a healthy server's ``data`` looks like for the functions the tests call.
GOOD_DATA: dict[str, Any] = {
    "get_unique_sender_recipient_count_per_user": {
        "payload": [{"user": "bob", "unique_sender_recipient_count": 3}]
    },
    "listaccts": {"acct": [{"user": "bob", "domain": "bob.example"}]},
    "version": {"version": "11.126.0.1"},
    "get_user_email_forward_destination": {"forward_to": ["bob@example.com"]},
}


@dataclass
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes

    @property
    def function(self) -> str:
        return self.path.rstrip("/").rsplit("/", 1)[-1]

    @property
    def arguments(self) -> dict[str, str]:
        """Query and form arguments together, as cpsrvd reads them."""
        found = dict(parse_qsl(self.query, keep_blank_values=True))
        if self.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            found.update(parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True))
        return found

    @property
    def scenario(self) -> str:
        parts = self.path.split("/")
        chosen = parts[2] if len(parts) > 3 and parts[1] == "s" else "ok"
        return self.arguments.get("fault", chosen)


def envelope(function: str, data: Any = None, *, result: Any = 1, reason: Any = "OK") -> bytes:
    document: dict[str, Any] = {
        "metadata": {"command": function, "reason": reason, "result": result, "version": 1}
    }
    if data is not None:
        document["data"] = data
    return json.dumps(document).encode()


def good(function: str) -> bytes:
    return envelope(function, GOOD_DATA.get(function, {}))


class Connection:
    """One accepted socket: buffered request reading, raw writes, stall-until-gone."""

    def __init__(self, sock: socket.socket, server: FaultServer) -> None:
        self.sock = sock
        self.server = server
        self.buffer = b""

    def _recv(self) -> bytes:
        while not self.server.stopping.is_set():
            try:
                return self.sock.recv(65536)
            except TimeoutError:
                continue
        return b""

    def read_request(self) -> Seen | None:
        while b"\r\n\r\n" not in self.buffer:
            chunk = self._recv()
            if not chunk:
                return None
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or 0)
        while len(self.buffer) < length:
            chunk = self._recv()
            if not chunk:
                return None
            self.buffer += chunk
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        parts = urlsplit(target)
        return Seen(method, parts.path, parts.query, headers, body)

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def respond(
        self,
        status: int,
        body: bytes,
        content_type: str | None = "application/json",
        *,
        reason: str = "",
        headers: dict[str, str] | None = None,
        length: int | None = None,
    ) -> None:
        lines = [f"HTTP/1.1 {status} {reason or _phrase(status)}"]
        if content_type is not None:
            lines.append(f"Content-Type: {content_type}")
        lines.append(f"Content-Length: {len(body) if length is None else length}")
        lines.extend(f"{name}: {value}" for name, value in (headers or {}).items())
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def stall(self, seconds: float = STALL_SECONDS) -> bool:
        """Wait, but stop early if the client hangs up; True if the client is still there."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not self.server.stopping.is_set():
            readable, _, _ = select.select([self.sock], [], [], 0.05)
            if readable:
                try:
                    if not self.sock.recv(1):
                        return False
                except (OSError, ssl.SSLError):
                    return False
        return not self.server.stopping.is_set()

    def reset(self) -> None:
        """Abort with a TCP RST instead of an orderly close."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Status"


# A scenario handles one request; it returns True to keep the connection open.
Scenario = Callable[[Connection, Seen], bool]
SCENARIOS: dict[str, Scenario] = {}


def scenario(name: str) -> Callable[[Scenario], Scenario]:
    def register(handler: Scenario) -> Scenario:
        SCENARIOS[name] = handler
        return handler

    return register


def _echo(seen: Seen) -> str:
    """What a careless server or proxy might echo back: the credentials and the arguments."""
    raw = f"query={seen.query} body={seen.body.decode('latin-1')}"
    return f"Authorization={seen.headers.get('authorization', '')} args={seen.arguments} {raw}"


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@scenario("ok")
def _ok(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, good(seen.function))
    return True


@scenario("text_plain")
def _text_plain(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, good(seen.function), "text/plain; charset=utf-8")
    return True


@scenario("octet_stream")
def _octet_stream(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, good(seen.function), "application/octet-stream")
    return True


@scenario("no_content_type")
def _no_content_type(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, good(seen.function), None)
    return True


@scenario("html_json")
def _html_json(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, good(seen.function), "text/html")
    return True


@scenario("login")
def _login(conn: Connection, seen: Seen) -> bool:
    page = b"<!DOCTYPE html><html><title>WHM Login</title><form action='/login/'>"
    conn.respond(200, page + b"<input name='user'><input name='pass'></form></html>", "text/html")
    return True


@scenario("two_factor")
def _two_factor(conn: Connection, seen: Seen) -> bool:
    page = b"<html><h1>Two-Factor Authentication</h1><p>Enter the security code</p></html>"
    conn.respond(200, page, "text/html; charset=utf-8")
    return True


@scenario("html")
def _html(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, b"<html><body>It works!</body></html>", "text/html")
    return True


@scenario("http_401")
def _http_401(conn: Connection, seen: Seen) -> bool:
    conn.respond(401, f"Invalid credentials: {_echo(seen)}".encode(), "text/plain")
    return True


@scenario("http_403_api2")
def _http_403_api2(conn: Connection, seen: Seen) -> bool:
    conn.respond(403, json.dumps(API2_DENIED).encode(), "text/plain")
    return True


@scenario("http_404")
def _http_404(conn: Connection, seen: Seen) -> bool:
    conn.respond(404, b"<html>Not Found</html>", "text/html")
    return True


@scenario("redirect")
def _redirect(conn: Connection, seen: Seen) -> bool:
    conn.respond(302, b"", "text/html", headers={"Location": "/login/?goto_uri=%2F"})
    return True


@scenario("http_500_html")
def _http_500_html(conn: Connection, seen: Seen) -> bool:
    page = f"<html><h1>Internal Server Error</h1><pre>{_echo(seen)}</pre></html>"
    conn.respond(500, page.encode(), "text/html")
    return True


@scenario("http_502")
def _http_502(conn: Connection, seen: Seen) -> bool:
    conn.respond(502, b"<html>Bad Gateway</html>", "text/html")
    return True


@scenario("http_503")
def _http_503(conn: Connection, seen: Seen) -> bool:
    conn.respond(503, b"Service Unavailable", "text/plain", headers={"Retry-After": "0"})
    return True


@scenario("http_504")
def _http_504(conn: Connection, seen: Seen) -> bool:
    conn.respond(504, b"", "text/html")
    return True


@scenario("truncated_json")
def _truncated_json(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, good(seen.function)[:-7])
    return True


@scenario("invalid_utf8")
def _invalid_utf8(conn: Connection, seen: Seen) -> bool:
    data = {"payload": [{"user": "alice", "unique_sender_recipient_count": 1}, {"user": "BOB"}]}
    body = envelope(seen.function, data).replace(b'"BOB"', b'"b\xffo\xc3b"')
    conn.respond(200, body, "application/json; charset=utf-8")
    return True


@scenario("empty")
def _empty(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, b"")
    return True


@scenario("json_array")
def _json_array(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, b'[{"metadata": {"result": 1}}]')
    return True


@scenario("json_null")
def _json_null(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, b"null")
    return True


@scenario("no_metadata")
def _no_metadata(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, json.dumps({"data": GOOD_DATA.get(seen.function, {})}).encode())
    return True


@scenario("metadata_string")
def _metadata_string(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, b'{"data": {}, "metadata": "result=1"}')
    return True


@scenario("result_string_1")
def _result_string_1(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, envelope(seen.function, GOOD_DATA.get(seen.function, {}), result="1"))
    return True


@scenario("result_string_0")
def _result_string_0(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, envelope(seen.function, None, result="0", reason="Quota exceeded."))
    return True


@scenario("result_2")
def _result_2(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, envelope(seen.function, {}, result=2))
    return True


@scenario("api_failure_echo")
def _api_failure_echo(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, envelope(seen.function, None, result=0, reason=f"Refused: {_echo(seen)}"))
    return True


@scenario("warning_echo")
def _warning_echo(conn: Connection, seen: Seen) -> bool:
    document = json.loads(good(seen.function))
    document["metadata"]["output"] = {"warnings": [f"Ignored: {_echo(seen)}"]}
    conn.respond(200, json.dumps(document).encode())
    return True


@scenario("data_null")
def _data_null(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, b'{"data": null, "metadata": {"result": 1, "reason": "OK", "version": 1}}')
    return True


@scenario("wrong_type")
def _wrong_type(conn: Connection, seen: Seen) -> bool:
    data = {"payload": [{"user": "bob", "unique_sender_recipient_count": "three"}]}
    conn.respond(200, envelope(seen.function, data))
    return True


@scenario("huge_integer")
def _huge_integer(conn: Connection, seen: Seen) -> bool:
    record = b'{"user": "bob", "unique_sender_recipient_count": ' + b"9" * 5000 + b"}"
    body = b'{"data": {"payload": [' + record + b']}, "metadata": {"result": 1}}'
    conn.respond(200, body)
    return True


@scenario("deep_json")
def _deep_json(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, b'{"data": ' + _deep(100_000) + b', "metadata": {"result": 1}}')
    return True


@scenario("deep_500")
def _deep_500(conn: Connection, seen: Seen) -> bool:
    conn.respond(500, _deep(100_000), "application/json")
    return True


@scenario("deep_reason")
def _deep_reason(conn: Connection, seen: Seen) -> bool:
    # Within the JSON decoder's depth limit, beyond what str()/repr() can nest.
    conn.respond(200, b'{"metadata": {"result": 0, "reason": ' + _deep(1000) + b"}}")
    return True


@scenario("deep_warnings")
def _deep_warnings(conn: Connection, seen: Seen) -> bool:
    metadata = b'{"result": 1, "output": {"warnings": [' + _deep(1000) + b"]}}"
    conn.respond(200, b'{"data": {}, "metadata": ' + metadata + b"}")
    return True


@scenario("too_large")
def _too_large(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, envelope(seen.function, {"blob": "x" * 50_000}))
    return True


@scenario("too_large_chunked")
def _too_large_chunked(conn: Connection, seen: Seen) -> bool:
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    conn.send(b"Transfer-Encoding: chunked\r\n\r\n")
    for _ in range(50):
        conn.send(b"400\r\n" + b" " * 0x400 + b"\r\n")
    conn.send(b"0\r\n\r\n")
    return True


@scenario("slow_headers")
def _slow_headers(conn: Connection, seen: Seen) -> bool:
    if conn.stall():
        conn.respond(200, good(seen.function))
    return False


@scenario("slow_body")
def _slow_body(conn: Connection, seen: Seen) -> bool:
    body = good(seen.function)
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    conn.send(f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:10])
    if conn.stall():
        conn.send(body[10:])
    return False


@scenario("reset_mid_body")
def _reset_mid_body(conn: Connection, seen: Seen) -> bool:
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n")
    conn.send(b'{"data": {"payload": [')
    time.sleep(0.05)  # let the headers arrive before the reset
    conn.reset()
    return False


@scenario("drop")
def _drop(conn: Connection, seen: Seen) -> bool:
    return False  # the request was read in full; close without a word


@scenario("short_body")
def _short_body(conn: Connection, seen: Seen) -> bool:
    body = good(seen.function)
    conn.respond(200, body, length=len(body) + 500)
    return False


@scenario("chunked_cut")
def _chunked_cut(conn: Connection, seen: Seen) -> bool:
    conn.send(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    conn.send(b"Transfer-Encoding: chunked\r\n\r\n")
    conn.send(b"10\r\n" + b'{"data": {"payl"' + b"\r\n" + b"40\r\nonly a few")
    return False


@scenario("gzip_lie")
def _gzip_lie(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, good(seen.function), headers={"Content-Encoding": "gzip"})
    return True


@scenario("gzip_ok")
def _gzip_ok(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, gzip.compress(good(seen.function)), headers={"Content-Encoding": "gzip"})
    return True


@scenario("not_http")
def _not_http(conn: Connection, seen: Seen) -> bool:
    conn.send(b"SSH-2.0-OpenSSH_9.6\r\nProtocol mismatch.\r\n")
    return False


# ---------------------------------------------------------------- cpsrvd's own shapes
# Each reply below is as CPSRVD-BEHAVIOR.md describes it (the section in the comment).

XID_REASON = "API failure: (XID 3y67mz) You do not have a user named “web08”."  # §1
CPANEL_TEXT = 'text/plain; charset="utf-8"'  # §3


def _json(conn: Connection, document: Any, status: int = 200, **options: Any) -> None:
    conn.respond(status, json.dumps(document, ensure_ascii=False).encode(), **options)


@scenario("bom")  # a UTF-8 byte-order mark before the JSON
def _bom(conn: Connection, seen: Seen) -> bool:
    conn.respond(200, b"\xef\xbb\xbf" + good(seen.function))
    return True


@scenario("strings")  # §1: result and version as strings
def _strings(conn: Connection, seen: Seen) -> bool:
    document = json.loads(good(seen.function))
    document["metadata"].update(result="1", version="1")
    _json(conn, document)
    return True


@scenario("no_data")  # §1: a function that returned nothing has no data key
def _no_data(conn: Connection, seen: Seen) -> bool:
    _json(
        conn, {"metadata": {"command": seen.function, "result": "1", "reason": "OK", "version": 1}}
    )
    return True


@scenario("notes")  # §1: every place messages and warnings can be
def _notes(conn: Connection, seen: Seen) -> bool:
    document = json.loads(good(seen.function))
    document["metadata"].update(
        output={"warnings": "disk almost full\nquota check skipped\n", "messages": ["renamed"]},
        warnings=["quota check skipped", "mail queue is long"],
        errors={"error": ["one node failed"]},
        error_count="1",
        proxied_from=["node1.example.com"],
        namespace="360Monitoring",
    )
    _json(conn, document)
    return True


@scenario("xid")  # §1: a function that died
def _xid(conn: Connection, seen: Seen) -> bool:
    _json(
        conn,
        {"metadata": {"command": seen.function, "result": 0, "reason": XID_REASON, "version": 1}},
    )
    return True


@scenario("unknown_app")  # §2: a function the server doesn't have
def _unknown_app(conn: Connection, seen: Seen) -> bool:
    reason = f'Unknown app ("{seen.function}") requested for this version (1) of the API.'
    _json(
        conn, {"metadata": {"command": seen.function, "result": 0, "reason": reason, "version": 1}}
    )
    return True


@scenario("api0")  # §2: no api.version reached the server
def _api0(conn: Connection, seen: Seen) -> bool:
    _json(conn, {"acct": [{"user": "bob"}], "status": 1, "statusmsg": "Ok"})
    return True


@scenario("api0_unknown")  # §2: API 0's unknown function
def _api0_unknown(conn: Connection, seen: Seen) -> bool:
    error = f"Unknown app ({seen.function}) requested for this version (0) of the API."
    _json(conn, {"error": error})
    return True


@scenario("denied_text")  # §3: bad or missing credentials
def _denied_text(conn: Connection, seen: Seen) -> bool:
    _json(conn, API2_DENIED, 403, content_type=CPANEL_TEXT, reason="Forbidden Access denied")
    return True


@scenario("denied_no_type")  # §3: the capture without "type"
def _denied_no_type(conn: Connection, seen: Seen) -> bool:
    body = {"cpanelresult": {k: v for k, v in API2_DENIED["cpanelresult"].items() if k != "type"}}
    _json(conn, body, 403, content_type=CPANEL_TEXT, reason="Forbidden Access denied")
    return True


@scenario("token_denied")  # §3: a session cookie without the right /cpsess prefix
def _token_denied(conn: Connection, seen: Seen) -> bool:
    page = b"<html><head><title>WHM</title></head><body><div id='content'></div></body></html>"
    conn.respond(401, page, "text/html", reason="Token Denied")
    return True


@scenario("see_login_log")  # §3: what a refused login answers
def _see_login_log(conn: Connection, seen: Seen) -> bool:
    headers = {"Set-Cookie": "whostmgrsession=%3aabc; HttpOnly; path=/"}
    _json(
        conn,
        {"status": 0, "message": "see_login_log"},
        401,
        content_type=CPANEL_TEXT,
        reason="Access Denied",
        headers=headers,
    )
    return True


@scenario("tfa_page")  # §3: a two-factor account's page
def _tfa_page(conn: Connection, seen: Seen) -> bool:
    page = b"<html><body><form id='tfa_login_form'><input name='tfa_token'></form></body></html>"
    conn.respond(401, page, "text/html", reason="Access Denied")
    return True


@scenario("no_privilege")  # §3: another handler's 403
def _no_privilege(conn: Connection, seen: Seen) -> bool:
    conn.respond(403, b"You lack the required privilege to access this resource.", "text/plain")
    return True


@scenario("token_uapi_only")  # §3: a token used for cPanel API 1
def _token_uapi_only(conn: Connection, seen: Seen) -> bool:
    body = b"Token authentication allows access to UAPI or API 2 calls only."
    conn.respond(403, body, "text/plain")
    return True


@scenario("internal_error")  # §1: the dispatcher crashed
def _internal_error(conn: Connection, seen: Seen) -> bool:
    conn.respond(500, b"Internal Error (ID 4711)", "text/html")
    return True


@scenario("updating")  # §1: the same while cPanel is updating
def _updating(conn: Connection, seen: Seen) -> bool:
    conn.respond(503, b"<html><body>Internal Error (ID 4712)</body></html>", "text/html")
    return True


def _flaky(fail: Scenario) -> Callable[[int], Scenario]:
    """``<name>-N``: the first N requests to a path fail as ``fail`` does, then all is well."""

    def with_count(failures: int) -> Scenario:
        def handler(conn: Connection, seen: Seen) -> bool:
            if conn.server.hits[seen.path] <= failures:
                return fail(conn, seen)
            return _ok(conn, seen)

        return handler

    return with_count


def _records(quirk: str) -> Callable[[int], Scenario]:
    """``<quirk>-N``: N accounts (``user00001``...) in ``listaccts``, paged by a server that
    isn't cpsrvd (cpsrvd's own rules are the simulator's): ``nochunkmeta`` chunks as §5 says
    but never reports ``metadata.chunk``; ``ignorechunk`` ignores chunking; ``emptychunk``
    reports N records but sends none after the first chunk; ``badstart`` reports a start it
    wasn't asked for. Meta arguments are applied by the simulator's §5 code."""

    def with_count(count: int) -> Scenario:
        def handler(conn: Connection, seen: Seen) -> bool:
            pairs = list(seen.arguments.items())
            if quirk == "ignorechunk":
                pairs = [(k, v) for k, v in pairs if not k.startswith("api.chunk.")]
            if quirk == "nochunkmeta":
                pairs = [(k, v) for k, v in pairs if k != "api.chunk.verbose"]
            accounts = [
                {"user": f"user{i:05d}", "domain": f"site{i}.example"} for i in range(1, count + 1)
            ]
            data, meta = apply_meta({"acct": accounts}, Arguments(pairs))
            chunk = meta.get("chunk")
            start = int(seen.arguments.get("api.chunk.start", "1") or 1)
            if chunk and start > 1 and quirk == "emptychunk":
                data = {"acct": []}
            if chunk and start > 1 and quirk == "badstart":
                chunk["start"] = start + 1
            document = json.loads(envelope(seen.function, data, result="1"))
            document["metadata"].update(meta)
            conn.respond(200, json.dumps(document).encode())
            return True

        return handler

    return with_count


PARAMETRIZED: dict[str, Callable[[int], Scenario]] = {
    "flaky503": _flaky(_http_503),
    "flakydrop": _flaky(_drop),
    "nochunkmeta": _records("nochunkmeta"),
    "ignorechunk": _records("ignorechunk"),
    "emptychunk": _records("emptychunk"),
    "badstart": _records("badstart"),
}


def handler_for(name: str) -> Scenario:
    base, _, count = name.partition("-")
    if base in PARAMETRIZED and count.isdigit():
        return PARAMETRIZED[base](int(count))
    return SCENARIOS[name]


@dataclass
class FaultServer:
    """The server; use as a context manager. ``tls`` is a server-side SSLContext."""

    tls: ssl.SSLContext | None = None
    # What ``POST /login/`` (SessionAuth) gets: sessions are out of scope here, so a
    # scenario that refuses them.
    login_scenario: str = "see_login_log"
    requests: list[Seen] = field(default_factory=list)
    hits: Counter[str] = field(default_factory=Counter)
    open_connections: int = 0
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> FaultServer:
        thread = threading.Thread(target=self._accept_loop, name="faultserver", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    @property
    def base_url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def target(self, scenario: str = "ok", *, host: bool = True) -> Target:
        """A target whose calls land in ``scenario``; ``host`` makes it a real-host target."""
        url = f"{self.base_url}/s/{scenario}"
        return Target(url + "/json-api", "host") if host else Target.local_mock(url)

    def hits_for(self, function: str) -> int:
        with self._lock:
            return sum(n for path, n in self.hits.items() if path.endswith("/" + function))

    def _accept_loop(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            with self._lock:
                self.open_connections += 1
                self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            if self.tls is not None:
                sock.settimeout(5)
                sock = self.tls.wrap_socket(sock, server_side=True)
            sock.settimeout(0.2)
            conn = Connection(sock, self)
            while not self.stopping.is_set():
                seen = conn.read_request()
                if seen is None:
                    break
                with self._lock:
                    self.requests.append(seen)
                    self.hits[seen.path] += 1
                name = self.login_scenario if seen.path == "/login/" else seen.scenario
                if not handler_for(name)(conn, seen):
                    break
        except (OSError, ssl.SSLError, ValueError):
            pass  # the client hung up, failed the TLS handshake, or sent garbage
        finally:
            with contextlib.suppress(OSError):
                sock.close()
            with self._lock:
                self.open_connections -= 1


def refused_url() -> tuple[str, socket.socket]:
    """A loopback URL where nothing listens: the port is bound (so no one else takes it)
    but not listening, so connecting is refused. Close the socket when done."""
    holder = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    holder.bind(("127.0.0.1", 0))
    return f"http://127.0.0.1:{holder.getsockname()[1]}", holder
