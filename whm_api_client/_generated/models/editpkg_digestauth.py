# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditpkgDigestauth = Literal[0, 1]

EDITPKG_DIGESTAUTH_VALUES: set[EditpkgDigestauth] = {
    0,
    1,
}


def check_editpkg_digestauth(value: int) -> EditpkgDigestauth:
    if value in EDITPKG_DIGESTAUTH_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDITPKG_DIGESTAUTH_VALUES!r}")
