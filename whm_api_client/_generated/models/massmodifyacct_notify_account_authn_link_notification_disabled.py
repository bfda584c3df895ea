# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_NOTIFICATION_DISABLED_VALUES: set[
    MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled
] = {
    0,
    1,
}


def check_massmodifyacct_notify_account_authn_link_notification_disabled(
    value: int,
) -> MassmodifyacctNotifyAccountAuthnLinkNotificationDisabled:
    if value in MASSMODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_NOTIFICATION_DISABLED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_NOTIFICATION_DISABLED_VALUES!r}"
    )
