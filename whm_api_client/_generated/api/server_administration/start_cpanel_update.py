# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``start_cpanel_update``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.start_cpanel_update_data import StartCpanelUpdateData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.start_cpanel_update_mode import StartCpanelUpdateMode
    from ...types import UNSET, Unset

    pass

FUNCTION = "start_cpanel_update"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "94"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/updates/cpanel-start_cpanel_update.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "mode": ("mode", "StartCpanelUpdateMode", False),
}


def build_arguments(
    *,
    mode: StartCpanelUpdateMode | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode

    arguments["mode"] = json_mode

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> StartCpanelUpdateData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = StartCpanelUpdateData.from_dict(_data)

    return data
