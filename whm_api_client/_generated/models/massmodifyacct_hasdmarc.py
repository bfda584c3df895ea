# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

MassmodifyacctHASDMARC = Literal[0, 1]

MASSMODIFYACCT_HASDMARC_VALUES: set[MassmodifyacctHASDMARC] = {
    0,
    1,
}


def check_massmodifyacct_hasdmarc(value: int) -> MassmodifyacctHASDMARC:
    if value in MASSMODIFYACCT_HASDMARC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MASSMODIFYACCT_HASDMARC_VALUES!r}")
