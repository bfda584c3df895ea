# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigBlockBruteForceWithFirewall = Literal[0, 1]

SAVE_CPHULK_CONFIG_BLOCK_BRUTE_FORCE_WITH_FIREWALL_VALUES: set[SaveCphulkConfigBlockBruteForceWithFirewall] = {
    0,
    1,
}


def check_save_cphulk_config_block_brute_force_with_firewall(value: int) -> SaveCphulkConfigBlockBruteForceWithFirewall:
    if value in SAVE_CPHULK_CONFIG_BLOCK_BRUTE_FORCE_WITH_FIREWALL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_BLOCK_BRUTE_FORCE_WITH_FIREWALL_VALUES!r}"
    )
