"""The same client under trio (``pip install trio``): nothing in it is asyncio-specific.

Against the package's WHM simulator (the target and credentials come from the
environment, as for every example)::

    whm-api simulate &    # prints WHM_TARGET=... and WHM_API_TOKEN=...; export them
    python examples/trio_example.py alice bob
"""

from __future__ import annotations

import sys

import trio

from whm_api_client import WhmApiError, WhmClient


async def main(users: list[str]) -> None:
    async with WhmClient.from_env() as whm:
        load = await whm.systemloadavg()
        print(f"load average: {load.one} {load.five} {load.fifteen}")

        # One task per user in a nursery; each prints as its answer arrives.
        async def show_forwards(user: str) -> None:
            try:
                forwards = await whm.get_user_email_forward_destination(user=user)
            except WhmApiError as error:
                print(f"{user}: {error.reason}")
            else:
                print(f"{user} forwards to: {', '.join(forwards.forward_to or []) or 'nobody'}")

        async with trio.open_nursery() as nursery:
            for user in users:
                nursery.start_soon(show_forwards, user)


if __name__ == "__main__":
    trio.run(main, sys.argv[1:] or ["bob", "alice"])
