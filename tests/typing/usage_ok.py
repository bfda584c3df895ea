"""Typed usage that mypy --strict must accept (checked by tests/test_typing.py).

Only public names: whm_api_client, whm_api_client.models, whm_api_client.types.
Reading lists and strings of a reply needs no Unset import: Unset is always false
(``__bool__`` returns ``Literal[False]``), so ``x or []`` and ``x or ""`` narrow it away.
"""

from __future__ import annotations

import json
from typing import Any, assert_type

from whm_api_client import CallEvent, Hooks, Target, WhmClient
from whm_api_client.models import (
    GetUniqueSenderRecipientCountPerUserData,
    GetUserEmailForwardDestinationData,
    ListacctsData,
    ListacctsDataAcctItem,
)
from whm_api_client.types import ReplyMetadata, WhmResponse


def on_response(event: CallEvent) -> None:
    assert_type(event.duration, float | None)


async def main() -> list[str]:
    hooks = Hooks(on_response=on_response)
    async with WhmClient(Target.docs_mock(), hooks=hooks, lenient=True) as whm:
        dest: GetUserEmailForwardDestinationData = await whm.get_user_email_forward_destination(
            user="bob"
        )
        held: None = await whm.hold_outgoing_email(user="bob")
        counts: GetUniqueSenderRecipientCountPerUserData = (
            await whm.get_unique_sender_recipient_count_per_user(start_time=1, end_time=2)
        )
        raw = await whm.call("listaccts", searchtype="user", search="bob")
        assert held is None and isinstance(raw, dict)

        # Lists and strings of a reply, without naming Unset.
        users = [row.user or "" for row in counts.payload or []]
        forwards: list[str] = dest.forward_to or []

        # The whole reply: mypy sees WhmResponse[ListacctsData].
        reply = await whm.with_raw_response.listaccts(search="bob")
        assert_type(reply, WhmResponse[ListacctsData])
        assert_type(reply.data, ListacctsData)
        metadata: ReplyMetadata = reply.metadata
        warnings: list[str] = metadata.warnings
        log: str = metadata.raw_output or ""
        status: int = reply.status_code
        envelope: dict[str, Any] = reply.envelope
        accounts: list[ListacctsDataAcctItem] = reply.data.acct or []
        names = [account.user or "" for account in accounts]
        untyped = await whm.with_raw_response.call("listaccts")
        assert_type(untyped, WhmResponse[Any])
        text: str = reply.data.to_json()
        rows = json.dumps([account.to_dict() for account in accounts])
        lenient = await whm.with_options(lenient=True).with_raw_response.version()
        version: str = lenient.data.version or ""
        assert status and envelope and text and rows and log is not None
        return [*forwards, *users, *names, *warnings, version]
