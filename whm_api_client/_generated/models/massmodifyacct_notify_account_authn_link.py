# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyAccountAuthnLink = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_VALUES: set[MassmodifyacctNotifyAccountAuthnLink] = {
    0,
    1,
}


def check_massmodifyacct_notify_account_authn_link(value: int) -> MassmodifyacctNotifyAccountAuthnLink:
    if value in MASSMODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_ACCOUNT_AUTHN_LINK_VALUES!r}")
