# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartLocalCpmoveRestoreUpdateARecords = Literal["all", "basic"]

START_LOCAL_CPMOVE_RESTORE_UPDATE_A_RECORDS_VALUES: set[StartLocalCpmoveRestoreUpdateARecords] = {
    "all",
    "basic",
}


def check_start_local_cpmove_restore_update_a_records(value: str) -> StartLocalCpmoveRestoreUpdateARecords:
    if value in START_LOCAL_CPMOVE_RESTORE_UPDATE_A_RECORDS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_LOCAL_CPMOVE_RESTORE_UPDATE_A_RECORDS_VALUES!r}"
    )
