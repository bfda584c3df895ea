# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctHASCGI = Literal[0, 1]

MASSMODIFYACCT_HASCGI_VALUES: set[MassmodifyacctHASCGI] = {
    0,
    1,
}


def check_massmodifyacct_hascgi(value: int) -> MassmodifyacctHASCGI:
    if value in MASSMODIFYACCT_HASCGI_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_HASCGI_VALUES!r}")
