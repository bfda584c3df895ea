# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditHookStage = Literal["post", "pre"]

EDIT_HOOK_STAGE_VALUES: set[EditHookStage] = {
    "post",
    "pre",
}


def check_edit_hook_stage(value: str) -> EditHookStage:
    if value in EDIT_HOOK_STAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDIT_HOOK_STAGE_VALUES!r}")
