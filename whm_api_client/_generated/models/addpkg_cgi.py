# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

AddpkgCgi = Literal[0, 1]

ADDPKG_CGI_VALUES: set[AddpkgCgi] = {
    0,
    1,
}


def check_addpkg_cgi(value: int) -> AddpkgCgi:
    if value in ADDPKG_CGI_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADDPKG_CGI_VALUES!r}")
