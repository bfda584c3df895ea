# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``expunge_messages_for_mailbox_guid``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    pass

FUNCTION = "expunge_messages_for_mailbox_guid"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "64"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/mailboxes-expunge_messages_for_mailbox_guid.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "account": ("account", "str", True),
    "mailbox_guid": ("mailbox_guid", "str", True),
    "query": ("query", "str", True),
}


def build_arguments(
    *,
    account: str,
    mailbox_guid: str,
    query: str,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["account"] = account
    arguments["mailbox_guid"] = mailbox_guid
    arguments["query"] = query

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
