# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``nginxmanager_get_cache_config_system``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.nginxmanager_get_cache_config_system_data import NginxmanagerGetCacheConfigSystemData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.nginxmanager_get_cache_config_system_merge import NginxmanagerGetCacheConfigSystemMerge
    from ...types import UNSET, Unset

    pass

FUNCTION = "nginxmanager_get_cache_config_system"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/nginx-manager/nginxmanager-nginxmanager_get_cache_config_system.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "merge": ("merge", "NginxmanagerGetCacheConfigSystemMerge", False),
}


def build_arguments(
    *,
    merge: NginxmanagerGetCacheConfigSystemMerge | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_merge: int | Unset = UNSET
    if not isinstance(merge, Unset):
        json_merge = merge

    arguments["merge"] = json_merge

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> NginxmanagerGetCacheConfigSystemData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = NginxmanagerGetCacheConfigSystemData.from_dict(_data)

    return data
