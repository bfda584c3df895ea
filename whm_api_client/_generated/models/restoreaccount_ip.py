# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

RestoreaccountIp = Literal[0, 1]

RESTOREACCOUNT_IP_VALUES: set[RestoreaccountIp] = {
    0,
    1,
}


def check_restoreaccount_ip(value: int) -> RestoreaccountIp:
    if value in RESTOREACCOUNT_IP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESTOREACCOUNT_IP_VALUES!r}")
