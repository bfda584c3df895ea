# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartLocalCpmoveRestoreOverwrite = Literal[0, 1]

START_LOCAL_CPMOVE_RESTORE_OVERWRITE_VALUES: set[StartLocalCpmoveRestoreOverwrite] = {
    0,
    1,
}


def check_start_local_cpmove_restore_overwrite(value: int) -> StartLocalCpmoveRestoreOverwrite:
    if value in START_LOCAL_CPMOVE_RESTORE_OVERWRITE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_LOCAL_CPMOVE_RESTORE_OVERWRITE_VALUES!r}")
