# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartCpanelUpdateMode = Literal["force", "sync"]

START_CPANEL_UPDATE_MODE_VALUES: set[StartCpanelUpdateMode] = {
    "force",
    "sync",
}


def check_start_cpanel_update_mode(value: str) -> StartCpanelUpdateMode:
    if value in START_CPANEL_UPDATE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_CPANEL_UPDATE_MODE_VALUES!r}")
