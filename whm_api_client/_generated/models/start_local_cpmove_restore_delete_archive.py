# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

StartLocalCpmoveRestoreDeleteArchive = Literal[0, 1]

START_LOCAL_CPMOVE_RESTORE_DELETE_ARCHIVE_VALUES: set[StartLocalCpmoveRestoreDeleteArchive] = {
    0,
    1,
}


def check_start_local_cpmove_restore_delete_archive(value: int) -> StartLocalCpmoveRestoreDeleteArchive:
    if value in START_LOCAL_CPMOVE_RESTORE_DELETE_ARCHIVE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_LOCAL_CPMOVE_RESTORE_DELETE_ARCHIVE_VALUES!r}")
