# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``add_zone_key``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.add_zone_key_data import AddZoneKeyData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.add_zone_key_active import AddZoneKeyActive
    from ...models.add_zone_key_algo_num import AddZoneKeyAlgoNum
    from ...types import UNSET, Unset

    pass

FUNCTION = "add_zone_key"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "86"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/dns-security/dns-add_zone_key.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "algo_num": ("algo_num", "AddZoneKeyAlgoNum", True),
    "domain": ("domain", "str", True),
    "key_type": ("key_type", "str", True),
    "active": ("active", "AddZoneKeyActive", False),
    "key_size": ("key_size", "int", False),
}


def build_arguments(
    *,
    algo_num: AddZoneKeyAlgoNum,
    domain: str,
    key_type: str,
    active: AddZoneKeyActive | Unset = UNSET,
    key_size: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_algo_num: int = algo_num
    arguments["algo_num"] = json_algo_num
    arguments["domain"] = domain
    arguments["key_type"] = key_type
    json_active: int | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active

    arguments["active"] = json_active
    arguments["key_size"] = key_size

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> AddZoneKeyData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = AddZoneKeyData.from_dict(_data)

    return data
