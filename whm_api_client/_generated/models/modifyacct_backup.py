# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctBACKUP = Literal[0, 1]

MODIFYACCT_BACKUP_VALUES: set[ModifyacctBACKUP] = {
    0,
    1,
}


def check_modifyacct_backup(value: int) -> ModifyacctBACKUP:
    if value in MODIFYACCT_BACKUP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_BACKUP_VALUES!r}")
