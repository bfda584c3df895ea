# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``nginxmanager_get_cache_config_users``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.nginxmanager_get_cache_config_users_data import NginxmanagerGetCacheConfigUsersData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.nginxmanager_get_cache_config_users_merge import NginxmanagerGetCacheConfigUsersMerge
    from ...types import UNSET, Unset

    pass

FUNCTION = "nginxmanager_get_cache_config_users"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/nginx-manager/nginxmanager-nginxmanager_get_cache_config_users.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "merge": ("merge", "NginxmanagerGetCacheConfigUsersMerge", False),
    "user": ("user", "list[str]", False),
}


def build_arguments(
    *,
    merge: NginxmanagerGetCacheConfigUsersMerge | Unset = UNSET,
    user: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_merge: int | Unset = UNSET
    if not isinstance(merge, Unset):
        json_merge = merge

    arguments["merge"] = json_merge
    json_user: list[str] | Unset = UNSET
    if not isinstance(user, Unset):
        json_user = user

    arguments["user"] = json_user

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> NginxmanagerGetCacheConfigUsersData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = NginxmanagerGetCacheConfigUsersData.from_dict(_data)

    return data
