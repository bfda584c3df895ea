# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``get_disk_usage``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.get_disk_usage_data import GetDiskUsageData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.get_disk_usage_cache_mode import GetDiskUsageCacheMode
    from ...types import UNSET, Unset

    pass

FUNCTION = "get_disk_usage"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "80"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/bandwidth-and-disk-quotas/diskusage-get_disk_usage.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "cache_mode": ("cache_mode", "GetDiskUsageCacheMode", False),
}


def build_arguments(
    *,
    cache_mode: GetDiskUsageCacheMode | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_cache_mode: str | Unset = UNSET
    if not isinstance(cache_mode, Unset):
        json_cache_mode = cache_mode

    arguments["cache_mode"] = json_cache_mode

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GetDiskUsageData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GetDiskUsageData.from_dict(_data)

    return data
