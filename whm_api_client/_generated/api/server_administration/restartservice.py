# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``restartservice``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.restartservice_data import RestartserviceData
from ...types import UNSET, Unset, read_object

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.restartservice_queue_task import RestartserviceQueueTask
    from ...types import UNSET, Unset

    pass

FUNCTION = "restartservice"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.38"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/services/services-restartservice.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "service": ("service", "str", True),
    "queue_task": ("queue_task", "RestartserviceQueueTask", False),
}


def build_arguments(
    *,
    service: str,
    queue_task: RestartserviceQueueTask | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["service"] = service
    json_queue_task: int | Unset = UNSET
    if not isinstance(queue_task, Unset):
        json_queue_task = queue_task

    arguments["queue_task"] = json_queue_task

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> RestartserviceData:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    _data = data
    if _data.__class__ is not dict:
        _data = read_object(_data, "data", True)
    data = RestartserviceData.from_dict(_data)

    return data
