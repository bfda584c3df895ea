# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``personalization_get``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.personalization_get_data import PersonalizationGetData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "personalization_get"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "POST"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "json"
READ_ONLY = False
SINCE_VERSION: str | None = "74"
DOCS_URL = (
    "https://api.docs.cpanel.net/specifications/whm.openapi/account-management/personalization-personalization_get.md"
)
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "names": ("names", "list[str]", True),
    "store": ("store", "str", False),
}


def build_arguments(
    *,
    names: list[str],
    store: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_names = names

    arguments["names"] = json_names
    arguments["store"] = store

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> PersonalizationGetData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = PersonalizationGetData.from_dict(_data)

    return data
