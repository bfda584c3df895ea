# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``emailtrack_stats``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.emailtrack_stats_data import EmailtrackStatsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.emailtrack_stats_deliverytype import EmailtrackStatsDeliverytype
    from ...models.emailtrack_stats_nosize import EmailtrackStatsNosize
    from ...models.emailtrack_stats_nosuccess import EmailtrackStatsNosuccess
    from ...types import UNSET, Unset

    pass

FUNCTION = "emailtrack_stats"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/exim-emailtrack_stats.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "deliverytype": ("deliverytype", "EmailtrackStatsDeliverytype", False),
    "enddate": ("enddate", "int", False),
    "endtime": ("endtime", "int", False),
    "nosize": ("nosize", "EmailtrackStatsNosize", False),
    "nosuccess": ("nosuccess", "EmailtrackStatsNosuccess", False),
    "startdate": ("startdate", "int", False),
    "starttime": ("starttime", "int", False),
    "user": ("user", "str", False),
}


def build_arguments(
    *,
    deliverytype: EmailtrackStatsDeliverytype | Unset = UNSET,
    enddate: int | Unset = UNSET,
    endtime: int | Unset = UNSET,
    nosize: EmailtrackStatsNosize | Unset = UNSET,
    nosuccess: EmailtrackStatsNosuccess | Unset = UNSET,
    startdate: int | Unset = UNSET,
    starttime: int | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_deliverytype: str | Unset = UNSET
    if not isinstance(deliverytype, Unset):
        json_deliverytype = deliverytype

    arguments["deliverytype"] = json_deliverytype
    arguments["enddate"] = enddate
    arguments["endtime"] = endtime
    json_nosize: int | Unset = UNSET
    if not isinstance(nosize, Unset):
        json_nosize = nosize

    arguments["nosize"] = json_nosize
    json_nosuccess: int | Unset = UNSET
    if not isinstance(nosuccess, Unset):
        json_nosuccess = nosuccess

    arguments["nosuccess"] = json_nosuccess
    arguments["startdate"] = startdate
    arguments["starttime"] = starttime
    arguments["user"] = user

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> EmailtrackStatsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = EmailtrackStatsData.from_dict(_data)

    return data
