# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``modsec_batch_settings``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.modsec_batch_settings_data import ModsecBatchSettingsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.modsec_batch_settings_remove import ModsecBatchSettingsRemove
    from ...types import UNSET, Unset

    pass

FUNCTION = "modsec_batch_settings"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.46"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/server-settings/modsecurity-modsec_batch_settings.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "setting_id": ("setting_id", "int", True),
    "state": ("state", "Any", True),
    "remove": ("remove", "ModsecBatchSettingsRemove", False),
}


def build_arguments(
    *,
    setting_id: int,
    state: Any,
    remove: ModsecBatchSettingsRemove | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["setting_id"] = setting_id
    arguments["state"] = state
    json_remove: int | Unset = UNSET
    if not isinstance(remove, Unset):
        json_remove = remove

    arguments["remove"] = json_remove

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ModsecBatchSettingsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ModsecBatchSettingsData.from_dict(_data)

    return data
