# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctNotifyDiskLimit = Literal[0, 1]

MASSMODIFYACCT_NOTIFY_DISK_LIMIT_VALUES: set[MassmodifyacctNotifyDiskLimit] = {
    0,
    1,
}


def check_massmodifyacct_notify_disk_limit(value: int) -> MassmodifyacctNotifyDiskLimit:
    if value in MASSMODIFYACCT_NOTIFY_DISK_LIMIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_NOTIFY_DISK_LIMIT_VALUES!r}")
