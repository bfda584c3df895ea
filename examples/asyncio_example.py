"""A few WHM API 1 calls under asyncio.

The target and credentials come from the environment (see the README). Against the
package's WHM simulator, then a real server::

    whm-api simulate &    # prints WHM_TARGET=... and WHM_API_TOKEN=...; export them
    python examples/asyncio_example.py bob
    WHM_HOST=whm.example.com WHM_API_TOKEN=... python examples/asyncio_example.py bob
"""

from __future__ import annotations

import asyncio
import sys

from whm_api_client import WhmApiError, WhmClient


async def main(user: str) -> None:
    async with WhmClient.from_env() as whm:
        # Independent calls can run at once; they share the client's connection pool.
        version, hostname = await asyncio.gather(whm.version(), whm.gethostname())
        print(f"WHM {version.version} on {hostname.hostname}")

        try:
            forwards = await whm.get_user_email_forward_destination(user=user)
        except WhmApiError as error:  # WHM said no (metadata.result 0), e.g. no such user
            print(f"{user}: {error.reason}")
        else:
            print(f"{user} forwards to: {', '.join(forwards.forward_to or []) or 'nobody'}")

        # Any function by name, plain JSON back: here only two fields per account.
        envelope = await whm.call("listaccts", want="user,domain")
        for account in envelope["data"].get("acct", []):
            print(f"account {account.get('user')}: {account.get('domain')}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "bob"))
