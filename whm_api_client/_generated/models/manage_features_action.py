# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ManageFeaturesAction = Literal["disable", "enable", "info", "list"]

MANAGE_FEATURES_ACTION_VALUES: set[ManageFeaturesAction] = {
    "disable",
    "enable",
    "info",
    "list",
}


def check_manage_features_action(value: str) -> ManageFeaturesAction:
    if value in MANAGE_FEATURES_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MANAGE_FEATURES_ACTION_VALUES!r}")
