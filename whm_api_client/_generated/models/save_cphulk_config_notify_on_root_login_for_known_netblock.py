# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SaveCphulkConfigNotifyOnRootLoginForKnownNetblock = Literal[0, 1]

SAVE_CPHULK_CONFIG_NOTIFY_ON_ROOT_LOGIN_FOR_KNOWN_NETBLOCK_VALUES: set[
    SaveCphulkConfigNotifyOnRootLoginForKnownNetblock
] = {
    0,
    1,
}


def check_save_cphulk_config_notify_on_root_login_for_known_netblock(
    value: int,
) -> SaveCphulkConfigNotifyOnRootLoginForKnownNetblock:
    if value in SAVE_CPHULK_CONFIG_NOTIFY_ON_ROOT_LOGIN_FOR_KNOWN_NETBLOCK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVE_CPHULK_CONFIG_NOTIFY_ON_ROOT_LOGIN_FOR_KNOWN_NETBLOCK_VALUES!r}"
    )
