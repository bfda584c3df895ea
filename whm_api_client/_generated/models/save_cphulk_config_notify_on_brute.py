# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigNotifyOnBrute = Literal[0, 1]

SAVE_CPHULK_CONFIG_NOTIFY_ON_BRUTE_VALUES: set[SaveCphulkConfigNotifyOnBrute] = {
    0,
    1,
}


def check_save_cphulk_config_notify_on_brute(value: int) -> SaveCphulkConfigNotifyOnBrute:
    if value in SAVE_CPHULK_CONFIG_NOTIFY_ON_BRUTE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_NOTIFY_ON_BRUTE_VALUES!r}")
