# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetTweaksettingModule = Literal["Apache", "Basic", "Mail", "Main"]

SET_TWEAKSETTING_MODULE_VALUES: set[SetTweaksettingModule] = {
    "Apache",
    "Basic",
    "Mail",
    "Main",
}


def check_set_tweaksetting_module(value: str) -> SetTweaksettingModule:
    if value in SET_TWEAKSETTING_MODULE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SET_TWEAKSETTING_MODULE_VALUES!r}")
