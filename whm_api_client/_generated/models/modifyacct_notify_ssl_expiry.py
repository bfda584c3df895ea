# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifySslExpiry = Literal[0, 1]

MODIFYACCT_NOTIFY_SSL_EXPIRY_VALUES: set[ModifyacctNotifySslExpiry] = {
    0,
    1,
}


def check_modifyacct_notify_ssl_expiry(value: int) -> ModifyacctNotifySslExpiry:
    if value in MODIFYACCT_NOTIFY_SSL_EXPIRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_SSL_EXPIRY_VALUES!r}")
