# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyPasswordChangeNotificationDisabled = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_PASSWORD_CHANGE_NOTIFICATION_DISABLED_VALUES: set[
    MassmodifyacctNotifyPasswordChangeNotificationDisabled
] = {
    0,
    1,
}


def check_massmodifyacct_notify_password_change_notification_disabled(
    value: int,
) -> MassmodifyacctNotifyPasswordChangeNotificationDisabled:
    if value in MASSMODIFYACCT_NOTIFY_PASSWORD_CHANGE_NOTIFICATION_DISABLED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_PASSWORD_CHANGE_NOTIFICATION_DISABLED_VALUES!r}"
    )
