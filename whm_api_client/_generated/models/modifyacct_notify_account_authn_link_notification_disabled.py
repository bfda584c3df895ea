# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyAccountAuthnLinkNotificationDisabled = Literal[0, 1]

MODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_NOTIFICATION_DISABLED_VALUES: set[
    ModifyacctNotifyAccountAuthnLinkNotificationDisabled
] = {
    0,
    1,
}


def check_modifyacct_notify_account_authn_link_notification_disabled(
    value: int,
) -> ModifyacctNotifyAccountAuthnLinkNotificationDisabled:
    if value in MODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_NOTIFICATION_DISABLED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_NOTIFICATION_DISABLED_VALUES!r}"
    )
