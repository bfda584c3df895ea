"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers with fixed WHM envelopes.

Run by benchmarks/run.py in its own process, so it doesn't share a GIL with
the client under test. Every body is built once up front and each request
costs one header scan and one ``transport.write``: tens of thousands of
requests a second, far more than either client side can send, so the
client's cost is what the benchmark sees.

    python benchmarks/server.py --accounts 10000

prints ``PORT <n>`` once listening, and exits when its stdin closes (the
parent went away) or on SIGTERM.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import payloads

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: %d\r\n\r\n"
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


def responses(accounts: int) -> dict[bytes, bytes]:
    bodies = payloads.small_replies()
    bodies["listaccts"] = payloads.listaccts(accounts)
    return {name.encode(): HEAD % len(body) + body for name, body in bodies.items()}


class Handler(asyncio.Protocol):
    """Parses just enough of each request: the path's last segment and any body length."""

    def __init__(self, replies: dict[bytes, bytes]) -> None:
        self.replies = replies
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            at = head.lower().find(b"\r\ncontent-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)])
            if len(buffer) < end + 4 + length:
                break
            buffer = buffer[end + 4 + length :]
            target = head[: head.find(b"\r\n")].split(b" ")[1]
            function = target.split(b"?", 1)[0].rsplit(b"/", 1)[-1]
            assert self.transport is not None
            self.transport.write(self.replies.get(function, NOT_FOUND))
        self.buffer = buffer


async def serve(accounts: int) -> None:
    loop = asyncio.get_running_loop()
    replies = responses(accounts)
    server = await loop.create_server(
        lambda: Handler(replies), "127.0.0.1", 0, backlog=1024, reuse_address=True
    )
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)

    def stdin_readable() -> None:
        if not os.read(sys.stdin.fileno(), 4096):  # EOF: the parent is gone
            stop.set()

    loop.add_reader(sys.stdin.fileno(), stdin_readable)
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    asyncio.run(serve(parser.parse_args().accounts))


if __name__ == "__main__":
    main()
