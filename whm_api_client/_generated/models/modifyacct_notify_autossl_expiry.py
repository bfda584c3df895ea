# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyAutosslExpiry = Literal[0, 1]

MODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_VALUES: set[ModifyacctNotifyAutosslExpiry] = {
    0,
    1,
}


def check_modifyacct_notify_autossl_expiry(value: int) -> ModifyacctNotifyAutosslExpiry:
    if value in MODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_AUTOSSL_EXPIRY_VALUES!r}")
