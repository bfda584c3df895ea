# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyContactAddressChangeNotificationDisabled = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_NOTIFICATION_DISABLED_VALUES: set[
    MassmodifyacctNotifyContactAddressChangeNotificationDisabled
] = {
    0,
    1,
}


def check_massmodifyacct_notify_contact_address_change_notification_disabled(
    value: int,
) -> MassmodifyacctNotifyContactAddressChangeNotificationDisabled:
    if value in MASSMODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_NOTIFICATION_DISABLED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_CONTACT_ADDRESS_CHANGE_NOTIFICATION_DISABLED_VALUES!r}"
    )
