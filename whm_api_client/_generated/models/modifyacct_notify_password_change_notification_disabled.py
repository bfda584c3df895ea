# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyPasswordChangeNotificationDisabled = Literal[0, 1]

MODIFYACCT_NOTIFY_PASSWORD_CHANGE_NOTIFICATION_DISABLED_VALUES: set[
    ModifyacctNotifyPasswordChangeNotificationDisabled
] = {
    0,
    1,
}


def check_modifyacct_notify_password_change_notification_disabled(
    value: int,
) -> ModifyacctNotifyPasswordChangeNotificationDisabled:
    if value in MODIFYACCT_NOTIFY_PASSWORD_CHANGE_NOTIFICATION_DISABLED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_PASSWORD_CHANGE_NOTIFICATION_DISABLED_VALUES!r}"
    )
