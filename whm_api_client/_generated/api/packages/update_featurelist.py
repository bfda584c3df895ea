# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``update_featurelist``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.update_featurelist_data import UpdateFeaturelistData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.update_featurelist_feature_name import UpdateFeaturelistFeatureName
    from ...types import UNSET, Unset

    pass

FUNCTION = "update_featurelist"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/feature-lists/featurelists-update_featurelist.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "featurelist": ("featurelist", "str", True),
    "feature name": ("feature_name", "UpdateFeaturelistFeatureName", False),
}


def build_arguments(
    *,
    featurelist: str,
    feature_name: UpdateFeaturelistFeatureName | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["featurelist"] = featurelist
    json_feature_name: int | Unset = UNSET
    if not isinstance(feature_name, Unset):
        json_feature_name = feature_name

    arguments["feature name"] = json_feature_name

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> UpdateFeaturelistData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = UpdateFeaturelistData.from_dict(_data)

    return data
