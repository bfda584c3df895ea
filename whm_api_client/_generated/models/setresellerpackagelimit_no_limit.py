# Generated from whm.openapi.yaml by scripts/regenerate.py. Do not edit.
from typing import Literal

SetresellerpackagelimitNoLimit = Literal[0, 1]

SETRESELLERPACKAGELIMIT_NO_LIMIT_VALUES: set[SetresellerpackagelimitNoLimit] = {
    0,
    1,
}


def check_setresellerpackagelimit_no_limit(value: int) -> SetresellerpackagelimitNoLimit:
    if value in SETRESELLERPACKAGELIMIT_NO_LIMIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SETRESELLERPACKAGELIMIT_NO_LIMIT_VALUES!r}")
