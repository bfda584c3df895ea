# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditHookExectype = Literal["module", "script"]

EDIT_HOOK_EXECTYPE_VALUES: set[EditHookExectype] = {
    "module",
    "script",
}


def check_edit_hook_exectype(value: str) -> EditHookExectype:
    if value in EDIT_HOOK_EXECTYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDIT_HOOK_EXECTYPE_VALUES!r}")
