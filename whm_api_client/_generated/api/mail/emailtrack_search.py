# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``emailtrack_search``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.emailtrack_search_data import EmailtrackSearchData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.emailtrack_search_defer import EmailtrackSearchDefer
    from ...models.emailtrack_search_deliverytype import (
        EmailtrackSearchDeliverytype,
    )
    from ...models.emailtrack_search_failure import EmailtrackSearchFailure
    from ...models.emailtrack_search_inprogress import EmailtrackSearchInprogress
    from ...models.emailtrack_search_success import EmailtrackSearchSuccess
    from ...types import UNSET, Unset

    pass

FUNCTION = "emailtrack_search"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/cpanel-account-mail-management/exim-emailtrack_search.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "defer": ("defer", "EmailtrackSearchDefer", False),
    "deliverytype": ("deliverytype", "EmailtrackSearchDeliverytype", False),
    "failure": ("failure", "EmailtrackSearchFailure", False),
    "inprogress": ("inprogress", "EmailtrackSearchInprogress", False),
    "max_results_by_type": ("max_results_by_type", "int", False),
    "success": ("success", "EmailtrackSearchSuccess", False),
}


def build_arguments(
    *,
    defer: EmailtrackSearchDefer | Unset = UNSET,
    deliverytype: EmailtrackSearchDeliverytype | Unset = UNSET,
    failure: EmailtrackSearchFailure | Unset = UNSET,
    inprogress: EmailtrackSearchInprogress | Unset = UNSET,
    max_results_by_type: int | Unset = UNSET,
    success: EmailtrackSearchSuccess | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_defer: int | Unset = UNSET
    if not isinstance(defer, Unset):
        json_defer = defer

    arguments["defer"] = json_defer
    json_deliverytype: str | Unset = UNSET
    if not isinstance(deliverytype, Unset):
        json_deliverytype = deliverytype

    arguments["deliverytype"] = json_deliverytype
    json_failure: int | Unset = UNSET
    if not isinstance(failure, Unset):
        json_failure = failure

    arguments["failure"] = json_failure
    json_inprogress: int | Unset = UNSET
    if not isinstance(inprogress, Unset):
        json_inprogress = inprogress

    arguments["inprogress"] = json_inprogress
    arguments["max_results_by_type"] = max_results_by_type
    json_success: int | Unset = UNSET
    if not isinstance(success, Unset):
        json_success = success

    arguments["success"] = json_success

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> EmailtrackSearchData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = EmailtrackSearchData.from_dict(_data)

    return data
