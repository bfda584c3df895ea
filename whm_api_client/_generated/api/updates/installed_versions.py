# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``installed_versions``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.installed_versions_data import InstalledVersionsData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.installed_versions_packages import InstalledVersionsPackages
    from ...types import UNSET, Unset

    pass

FUNCTION = "installed_versions"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "64"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/updates/applicationversions-installed_versions.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "packages": ("packages", "InstalledVersionsPackages", False),
}


def build_arguments(
    *,
    packages: InstalledVersionsPackages | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_packages: int | Unset = UNSET
    if not isinstance(packages, Unset):
        json_packages = packages

    arguments["packages"] = json_packages

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> InstalledVersionsData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = InstalledVersionsData.from_dict(_data)

    return data
