# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``package_manager_list_packages``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.package_manager_list_packages_data import PackageManagerListPackagesData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.package_manager_list_packages_state import PackageManagerListPackagesState
    from ...types import UNSET, Unset

    pass

FUNCTION = "package_manager_list_packages"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.52"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/list-package-information/packagemanager-package_manager_list_packages.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "state": ("state", "PackageManagerListPackagesState", False),
}


def build_arguments(
    *,
    state: PackageManagerListPackagesState | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    arguments["state"] = json_state

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> PackageManagerListPackagesData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = PackageManagerListPackagesData.from_dict(_data)

    return data
