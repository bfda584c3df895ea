# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PasswdDbPassUpdate = Literal[0, 1]

PASSWD_DB_PASS_UPDATE_VALUES: set[PasswdDbPassUpdate] = {
    0,
    1,
}


def check_passwd_db_pass_update(value: int) -> PasswdDbPassUpdate:
    if value in PASSWD_DB_PASS_UPDATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PASSWD_DB_PASS_UPDATE_VALUES!r}")
