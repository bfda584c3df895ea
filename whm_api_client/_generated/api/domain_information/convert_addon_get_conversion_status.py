# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``convert_addon_get_conversion_status``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.convert_addon_get_conversion_status_data import ConvertAddonGetConversionStatusData
from ...types import UNSET, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    pass

FUNCTION = "convert_addon_get_conversion_status"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "58"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/domain-information/convertaddon-convert_addon_get_conversion_status.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "job_id": ("job_id", "int", True),
}


def build_arguments(
    *,
    job_id: int,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["job_id"] = job_id

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ConvertAddonGetConversionStatusData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ConvertAddonGetConversionStatusData.from_dict(_data)

    return data
