#!/usr/bin/env python3
"""The README's first command: start the local mock server, call three functions, print, stop.

Runs the three functions of cPanel's own docs sample through the public client
against Prism serving whm.openapi.yaml on 127.0.0.1. ``--target docs-mock``
(or any WHM_TARGET value) sends the same calls elsewhere instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import anyio

from whm_api_client import Target, WhmClient, WhmError

SCRIPTS = Path(__file__).resolve().parent


def load_mock_server() -> Any:
    sys.path.insert(0, str(SCRIPTS))  # a sibling script, not an installed module
    import mock_server

    return mock_server


def show(title: str, value: Any) -> None:
    to_dict = getattr(value, "to_dict", None)
    print(f"{title}:\n{json.dumps(to_dict() if to_dict else value, indent=2, sort_keys=True)}\n")


async def run(target: Target) -> None:
    async with WhmClient(target) as whm:
        print(f"target: {target.base_url}\n")
        show(
            "get_user_email_forward_destination(user='bob')",
            await whm.get_user_email_forward_destination(user="bob"),
        )
        show(
            "get_unique_sender_recipient_count_per_user(start_time=..., end_time=...)",
            await whm.get_unique_sender_recipient_count_per_user(
                start_time=1700000000, end_time=1700086400
            ),
        )
        show("hold_outgoing_email(user='bob')", await whm.hold_outgoing_email(user="bob"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--target", help="docs-mock, mock:URL or a server's URL; default: start the local mock"
    )
    args = parser.parse_args()
    try:
        if args.target:
            anyio.run(run, Target.parse(args.target))
            return 0
        mock_server = load_mock_server()
        if mock_server.ensure_node_modules() is None:
            print(
                "demo: node/npm not found; install Node.js 20 to run the local mock",
                file=sys.stderr,
            )
            return 1
        with mock_server.PrismMockServer() as server:
            anyio.run(run, Target.local_mock(server.base_url))
        print("mock server stopped")
    except WhmError as exc:
        print(f"demo: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
