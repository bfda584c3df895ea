# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyPasswordChange = Literal[0, 1]

MODIFYACCT_NOTIFY_PASSWORD_CHANGE_VALUES: set[ModifyacctNotifyPasswordChange] = {
    0,
    1,
}


def check_modifyacct_notify_password_change(value: int) -> ModifyacctNotifyPasswordChange:
    if value in MODIFYACCT_NOTIFY_PASSWORD_CHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_PASSWORD_CHANGE_VALUES!r}")
