# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``mass_edit_dns_zone``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.mass_edit_dns_zone_data import MassEditDnsZoneData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "mass_edit_dns_zone"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "96"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/dns-zones/dns-mass_edit_dns_zone.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "serial": ("serial", "int", True),
    "zone": ("zone", "str", True),
    "add": ("add", "list[str]", False),
    "edit": ("edit", "list[str]", False),
    "remove": ("remove", "list[int]", False),
}


def build_arguments(
    *,
    serial: int,
    zone: str,
    add: list[str] | Unset = UNSET,
    edit: list[str] | Unset = UNSET,
    remove: list[int] | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["serial"] = serial
    arguments["zone"] = zone
    json_add: list[str] | Unset = UNSET
    if not isinstance(add, Unset):
        json_add = add

    arguments["add"] = json_add
    json_edit: list[str] | Unset = UNSET
    if not isinstance(edit, Unset):
        json_edit = edit

    arguments["edit"] = json_edit
    json_remove: list[int] | Unset = UNSET
    if not isinstance(remove, Unset):
        json_remove = remove

    arguments["remove"] = json_remove

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> MassEditDnsZoneData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = MassEditDnsZoneData.from_dict(_data)

    return data
