# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``create_featurelist``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.create_featurelist_data import CreateFeaturelistData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.create_featurelist_featurelistname import CreateFeaturelistFeaturelistname
    from ...models.create_featurelist_overwrite import CreateFeaturelistOverwrite
    from ...types import UNSET, Unset

    pass

FUNCTION = "create_featurelist"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.46"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-create_featurelist.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "featurelist": ("featurelist", "str", True),
    "featurelistname": ("featurelistname", "CreateFeaturelistFeaturelistname", False),
    "overwrite": ("overwrite", "CreateFeaturelistOverwrite", False),
}


def build_arguments(
    *,
    featurelist: str,
    featurelistname: CreateFeaturelistFeaturelistname | Unset = UNSET,
    overwrite: CreateFeaturelistOverwrite | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["featurelist"] = featurelist
    json_featurelistname: int | Unset = UNSET
    if not isinstance(featurelistname, Unset):
        json_featurelistname = featurelistname

    arguments["featurelistname"] = json_featurelistname
    json_overwrite: int | Unset = UNSET
    if not isinstance(overwrite, Unset):
        json_overwrite = overwrite

    arguments["overwrite"] = json_overwrite

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> CreateFeaturelistData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = CreateFeaturelistData.from_dict(_data)

    return data
