# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyAutosslRenewal = Literal[0, 1]

MODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_VALUES: set[ModifyacctNotifyAutosslRenewal] = {
    0,
    1,
}


def check_modifyacct_notify_autossl_renewal(value: int) -> ModifyacctNotifyAutosslRenewal:
    if value in MODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_VALUES!r}")
