# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigBlockExcessiveBruteForceWithFirewall = Literal[0, 1]

SAVE_CPHULK_CONFIG_BLOCK_EXCESSIVE_BRUTE_FORCE_WITH_FIREWALL_VALUES: set[
    SaveCphulkConfigBlockExcessiveBruteForceWithFirewall
] = {
    0,
    1,
}


def check_save_cphulk_config_block_excessive_brute_force_with_firewall(
    value: int,
) -> SaveCphulkConfigBlockExcessiveBruteForceWithFirewall:
    if value in SAVE_CPHULK_CONFIG_BLOCK_EXCESSIVE_BRUTE_FORCE_WITH_FIREWALL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_BLOCK_EXCESSIVE_BRUTE_FORCE_WITH_FIREWALL_VALUES!r}"
    )
