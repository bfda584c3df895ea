# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``toggle_user_backup_state``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.toggle_user_backup_state_data import ToggleUserBackupStateData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.toggle_user_backup_state_legacy import ToggleUserBackupStateLegacy
    from ...types import UNSET, Unset

    pass

FUNCTION = "toggle_user_backup_state"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.38"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/backup-settings/backup-toggle_user_backup_state.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "user": ("user", "str", True),
    "legacy": ("legacy", "ToggleUserBackupStateLegacy", False),
}


def build_arguments(
    *,
    user: str,
    legacy: ToggleUserBackupStateLegacy | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["user"] = user
    json_legacy: int | Unset = UNSET
    if not isinstance(legacy, Unset):
        json_legacy = legacy

    arguments["legacy"] = json_legacy

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ToggleUserBackupStateData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ToggleUserBackupStateData.from_dict(_data)

    return data
