# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerpackagelimitAllowed = Literal[0, 1]

SETRESELLERPACKAGELIMIT_ALLOWED_VALUES: set[SetresellerpackagelimitAllowed] = {
    0,
    1,
}


def check_setresellerpackagelimit_allowed(value: int) -> SetresellerpackagelimitAllowed:
    if value in SETRESELLERPACKAGELIMIT_ALLOWED_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETRESELLERPACKAGELIMIT_ALLOWED_VALUES!r}")
