# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigUsernameBasedProtection = Literal[0, 1]

SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_VALUES: set[SaveCphulkConfigUsernameBasedProtection] = {
    0,
    1,
}


def check_save_cphulk_config_username_based_protection(value: int) -> SaveCphulkConfigUsernameBasedProtection:
    if value in SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_VALUES!r}"
    )
