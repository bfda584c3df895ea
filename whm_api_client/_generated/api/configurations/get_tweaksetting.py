# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``get_tweaksetting``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.get_tweaksetting_data import GetTweaksettingData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.get_tweaksetting_module import GetTweaksettingModule
    from ...types import UNSET, Unset

    pass

FUNCTION = "get_tweaksetting"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/configurations/cpanel-get_tweaksetting.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "key": ("key", "str", True),
    "module": ("module", "GetTweaksettingModule", False),
}


def build_arguments(
    *,
    key: str,
    module: GetTweaksettingModule | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["key"] = key
    json_module: str | Unset = UNSET
    if not isinstance(module, Unset):
        json_module = module

    arguments["module"] = json_module

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> GetTweaksettingData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = GetTweaksettingData.from_dict(_data)

    return data
