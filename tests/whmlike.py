"""A small WHM-like server on loopback that really honours meta arguments, batch and UAPI.

Prism serves the spec's shapes but ignores ``api.chunk``/``api.filter``/``api.sort``
and can't run a batch, so paging and batch tests talk to this instead. It runs in
a thread (so it serves asyncio and trio tests alike) and records every request.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs


def make_accounts(count: int) -> list[dict[str, Any]]:
    return [
        {
            "user": f"user{i:05d}",
            "domain": f"site{i}.example",
            "email": f"owner{i}@example.com",
            "diskused": f"{(i * 37) % 1000}M",
            "suspended": int(i % 7 == 0),
            "unix_startdate": 1_600_000_000 + i,
            "plan": "gold" if i % 3 == 0 else "basic",
        }
        for i in range(1, count + 1)
    ]


def envelope(
    command: str, data: Any, result: int = 1, reason: str = "OK", **meta: Any
) -> dict[str, Any]:
    return {
        "data": data,
        "metadata": {"command": command, "reason": reason, "result": result, "version": 1, **meta},
    }


def _labelled(args: dict[str, str], prefix: str) -> list[dict[str, str]]:
    """``api.filter.a.field`` ... grouped by label, in label order."""
    groups: dict[str, dict[str, str]] = {}
    for key, value in args.items():
        if key.startswith(prefix) and key.count(".") == prefix.count(".") + 1:
            label, name = key[len(prefix) :].split(".")
            groups.setdefault(label, {})[name] = value
    return [groups[label] for label in sorted(groups)]


def apply_meta(
    records: list[dict[str, Any]], args: dict[str, str]
) -> tuple[list[Any], dict[str, Any]]:
    """What WHM does with api.filter/sort/chunk/columns, and the metadata it reports."""
    meta: dict[str, Any] = {}
    if args.get("api.filter.enable") == "1":
        before = len(records)
        for spec in _labelled(args, "api.filter."):
            field, arg, kind = spec["field"], spec["arg0"], spec.get("type", "contains")
            tests = {
                "contains": lambda v, a=arg: a in str(v),
                "eq": lambda v, a=arg: str(v) == a,
                "begins": lambda v, a=arg: str(v).startswith(a),
            }
            records = [r for r in records if tests[kind](r.get(field, ""))]
        meta["records_before_filter"] = before
        meta["filter"] = 1
    if args.get("api.sort.enable") == "1":
        for spec in reversed(_labelled(args, "api.sort.")):
            numeric = spec.get("method") == "numeric"
            records = sorted(
                records,
                key=lambda r, f=spec["field"], n=numeric: (
                    float(str(r[f]).rstrip("M")) if n else str(r[f])
                ),
                reverse=spec.get("reverse") == "1",
            )
    if args.get("api.chunk.enable") == "1":
        size, start = int(args["api.chunk.size"]), int(args["api.chunk.start"])
        total = len(records)
        records = records[start - 1 : start - 1 + size]
        meta["chunk"] = {
            "start": start,
            "size": size,
            "records": total,
            "current": (start - 1) // size + 1,
            "chunks": (total + size - 1) // size,
        }
    if args.get("api.columns.enable") == "1":
        keep = [
            value
            for key, value in sorted(args.items())
            if key.startswith("api.columns.") and key != "api.columns.enable"
        ]
        records = [{k: v for k, v in r.items() if k in keep} for r in records]
    return records, meta


@attrs.define
class WhmLike:
    accounts: list[dict[str, Any]]
    requests: list[tuple[str, str, dict[str, list[str]]]] = attrs.Factory(list)
    lock: threading.Lock = attrs.Factory(threading.Lock)
    port: int = 0
    # session login: token -> cookie value; the password and the two-factor code it accepts
    sessions: dict[str, str] = attrs.Factory(dict)
    password: str = "Login-Pass-7"
    one_time_code: str | None = None
    logins: int = 0
    # function -> the envelope to answer with, instead of the built-in behaviour
    replies: dict[str, dict[str, Any]] = attrs.Factory(dict)

    def login(self, form: dict[str, str]) -> tuple[int, dict[str, Any], str | None]:
        """What cpsrvd's ``/login/?login_only=1`` does: a security token and a cookie, or a refusal."""
        with self.lock:
            self.logins += 1
            if form.get("pass") != self.password:
                return 401, {"status": 0, "message": "invalid_login"}, None
            if self.one_time_code is not None and form.get("tfa_token") != self.one_time_code:
                return 200, {"status": 0, "message": "tfa_required"}, None
            token = f"/cpsess{1000000000 + self.logins}"
            cookie = f"session-{self.logins}"
            self.sessions[token] = cookie
        return 200, {"status": 1, "security_token": token, "redirect": token + "/"}, cookie

    def expire_sessions(self) -> None:
        with self.lock:
            self.sessions.clear()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/json-api"

    def calls(self, function: str) -> list[dict[str, list[str]]]:
        with self.lock:
            return [query for _, name, query in self.requests if name == function]

    def run(self, function: str, args: dict[str, str]) -> dict[str, Any]:
        if function in self.replies:
            return self.replies[function]
        if function == "listaccts":
            rows, meta = apply_meta(self.accounts, args)
            return envelope(function, {"acct": rows}, **meta)
        if function == "version":
            return envelope(function, {"version": "11.126.0.9"})
        if function == "fail_me":
            return envelope(
                function, None, result=0, reason=f"failed on purpose ({args.get('why', '')})"
            )
        if function == "uapi_cpanel":
            module, name = args.get("cpanel.module"), args.get("cpanel.function")
            if name == "fail":
                uapi = {"status": 0, "errors": ["Bad things happened", "twice"], "data": None}
            else:
                uapi = {
                    "status": 1,
                    "errors": None,
                    "messages": None,
                    "warnings": ["heads up"],
                    "data": {
                        "module": module,
                        "function": name,
                        "user": args.get("cpanel.user"),
                        "args": args,
                    },
                }
            return envelope(function, {"uapi": uapi})
        return envelope(function, None, result=0, reason=f"Unknown app (“{function}”) requested")

    def batch(self, query: list[tuple[str, str]]) -> dict[str, Any]:
        abort = dict(query).get("abort_on_error") == "1"
        results = []
        for key, value in query:
            if key != "command":
                continue
            function, _, encoded = value.partition("?")
            reply = self.run(function, dict(parse_qsl(encoded)))
            results.append(reply)
            if abort and reply["metadata"]["result"] == 0:
                return envelope(
                    "batch", {"result": results}, result=0, reason="A batch command failed."
                )
        return envelope("batch", {"result": results})


def _handler(server: WhmLike) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _serve(self, body: str) -> None:
            url = urlsplit(self.path)
            query = parse_qsl(url.query, keep_blank_values=True) + parse_qsl(
                body, keep_blank_values=True
            )
            if url.path == "/login/":
                status, reply, cookie = server.login(dict(query))
                extra = (
                    {"Set-Cookie": f"whostmgrsession={cookie}; path=/; HttpOnly"} if cookie else {}
                )
                self._reply(status, json.dumps(reply).encode(), "application/json", extra)
                return
            in_session = url.path.startswith("/cpsess")
            if in_session:
                token = "/" + url.path.split("/")[1]
                cookie = server.sessions.get(token)
                if cookie is None or f"whostmgrsession={cookie}" not in self.headers.get(
                    "Cookie", ""
                ):
                    page = b"<html><body><form action='/login/'>Login</form></body></html>"
                    self._reply(200, page, "text/html")
                    return
            function = url.path.rsplit("/", 1)[-1]
            grouped: dict[str, list[str]] = {}
            for key, value in query:
                grouped.setdefault(key, []).append(value)
            with server.lock:
                server.requests.append((self.command, function, grouped))
            if not in_session and self.headers.get("Authorization") is None:
                self._reply(403, b'{"cpanelresult":{"error":"Access denied"}}', "text/plain")
                return
            reply = (
                server.batch(query) if function == "batch" else server.run(function, dict(query))
            )
            self._reply(200, json.dumps(reply).encode(), "application/json")

        def _reply(
            self,
            status: int,
            payload: bytes,
            content_type: str,
            headers: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_GET(self) -> None:
            self._serve("")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            self._serve(self.rfile.read(length).decode())

    return Handler


@contextmanager
def whm_like_server(accounts: int = 1234) -> Iterator[WhmLike]:
    state = WhmLike(make_accounts(accounts))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
