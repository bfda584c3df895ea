# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PasswdEnabledigest = Literal[0, 1]

PASSWD_ENABLEDIGEST_VALUES: set[PasswdEnabledigest] = {
    0,
    1,
}


def check_passwd_enabledigest(value: int) -> PasswdEnabledigest:
    if value in PASSWD_ENABLEDIGEST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PASSWD_ENABLEDIGEST_VALUES!r}")
