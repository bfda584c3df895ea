# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

ModifyacctHASDMARC = Literal[0, 1]

MODIFYACCT_HASDMARC_VALUES: set[ModifyacctHASDMARC] = {
    0,
    1,
}


def check_modifyacct_hasdmarc(value: int) -> ModifyacctHASDMARC:
    if value in MODIFYACCT_HASDMARC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODIFYACCT_HASDMARC_VALUES!r}")
