# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``list_rpms``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.list_rpms_data import ListRpmsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "list_rpms"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/rpmversions-list_rpms.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "target": ("target", "str", False),
}


def build_arguments(
    *,
    target: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["target"] = target

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> ListRpmsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = ListRpmsData.from_dict(_data)

    return data
