# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctBACKUP = Literal["0", "1"]

MASSMODIFYACCT_BACKUP_VALUES: set[MassmodifyacctBACKUP] = {
    "0",
    "1",
}


def check_massmodifyacct_backup(value: str) -> MassmodifyacctBACKUP:
    if value in MASSMODIFYACCT_BACKUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_BACKUP_VALUES!r}")
