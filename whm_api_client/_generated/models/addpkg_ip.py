# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AddpkgIp = Literal["n", "y"]

ADDPKG_IP_VALUES: set[AddpkgIp] = {
    "n",
    "y",
}


def check_addpkg_ip(value: str) -> AddpkgIp:
    if value in ADDPKG_IP_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDPKG_IP_VALUES!r}")
