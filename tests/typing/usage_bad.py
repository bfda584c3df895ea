"""Typed usage that mypy must reject: a misspelled argument and a wrong type."""

from __future__ import annotations

from whm_api_client import Target, WhmClient


async def main() -> None:
    async with WhmClient(Target.docs_mock()) as whm:
        await whm.get_user_email_forward_destination(usr="bob")
        await whm.get_unique_sender_recipient_count_per_user(start_time="yesterday", end_time=2)
        await whm.hold_outgoing_email()
