# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctNotifyDiskLimit = Literal[0, 1]

MODIFYACCT_NOTIFY_DISK_LIMIT_VALUES: set[ModifyacctNotifyDiskLimit] = {
    0,
    1,
}


def check_modifyacct_notify_disk_limit(value: int) -> ModifyacctNotifyDiskLimit:
    if value in MODIFYACCT_NOTIFY_DISK_LIMIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_NOTIFY_DISK_LIMIT_VALUES!r}")
