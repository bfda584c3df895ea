# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

EditpkgCgi = Literal[0, 1]

EDITPKG_CGI_VALUES: set[EditpkgCgi] = {
    0,
    1,
}


def check_editpkg_cgi(value: int) -> EditpkgCgi:
    if value in EDITPKG_CGI_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EDITPKG_CGI_VALUES!r}")
