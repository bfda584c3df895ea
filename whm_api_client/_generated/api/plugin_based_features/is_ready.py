# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``is_ready``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.is_ready_data import IsReadyData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.is_ready_namespace import IsReadyNamespace
    from ...types import UNSET, Unset

    pass

FUNCTION = "is_ready"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = "EcosystemFeatures"
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = True
SINCE_VERSION: str | None = "11.132"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/plugin-based-features/is_ready.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "plugin": ("plugin", "str", True),
    "namespace": ("namespace", "IsReadyNamespace", False),
}


def build_arguments(
    *,
    plugin: str,
    namespace: IsReadyNamespace | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["plugin"] = plugin
    json_namespace: str | Unset = UNSET
    if not isinstance(namespace, Unset):
        json_namespace = namespace

    arguments["namespace"] = json_namespace

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> IsReadyData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = IsReadyData.from_dict(_data)

    return data
