# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyAutosslRenewal = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_VALUES: set[MassmodifyacctNotifyAutosslRenewal] = {
    0,
    1,
}


def check_massmodifyacct_notify_autossl_renewal(value: int) -> MassmodifyacctNotifyAutosslRenewal:
    if value in MASSMODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_AUTOSSL_RENEWAL_VALUES!r}")
