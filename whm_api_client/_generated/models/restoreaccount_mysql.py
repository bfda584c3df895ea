# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreaccountMysql = Literal[0, 1]

RESTOREACCOUNT_MYSQL_VALUES: set[RestoreaccountMysql] = {
    0,
    1,
}


def check_restoreaccount_mysql(value: int) -> RestoreaccountMysql:
    if value in RESTOREACCOUNT_MYSQL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTOREACCOUNT_MYSQL_VALUES!r}")
