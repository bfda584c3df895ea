# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigUsernameBasedProtectionForRoot = Literal[0, 1]

SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_FOR_ROOT_VALUES: set[SaveCphulkConfigUsernameBasedProtectionForRoot] = {
    0,
    1,
}


def check_save_cphulk_config_username_based_protection_for_root(
    value: int,
) -> SaveCphulkConfigUsernameBasedProtectionForRoot:
    if value in SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_FOR_ROOT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_FOR_ROOT_VALUES!r}"
    )
