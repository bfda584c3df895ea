# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyAccountAuthnLink = Literal[0, 1]

MODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_VALUES: set[ModifyacctNotifyAccountAuthnLink] = {
    0,
    1,
}


def check_modifyacct_notify_account_authn_link(value: int) -> ModifyacctNotifyAccountAuthnLink:
    if value in MODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_VALUES!r}")
