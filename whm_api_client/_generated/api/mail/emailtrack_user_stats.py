# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``emailtrack_user_stats``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.emailtrack_user_stats_data import EmailtrackUserStatsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.emailtrack_user_stats_deliverytype import EmailtrackUserStatsDeliverytype
    from ...types import UNSET, Unset

    pass

FUNCTION = "emailtrack_user_stats"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/exim-emailtrack_user_stats.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "deliverytype": ("deliverytype", "EmailtrackUserStatsDeliverytype", False),
    "endtime": ("endtime", "int", False),
    "sender": ("sender", "str", False),
    "starttime": ("starttime", "int", False),
}


def build_arguments(
    *,
    deliverytype: EmailtrackUserStatsDeliverytype | Unset = UNSET,
    endtime: int | Unset = UNSET,
    sender: str | Unset = UNSET,
    starttime: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_deliverytype: str | Unset = UNSET
    if not isinstance(deliverytype, Unset):
        json_deliverytype = deliverytype

    arguments["deliverytype"] = json_deliverytype
    arguments["endtime"] = endtime
    arguments["sender"] = sender
    arguments["starttime"] = starttime

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> EmailtrackUserStatsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = EmailtrackUserStatsData.from_dict(_data)

    return data
