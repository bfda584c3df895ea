# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditHookEnabled = Literal[0, 1]

EDIT_HOOK_ENABLED_VALUES: set[EditHookEnabled] = {
    0,
    1,
}


def check_edit_hook_enabled(value: int) -> EditHookEnabled:
    if value in EDIT_HOOK_ENABLED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDIT_HOOK_ENABLED_VALUES!r}")
