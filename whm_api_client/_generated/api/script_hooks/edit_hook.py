# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
"""``edit_hook``: its arguments on the wire and its typed result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:  # argument types only annotate; they aren't needed to run
    from ...models.edit_hook_enabled import EditHookEnabled
    from ...models.edit_hook_escalateprivs import EditHookEscalateprivs
    from ...models.edit_hook_exectype import EditHookExectype
    from ...models.edit_hook_stage import EditHookStage
    from ...types import UNSET, Unset

    pass

FUNCTION = "edit_hook"
# Served at json-api/NAMESPACE/FUNCTION when set.
NAMESPACE: str | None = None
HTTP_METHOD = "GET"
# How the arguments travel: "query" string, "form" body, or "json" object body.
BODY = "query"
READ_ONLY = False
SINCE_VERSION: str | None = "11.32"
DOCS_URL = "https://api.docs.cpanel.net/specifications/whm.openapi/scripts-hooks/hooks-edit_hook.md"
# WHM argument name -> (Python keyword, Python type, required)
ARGUMENTS: dict[str, tuple[str, str, bool]] = {
    "id": ("id", "str", True),
    "check": ("check", "str", False),
    "enabled": ("enabled", "EditHookEnabled", False),
    "escalateprivs": ("escalateprivs", "EditHookEscalateprivs", False),
    "exectype": ("exectype", "EditHookExectype", False),
    "hook": ("hook", "str", False),
    "notes": ("notes", "str", False),
    "rollback": ("rollback", "str", False),
    "stage": ("stage", "EditHookStage", False),
    "weight": ("weight", "int", False),
}


def build_arguments(
    *,
    id: str,
    check: str | Unset = UNSET,
    enabled: EditHookEnabled | Unset = UNSET,
    escalateprivs: EditHookEscalateprivs | Unset = UNSET,
    exectype: EditHookExectype | Unset = UNSET,
    hook: str | Unset = UNSET,
    notes: str | Unset = UNSET,
    rollback: str | Unset = UNSET,
    stage: EditHookStage | Unset = UNSET,
    weight: int | Unset = UNSET,
) -> dict[str, Any]:
    """The caller's arguments keyed by their WHM names; unset ones are left out."""
    arguments: dict[str, Any] = {}
    arguments["id"] = id
    arguments["check"] = check
    json_enabled: int | Unset = UNSET
    if not isinstance(enabled, Unset):
        json_enabled = enabled

    arguments["enabled"] = json_enabled
    json_escalateprivs: int | Unset = UNSET
    if not isinstance(escalateprivs, Unset):
        json_escalateprivs = escalateprivs

    arguments["escalateprivs"] = json_escalateprivs
    json_exectype: str | Unset = UNSET
    if not isinstance(exectype, Unset):
        json_exectype = exectype

    arguments["exectype"] = json_exectype
    arguments["hook"] = hook
    arguments["notes"] = notes
    arguments["rollback"] = rollback
    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage

    arguments["stage"] = json_stage
    arguments["weight"] = weight

    return {key: value for key, value in arguments.items() if value is not UNSET}


def parse_data(data: Any) -> Any:
    """Build the typed result from the reply's ``data``.

    Raises TypeError, ValueError or KeyError when ``data`` doesn't fit the spec.
    """
    return data
