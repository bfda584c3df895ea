# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctHASCGI = Literal[0, 1]

MODIFYACCT_HASCGI_VALUES: set[ModifyacctHASCGI] = {
    0,
    1,
}


def check_modifyacct_hascgi(value: int) -> ModifyacctHASCGI:
    if value in MODIFYACCT_HASCGI_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_HASCGI_VALUES!r}")
