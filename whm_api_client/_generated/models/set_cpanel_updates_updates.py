# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetCpanelUpdatesUpdates = Literal["daily", "manual", "never"]

SET_CPANEL_UPDATES_UPDATES_VALUES: set[SetCpanelUpdatesUpdates] = {
    "daily",
    "manual",
    "never",
}


def check_set_cpanel_updates_updates(value: str) -> SetCpanelUpdatesUpdates:
    if value in SET_CPANEL_UPDATES_UPDATES_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_CPANEL_UPDATES_UPDATES_VALUES!r}")
