"""Typed usage that mypy must reject: a misspelled argument, a wrong type, a wrong result."""

from __future__ import annotations

from whm_api_client import Target, WhmClient
from whm_api_client.models import GethostnameData
from whm_api_client.types import WhmResponse


async def main() -> None:
    async with WhmClient(Target.docs_mock()) as whm:
        await whm.get_user_email_forward_destination(usr="bob")
        await whm.get_unique_sender_recipient_count_per_user(start_time="yesterday", end_time=2)
        await whm.hold_outgoing_email()
        wrong: WhmResponse[GethostnameData] = await whm.with_raw_response.listaccts()
        accounts = await whm.listaccts()
        user: str = (accounts.acct or [])[0].user  # may be UNSET: needs `or ""`
        await whm.with_raw_response.listaccts(serch="bob")
        print(wrong, user)
