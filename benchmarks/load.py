"""Load check: many concurrent calls through one WhmClient against a loopback server.

    python benchmarks/load.py                        # 10,000 calls, 200 in flight
    python benchmarks/load.py --calls 300 --concurrency 50 --backend trio --json

A minimal HTTP/1.1 keep-alive server (this file with ``--serve``) runs in a child
process on 127.0.0.1 and answers every request with one fixed envelope, so the
client is what gets measured. Every call is a typed
``get_user_email_forward_destination``; a call counts as an error if it raises or
its result is wrong. Prints calls/s, peak RSS of both processes and connection pool
figures, and exits non-zero on any error, on an incomplete run, or when
``--time-limit`` runs out. Not a timed test: figures vary by machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FORWARDS = ["bob@example.com", "alice@example.com"]
BODY = json.dumps(
    {
        "data": {"forward_to": FORWARDS},
        "metadata": {
            "command": "get_user_email_forward_destination",
            "reason": "OK",
            "result": 1,
            "version": 1,
        },
    }
).encode()
REPLY = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
    len(BODY),
    BODY,
)


# ---------------------------------------------------------------- the server (child process)


class Handler(asyncio.Protocol):
    """Keep-alive HTTP/1.1: one fixed reply per request; reads just enough to find requests."""

    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head = self.buffer[:end].lower()
            length = 0
            if (at := head.find(b"\r\ncontent-length:")) >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)])
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            assert self.transport is not None
            self.transport.write(REPLY)


async def serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Handler, "127.0.0.1", 0, backlog=2048)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    stop = asyncio.Event()

    def stdin_readable() -> None:
        if not os.read(sys.stdin.fileno(), 1024):  # EOF: the parent closed it, or died
            stop.set()

    loop.add_reader(sys.stdin.fileno(), stdin_readable)
    async with server:
        await stop.wait()


# ---------------------------------------------------------------- the client (this process)


def pool_of(whm: Any) -> Any:
    return whm._http._transport._pool


async def load(
    url: str, calls: int, concurrency: int, time_limit: float, max_connections: int | None
) -> dict[str, Any]:
    import anyio
    import httpx

    from whm_api_client import Target, WhmClient

    # None: WhmClient's default pool (100 connections, 20 kept alive when idle).
    limits = None
    if max_connections is not None:
        limits = httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=max_connections
        )
    errors: Counter[str] = Counter()
    done = 0
    started = 0
    peak_connections = 0
    peak_busy = 0

    async with WhmClient(Target.local_mock(url), limits=limits) as whm:
        pool = pool_of(whm)

        async def worker() -> None:
            nonlocal done, started
            while started < calls:
                started += 1
                try:
                    result = await whm.get_user_email_forward_destination(user="bob")
                    if result.forward_to != FORWARDS:
                        errors["wrong result"] += 1
                except Exception as exc:
                    errors[type(exc).__name__] += 1
                done += 1

        async def sampler() -> None:
            """Pool figures every 20 ms (per call would cost as much as the calls)."""
            nonlocal peak_connections, peak_busy
            while True:
                connections = pool.connections
                peak_connections = max(peak_connections, len(connections))
                peak_busy = max(peak_busy, sum(not c.is_idle() for c in connections))
                await anyio.sleep(0.02)

        begin = time.perf_counter()
        timed_out = False
        with anyio.move_on_after(time_limit) as scope:
            async with anyio.create_task_group() as group:
                group.start_soon(sampler)
                async with anyio.create_task_group() as workers:
                    for _ in range(concurrency):
                        workers.start_soon(worker)
                group.cancel_scope.cancel()
        timed_out = scope.cancelled_caught
        elapsed = time.perf_counter() - begin
        connections = pool.connections
        pool_stats = {
            "max_connections": pool._max_connections,
            "max_keepalive_connections": pool._max_keepalive_connections,
            "peak_connections": peak_connections,
            "peak_busy": peak_busy,
            "open_at_end": len(connections),
            "idle_at_end": sum(c.is_idle() for c in connections),
            "busy_at_end": sum(not (c.is_idle() or c.is_closed()) for c in connections),
            "requests_waiting_at_end": len(pool._requests),
        }
    return {
        "calls": calls,
        "completed": done,
        "concurrency": concurrency,
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "timed_out": timed_out,
        "seconds": round(elapsed, 3),
        "calls_per_second": round(done / elapsed, 1) if elapsed else None,
        "pool": pool_stats,
    }


def stop_server(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.close()
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def start_server() -> tuple[subprocess.Popen[str], str]:
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line.startswith("PORT "):
        child.kill()
        raise SystemExit(f"load.py: the server didn't start (said {line!r})")
    return child, f"http://127.0.0.1:{int(line.split()[1])}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    parser.add_argument(
        "--max-connections", type=int, default=None, help="pool size (default: the client's)"
    )
    parser.add_argument("--time-limit", type=float, default=300.0, help="seconds; then fail")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--target", help="a running server's URL instead of starting one")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve())
        return 0
    if not (0 < args.calls <= 1_000_000 and 0 < args.concurrency <= 2_000):
        parser.error("--calls must be 1..1000000 and --concurrency 1..2000")

    import anyio

    child, url = start_server() if args.target is None else (None, args.target)
    try:
        report = anyio.run(
            load,
            url,
            args.calls,
            args.concurrency,
            args.time_limit,
            args.max_connections,
            backend=args.backend,
        )
    finally:
        if child is not None:
            stop_server(child)
    kib = 1024  # ru_maxrss is in KiB on Linux
    report["backend"] = args.backend
    report["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kib, 1)
    report["server_peak_rss_mib"] = round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / kib, 1
    )
    ok = report["errors"] == 0 and report["completed"] == args.calls and not report["timed_out"]
    report["ok"] = ok
    if args.json:
        print(json.dumps(report))
    else:
        print(
            f"{report['completed']}/{args.calls} calls, {args.concurrency} in flight, "
            f"{args.backend}: {report['seconds']} s, {report['calls_per_second']} calls/s"
        )
        print(f"errors: {report['errors']} {report['error_kinds'] or ''}")
        print(
            f"peak RSS: client {report['peak_rss_mib']} MiB, "
            f"server {report['server_peak_rss_mib']} MiB"
        )
        print(f"pool: {report['pool']}")
        if report["timed_out"]:
            print(f"TIMED OUT after {args.time_limit} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
