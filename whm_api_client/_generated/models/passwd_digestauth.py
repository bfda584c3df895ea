# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

PasswdDigestauth = Literal[0, 1]

PASSWD_DIGESTAUTH_VALUES: set[PasswdDigestauth] = {
    0,
    1,
}


def check_passwd_digestauth(value: int) -> PasswdDigestauth:
    if value in PASSWD_DIGESTAUTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PASSWD_DIGESTAUTH_VALUES!r}")
