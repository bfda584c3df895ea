# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditpkgIp = Literal["n", "y"]

EDITPKG_IP_VALUES: set[EditpkgIp] = {
    "n",
    "y",
}


def check_editpkg_ip(value: str) -> EditpkgIp:
    if value in EDITPKG_IP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDITPKG_IP_VALUES!r}")
