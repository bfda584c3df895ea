# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``create_cphulk_record``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.create_cphulk_record_data import CreateCphulkRecordData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.create_cphulk_record_list_name import CreateCphulkRecordListName
    from ...models.create_cphulk_record_skip_enabled_check import (
        CreateCphulkRecordSkipEnabledCheck,
    )
    from ...types import UNSET, Unset

    pass

FUNCTION = "create_cphulk_record"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.48"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/management/cphulk-create_cphulk_record.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "ip": ("ip", "str", True),
    "list_name": ("list_name", "CreateCphulkRecordListName", True),
    "comment": ("comment", "str", False),
    "skip_enabled_check": ("skip_enabled_check", "CreateCphulkRecordSkipEnabledCheck", False),
}


def build_arguments(
    *,
    ip: str,
    list_name: CreateCphulkRecordListName,
    comment: str | Unset = UNSET,
    skip_enabled_check: CreateCphulkRecordSkipEnabledCheck | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["ip"] = ip
    json_list_name: str = list_name
    arguments["list_name"] = json_list_name
    arguments["comment"] = comment
    json_skip_enabled_check: int | Unset = UNSET
    if not isinstance(skip_enabled_check, Unset):
        json_skip_enabled_check = skip_enabled_check

    arguments["skip_enabled_check"] = json_skip_enabled_check

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> CreateCphulkRecordData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = CreateCphulkRecordData.from_dict(_data)

    return data
