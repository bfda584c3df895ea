# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigIpBasedProtection = Literal[0, 1]

SAVE_CPHULK_CONFIG_IP_BASED_PROTECTION_VALUES: set[SaveCphulkConfigIpBasedProtection] = {
    0,
    1,
}


def check_save_cphulk_config_ip_based_protection(value: int) -> SaveCphulkConfigIpBasedProtection:
    if value in SAVE_CPHULK_CONFIG_IP_BASED_PROTECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_IP_BASED_PROTECTION_VALUES!r}")
