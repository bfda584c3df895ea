# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigUsernameBasedProtectionLocalOrigin = Literal[0, 1]

SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_LOCAL_ORIGIN_VALUES: set[
    SaveCphulkConfigUsernameBasedProtectionLocalOrigin
] = {
    0,
    1,
}


def check_save_cphulk_config_username_based_protection_local_origin(
    value: int,
) -> SaveCphulkConfigUsernameBasedProtectionLocalOrigin:
    if value in SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_LOCAL_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_USERNAME_BASED_PROTECTION_LOCAL_ORIGIN_VALUES!r}"
    )
