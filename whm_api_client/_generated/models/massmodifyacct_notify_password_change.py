# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyPasswordChange = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_PASSWORD_CHANGE_VALUES: set[MassmodifyacctNotifyPasswordChange] = {
    0,
    1,
}


def check_massmodifyacct_notify_password_change(value: int) -> MassmodifyacctNotifyPasswordChange:
    if value in MASSMODIFYACCT_NOTIFY_PASSWORD_CHANGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_PASSWORD_CHANGE_VALUES!r}")
