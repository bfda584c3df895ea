# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``local_enable``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.local_enable_namespace import LocalEnableNamespace
    from ...models.local_enable_plugin import LocalEnablePlugin
    from ...types import UNSET, Unset

    pass

FUNCTION = "local_enable"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = "EcosystemFeatures"
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.118"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/plugin-based-features/local_enable.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "plugin": ("plugin", "LocalEnablePlugin", True),
    "namespace": ("namespace", "LocalEnableNamespace", False),
}


def build_arguments(
    *,
    plugin: LocalEnablePlugin,
    namespace: LocalEnableNamespace | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    json_plugin: str = plugin
    arguments["plugin"] = json_plugin
    json_namespace: str | Unset = UNSET
    if not isinstance(namespace, Unset):
        json_namespace = namespace

    arguments["namespace"] = json_namespace

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
