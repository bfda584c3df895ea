# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditHookEscalateprivs = Literal[0, 1]

EDIT_HOOK_ESCALATEPRIVS_VALUES: set[EditHookEscalateprivs] = {
    0,
    1,
}


def check_edit_hook_escalateprivs(value: int) -> EditHookEscalateprivs:
    if value in EDIT_HOOK_ESCALATEPRIVS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDIT_HOOK_ESCALATEPRIVS_VALUES!r}")
