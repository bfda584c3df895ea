# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigSkipEnabledCheck = Literal[0, 1]

SAVE_CPHULK_CONFIG_SKIP_ENABLED_CHECK_VALUES: set[SaveCphulkConfigSkipEnabledCheck] = {
    0,
    1,
}


def check_save_cphulk_config_skip_enabled_check(value: int) -> SaveCphulkConfigSkipEnabledCheck:
    if value in SAVE_CPHULK_CONFIG_SKIP_ENABLED_CHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_SKIP_ENABLED_CHECK_VALUES!r}")
