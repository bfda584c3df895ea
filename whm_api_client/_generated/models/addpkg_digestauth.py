# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AddpkgDigestauth = Literal[0, 1]

ADDPKG_DIGESTAUTH_VALUES: set[AddpkgDigestauth] = {
    0,
    1,
}


def check_addpkg_digestauth(value: int) -> AddpkgDigestauth:
    if value in ADDPKG_DIGESTAUTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDPKG_DIGESTAUTH_VALUES!r}")
