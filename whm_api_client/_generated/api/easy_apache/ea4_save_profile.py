# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``ea4_save_profile``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.ea_4_save_profile_data import Ea4SaveProfileData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.ea_4_save_profile_overwrite import Ea4SaveProfileOverwrite
    from ...types import UNSET, Unset

    pass

FUNCTION = "ea4_save_profile"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "64"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/easyapache-settings/ea4-ea4_save_profile.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "filename": ("filename", "str", True),
    "name": ("name", "str", True),
    "pkg": ("pkg", "list[str]", True),
    "desc": ("desc", "str", False),
    "overwrite": ("overwrite", "Ea4SaveProfileOverwrite", False),
    "tag": ("tag", "list[str]", False),
    "version": ("version", "str", False),
}


def build_arguments(
    *,
    filename: str,
    name: str,
    pkg: list[str],
    desc: str | Unset = UNSET,
    overwrite: Ea4SaveProfileOverwrite | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["filename"] = filename
    arguments["name"] = name
    json_pkg = pkg

    arguments["pkg"] = json_pkg
    arguments["desc"] = desc
    json_overwrite: int | Unset = UNSET
    if not isinstance(overwrite, Unset):
        json_overwrite = overwrite

    arguments["overwrite"] = json_overwrite
    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    arguments["tag"] = json_tag
    arguments["version"] = version

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Ea4SaveProfileData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = Ea4SaveProfileData.from_dict(_data)

    return data
