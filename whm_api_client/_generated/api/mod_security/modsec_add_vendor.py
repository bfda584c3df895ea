# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``modsec_add_vendor``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.modsec_add_vendor_data import ModsecAddVendorData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.modsec_add_vendor_enabled import ModsecAddVendorEnabled
    from ...types import UNSET, Unset

    pass

FUNCTION = "modsec_add_vendor"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.46"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/rule-vendor-settings/modsecurity-modsec_add_vendor.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "url": ("url_query", "str", True),
    "enabled": ("enabled", "ModsecAddVendorEnabled", False),
}


def build_arguments(
    *,
    url_query: str,
    enabled: ModsecAddVendorEnabled | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["url"] = url_query
    json_enabled: int | Unset = UNSET
    if not isinstance(enabled, Unset):
        json_enabled = enabled

    arguments["enabled"] = json_enabled

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ModsecAddVendorData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ModsecAddVendorData.from_dict(_data)

    return data
