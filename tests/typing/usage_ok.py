"""Typed usage that mypy --strict must accept (checked by tests/test_typing.py)."""

from __future__ import annotations

from whm_api_client import Target, WhmClient
from whm_api_client._generated.models import (
    GetUniqueSenderRecipientCountPerUserData,
    GetUserEmailForwardDestinationData,
)


async def main() -> list[str]:
    async with WhmClient(Target.docs_mock()) as whm:
        dest: GetUserEmailForwardDestinationData = await whm.get_user_email_forward_destination(
            user="bob"
        )
        held: None = await whm.hold_outgoing_email(user="bob")
        counts: GetUniqueSenderRecipientCountPerUserData = (
            await whm.get_unique_sender_recipient_count_per_user(start_time=1, end_time=2)
        )
        raw = await whm.call("listaccts", searchtype="user", search="bob")
        assert held is None and isinstance(raw, dict)
        users = [row.user for row in counts.payload or [] if isinstance(row.user, str)]
        return [*(dest.forward_to or []), *users]
