# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``removeacct``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.removeacct_keepdns import RemoveacctKeepdns
    from ...types import UNSET, Unset

    pass

FUNCTION = "removeacct"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-management/accounts-removeacct.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "username": ("username", "str", True),
    "keepdns": ("keepdns", "RemoveacctKeepdns", False),
    "user": ("user", "str", False),
}


def build_arguments(
    *,
    username: str,
    keepdns: RemoveacctKeepdns | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["username"] = username
    json_keepdns: int | Unset = UNSET
    if not isinstance(keepdns, Unset):
        json_keepdns = keepdns

    arguments["keepdns"] = json_keepdns
    arguments["user"] = user

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
