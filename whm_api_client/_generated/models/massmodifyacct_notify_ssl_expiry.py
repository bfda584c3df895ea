# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifySslExpiry = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_SSL_EXPIRY_VALUES: set[MassmodifyacctNotifySslExpiry] = {
    0,
    1,
}


def check_massmodifyacct_notify_ssl_expiry(value: int) -> MassmodifyacctNotifySslExpiry:
    if value in MASSMODIFYACCT_NOTIFY_SSL_EXPIRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_SSL_EXPIRY_VALUES!r}")
