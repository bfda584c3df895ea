# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``set_360_agent_polling``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.set_360_agent_polling_data import Set360AgentPollingData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...types import UNSET, Unset

    pass

FUNCTION = "set_360_agent_polling"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = "360Monitoring"
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.132"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/360-monitoring/set_360_agent_polling.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "global_sections": ("global_sections", "str", False),
    "interval": ("interval", "int", False),
    "max_data_span": ("max_data_span", "int", False),
    "plugin_sections": ("plugin_sections", "str", False),
}


def build_arguments(
    *,
    global_sections: str | Unset = UNSET,
    interval: int | Unset = UNSET,
    max_data_span: int | Unset = UNSET,
    plugin_sections: str | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["global_sections"] = global_sections
    arguments["interval"] = interval
    arguments["max_data_span"] = max_data_span
    arguments["plugin_sections"] = plugin_sections

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Set360AgentPollingData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = Set360AgentPollingData.from_dict(_data)

    return data
