# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``package_manager_resolve_actions``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.package_manager_resolve_actions_data import PackageManagerResolveActionsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.package_manager_resolve_actions_ns import PackageManagerResolveActionsNs
    from ...types import UNSET, Unset

    pass

FUNCTION = "package_manager_resolve_actions"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.52"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/packagemanager-package_manager_resolve_actions.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "package": ("package", "str", True),
    "ns": ("ns", "PackageManagerResolveActionsNs", False),
}


def build_arguments(
    *,
    package: str,
    ns: PackageManagerResolveActionsNs | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["package"] = package
    json_ns: str | Unset = UNSET
    if not isinstance(ns, Unset):
        json_ns = ns

    arguments["ns"] = json_ns

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> PackageManagerResolveActionsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = PackageManagerResolveActionsData.from_dict(_data)

    return data
