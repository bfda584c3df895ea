# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``resellerstats``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.resellerstats_data import ResellerstatsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.resellerstats_filter_deleted import ResellerstatsFilterDeleted
    from ...models.resellerstats_filter_suspended import (
        ResellerstatsFilterSuspended,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "resellerstats"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/account-settings/resellers-resellerstats.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "filter_deleted": ("filter_deleted", "ResellerstatsFilterDeleted", False),
    "filter_suspended": ("filter_suspended", "ResellerstatsFilterSuspended", False),
    "month": ("month", "int", False),
    "year": ("year", "int", False),
}


def build_arguments(
    *,
    user: str,
    filter_deleted: ResellerstatsFilterDeleted | Unset = UNSET,
    filter_suspended: ResellerstatsFilterSuspended | Unset = UNSET,
    month: int | Unset = UNSET,
    year: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    json_filter_deleted: int | Unset = UNSET
    if not isinstance(filter_deleted, Unset):
        json_filter_deleted = filter_deleted

    arguments["filter_deleted"] = json_filter_deleted
    json_filter_suspended: int | Unset = UNSET
    if not isinstance(filter_suspended, Unset):
        json_filter_suspended = filter_suspended

    arguments["filter_suspended"] = json_filter_suspended
    arguments["month"] = month
    arguments["year"] = year

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ResellerstatsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ResellerstatsData.from_dict(_data)

    return data
