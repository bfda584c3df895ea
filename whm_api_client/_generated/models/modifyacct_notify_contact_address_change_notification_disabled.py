# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyContactAddressChangeNotificationDisabled = Literal[0, 1]

MODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_NOTIFICATION_DISABLED_VALUES: set[
    ModifyacctNotifyContactAddressChangeNotificationDisabled
] = {
    0,
    1,
}


def check_modifyacct_notify_contact_address_change_notification_disabled(
    value: int,
) -> ModifyacctNotifyContactAddressChangeNotificationDisabled:
    if value in MODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_NOTIFICATION_DISABLED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_NOTIFICATION_DISABLED_VALUES!r}"
    )
