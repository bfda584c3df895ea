# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigNotifyOnRootLogin = Literal[0, 1]

SAVE_CPHULK_CONFIG_NOTIFY_ON_ROOT_LOGIN_VALUES: set[SaveCphulkConfigNotifyOnRootLogin] = {
    0,
    1,
}


def check_save_cphulk_config_notify_on_root_login(value: int) -> SaveCphulkConfigNotifyOnRootLogin:
    if value in SAVE_CPHULK_CONFIG_NOTIFY_ON_ROOT_LOGIN_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_NOTIFY_ON_ROOT_LOGIN_VALUES!r}")
