#!/usr/bin/env python3
"""The README's first command: a simulated WHM server, a few calls, printed, stopped.

Starts the package's WHM simulator on a loopback port (pure Python: no Node.js, no real
server), creates an account through the public client, then runs the three functions of
cPanel's own docs sample and prints what came back. Every value is a simulated placeholder.
``--target docs-mock`` (or any WHM_TARGET value) sends the same calls elsewhere instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import anyio

from whm_api_client import Target, WhmAuth, WhmClient, WhmError

PLACEHOLDER_NOTE = "(simulated placeholder values: no real WHM server was involved)"
MOCK_NOTE = "(a mock of the spec: its values are placeholders, not a server's)"


def show(title: str, value: Any) -> None:
    if value is None:
        print(f"{title}:\ndone (the reply has no data)\n")
        return
    to_dict = getattr(value, "to_dict", None)
    print(f"{title}:\n{json.dumps(to_dict() if to_dict else value, indent=2, sort_keys=True)}\n")


async def run(target: Target, auth: WhmAuth | None, *, simulated: bool) -> None:
    async with WhmClient(target, auth) as whm:
        print(f"target: {target.base_url}\n")
        if simulated:
            show(
                "createacct(username='bob', domain='bob.example')",
                await whm.createacct(username="bob", domain="bob.example"),
            )
            await whm.set_user_email_forward_destination(user="bob", forward_to="bob@example.net")
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
        "--target", help="docs-mock, mock:URL or a server's URL; default: start the simulator"
    )
    args = parser.parse_args()
    try:
        if args.target:
            target = Target.parse(args.target)
            mock = target.kind != "host"
            if mock:
                print(MOCK_NOTE)
            anyio.run(lambda: run(target, None, simulated=False))
            if mock:
                print(MOCK_NOTE)
            return 0
        from whm_api_client.testing import WhmSimulator

        simulator = WhmSimulator()
        with simulator.serve() as endpoint:
            print(f"WHM simulator on {endpoint.url} {PLACEHOLDER_NOTE}\n")
            anyio.run(lambda: run(endpoint.target, simulator.auth(), simulated=True))
        print(f"simulator stopped {PLACEHOLDER_NOTE}")
    except WhmError as exc:
        print(f"demo: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
