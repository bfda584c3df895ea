# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyAutosslExpiry = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_VALUES: set[MassmodifyacctNotifyAutosslExpiry] = {
    0,
    1,
}


def check_massmodifyacct_notify_autossl_expiry(value: int) -> MassmodifyacctNotifyAutosslExpiry:
    if value in MASSMODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_VALUES!r}")
